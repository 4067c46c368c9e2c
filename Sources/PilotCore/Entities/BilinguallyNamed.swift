/// A record with a Chinese name and an optional English one, so every layer names it the same way.
public protocol BilinguallyNamed {
    var name: String { get }
    var nameEn: String? { get }
}

extension BilinguallyNamed {
    /// The Chinese name in Chinese; in English the English name, or the Chinese one when none is recorded.
    public func displayName(_ language: Language) -> String {
        Bilingual(zh: name, en: nameEn ?? name)[language]
    }
}

extension Enterprise: BilinguallyNamed {}
extension PilotProduct: BilinguallyNamed {}
extension Inspector: BilinguallyNamed {}
extension ProductCoverage: BilinguallyNamed {}
extension NotCounted: BilinguallyNamed {}
