/// How one screen element looks.
public struct ThemeEntry: Equatable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var underline = false
    public var dim = false
    public var reverse = false
}
