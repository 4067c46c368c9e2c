extension ProvinceTable {
    /// The province a person means by `text`, written as they write it: the full name (江苏省), the name without
    /// its 省/市/自治区 (江苏, 广西, 新疆), the one-character abbreviation (苏), the English name (Jiangsu), or the
    /// GB/T 2260 code in full (320000) or by its two significant digits (32).
    public func matching(_ text: String) -> Province? {
        let t = text.trimmed
        guard !t.isEmpty else { return nil }
        let code = t.count == 2 && t.allSatisfy(\.isASCII) && t.allSatisfy(\.isNumber) ? t + "0000" : t.uppercased()
        return all.first { p in
            p.code == code || p.name == t || p.short == t || p.en.lowercased() == t.lowercased() || Self.commonName(p.name) == t
        }
    }

    /// The name without its administrative suffix, as it is said (内蒙古自治区 → 内蒙古, 宁夏回族自治区 → 宁夏).
    static func commonName(_ name: String) -> String {
        for suffix in ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
