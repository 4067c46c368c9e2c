import Foundation
import PilotCore
import Testing

@testable import PilotStore

/// A dashboard's store checks the journal up to store.json after its first frame: the verdict is the one opening
/// would have given, and nothing is written before it is in.
@Suite struct LaterHistoryCheckTests {
    /// A store compacted after three edits whose second and third lines were then swapped (line 2 is bad).
    func damagedStore(_ dir: TempDir) throws -> [UInt8] {
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        for n in 1...3 { try IntegrityTests().addInspection(store, n) }
        try store.compact()
        var lines = dir.bytes("journal.jsonl").split(separator: 0x0A).map(Array.init)
        lines.swapAt(1, 2)
        let swapped = Array(lines.joined(separator: [0x0A])) + [0x0A]
        dir.write("journal.jsonl", swapped)
        return swapped
    }

    /// Polls as the dashboard's loop does, until the verdict is in.
    func settled(_ store: DirectoryStore) -> Bool {
        for _ in 0..<1000 {
            if !store.historyCheckPending { return true }
            usleep(2_000)
        }
        return false
    }

    @Test func theVerdictLaterIsTheVerdictAtOpening() throws {
        let dir = TempDir()
        _ = try damagedStore(dir)
        let now = try DirectoryStore.open(dir.path)
        let later = try DirectoryStore.open(dir.path, history: .afterOpening)
        #expect(later.historyCheckPending && later.data == now.data)
        later.startHistoryCheck()
        #expect(settled(later))
        let (a, b) = (try #require(now.damage), try #require(later.damage))
        #expect(a.kind == b.kind && a.position == b.position && a.reason == b.reason, "\(a) / \(b)")
        #expect(a.position?.hasPrefix("line 2") == true, "\(a)")
    }

    @Test func anEditBeforeTheVerdictWaitsForItAndIsRefused() throws {
        let dir = TempDir()
        let swapped = try damagedStore(dir)
        let store = try DirectoryStore.open(dir.path, history: .afterOpening)
        // Never started: the edit starts the check and waits for it.
        #expect(store.historyCheckPending)
        #expect(throws: StoreError.self) { try IntegrityTests().addInspection(store, 9) }
        #expect(!store.historyCheckPending && store.damage != nil)
        #expect(dir.bytes("journal.jsonl") == swapped)
        store.compactionThreshold = 1
        store.compactIfDue()
        #expect(dir.bytes("journal.jsonl") == swapped)
    }

    @Test func aSoundJournalIsWrittenOnOnceChecked() throws {
        let dir = TempDir()
        let made = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        for n in 1...3 { try IntegrityTests().addInspection(made, n) }
        try made.compact()
        try IntegrityTests().addInspection(made, 4)
        let store = try DirectoryStore.open(dir.path, history: .afterOpening)
        #expect(store.revision == made.revision && store.historyCheckPending)
        store.startHistoryCheck()
        #expect(settled(store) && store.damage == nil)
        try IntegrityTests().addInspection(store, 5)
        #expect(try DirectoryStore.open(dir.path).revision == made.revision + 1)
    }
}
