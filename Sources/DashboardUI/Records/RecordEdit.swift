import PilotCore

/// A change to the store the dashboard asks for: records before and after, the reason, and conflicts the
/// user accepted. The runtime turns it into one journalled commit.
public struct RecordEdit: Equatable, Sendable {
    public var changes: [Change]
    public var reason: String?
    public var conflicts: [String]?
    public var done: Bilingual

    public init(changes: [Change], reason: String?, conflicts: [String]?, done: Bilingual, origin: Origin = .edit) {
        self.changes = changes
        self.reason = reason
        self.conflicts = conflicts
        self.done = done
        self.origin = origin
    }

    /// Where an edit comes from: the user's own change, or `u` / `U` replaying the undo history.
    public enum Origin: Equatable, Sendable {
        case edit, undo, redo
    }

    /// One record: `before` is the record as its author saw it (when the form or action opened), so the store
    /// refuses the change if someone else changed the record since.
    public struct Change: Equatable, Sendable {
        public let before: AnyRecord?
        public let after: AnyRecord?
        /// A new record whose id is chosen when it is written, under the store's lock (its id is provisional).
        public var allocatesID = false

        public init(before: AnyRecord?, after: AnyRecord?, allocatesID: Bool = false) {
            self.before = before
            self.after = after
            self.allocatesID = allocatesID
        }
    }

    /// An undo or a redo moves the edit between the undo history's two stacks instead of starting a new one.
    public var origin = Origin.edit
    public var isUndo: Bool { origin == .undo }

    /// The compensating edit: each change reversed, newest first. The journal keeps both.
    public var inverse: RecordEdit {
        RecordEdit(
            changes: changes.reversed().map { Change(before: $0.after, after: $0.before) },
            reason: "undo: " + (reason ?? done.en), conflicts: nil,
            done: Bilingual(zh: "已撤销：" + done.zh, en: "undone: " + done.en), origin: .undo)
    }

    /// The edit again, after it was undone: each record back to what the edit made it, from what the undo left.
    public var redo: RecordEdit {
        RecordEdit(
            changes: changes.map { Change(before: $0.before, after: $0.after) },
            reason: "redo: " + (reason ?? done.en), conflicts: conflicts,
            done: Bilingual(zh: "已重做：" + done.zh, en: "redone: " + done.en), origin: .redo)
    }
}
