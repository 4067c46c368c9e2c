/// A mouse event in screen cells: a click, a double click or a turn of the wheel.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case click, doubleClick, wheelUp, wheelDown
    }

    public let kind: Kind
    public let x: Int
    public let y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
