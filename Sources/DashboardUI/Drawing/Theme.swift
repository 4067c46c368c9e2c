/// A theme: one entry per screen element, read from a file of `element = FOREGROUND [on BACKGROUND] [bold]
/// [underline] [dim] [reverse]` lines. Unknown keys and bad values are reported; missing keys come from the
/// fallback (the default theme).
public struct Theme: Equatable, Sendable {
    public let name: String
    public private(set) var entries: [Role: ThemeEntry]
    /// Problems found while reading the file, each naming the line.
    public private(set) var problems: [String] = []

    public func entry(_ role: Role) -> ThemeEntry { entries[role] ?? ThemeEntry() }

    public init(name: String, text: String, fallback: Theme?) {
        self.name = name
        entries = fallback?.entries ?? [:]
        var seen = Set<Role>()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Comments are whole lines starting with #, so #rrggbb colours need no quoting.
            let line = String(raw).trimmed
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let where_ = "\(name) line \(n + 1)"
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2 else {
                problems.append("\(where_): expected `element = colour [on colour] [bold]`")
                continue
            }
            guard let role = Role(rawValue: parts[0]) else {
                problems.append(
                    "\(where_): unknown element \"\(parts[0])\" (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            var entry = ThemeEntry()
            var words = parts[1].split(separator: " ").map(String.init)
            var valid = true
            if let first = words.first, let colour = ThemeColor(first) {
                entry.foreground = colour
                words.removeFirst()
            }
            if words.first == "on" {
                if words.count > 1, let colour = ThemeColor(words[1]) {
                    entry.background = colour
                    words.removeFirst(2)
                } else {
                    problems.append("\(where_): \"on\" needs a colour (a name or #rrggbb)")
                    valid = false
                }
            }
            for word in words where valid {
                switch word {
                case "bold": entry.bold = true
                case "underline": entry.underline = true
                case "dim": entry.dim = true
                case "reverse": entry.reverse = true
                default:
                    problems.append("\(where_): \"\(word)\" is not a colour or an attribute")
                    valid = false
                }
            }
            if valid {
                entries[role] = entry
                seen.insert(role)
            }
        }
        if fallback == nil {
            for role in Role.allCases where !seen.contains(role) { entries[role] = ThemeEntry() }
        }
    }

    /// The default (dark) theme, compiled in so biopilot always has one; `themes/default.theme` is the same text.
    public static let `default` = Theme(name: "default", text: defaultText, fallback: nil)

    /// No colours at all: for NO_COLOR and terminals without colour. Emphasis by attributes only.
    public static let mono = Theme(name: "mono", text: monoText, fallback: nil)

    public static let defaultText = """
        # biopilot theme: default (dark terminals)
        # element = FOREGROUND [on BACKGROUND] [bold] [underline] [dim] [reverse]
        # Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
        # bright-black … bright-white, or #rrggbb (mapped to what the terminal has: 8, 16 or 256 colours).
        # A missing element is taken from this theme; the selected row is always shown in reverse video.
        text = default
        muted = bright-black
        header = #e4e4e4 on #1c3d5a bold
        tab = #bcbcbc on #1c3d5a
        tab.active = #1c1c1c on #5fafd7 bold
        title = bright-cyan bold
        label = cyan
        table.header = #eeeeee on #303030 bold
        error = bright-red bold
        warning = yellow
        info = cyan
        ok = green
        cross = magenta bold
        hint = #bcbcbc on #262626
        hint.key = #ffd75f on #262626 bold
        status = #e4e4e4 on #1c3d5a
        message = #ffffff on #1c3d5a bold
        prompt = bright-white
        overlay = #e4e4e4 on #1c1c1c
        border = #5fafd7 on #1c1c1c

        """

    public static let monoText = """
        # biopilot theme: mono (no colour: NO_COLOR, terminals without colour)
        # Emphasis by attributes only; the selected row is reverse video.
        text = default
        muted = default dim
        header = default reverse bold
        tab = default reverse
        tab.active = default bold underline
        title = default bold
        label = default
        table.header = default bold underline
        error = default bold
        warning = default underline
        info = default
        ok = default
        cross = default bold
        hint = default
        hint.key = default bold
        status = default reverse
        message = default reverse bold
        prompt = default bold
        overlay = default
        border = default

        """
}
