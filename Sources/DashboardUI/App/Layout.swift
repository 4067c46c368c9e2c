import PilotCore

/// The screen's regions, shared by the reducer (page sizes) and the renderer, so they agree.
public enum Layout {
    public static func header(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public static func body(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }
    public static func hints(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 2, width: size.width, height: 1) }
    public static func status(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }
    /// Rows of a list under its column header.
    public static func listRows(_ size: Size) -> Int { max(1, body(size).height - 1) }
    /// Rows of the case detail under its title.
    public static func detailRows(_ size: Size) -> Int { max(1, body(size).height - 1) }
}
