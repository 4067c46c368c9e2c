import PilotCore

/// A field of a form: its id, a label, a kind, the text being edited, and the reason it is invalid (shown beside it).
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        /// One of `values` (shown with `labels`), cycled with ← and →.
        case choice(values: [String], labels: [String])
        /// On or off, flipped with Space.
        case toggle
        /// Ids chosen in a searchable list (`PickerState`), opened with Enter or by typing; several are kept
        /// comma-separated. The form shows their names.
        case pick(PickerSource, PickerMode)
    }

    /// A field as its form describes it (label, kind, first value); the form gives it its id, so a field
    /// cannot be built under another field's name.
    public struct Spec: Sendable {
        let label: Bilingual
        let kind: Kind
        let text: String
        let on: Bool

        static func text(_ label: Bilingual, _ value: String) -> Spec { Spec(label: label, kind: .text, text: value, on: false) }

        static func choice(_ label: Bilingual, _ value: String, values: [String], labels: [String]) -> Spec {
            Spec(label: label, kind: .choice(values: values, labels: labels), text: value, on: false)
        }

        static func toggle(_ label: Bilingual, _ on: Bool) -> Spec { Spec(label: label, kind: .toggle, text: "", on: on) }

        static func pick(_ label: Bilingual, _ ids: [String], _ source: PickerSource, _ mode: PickerMode) -> Spec {
            Spec(label: label, kind: .pick(source, mode), text: ids.joined(separator: ", "), on: false)
        }
    }

    public let id: FormFieldID
    public let label: Bilingual
    public let kind: Kind
    public var input: TextInput
    public var on: Bool
    public var error: String?

    init(_ id: FormFieldID, _ spec: Spec) {
        self.id = id
        label = spec.label
        kind = spec.kind
        input = TextInput(spec.text)
        on = spec.on
    }

    public var text: String { input.text }

    /// The ids a picker field holds.
    var ids: [String] { InspectionForms.ids(input.text) }

    /// What the field shows: the text, the choice's label, a check box, or the picked records' names.
    func display(_ state: AppState) -> String {
        switch kind {
        case .pick(let source, _): return PickerCatalog.display(source, ids: ids, state: state)
        case .text: return input.text
        case .choice(let values, let labels):
            let i = values.firstIndex(of: input.text)
            return "‹ " + (i.map { labels[$0] } ?? input.text) + " ›"
        case .toggle: return on ? "[x]" : "[ ]"
        }
    }
}
