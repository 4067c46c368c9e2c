import PilotCore

/// One row of the key table: the keys, the command, its help text, and whether it shows in the bottom hints.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let help: Bilingual
    public let scope: KeyScope
    public let hint: Bilingual?
}
