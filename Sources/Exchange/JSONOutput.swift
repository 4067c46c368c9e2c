import Foundation
import PilotCore

/// JSON for scripts: pretty, sorted keys, and safe to print. JSONEncoder already escapes C0 controls; DEL,
/// C1 controls and bidi overrides it leaves raw, so they are written as `\uXXXX` too. The text still parses
/// back to exactly the stored strings.
public enum JSONOutput {
    public static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingUnsafe(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }

    /// Outside strings JSON holds only ASCII structure and whitespace, so every unsafe scalar left in the
    /// text is inside a string, where `\uXXXX` means the same character.
    static func escapingUnsafe(_ json: String) -> String {
        TerminalText.replacingUnsafe(json, keepingLines: true) { scalar in
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }
}
