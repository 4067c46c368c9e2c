import PilotCore

/// One line of a picker: the id stored, the name shown with a detail column, a note (an inspector's conflict)
/// and the text typing searches, computed once when the picker opens.
public struct PickerOption: Equatable, Sendable {
    public let id: String
    public let name: String
    public let detail: String
    /// A warning shown at the end of the line (利益冲突, 已排检查).
    public let note: String
    /// Lower-cased id, names in both languages and detail.
    let words: String
    /// The names' Mandarin readings, for `ssz` or `suzhou`.
    let readings: [PinyinKey]

    init(id: String, name: String, detail: String = "", note: String = "", words: [String], chinese: [String]) {
        self.id = id
        self.name = name
        self.detail = detail
        self.note = note
        self.words = ([id] + words).joined(separator: "\u{1F}").lowercased()
        readings = chinese.map(PinyinKey.init)
    }

    /// Whether every space-separated term of `query` is in the id, a name, the detail or a reading.
    func matches(_ query: String) -> Bool {
        query.lowercased().split(separator: " ").allSatisfy { term in
            let t = String(term)
            return words.contains(t) || readings.contains { $0.matches(t) }
        }
    }
}
