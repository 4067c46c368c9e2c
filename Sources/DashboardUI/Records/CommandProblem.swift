import PilotCore

/// Why a `:` command's arguments cannot be read, in both languages.
public struct CommandProblem: Error, Equatable, Sendable {
    public let message: Bilingual

    public init(message: Bilingual) { self.message = message }

    static func missing(_ word: String) -> CommandProblem {
        CommandProblem(message: Bilingual(zh: "“\(word)”后缺少值", en: "\"\(word)\" needs a value"))
    }
}
