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
