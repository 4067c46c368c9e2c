extension CivilDate {
    /// Appends `description` (YYYY-MM-DD) as UTF-8: exports and search texts write 200k dates, and building each
    /// as a String first cost more than the rest of its row.
    public func appendDescription(to out: inout [UInt8]) {
        if let iso = isoBytes {
            withUnsafeBytes(of: iso) { out.append(contentsOf: $0) }
        } else {
            out.append(contentsOf: description.utf8)
        }
    }

    /// The ten bytes of YYYY-MM-DD, for years 0…9999 (all a store holds); nil for any other, which
    /// `description` pads as numbers.
    var isoBytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)? {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return nil }
        func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
        let dash = UInt8(ascii: "-")
        return (
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash, digit(month / 10), digit(month), dash,
            digit(day / 10), digit(day)
        )
    }
}
