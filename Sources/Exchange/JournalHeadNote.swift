import PilotCore

/// How a report or export states the journal head it was made from (`REV:HASH`, exactly as `biopilot log
/// --head` prints it), so any copy kept elsewhere can be checked later with `biopilot log --verify --anchor`
/// (README, "Proving the record"). Each format says it where its readers still read it as before: a last
/// line in text and Markdown, a top-level `journalHead` in JSON, an `X-BIOPILOT-JOURNAL-HEAD` property in
/// iCalendar. CSV has no such place (Excel, WPS, `import` and csv modules would read a row or column as data),
/// so the command says it on stderr with `csv(_:)`.
public enum JournalHeadNote {
    /// The command that checks the head; the full hash, so the line can be pasted as it is.
    static func check(_ head: String) -> String { "biopilot log --verify --anchor \(head)" }

    /// The last line of a plain-text report (after a blank line).
    public static func text(_ head: String, language: Language) -> String {
        language == .zh
            ? "日志末条 \(head)，可用 \(check(head)) 核验\n"
            : "Journal head \(head) — check with: \(check(head))\n"
    }

    /// The last paragraph of a Markdown report (after a blank line); code spans keep the hash literal.
    public static func markdown(_ head: String, language: Language) -> String {
        language == .zh
            ? "日志末条 `\(head)`，可用 `\(check(head))` 核验\n"
            : "Journal head `\(head)` — check with: `\(check(head))`\n"
    }

    /// A JSON document whose top level is an object, with `journalHead` added beside its own fields.
    public static func json<Value: Encodable>(_ value: Value, head: String) throws -> String {
        try JSONOutput.string(Headed(value: value, journalHead: head))
    }

    /// The iCalendar property on the VCALENDAR (an RFC 5545 x-prop; calendars ignore what they do not know).
    static let icsProperty = "X-BIOPILOT-JOURNAL-HEAD"

    /// What the command prints on stderr beside a CSV document.
    public static func csv(_ head: String) -> String { "made from journal head \(head)" }

    /// Encodes `value`'s fields and `journalHead` into the same object. Only for values encoded as an object:
    /// an array cannot take a field without changing its shape.
    struct Headed<Value: Encodable>: Encodable {
        let value: Value
        let journalHead: String

        enum CodingKeys: String, CodingKey { case journalHead }

        func encode(to encoder: Encoder) throws {
            try value.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(journalHead, forKey: .journalHead)
        }
    }
}
