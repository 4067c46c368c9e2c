import PilotCore

/// One stored field of a record, by name (as in the journal): its label, how it reads, whether two versions
/// agree on it, and how to copy it from one version to another. A conflict is shown and merged field by field.
struct RecordField {
    let name: String
    let label: Bilingual
    /// The value in words; province codes by name where the table is given.
    let show: (AnyRecord, Language, ProvinceTable?) -> String
    let same: (AnyRecord, AnyRecord) -> Bool
    let copy: (AnyRecord, inout AnyRecord) -> Void
}
