import PilotCore

/// A field of a form: a label, a kind, the text being edited, and the reason it is invalid (shown beside it).
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text
        /// One of `values` (shown with `labels`), cycled with ← and →.
        case choice(values: [String], labels: [String])
        /// On or off, flipped with Space.
        case toggle
    }

    public let id: String
    public let label: Bilingual
    public let kind: Kind
    public var input: TextInput
    public var on: Bool
    public var error: String?

    public init(_ id: String, _ label: Bilingual, text: String = "") {
        self.id = id
        self.label = label
        kind = .text
        input = TextInput(text)
        on = false
    }

    public init(_ id: String, _ label: Bilingual, choice value: String, values: [String], labels: [String]) {
        self.id = id
        self.label = label
        kind = .choice(values: values, labels: labels)
        input = TextInput(value)
        on = false
    }

    public init(_ id: String, _ label: Bilingual, toggle: Bool) {
        self.id = id
        self.label = label
        kind = .toggle
        input = TextInput()
        on = toggle
    }

    public var text: String { input.text }

    /// What the field shows: the text, the choice's label, or a check box.
    var display: String {
        switch kind {
        case .text: return input.text
        case .choice(let values, let labels):
            let i = values.firstIndex(of: input.text)
            return "‹ " + (i.map { labels[$0] } ?? input.text) + " ›"
        case .toggle: return on ? "[x]" : "[ ]"
        }
    }
}

/// A form: fields, the focused one, and what it is for. Keys: Tab/↓ and S-Tab/↑ move, ← → choose,
/// Space toggles, typing edits, Enter saves, Esc cancels.
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

    public subscript(id: String) -> FormField {
        get { fields.first { $0.id == id }! }
        set { fields[fields.firstIndex { $0.id == id }!] = newValue }
    }

    public enum Outcome: Equatable { case edited, moved, submit, cancel, ignored }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .submit
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return .moved
        case .backTab, .up:
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
        }
        fields[focus] = field
        return .edited
    }
}

public enum FormPurpose: Equatable, Sendable {
    case newInspection
    case editInspection(String)
    case completeInspection(String)
    case newSampling
    case editSampling(String)
    case newRecord(EntityKind, String)
    case editRecord(EntityKind, String)
    case stageStep(String)
}

enum FormView {
    /// Draws the form in a box over `area`: labels, values (the focused one editable), errors, notes.
    static func draw(into grid: inout Grid, area: Rect, form: FormState, language L: Language) {
        let height = min(area.height, form.fields.count + 4 + min(6, form.notes.count) + (form.info == nil ? 0 : 1))
        let box = area.centered(width: min(area.width, 96), height: height)
        grid.fill(box, style: Style(.overlay))
        Box.draw(into: &grid, box, title: form.title[L])
        let inner = box.inset(by: 1)
        let labelWidth = min(18, form.fields.map { DisplayWidth.of($0.label[L]) }.max() ?? 8)
        var y = inner.y
        for (i, field) in form.fields.enumerated() where y < inner.maxY {
            let focused = i == form.focus
            grid.putPadded(field.label[L], x: inner.x + 1, y: y, width: labelWidth, style: Style(.label, bold: focused))
            let valueX = inner.x + labelWidth + 2
            let valueWidth = max(4, inner.width - labelWidth - 3)
            let errorText = field.error.map { "  ✗ " + $0 } ?? ""
            let errorWidth = min(DisplayWidth.of(errorText), valueWidth / 2)
            let fieldWidth = valueWidth - errorWidth
            if focused, case .text = field.kind {
                field.input.draw(into: &grid, row: Rect(x: valueX, y: y, width: fieldWidth, height: 1), prefix: "", style: Style(.prompt, underline: true))
            } else {
                grid.putPadded(field.display, x: valueX, y: y, width: fieldWidth, style: Style(focused ? .prompt : .overlay, bold: focused, reverse: focused && field.kind != .text))
            }
            if errorWidth > 0 { grid.putPadded(errorText, x: valueX + fieldWidth, y: y, width: errorWidth, style: Style(.error, bold: true)) }
            y += 1
        }
        if let info = form.info, y < inner.maxY {
            grid.putPadded(" " + info, x: inner.x, y: y, width: inner.width, style: Style(.info))
            y += 1
        }
        for note in form.notes where y < inner.maxY - 1 {
            grid.putPadded(" ! " + note, x: inner.x, y: y, width: inner.width, style: Style(.warning))
            y += 1
        }
        let footer = L == .zh ? "Tab 下一项 · ←→ 选择 · 空格 勾选 · Enter 保存 · Esc 取消" : "Tab next · ←→ choose · Space toggle · Enter save · Esc cancel"
        grid.putPadded(" " + footer, x: inner.x, y: inner.maxY - 1, width: inner.width, style: Style(.muted))
    }
}
