import PilotCore

/// Which audit-trail entries `:log` asks for: one record's, or the whole journal's narrowed by who and when.
public struct LogQuery: Equatable, Sendable {
    public var kind: EntityKind?
    public var id: String?
    /// A display name or an operating-system account.
    public var user: String?
    /// Beijing dates, inclusive.
    public var since: CivilDate?
    public var until: CivilDate?
    /// One entry, by its revision number.
    public var revision: Int?

    public init(
        kind: EntityKind? = nil, id: String? = nil, user: String? = nil, since: CivilDate? = nil, until: CivilDate? = nil,
        revision: Int? = nil
    ) {
        self.kind = kind
        self.id = id
        self.user = user
        self.since = since
        self.until = until
        self.revision = revision
    }

    /// The overlay's title: what is listed.
    public var title: String {
        var parts = [":log"]
        if let kind, let id { parts.append("\(kind.rawValue) \(id)") }
        if let user { parts.append("user \(user)") }
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if let revision { parts.append("#\(revision)") }
        return parts.joined(separator: " ")
    }

    /// `:log` arguments: `user NAME`, `since DATE`, `until DATE`, `#N` (one revision), `all`, in any order; a
    /// reason when one cannot be read.
    public static func parse(_ words: [String]) -> Result<LogQuery, CommandProblem> {
        var query = LogQuery()
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "all": continue
            case let text where text.hasPrefix("#") && Int(text.dropFirst()).map { $0 > 0 } == true:
                query.revision = Int(text.dropFirst())
            case "user":
                guard let name = rest.popFirst() else { return .failure(.missing(word)) }
                query.user = name
            case "since", "until":
                guard let text = rest.popFirst() else { return .failure(.missing(word)) }
                guard let date = CivilDate(text) else {
                    let why = CivilDate.problem(with: text) ?? Bilingual(zh: "\(text)：不是日期（年-月-日）", en: "\(text): not a date (YYYY-MM-DD)")
                    return .failure(CommandProblem(message: why))
                }
                if word == "since" { query.since = date } else { query.until = date }
            default:
                return .failure(
                    CommandProblem(
                        message: Bilingual(
                            zh: "无法识别“\(word)”。用法：:log [all] [user 姓名] [since 日期] [until 日期] [#修订号]",
                            en: "\"\(word)\" not understood. Usage: :log [all] [user NAME] [since DATE] [until DATE] [#REVISION]")))
            }
        }
        return .success(query)
    }

}
