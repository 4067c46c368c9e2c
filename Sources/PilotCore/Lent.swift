/// A record read where it lies, for the length of one call: `lent.status`, `lent.team` read that field alone.
///
/// Handing a table's record to a closure took a copy of it (retaining its dozen strings and lists) whenever the
/// closure could write memory, which every rule's closure does: the compiler cannot know the closure leaves the
/// table's storage alone. A lent record passes a pointer instead; it cannot be copied or kept (`~Copyable`,
/// borrowed), so it cannot outlive the call that lends it. `record` takes a copy where one is needed.
///
/// Stored fields read in place; a computed property (`hasOpenRectification`, `isOpen`) is called on the record and
/// may still copy it (seen in the due list's inspections): hot loops read stored fields where it matters.
@dynamicMemberLookup
public struct Lent<Record>: ~Copyable {
    private let pointer: UnsafePointer<Record>

    init(_ pointer: UnsafePointer<Record>) { self.pointer = pointer }

    public subscript<Field>(dynamicMember field: KeyPath<Record, Field>) -> Field { pointer.pointee[keyPath: field] }

    /// A copy of the whole record, for work that keeps it or hands it on.
    public var record: Record { pointer.pointee }
}
