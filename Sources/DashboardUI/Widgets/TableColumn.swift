import PilotCore

/// A column of a table: its title, preferred and minimum widths in display cells, whether it takes spare
/// room, and its priority (lower numbers are dropped last when the screen is narrow).
public struct TableColumn: Sendable {
    public let title: String
    public let width: Int
    public let minWidth: Int
    public let flexible: Bool
    public let priority: Int
    public let alignRight: Bool

    public init(_ title: String, width: Int, minWidth: Int? = nil, flexible: Bool = false, priority: Int = 0, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.minWidth = minWidth ?? width
        self.flexible = flexible
        self.priority = priority
        self.alignRight = alignRight
    }
}
