import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// The contract bulk imports rely on (audit D9): an edit prepared against `store.data` outside the lock can
/// tell, inside `commit`'s closure, whether another writer came in between, by the revision alone.
@Suite struct PreparedEditTests {
    @Test func theRevisionInsideCommitSaysWhetherThePreparationIsStale() throws {
        let dir = TempDir()
        _ = try DirectoryStore.create(dir.path, data: Sample.small(), user: "tester", reason: "fixture")
        let importer = try DirectoryStore.open(dir.path)
        let other = try DirectoryStore.open(dir.path)

        try importer.refresh()
        let preparedAt = importer.revision
        let prepared = PilotData.nextID(prefix: "INS-", in: importer.data.inspections)
        // Another user adds the very id the import prepared.
        try other.commit(user: "bob") { _ in [.create(.inspection(Sample.inspection(prepared)))] }

        var redone = false
        try importer.commit(user: "alice") { data in
            var id = prepared
            if importer.revision != preparedAt {
                redone = true
                id = PilotData.nextID(prefix: "INS-", in: data.inspections)
            }
            return [.create(.inspection(Sample.inspection(id, day: 2)))]
        }
        #expect(redone)
        #expect(importer.data.inspections.map(\.id) == ["INS-0001", "INS-0002"])

        // With no writer in between, the revision is unchanged and the preparation stands.
        try importer.refresh()
        let unchangedAt = importer.revision
        var stale = true
        try importer.commit(user: "alice") { _ in
            stale = importer.revision != unchangedAt
            return [.create(.inspection(Sample.inspection("INS-0003")))]
        }
        #expect(!stale)
    }
}
