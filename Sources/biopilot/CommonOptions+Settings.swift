import Preferences

extension CommonOptions {
    /// The settings in force for a command given `--theme` and `--mouse`/`--no-mouse` (nil where not given).
    func settings(theme: String? = nil, mouse: Bool? = nil) -> EffectiveSettings {
        EffectiveSettings(file: UserPreferences.file, lang: lang, theme: theme, mouse: mouse, environment: environment)
    }
}
