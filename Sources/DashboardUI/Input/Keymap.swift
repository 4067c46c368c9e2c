import PilotCore

/// The one key table, assembled from the global keys, each pane's tables and each overlay's: it dispatches
/// keys, and it writes the help overlay and the hint line, so what the help says is what the keys do
/// (calcurse's key table, bubbles' key.Binding).
public enum Keymap {
    /// The key tables' shorthand for a bilingual help text (the only one: everything else spells out Bilingual(zh:en:)).
    static func b(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }

    public static let bindings: [KeyBinding] =
        global + list + Pane.allCases.flatMap { $0.component.bindings }
        + conflict + help + prompt + confirm + form + picker + log + planReview + inspectionCard + notice

    /// Scopes whose keys a state dispatches, most specific first: the top overlay's alone, else the pane's and the global keys.
    public static func scopes(_ state: AppState) -> [KeyScope] {
        if let top = state.overlays.last { return [top.scope] }
        return paneScopes(state)
    }

    static func paneScopes(_ state: AppState) -> [KeyScope] { state.pane.component.scopes(state) + [.global] }

    /// The binding a key has in a state, with the scope that says who handles it.
    public static func binding(for key: Key, in state: AppState) -> KeyBinding? {
        for scope in scopes(state) {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding }
        }
        return nil
    }

    /// The bindings the help overlay lists, most specific first: those of what is under the help (the overlay
    /// below it, else the pane and the global keys), then the help's own.
    public static func help(for state: AppState) -> [KeyBinding] {
        let under = state.overlays.last { $0.layer != .help }
        let scopes = (under.map { [$0.scope] } ?? paneScopes(state)) + (state.showHelp ? [.help] : [])
        return scopes.flatMap { scope in bindings.filter { $0.scope == scope } }
    }

    /// "key label" pairs for the hint line: those of the topmost overlay that has hints, else the pane's.
    public static func hints(for state: AppState) -> [(key: String, label: Bilingual)] {
        let hinted = state.overlays.reversed().first { overlay in bindings.contains { $0.scope == overlay.scope && $0.hint != nil } }
        let scopes = hinted.map { [$0.scope] } ?? paneScopes(state)
        return scopes.flatMap { scope in bindings.filter { $0.scope == scope } }.compactMap { binding in
            guard let hint = binding.hint else { return nil }
            return (label(binding), hint)
        }
    }

    /// How a hint writes its keys: the pane keys as a range, a pair of brackets as one.
    static func label(_ binding: KeyBinding) -> String {
        if case .pane = binding.command { return "1-\(Pane.allCases.count)" }
        if [.previousMonth, .previousYear].contains(binding.command) { return "[ ]" }
        return binding.keys.first?.label ?? ""
    }
}
