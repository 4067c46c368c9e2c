import Foundation
import PilotCore

/// Schema versions of `store.json`. A newer version than biopilot knows is refused (nothing written);
/// an older one is migrated step by step after a byte-exact backup `store.json.v<N>.bak`.
public struct SchemaMigrator: Sendable {
    public typealias Step = @Sendable (inout [String: Any]) throws -> Void

    public let current: Int
    /// `steps[n]` turns a version-n snapshot object into version n+1.
    public let steps: [Int: Step]

    public init(current: Int, steps: [Int: Step]) {
        self.current = current
        self.steps = steps
    }

    /// Version 1 is the first published schema; no migrations exist yet.
    public static let standard = SchemaMigrator(current: 1, steps: [:])

    static let olderMarker = "older schema"

    private struct Header: Decodable { let schemaVersion: Int }

    /// Refuses a newer version and sends an older one to migration. Run by `Snapshot.init(from:)` as soon as it has
    /// read the version, before any record: the snapshot is parsed once, not once for its version and again whole.
    func checkVersion(_ version: Int, file: String) throws(StoreError) {
        if version > current {
            throw StoreError(
                .unreadable, file: file, position: "schemaVersion",
                Bilingual(
                    zh: "数据格式版本 \(version) 比本版 biopilot 能读的（\(current)）更新；请使用更新的 biopilot",
                    en: "schema version \(version) is newer than this biopilot reads (\(current)); use a newer biopilot"))
        }
        if version < current {
            throw StoreError(.unreadable, file: file, position: "schemaVersion", "\(SchemaMigrator.olderMarker) \(version)")
        }
    }

    /// Backs up and migrates `store.json` in place. The caller holds the exclusive lock.
    func migrate(_ files: StoreFiles) throws(StoreError) {
        guard let original = try FileIO.read(files.snapshot) else {
            throw StoreError(
                .missing, file: files.snapshot, Bilingual(zh: "升级数据格式时 store.json 消失了", en: "store.json disappeared during migration"))
        }
        let header = try JSONReading.decode(Header.self, from: original, file: files.snapshot)
        guard header.schemaVersion < current else { return }
        var object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(original)) as? [String: Any] else {
                throw StoreError(.unreadable, file: files.snapshot, position: "top level", "expected an object")
            }
            object = parsed
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.unreadable, file: files.snapshot, "\(error)")
        }
        if let tail = try FileIO.read(files.journal), tail.count > (object["journalBytes"] as? Int ?? 0) {
            throw StoreError(
                .unreadable, file: files.journal,
                "journal lines after the snapshot were written by schema \(header.schemaVersion); compact the store with the biopilot that wrote it, then open it here"
            )
        }
        for version in header.schemaVersion..<current {
            guard let step = steps[version] else {
                throw StoreError(
                    .unreadable, file: files.snapshot, position: "schemaVersion",
                    "no migration from schema version \(version) to \(version + 1)")
            }
            do {
                try step(&object)
            } catch {
                throw StoreError(.unreadable, file: files.snapshot, "migration from schema \(version) failed: \(error)")
            }
            object["schemaVersion"] = version + 1
        }
        let backup = "\(files.snapshot).v\(header.schemaVersion).bak"
        try FileIO.replace(backup, with: original)
        let migrated: Data
        do {
            migrated = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw StoreError(.io, file: files.snapshot, "cannot encode the migrated snapshot: \(error)")
        }
        try FileIO.replace(files.snapshot, with: Array(migrated))
    }
}
