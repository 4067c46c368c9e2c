import DashboardUI
import PilotCore

/// The keys of the preferences file, spelled as in the file.
public enum PreferenceKey: String, CaseIterable, Sendable {
    case homeProvince = "home_province"
    case language
    case theme
    case mouse
    case defaultSort = "default_sort"

    /// What the key accepts, as a problem report says it.
    public var accepted: Bilingual {
        switch self {
        case .homeProvince:
            Bilingual(
                zh: "省份名称（江苏 或 江苏省）、简称（苏）或 GB/T 代码（32 或 320000）",
                en: "a province name (江苏, 江苏省 or Jiangsu), its abbreviation (苏) or its GB/T code (32 or 320000)")
        case .language: Bilingual(zh: "\"zh\" 或 \"en\"", en: "\"zh\" or \"en\"")
        case .theme:
            Bilingual(
                zh: "主题名称（default、light、high-contrast、mono）或 .theme 文件路径",
                en: "a theme name (default, light, high-contrast, mono) or the path of a .theme file")
        case .mouse: Bilingual(zh: "true 或 false", en: "true or false")
        case .defaultSort:
            Bilingual(
                zh: ProductSort.allCases.map { "\"\($0.rawValue)\"（\($0.label.zh)）" }.joined(separator: "、"),
                en: ProductSort.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
    }

    /// A key as it was probably meant: `home-province` or `Default_Sort` for the key spelled the file's way.
    static func meant(_ written: String) -> PreferenceKey? {
        PreferenceKey(rawValue: written.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}
