extension Site {
    /// The Chinese address in Chinese; in English the English address, or the Chinese one when none is recorded.
    public func displayAddress(_ language: Language) -> String {
        Bilingual(zh: address, en: addressEn ?? address)[language]
    }
}
