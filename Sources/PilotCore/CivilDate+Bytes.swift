extension CivilDate {
    /// Appends `description` (YYYY-MM-DD) as UTF-8: exports and search texts write 200k dates, and building each
    /// as a String from three padded numbers cost more than the rest of its row.
    public func appendDescription(to out: inout [UInt8]) {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            out.append(contentsOf: description.utf8)
            return
        }
        func digits(_ n: Int, _ width: Int) {
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4)
        out.append(UInt8(ascii: "-"))
        digits(month, 2)
        out.append(UInt8(ascii: "-"))
        digits(day, 2)
    }
}
