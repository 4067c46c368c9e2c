/// The `:` command line: the text being typed, and which earlier command ↑/↓ have recalled, if any.
public struct CommandLineInput: Equatable, Sendable {
    public var input = TextInput()
    /// The position in `AppState.commandHistory` being shown; nil while typing a new command.
    public var recalled: Int?

    public init(_ input: TextInput = TextInput()) {
        self.input = input
    }
}
