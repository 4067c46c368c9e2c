import PilotCore

/// A cell of a table row: text and its role.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = Style(.text)) {
        self.text = text
        self.style = style
    }
}
