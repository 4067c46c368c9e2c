/// Text from the store shown on a terminal: data, never terminal control.
///
/// Names, reasons, lab names and user names are stored verbatim, so they may hold ESC, BEL, CR, C1 controls
/// or bidi overrides that would retitle the window, write the clipboard (OSC 52), erase lines or reorder
/// what is read. Every output path passes such text through here; the stored value is never changed,
/// only how it is shown.
///
/// Notation (one escape per unsafe scalar, readable and unambiguous):
/// `\n` `\r` `\t` for newline, carriage return and tab; `\xHH` (lowercase hex) for the other C0
/// controls, DEL and the C1 controls (so ESC is `\x1b`, CSI U+009B is `\x9b`); `\u{HHHH}` (uppercase hex)
/// for bidi embeddings, overrides, isolates and marks (`\u{202E}`). A backslash itself is left alone.
public enum TerminalText {
    /// One-line form: every unsafe scalar, including newline and tab, becomes its visible escape.
    /// For fields of a line-based format (a TSV field, a table cell, a status message).
    public static func visible(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isUnsafe(scalar) { out.append(contentsOf: escape(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Whole-output form: keeps newline, tab and a carriage return directly before a newline (CRLF in CSV
    /// and iCalendar) and escapes everything else like `visible`. The last safety net before stdout/stderr.
    public static func visibleOutput(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard scalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" }) else { return s }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let kept = scalar == "\n" || scalar == "\t"
                || (scalar == "\r" && next != scalars.endIndex && scalars[next] == "\n")
            if kept || !isUnsafe(scalar) { out.append(scalar) } else { out.append(contentsOf: escape(scalar).unicodeScalars) }
            index = next
        }
        return String(out)
    }

    /// True for what must never reach a terminal raw: C0 controls, DEL, C1 controls, and the bidi
    /// embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        switch v {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// The visible escape of one unsafe scalar (see the notation above).
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let v = scalar.value
            if v <= 0xFF {
                let hex = String(v, radix: 16)
                return "\\x" + (hex.count < 2 ? "0" + hex : hex)
            }
            return "\\u{" + String(v, radix: 16, uppercase: true) + "}"
        }
    }
}
