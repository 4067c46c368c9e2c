import PilotCore

/// Something wrong in the preferences file, told in the user's language with the file's path, the line where
/// the parser knows it, the key, and what the key accepts. A key with a problem is ignored; a file that is not
/// TOML is ignored whole.
public struct PreferencesProblem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A key biopilot does not know, with the key probably meant.
        case unknownKey(String, meant: PreferenceKey?)
        /// A value of the wrong TOML type: `found` names the type, `value` shows a short value.
        case wrongType(PreferenceKey, found: Bilingual, value: String?)
        /// A value of the right type that means nothing for the key.
        case badValue(PreferenceKey, value: String)
        /// Not TOML: the parser's own description, at a line and column.
        case syntax(String, line: Int, column: Int)
        /// The file exists but cannot be read as text.
        case unreadable(Bilingual)
    }

    public let kind: Kind
    /// The line of the key the problem is about, where it was found.
    let keyLine: Int?

    public init(_ kind: Kind, line: Int? = nil) {
        self.kind = kind
        keyLine = line
    }

    /// The key the problem is about, as written in the file.
    public var key: String? {
        switch kind {
        case .unknownKey(let key, _): key
        case .wrongType(let key, _, _), .badValue(let key, _): key.rawValue
        case .syntax, .unreadable: nil
        }
    }

    /// The line the problem is on: TOMLKit's for a syntax error, else the key's line.
    public var line: Int? {
        if case .syntax(_, let line, _) = kind { return line }
        return keyLine
    }

    /// One line naming the file: `config.toml: line 3: "mouse" is a string ("no"); it takes true or false; ignored`.
    public func message(file: String, _ L: Language) -> String {
        let file = file + (keyLine.map { Bilingual(zh: "：第 \($0) 行", en: ": line \($0)")[L] } ?? "")
        switch kind {
        case .unknownKey(let key, let meant):
            let keys = PreferenceKey.allCases.map(\.rawValue)
            let hint = meant.map { Bilingual(zh: "（是否想写 \($0.rawValue)？）", en: " (did you mean \($0.rawValue)?)")[L] } ?? ""
            return Bilingual(
                zh: "\(file)：未知的键“\(key)”\(hint)，可用的键为 \(keys.joined(separator: "、"))；已忽略此键",
                en: "\(file): unknown key \"\(key)\"\(hint); the keys are \(keys.joined(separator: ", ")); ignored")[L]
        case .wrongType(let key, let found, let value):
            let shown = value.map { Bilingual(zh: "（\($0)）", en: " (\($0))")[L] } ?? ""
            return Bilingual(
                zh: "\(file)：“\(key.rawValue)”的值是\(found.zh)\(shown)，可接受的值：\(key.accepted.zh)；已忽略此键",
                en: "\(file): \"\(key.rawValue)\" is \(found.en)\(shown); it takes \(key.accepted.en); ignored")[L]
        case .badValue(let key, let value):
            return Bilingual(
                zh: "\(file)：“\(key.rawValue)”的值“\(value)”无法识别，可接受的值：\(key.accepted.zh)；已忽略此键",
                en: "\(file): \"\(key.rawValue)\" cannot be \"\(value)\"; it takes \(key.accepted.en); ignored")[L]
        case .syntax(let detail, let line, let column):
            return Bilingual(
                zh: "\(file)：第 \(line) 行第 \(column) 列不是有效的 TOML（解析器原文：\(detail)）；整个文件未采用，使用默认设置",
                en: "\(file): line \(line), column \(column): not valid TOML (\(detail)); the whole file is ignored, using the defaults")[L]
        case .unreadable(let reason):
            return Bilingual(
                zh: "\(file)：无法读取（\(reason.zh)）；使用默认设置", en: "\(file): cannot be read (\(reason.en)); using the defaults")[L]
        }
    }
}
