import Foundation
import Glibc
import PilotCore
import Testing

@testable import PilotStore

/// The chain walked on another thread while store.json decodes must judge the journal exactly as the walk up to
/// store.json's position did: the same first bad line, the same reason, and nothing said about lines after it.
@Suite struct BackgroundChainCheckTests {
    /// A store whose snapshot was made at revision `compactedAt`, with `total` inspections journalled.
    func journal(_ dir: TempDir, total: Int = 6, compactedAt: Int = 4) throws -> (lines: [[UInt8]], snapshot: Snapshot) {
        let store = try DirectoryStore.create(dir.path, data: Sample.small(), user: "t", reason: "fixture")
        for n in 1...total {
            try store.commit(user: "t") { _ in [.create(.inspection(Sample.inspection(String(format: "INS-%04d", n), day: n)))] }
            if n == compactedAt { try store.compact() }
        }
        let snapshot = try DirectoryStore.readSnapshot(StoreFiles(directory: dir.path), migrator: .standard)
        return (dir.bytes("journal.jsonl").split(separator: 0x0A).map(Array.init), snapshot)
    }

    /// What each check says of the journal in `dir` up to `end`: nil when it passes.
    func verdicts(_ dir: TempDir, end: Int, lines: Int, head: String) throws -> (walked: StoreError?, background: StoreError?) {
        let path = dir.path + "/journal.jsonl"
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var walked: StoreError?
        do { try JournalChain.check(fd, path: path, end: end, lines: lines, head: head) } catch { walked = error }
        let check = BackgroundChainCheck(fd: open(path, O_RDONLY), path: path)
        var background: StoreError?
        do { try check.verdict(fd, path: path, end: end, lines: lines, head: head) } catch { background = error }
        return (walked, background)
    }

    func expectSameVerdict(_ dir: TempDir, _ snapshot: Snapshot, end: Int? = nil, _ comment: Comment) throws {
        let (walked, background) = try verdicts(
            dir, end: end ?? snapshot.journalBytes, lines: snapshot.journalLines, head: snapshot.journalHead)
        #expect(walked?.kind == background?.kind, comment)
        #expect(walked?.position == background?.position, comment)
        #expect(walked?.reason == background?.reason, comment)
    }

    @Test func everyAlteredLineIsJudgedAsTheWalkToTheSnapshotJudgesIt() throws {
        let dir = TempDir()
        let (lines, snapshot) = try journal(dir)
        try expectSameVerdict(dir, snapshot, "intact")
        #expect(try verdicts(dir, end: snapshot.journalBytes, lines: snapshot.journalLines, head: snapshot.journalHead).background == nil)
        for index in lines.indices {
            // One byte of the line's content changed, the line removed, the line swapped with the next.
            var altered = lines
            altered[index][altered[index].count / 3] ^= 0x01
            var removed = lines
            removed.remove(at: index)
            var swapped = lines
            if index + 1 < lines.count { swapped.swapAt(index, index + 1) }
            for (name, version) in [("altered", altered), ("removed", removed), ("swapped", swapped)] {
                dir.write("journal.jsonl", Array(version.joined(separator: [0x0A])) + [0x0A])
                try expectSameVerdict(dir, snapshot, "line \(index + 1) \(name)")
            }
        }
    }

    @Test func aBadLineAfterTheSnapshotIsLeftToTheReplay() throws {
        let dir = TempDir()
        let (original, snapshot) = try journal(dir)
        var lines = original
        #expect(snapshot.journalLines < lines.count - 1)
        lines[lines.count - 1][10] ^= 0x01
        dir.write("journal.jsonl", Array(lines.joined(separator: [0x0A])) + [0x0A])
        let (walked, background) = try verdicts(
            dir, end: snapshot.journalBytes, lines: snapshot.journalLines, head: snapshot.journalHead)
        #expect(walked == nil && background == nil)
        // Opening applies the lines before it and names it, read-only.
        let opened = try DirectoryStore.open(dir.path)
        #expect(opened.revision == lines.count - 1 && opened.damage?.position?.hasPrefix("line \(lines.count)") == true)
    }

    @Test func aSnapshotPositionThatIsNotTheEndOfItsLineIsJudgedAsTheWalkJudgesIt() throws {
        let dir = TempDir()
        let (lines, snapshot) = try journal(dir)
        let size = dir.bytes("journal.jsonl").count
        for end in [0, 1, lines[0].count, lines[0].count + 1, snapshot.journalBytes - 1, snapshot.journalBytes + 1, size] {
            try expectSameVerdict(dir, snapshot, end: end, "end \(end)")
        }
        // A torn tail inside what store.json says it was made from.
        let cut = Array(dir.bytes("journal.jsonl").prefix(snapshot.journalBytes - 5))
        dir.write("journal.jsonl", cut)
        try expectSameVerdict(dir, snapshot, end: cut.count, "torn at \(cut.count)")
    }

    @Test func damageFoundOnTheOtherThreadRefusesTheEditBeforeAnythingIsWritten() throws {
        let dir = TempDir()
        var lines = try journal(dir).lines
        lines[1][lines[1].count / 2] ^= 0x01
        let damaged = Array(lines.joined(separator: [0x0A])) + [0x0A]
        dir.write("journal.jsonl", damaged)
        let opened = try DirectoryStore.open(dir.path)
        #expect(opened.damage?.kind == .tampered && opened.damage?.position?.hasPrefix("line 2") == true)
        #expect(throws: StoreError.self) {
            try opened.commit(user: "t") { _ in [.create(.inspection(Sample.inspection("INS-0099", day: 9)))] }
        }
        #expect(dir.bytes("journal.jsonl") == damaged)
    }
}
