/// A colour as a theme file writes it: the terminal's default, one of the 16 ANSI colours, or `#rrggbb`.
public enum ThemeColor: Equatable, Sendable {
    case terminalDefault
    case ansi(Int)
    case rgb(Int, Int, Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    init?(_ word: String) {
        let w = word.lowercased()
        if w == "default" {
            self = .terminalDefault
            return
        }
        if let i = ThemeColor.names.firstIndex(of: w) {
            self = .ansi(i)
            return
        }
        if w.hasPrefix("bright-"), let i = ThemeColor.names.firstIndex(of: String(w.dropFirst(7))) {
            self = .ansi(8 + i)
            return
        }
        if w.hasPrefix("#"), w.count == 7, let v = Int(w.dropFirst(), radix: 16) {
            self = .rgb(v >> 16, (v >> 8) & 0xFF, v & 0xFF)
            return
        }
        return nil
    }

    /// The xterm palette's approximate RGB for the 16 ANSI colours, for nearest-colour matching.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The terminal colour number for a terminal with `colors` colours (8, 16, 256): -1 is the default colour.
    public func index(colors: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .ansi(let i):
            return colors >= 16 ? i : i % 8
        case .rgb(let r, let g, let b):
            if colors >= 256 { return ThemeColor.xterm256(r, g, b) }
            let candidates = colors >= 16 ? 16 : 8
            return (0..<candidates).min { a, c in
                ThemeColor.distance(ThemeColor.ansiRGB[a], (r, g, b)) < ThemeColor.distance(ThemeColor.ansiRGB[c], (r, g, b))
            }!
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0
        let dg = a.1 - b.1
        let db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    /// Nearest entry of the xterm 256-colour palette: the 6×6×6 cube or the 24-step grey ramp.
    static func xterm256(_ r: Int, _ g: Int, _ b: Int) -> Int {
        let steps = [0, 95, 135, 175, 215, 255]
        func nearestStep(_ v: Int) -> Int { (0..<6).min { abs(steps[$0] - v) < abs(steps[$1] - v) }! }
        let (ri, gi, bi) = (nearestStep(r), nearestStep(g), nearestStep(b))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeRGB = (steps[ri], steps[gi], steps[bi])
        let grey = min(23, max(0, ((r + g + b) / 3 - 8 + 5) / 10))
        let greyValue = 8 + 10 * grey
        return distance(cubeRGB, (r, g, b)) <= distance((greyValue, greyValue, greyValue), (r, g, b)) ? cube : 232 + grey
    }
}
