/// A record with a stable string id.
public protocol Identified {
    var id: String { get }
}
