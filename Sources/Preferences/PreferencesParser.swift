import DashboardUI
import PilotCore
import TOMLKit

/// Reads the text of a preferences file: every key it knows, and a problem for each key it does not know or
/// cannot use. Pure: no file is read here.
public enum PreferencesParser {
    public static func parse(_ text: String, provinces: ProvinceTable) -> (preferences: Preferences, problems: [PreferencesProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let at = error.source.begin
            return (Preferences(), [PreferencesProblem(.syntax(error.description, line: at.line, column: at.column))])
        } catch {
            return (Preferences(), [PreferencesProblem(.syntax("\(error)", line: 1, column: 1))])
        }
        var preferences = Preferences()
        var problems: [PreferencesProblem] = []
        for name in table.keys {
            guard let value = table[name] else { continue }
            let kind: PreferencesProblem.Kind?
            if let key = PreferenceKey(rawValue: name) {
                kind = read(key, value, into: &preferences, provinces: provinces)
            } else {
                kind = .unknownKey(name, meant: PreferenceKey.meant(name))
            }
            if let kind { problems.append(PreferencesProblem(kind, line: KeyLine.find(name, in: text))) }
        }
        // In the file's order (TOMLKit lists keys alphabetically).
        return (preferences, problems.sorted { ($0.line ?? .max) < ($1.line ?? .max) })
    }

    /// Sets `key` from `value`, or says why it cannot.
    static func read(_ key: PreferenceKey, _ value: TOMLValueConvertible, into p: inout Preferences, provinces: ProvinceTable)
        -> PreferencesProblem.Kind?
    {
        let wrongType = PreferencesProblem.Kind.wrongType(key, found: typeName(value.type), value: shown(value))
        switch key {
        case .homeProvince:
            // A code written without quotes (home_province = 32) is an integer.
            guard let text = value.string ?? value.int.map(String.init) else { return wrongType }
            guard let province = provinces.matching(text) else { return .badValue(key, value: text) }
            p.homeProvince = province
        case .language:
            guard let text = value.string else { return wrongType }
            guard let language = Language(rawValue: text.trimmed.lowercased()) else {
                return .badValue(key, value: text)
            }
            p.language = language
        case .theme:
            guard let text = value.string else { return wrongType }
            guard !text.trimmed.isEmpty else { return .badValue(key, value: text) }
            p.theme = text.trimmed
        case .mouse:
            guard let on = value.bool else { return wrongType }
            p.mouse = on
        case .defaultSort:
            guard let text = value.string else { return wrongType }
            guard let sort = ProductSort(rawValue: text.trimmed.lowercased()) else {
                return .badValue(key, value: text)
            }
            p.defaultSort = sort
        }
        return nil
    }

    /// A TOML type as a problem report names it.
    static func typeName(_ type: TOMLType) -> Bilingual {
        switch type {
        case .string: Bilingual(zh: "字符串", en: "a string")
        case .int: Bilingual(zh: "整数", en: "an integer")
        case .double: Bilingual(zh: "小数", en: "a number")
        case .bool: Bilingual(zh: "布尔值", en: "a boolean")
        case .date, .time, .dateTime: Bilingual(zh: "日期时间", en: "a date or time")
        case .table: Bilingual(zh: "表（[…] 段）", en: "a table ([…] section)")
        case .array: Bilingual(zh: "数组", en: "an array")
        }
    }

    /// A scalar as written (strings quoted); nil for tables and arrays.
    static func shown(_ value: TOMLValueConvertible) -> String? {
        if let text = value.string { return "\"\(text)\"" }
        if let number = value.int { return String(number) }
        if let number = value.double { return String(number) }
        if let flag = value.bool { return String(flag) }
        return nil
    }
}
