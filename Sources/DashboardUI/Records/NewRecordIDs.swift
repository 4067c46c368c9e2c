import PilotCore

/// New records get their id when they are written, not when their form opens: two members adding a product
/// at the same time must end with two products, never with the second add replacing the first.
extension RecordEdit {
    /// The id a new record carries until it is written; forms and messages show it as is.
    public static let provisionalID = "(new)"

    /// A change that creates `record` under an id chosen by the runtime.
    static func create(_ record: AnyRecord) -> Change {
        Change(before: nil, after: record.withID(provisionalID), allocatesID: true)
    }

    /// The edit with each new record numbered one past the largest id of its kind in `data`: the runtime calls
    /// this inside the store's commit, where `data` is current and no one else can write.
    public func allocatingIDs(in data: PilotData) -> RecordEdit {
        var working = data
        var allocated: [String] = []
        var out = self
        out.changes = changes.map { change in
            guard change.allocatesID, let record = change.after else { return change }
            let id = working.nextID(for: record.kind)
            let numbered = record.withID(id)
            working.upsert(numbered)
            allocated.append(id)
            return Change(before: nil, after: numbered)
        }
        // The message names the new record ("added P16") when there is exactly one.
        if allocated.count == 1 {
            out.done = Bilingual(
                zh: done.zh.replacing(RecordEdit.provisionalID, with: allocated[0]),
                en: done.en.replacing(RecordEdit.provisionalID, with: allocated[0]))
        }
        return out
    }
}
