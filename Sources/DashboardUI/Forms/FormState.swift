import PilotCore

/// A form: fields, the focused one, and what it is for. Keys: Tab/↓ and S-Tab/↑ move, ← → choose,
/// Space toggles, typing edits, Enter saves, Esc cancels (see `FormReducer`).
public struct FormState: Equatable, Sendable {
    public var title: Bilingual
    public var fields: [FormField]
    public var focus = 0
    public var purpose: FormPurpose
    /// Problems that concern the whole form (scheduling conflicts), listed under the fields.
    public var notes: [String] = []
    /// A note that is not a problem (the computed rectification due date).
    public var info: String?
    /// The record as it was shown when the form opened (nil for a new one): the before-state of its save, so
    /// an edit made meanwhile by someone else is detected instead of overwritten.
    public var original: AnyRecord?
    /// Whether the user has changed a field since the form opened (Ctrl-C then asks before quitting).
    public var isEdited = false
    /// The user said yes to scheduling an inspection that starts in the past; the question is asked once.
    public var pastStartConfirmed = false

    /// A form with one field for each case of `F`, in the enum's order, described by `spec`.
    init<F: FormFieldKey>(title: Bilingual, purpose: FormPurpose, original: AnyRecord? = nil, fields spec: (F) -> FormField.Spec) {
        self.title = title
        self.purpose = purpose
        self.original = original
        fields = F.allCases.map { FormField($0.formID, spec($0)) }
        // The cursor starts where typing goes, not on a list that Enter would open.
        focus = fields.firstIndex { if case .pick = $0.kind { false } else { true } } ?? 0
    }

    /// The field for `key`. A form holds every case of its own field enum (it is built from them); a field of
    /// another form's enum reads as an empty field and a write to it is ignored, so no address can crash.
    public subscript<F: FormFieldKey>(key: F) -> FormField {
        get { index(of: key).map { fields[$0] } ?? FormField(key.formID, .text(Bilingual(zh: "", en: ""), "")) }
        set { if let i = index(of: key) { fields[i] = newValue } }
    }

    func index<F: FormFieldKey>(of key: F) -> Int? { fields.firstIndex { $0.id == key.formID } }

    /// Puts the cursor on `key` (where the user is expected to type first).
    public mutating func focus<F: FormFieldKey>(on key: F) {
        if let i = index(of: key) { focus = i }
    }

    /// Whether no field is marked invalid.
    var isValid: Bool { fields.allSatisfy { $0.error == nil } }

    /// Every date field in ISO form, as a save reads them.
    mutating func showUnderstoodDates() {
        for i in fields.indices { fields[i].showUnderstoodDate() }
    }

    /// Clears every field's error before the checks run again.
    mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    public enum Outcome: Equatable {
        case edited, moved, submit, cancel, ignored
        /// Open the focused field's picker, searching for what was typed.
        case openPicker(String)
    }

    /// Applies a key to the fields: moves the focus or edits the focused field. On a picker field Enter or
    /// typing opens its list, and Backspace or Delete empties it.
    mutating func handle(_ key: Key) -> Outcome {
        if case .pick = fields[focus].kind {
            switch key {
            case .enter: return .openPicker("")
            case .char(let c): return .openPicker(c == " " ? "" : String(c))
            case .backspace, .delete:
                fields[focus].input = TextInput()
                return .edited
            default: break
            }
        }
        switch key {
        case .escape: return .cancel
        case .enter: return .submit
        case .tab, .down:
            fields[focus].showUnderstoodDate()
            focus = (focus + 1) % fields.count
            return .moved
        case .backTab, .up:
            fields[focus].showUnderstoodDate()
            focus = (focus + fields.count - 1) % fields.count
            return .moved
        default:
            break
        }
        var field = fields[focus]
        switch field.kind {
        case .toggle:
            guard key == .char(" ") else { return .ignored }
            field.on.toggle()
        case .choice(let values, _):
            guard key == .left || key == .right || key == .char(" ") else { return .ignored }
            let i = values.firstIndex(of: field.input.text) ?? -1
            let next = (i + (key == .left ? -1 : 1) + values.count) % values.count
            field.input = TextInput(values[next])
        case .text:
            guard field.input.handle(key) else { return .ignored }
        case .pick:
            return .ignored
        }
        fields[focus] = field
        return .edited
    }
}
