import PilotCore

/// One record changed by an edit. `before` is what the editor saw: if another writer changed the record
/// since, the commit is refused instead of overwriting their work.
public struct Change: Sendable, Equatable {
    public let kind: EntityKind
    public let id: String
    public let before: AnyRecord?
    public let after: AnyRecord?

    public static func create(_ record: AnyRecord) -> Change {
        Change(kind: record.kind, id: record.id, before: nil, after: record)
    }

    public static func update(from before: AnyRecord, to after: AnyRecord) -> Change {
        Change(kind: after.kind, id: after.id, before: before, after: after)
    }

    public static func delete(_ record: AnyRecord) -> Change {
        Change(kind: record.kind, id: record.id, before: record, after: nil)
    }

    package var action: JournalEntry.Action {
        switch (before, after) {
        case (nil, _): return .create
        case (_, nil): return .delete
        default: return .update
        }
    }
}
