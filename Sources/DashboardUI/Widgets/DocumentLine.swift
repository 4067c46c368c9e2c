import PilotCore

/// Read-only text of styled lines (the case detail), scrolled by whole lines.
public struct DocumentLine: Equatable, Sendable {
    public var spans: [Span]
    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, _ style: Style = Style(.text)) { spans = [Span(text, style)] }
}
