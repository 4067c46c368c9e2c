/// 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters, the last a check character.
public enum CreditCode {
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    private static let values: [Character: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })

    public enum Problem: Equatable, Sendable {
        case wrongLength(Int)
        case invalidCharacter(Character, position: Int)
        /// Issued codes with a bad check character exist, so this is a warning, never a rejection.
        case badCheckCharacter(expected: Character, found: Character)
    }

    /// The check character for the first 17 characters, or nil if one is outside the alphabet.
    public static func checkCharacter(for first17: String) -> Character? {
        let chars = Array(first17)
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (i, c) in chars.enumerated() {
            guard let v = values[c] else { return nil }
            sum += v * weights[i]
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    /// nil when the code is well formed with a correct check character.
    public static func problem(in code: String) -> Problem? {
        let chars = Array(code)
        guard chars.count == 18 else { return .wrongLength(chars.count) }
        for (i, c) in chars.enumerated() where values[c] == nil {
            return .invalidCharacter(c, position: i + 1)
        }
        let expected = checkCharacter(for: String(chars[0..<17]))!
        return expected == chars[17] ? nil : .badCheckCharacter(expected: expected, found: chars[17])
    }
}
