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
        replacingUnsafe(s, keepingLines: false, with: escape)
    }

    /// Whole-output form: keeps newline, tab and a carriage return directly before a newline (CRLF in CSV
    /// and iCalendar) and escapes everything else like `visible`. The last safety net before stdout/stderr.
    public static func visibleOutput(_ s: String) -> String {
        replacingUnsafe(s, keepingLines: true, with: escape)
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

    /// `s` with every unsafe scalar replaced by `replacement(scalar)`; with `keepingLines`, newline, tab and
    /// a CR directly before a newline are kept. The one scanner behind every output format's rule
    /// (visible escapes here, `\uXXXX` in JSON, escapes inside iCalendar TEXT).
    ///
    /// Works on UTF-8 bytes and copies safe runs whole, so a multi-megabyte export costs one pass.
    public static func replacingUnsafe(_ s: String, keepingLines: Bool, with replacement: (Unicode.Scalar) -> String) -> String {
        var text = s
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            let n = bytes.count
            while i < n {
                guard let (scalar, length) = unsafeScalar(bytes, at: i) else {
                    i += 1
                    continue
                }
                if keepingLines && (scalar == "\n" || scalar == "\t" || (scalar == "\r" && i + 1 < n && bytes[i + 1] == 0x0A)) {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(n + 64) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: replacement(scalar).utf8)
                i += length
                copied = i
            }
            if copied == 0 && out.isEmpty { return s }
            out.append(contentsOf: bytes[copied..<n])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The unsafe scalar starting at byte `i` of valid UTF-8 and its length in bytes, or nil.
    /// Mirrors `isUnsafe` (a test checks the two agree on every scalar up to U+FFFF).
    static func unsafeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        if b < 0x20 || b == 0x7F { return (Unicode.Scalar(b), 1) }
        guard b == 0xC2 || b == 0xD8 || b == 0xE2, i + 1 < bytes.count else { return nil }
        let b1 = bytes[i + 1]
        switch b {
        case 0xC2 where (0x80...0x9F).contains(b1): return (Unicode.Scalar(b1), 2) // C1: U+0080–U+009F
        case 0xD8 where b1 == 0x9C: return ("\u{061C}", 2)
        case 0xE2 where i + 2 < bytes.count && (b1 == 0x80 || b1 == 0x81):
            let value = 0x2000 | (UInt32(b1 & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard let scalar = Unicode.Scalar(value), isUnsafe(scalar) else { return nil }
            return (scalar, 3)
        default: return nil
        }
    }
}
