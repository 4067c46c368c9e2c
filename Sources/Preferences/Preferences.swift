import DashboardUI
import PilotCore

/// The values a preferences file sets; nil where the file does not set a key or sets it wrongly.
public struct Preferences: Equatable, Sendable {
    public var homeProvince: Province?
    public var language: Language?
    public var theme: String?
    public var mouse: Bool?
    public var defaultSort: ProductSort?

    public init(
        homeProvince: Province? = nil, language: Language? = nil, theme: String? = nil, mouse: Bool? = nil,
        defaultSort: ProductSort? = nil
    ) {
        self.homeProvince = homeProvince
        self.language = language
        self.theme = theme
        self.mouse = mouse
        self.defaultSort = defaultSort
    }
}
