import PilotCore

/// A save the store refused because the record changed after its author saw it. Nothing was written; the
/// overlay shows the three versions field by field and offers: keep theirs, apply mine, keep editing.
public struct ConflictState: Equatable, Sendable {
    /// The refused edit (of one record).
    public var edit: RecordEdit
    /// The record as its author saw it: the refused change's before-state.
    public var base: AnyRecord
    /// The record now in the store; nil when another member deleted it.
    public var theirs: AnyRecord?
    /// What the author saved; nil for a delete.
    public var mine: AnyRecord?
    /// The form the edit came from, to go back to; nil for an action without a form (a status, a date, a delete).
    public var form: FormState?
    /// How far the field rows are scrolled when they do not fit.
    public var scroll = 0

    /// One field that differs between the versions.
    struct Row: Equatable {
        let label: Bilingual
        let base: String
        let theirs: String
        let mine: String
        let theirsChanged: Bool
        let mineChanged: Bool
        var bothChanged: Bool { theirsChanged && mineChanged }
    }

    var kind: EntityKind { base.kind }
    var id: String { base.id }
    var deletedByThem: Bool { theirs == nil }

    /// The fields someone changed, in the record's order.
    func rows(_ L: Language, provinces: ProvinceTable? = nil) -> [Row] {
        let gone = Bilingual(zh: "（已删除）", en: "(deleted)")[L]
        return RecordFieldList.fields(kind).compactMap { f in
            let theirsChanged = theirs.map { !f.same(base, $0) } ?? true
            let mineChanged = mine.map { !f.same(base, $0) } ?? true
            // A deleted side changes every field; only the fields the other side changed are worth listing.
            let listed =
                theirs == nil
                ? (mine.map { !f.same(base, $0) } ?? false)
                : mine == nil ? theirsChanged : theirsChanged || mineChanged
            guard listed else { return nil }
            return Row(
                label: f.label, base: f.show(base, L, provinces), theirs: theirs.map { f.show($0, L, provinces) } ?? gone,
                mine: mine.map { f.show($0, L, provinces) } ?? gone, theirsChanged: theirsChanged, mineChanged: mineChanged)
        }
    }

    /// Theirs with the fields the author changed (from the record they saw) set to the author's values.
    /// Nil when either side deleted the record.
    public var merged: AnyRecord? {
        guard var out = theirs, let mine else { return nil }
        for f in RecordFieldList.fields(kind) where !f.same(base, mine) { f.copy(mine, &out) }
        return out
    }
}
