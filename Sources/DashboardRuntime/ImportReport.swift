import PilotCore
import PilotStore

/// What an import did: its summary in both languages and the changes it wrote (none for a dry run or a sheet
/// already imported), so the dashboard can undo the import as one unit.
public struct ImportReport: Sendable {
    public let summary: Bilingual
    public let written: [Change]
}
