/// Screen elements a theme colours. Each is one key in a theme file (its raw value).
public enum Role: String, CaseIterable, Sendable {
    case text
    case muted
    case header
    case tab
    case tabActive = "tab.active"
    case title
    case label
    case tableHeader = "table.header"
    case error
    case warning
    case info
    case ok
    case cross
    case hint
    case hintKey = "hint.key"
    case status
    case message
    case prompt
    case overlay
    case border
}

/// How a cell looks: its role (coloured by the theme) plus attributes that do not depend on colour.
/// The selected row is always reverse video, so it stays visible in monochrome.
public struct Style: Equatable, Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }
}
