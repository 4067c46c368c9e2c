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
        var today: CivilDate? = nil

        static func text(_ label: Bilingual, _ value: String) -> Spec { Spec(label: label, kind: .text, text: value, on: false) }

        /// A date typed as imports read them (2026/3/5, 2026年3月5日, 12-8 in today's year), shown in ISO form
        /// once the cursor leaves it.
        static func date(_ label: Bilingual, _ value: CivilDate?, _ state: AppState) -> Spec {
            Spec(label: label, kind: .text, text: value?.description ?? "", on: false, today: state.model.today)
        }

        static func choice(_ label: Bilingual, _ value: String, values: [String], labels: [String]) -> Spec {
            Spec(label: label, kind: .choice(values: values, labels: labels), text: value, on: false)
        }

        /// The same field showing `text` (what was typed before the form was rebuilt).
        func typed(_ text: String) -> Spec { Spec(label: label, kind: kind, text: text, on: on, today: today) }

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
    /// For a date field, the day a date without a year is read against; nil for any other field.
    let today: CivilDate?

    init(_ id: FormFieldID, _ spec: Spec) {
        self.id = id
        label = spec.label
        kind = spec.kind
        input = TextInput(spec.text)
        on = spec.on
        today = spec.today
    }

    public var text: String { input.text }

    /// The date a date field holds, read as imports read dates; nil when empty or not a date.
    var date: CivilDate? { today.flatMap { CivilDate(lenient: input.text, today: $0) } }

    /// Why a date field's text is not a date ("2026-02-30：2026 年 2 月只有 28 天"); nil when it is one or is empty.
    var dateProblem: Bilingual? {
        guard let today, !input.text.trimmed.isEmpty else { return nil }
        return CivilDate.problem(lenient: input.text, today: today)
    }

    /// A date field shows the date it understood in ISO form (after the cursor leaves it, and on save).
    mutating func showUnderstoodDate() {
        if let date, date.description != input.text { input = TextInput(date.description) }
    }

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
