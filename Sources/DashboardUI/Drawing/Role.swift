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
