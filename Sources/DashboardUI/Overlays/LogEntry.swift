/// One entry of a list overlay: the lines it shows in the list, and what opening it (Enter) shows. An audit
/// trail's entry opens to the whole record as that edit left it; a message or an import problem does not open.
public struct LogEntry: Equatable, Sendable {
    public var lines: [String]
    public var detail: [String]?

    public init(lines: [String], detail: [String]? = nil) {
        self.lines = lines
        self.detail = detail
    }
}
