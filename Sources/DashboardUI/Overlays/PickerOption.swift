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
    let words: [String]
    /// The names' Mandarin readings, for `ssz` or `suzhou`.
    let readings: [PinyinKey]

    init(id: String, name: String, detail: String = "", note: String = "", words: [String], chinese: [String]) {
        self.id = id
        self.name = name
        self.detail = detail
        self.note = note
        self.words = ([id] + words).filter { !$0.isEmpty }.map { $0.lowercased() }
        readings = chinese.map(PinyinKey.init)
    }

    /// Nil unless every space-separated term of `query` is in the id, a name, the detail or a reading; 0 when
    /// each term starts one of them (`js` → 江苏省 before 北京市, whose initials `bjs` merely contain it), else 1.
    func rank(_ query: String) -> Int? {
        var rank = 0
        for term in query.lowercased().split(separator: " ").map(String.init) {
            let starts =
                words.contains { $0.hasPrefix(term) } || readings.contains { $0.full.hasPrefix(term) || $0.initials.hasPrefix(term) }
            if starts { continue }
            guard words.contains(where: { $0.contains(term) }) || readings.contains(where: { $0.matches(term) }) else { return nil }
            rank = 1
        }
        return rank
    }
}
