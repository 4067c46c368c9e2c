import Foundation
import PilotCore

/// Reads `journal.jsonl` lines: checks each line's hash, the chain to the line before, and the revision order.
enum JournalReader {
    struct Line {
        let entry: JournalEntry
        let hash: String
        /// 1-based line number in the whole file.
        let number: Int
    }

    struct Scan {
        var lines: [Line] = []
        /// Bytes up to and including the last newline: what was read as complete lines.
        var completeBytes = 0
        /// Bytes after the last newline: a write cut short by a crash, never applied.
        var tornBytes = 0
    }

    /// Scans `bytes` (the journal from some offset on) whose first line is line `firstLine`, continuing a chain
    /// whose last hash and revision are given. Stops at the first bad line with an error naming it.
    static func scan(_ bytes: [UInt8], firstLine: Int, previousHash: String, previousRevision: Int,
                     file: String) throws(StoreError) -> Scan {
        var scan = Scan()
        var start = 0
        var number = firstLine
        var hash = previousHash
        var revision = previousRevision
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            let raw = bytes[start..<newline]
            let position = "line \(number)"
            guard let (body, recorded) = JournalLine.split(raw) else {
                if JSONDiagnosis.syntaxProblem(Array(raw)) != nil {
                    let problem = JSONDiagnosis.syntaxProblem(Array(raw))!
                    throw StoreError(.unreadable, file: file, position: position, "not a complete journal entry (\(problem.reason)); the line is damaged")
                }
                throw StoreError(.tampered, file: file, position: position, "the line has no hash field at its end; it was edited")
            }
            let entry = try JSONReading.decode(JournalEntry.self, from: body, file: file, positionPrefix: position)
            guard JournalLine.sha256Hex(body) == recorded else {
                throw StoreError(.tampered, file: file, position: "\(position) (revision \(entry.revision))",
                                 "the line's hash does not match its content; it was altered after it was written")
            }
            guard entry.previousHash == hash else {
                throw StoreError(.tampered, file: file, position: "\(position) (revision \(entry.revision))",
                                 "the line does not continue the hash chain; a line before it was removed or altered")
            }
            guard entry.revision == revision + 1 else {
                throw StoreError(.tampered, file: file, position: "\(position) (revision \(entry.revision))",
                                 "expected revision \(revision + 1)")
            }
            scan.lines.append(Line(entry: entry, hash: recorded, number: number))
            hash = recorded
            revision = entry.revision
            number += 1
            start = newline + 1
        }
        scan.completeBytes = start
        scan.tornBytes = bytes.count - start
        return scan
    }

    /// Every line of the journal as entries, without stopping at a broken chain (for `biopilot log`).
    /// Lines that cannot be decoded are returned as errors in place.
    static func readAll(_ bytes: [UInt8], file: String) -> [Result<JournalEntry, StoreError>] {
        var out: [Result<JournalEntry, StoreError>] = []
        var number = 1
        var start = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            let raw = bytes[start..<newline]
            let body = JournalLine.split(raw)?.body ?? Array(raw)
            do {
                out.append(.success(try JSONReading.decode(JournalEntry.self, from: body, file: file, positionPrefix: "line \(number)")))
            } catch {
                out.append(.failure(error))
            }
            number += 1
            start = newline + 1
        }
        return out
    }
}
