import Foundation
import PilotCore

/// Reads `journal.jsonl` lines: checks each line's hash, the chain to the line before, and the revision order.
enum JournalReader {
    struct Line {
        let entry: JournalEntry
        let hash: String
        /// 1-based line number in the whole file.
        let number: Int
        /// Offset just after this line's newline, relative to the scanned bytes.
        let end: Int
    }

    struct Scan {
        var lines: [Line] = []
        /// Bytes up to and including the last newline: what was read as complete lines.
        var completeBytes = 0
        /// Bytes after the last newline: a write cut short by a crash, never applied.
        var tornBytes = 0
        /// The first bad line, where the scan stopped; the lines before it are good.
        var problem: StoreError?
    }

    /// Scans `bytes` (the journal from some offset on) whose first line is line `firstLine`, continuing a chain
    /// whose last hash and revision are given. Stops at the first bad line, naming it in `problem`.
    static func scan(_ bytes: [UInt8], firstLine: Int, previousHash: String, previousRevision: Int, file: String) -> Scan {
        var scan = Scan()
        do {
            try scanLines(
                bytes, firstLine: firstLine, previousHash: previousHash, previousRevision: previousRevision, file: file, into: &scan)
        } catch {
            scan.problem = error
            scan.completeBytes = scan.lines.last?.end ?? 0
            scan.tornBytes = 0
        }
        return scan
    }

    private static func scanLines(
        _ bytes: [UInt8], firstLine: Int, previousHash: String, previousRevision: Int,
        file: String, into scan: inout Scan
    ) throws(StoreError) {
        var start = 0
        var number = firstLine
        var hash = previousHash
        var revision = previousRevision
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            let line = try read(bytes[start..<newline], number: number, previousHash: hash, previousRevision: revision, file: file)
            scan.lines.append(Line(entry: line.entry, hash: line.hash, number: number, end: newline + 1))
            hash = line.hash
            revision = line.entry.revision
            number += 1
            start = newline + 1
        }
        scan.completeBytes = start
        scan.tornBytes = bytes.count - start
    }

    /// One line (without its newline): decoded, its hash checked, and checked to continue the chain.
    static func read(
        _ raw: ArraySlice<UInt8>, number: Int, previousHash: String, previousRevision: Int,
        file: String
    ) throws(StoreError) -> Line {
        let position = "line \(number)"
        guard let (body, recorded) = JournalLine.split(raw) else {
            if let problem = JSONDiagnosis.syntaxProblem(Array(raw)) {
                throw StoreError(
                    .unreadable, file: file, position: position,
                    Bilingual(
                        zh: "不是完整的日志条目（\(problem.reason)）；该行已损坏",
                        en: "not a complete journal entry (\(problem.reason)); the line is damaged"))
            }
            throw StoreError(
                .tampered, file: file, position: position,
                Bilingual(zh: "该行末尾没有哈希字段；它被改动过", en: "the line has no hash field at its end; it was edited"))
        }
        let entry = try JSONReading.decode(JournalEntry.self, from: body, file: file, positionPrefix: position)
        guard JournalLine.sha256Hex(body) == recorded else {
            throw StoreError(
                .tampered, file: file, position: "\(position) (revision \(entry.revision))",
                Bilingual(zh: "该行的哈希与内容不符；写入后被改动过", en: "the line's hash does not match its content; it was altered after it was written"))
        }
        guard entry.previousHash == previousHash else {
            throw StoreError(
                .tampered, file: file, position: "\(position) (revision \(entry.revision))",
                Bilingual(
                    zh: "该行未接续哈希链；它之前的某行被删除或改动", en: "the line does not continue the hash chain; a line before it was removed or altered"))
        }
        guard entry.revision == previousRevision + 1 else {
            throw StoreError(
                .tampered, file: file, position: "\(position) (revision \(entry.revision))",
                Bilingual(zh: "应为修订号 \(previousRevision + 1)", en: "expected revision \(previousRevision + 1)"))
        }
        return Line(entry: entry, hash: recorded, number: number, end: 0)
    }
}
