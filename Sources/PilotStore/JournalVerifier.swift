import Crypto
import Glibc
import PilotCore

/// `log --verify` streamed at byte speed: each line's hash, the chain and revisions (`JournalChain`), its shape
/// (`JSONSkim`), that its before-state is the record the replay holds and its after-state is the record it names,
/// time order, anchors, and at store.json's revision that the replay holds exactly store.json's records. The replay
/// keeps a SHA-256 of each record's bytes and where they are, not the records, so memory follows the number of
/// records, not the journal. A line the byte checks do not pass, or whose before-state differs in bytes, is read
/// the old way (decoded, `JournalReader` and `DirectoryStore.check`), so every problem is named with the same message.
final class JournalVerifier {
    private struct Known {
        /// SHA-256 of the record's JSON as its line holds it; nil when that line could only be decoded.
        var digest: RecordDigest?
        /// The line that left the record so, for decoding it when digests differ.
        var offset: Int
        var line: Int
    }

    private let files: StoreFiles
    private let fd: Int32
    private var state: [EntityKind: [String: Known]] = [:]
    private var hash = JournalEntry.genesisHash
    private var revision = 0
    private var number = 0
    /// store.json's digest, read on another thread while the journal is walked (each is about a third of the run).
    private let snapshotRead: BackgroundValue<SnapshotRead>
    /// Set once the read is in: store.json's digest, nil when there is none.
    private var snapshot: SnapshotDigest?
    private var snapshotKnown = false
    private let timing: SnapshotTiming
    private var compared = false
    /// Until the read is in: each line's change to the replay, and each revision's line number and hash, so the
    /// replay can be taken back to store.json's revision if the walk has passed it by then.
    private var undo: [(revision: Int, kind: EntityKind, id: String, before: Known?, after: Known?)] = []
    private var heads: [(number: Int, hash: String)] = [(0, JournalEntry.genesisHash)]

    typealias SnapshotRead = Result<Result<SnapshotDigest, StoreError>?, StoreError>

    private init(files: StoreFiles, fd: Int32, snapshotRead: BackgroundValue<SnapshotRead>, timing: SnapshotTiming) {
        self.files = files
        self.fd = fd
        self.snapshotRead = snapshotRead
        self.timing = timing
    }

    /// When the walk takes store.json's digest: as soon as it is read, or (for tests of both paths) before the
    /// first line or after the last.
    enum SnapshotTiming { case whenReady, beforeWalk, afterWalk }

    static func verify(
        _ directory: String, anchors: [JournalHead], timing: SnapshotTiming = .whenReady
    ) throws(StoreError) -> JournalAudit.Verdict {
        let files = StoreFiles(directory: directory)
        let fd = try JournalAudit.openJournal(files)
        defer { close(fd) }
        let path = files.snapshot
        let read = BackgroundValue<SnapshotRead> { Result { () throws(StoreError) in try SnapshotDigest.read(path) } }
        let verifier = JournalVerifier(files: files, fd: fd, snapshotRead: read, timing: timing)
        let walked: Result<JournalAudit.Verdict, StoreError>
        do {
            walked = .success(try verifier.run(anchors: anchors))
        } catch {
            walked = .failure(error)
        }
        // store.json's own problems come first, as when it was read before the journal.
        switch read.wait() {
        case .failure(let error): throw error
        case .success(.failure(let error)?): return .broken(error)
        case .success(.success(let digest)?): digest.close()
        case .success(nil): break
        }
        switch walked {
        case .success(let verdict): return verdict
        case .failure(let error): return .broken(error)
        }
    }

    private func run(anchors: [JournalHead]) throws(StoreError) -> JournalAudit.Verdict {
        do {
            if timing == .beforeWalk { try settle(snapshotRead.wait(), reached: false) }
            return try walk(anchors: anchors)
        } catch {
            // A problem after store.json's revision comes after store.json's own comparison, as in the walk.
            if !snapshotKnown { try settle(snapshotRead.wait(), reached: false) }
            throw error
        }
    }

    private func walk(anchors: [JournalHead]) throws(StoreError) -> JournalAudit.Verdict {
        var lastTime = ""
        var pending = Dictionary(anchors.map { ($0.revision, $0) }, uniquingKeysWith: { a, _ in a })
        if let anchor = pending.removeValue(forKey: 0), !JournalEntry.genesisHash.hasPrefix(anchor.hash) {
            throw JournalReplay.genesisAnchorMismatch(anchor, file: files.journal)
        }
        let ending = try JournalStream.forEachLine(fd, path: files.journal) { raw, offset throws(StoreError) in
            number += 1
            let time: String
            if let fast = fastLine(raw, offset: offset) { time = fast } else { time = try slowLine(raw, offset: offset) }
            // Lines are appended in time order (UTC, ISO 8601 compares as text): an earlier time is back-dated.
            guard time >= lastTime else {
                throw JournalReplay.backDated(time, after: lastTime, file: files.journal, position: "line \(number) (revision \(revision))")
            }
            lastTime = time
            if let anchor = pending.removeValue(forKey: revision), !hash.hasPrefix(anchor.hash) {
                throw JournalReplay.anchorMismatch(
                    anchor, hash: hash, file: files.journal, position: "line \(number) (revision \(revision))")
            }
            if !snapshotKnown {
                heads.append((number, hash))
                if timing == .whenReady, let read = snapshotRead.ready { try settle(read, reached: true) }
            } else if let snapshot, revision == snapshot.revision {
                try checkHead(snapshot, number: number, hash: hash)
                try compare(snapshot)
                compared = true
            }
            return true
        }
        if let anchor = pending.values.min(by: { $0.revision < $1.revision }) {
            throw JournalReplay.anchorMissing(anchor, end: revision, file: files.journal, position: "line \(number + 1)")
        }
        if !snapshotKnown { try settle(snapshotRead.wait(), reached: true) }
        if let snapshot, !compared {
            throw StoreError(
                .tampered, file: files.snapshot, position: "revision",
                Bilingual(
                    zh: "store.json 处于修订号 \(snapshot.revision)，但日志止于修订号 \(revision)；日志行被删除",
                    en:
                        "store.json is at revision \(snapshot.revision) but the journal ends at revision \(revision); journal lines were removed"
                )
            )
        }
        if !ending.tail.isEmpty {
            throw StoreError(
                .unreadable, file: files.journal, position: "line \(number + 1)",
                Bilingual(
                    zh: "最后一行不完整（\(ending.tail.count) 字节），来自一次中断的写入；下一次修改会将其移开（或运行 `biopilot doctor --repair`）",
                    en:
                        "an incomplete last line (\(ending.tail.count) bytes) from an interrupted write; the next edit sets it aside (or run `biopilot doctor --repair`)"
                )
            )
        }
        return .intact(entries: number, head: JournalHead(revision: revision, hash: hash))
    }

    /// Takes store.json's digest once read. When the walk has passed its revision (or `reached` it, its line
    /// having passed every check), the replay is taken back there, compared as the walk would have, and moved
    /// forward again; else the walk compares when it gets there.
    private func settle(_ read: SnapshotRead, reached: Bool) throws(StoreError) {
        snapshotKnown = true
        defer {
            undo = []
            heads = []
        }
        guard case .success(.success(let digest)?) = read else { return }
        snapshot = digest
        for (kind, records) in digest.records { state[kind, default: [:]].reserveCapacity(records.count) }
        let target = digest.revision
        // Revision 0 (an empty store's) is compared before any line, as the walk did.
        guard target < revision || target == 0 || (reached && target == revision) else { return }
        let later = undo.firstIndex { $0.revision > target } ?? undo.endIndex
        for change in undo[later...].reversed() { state[change.kind, default: [:]][change.id] = change.before }
        if target > 0 { try checkHead(digest, number: heads[target].number, hash: heads[target].hash) }
        try compare(digest)
        compared = true
        for change in undo[later...] { state[change.kind, default: [:]][change.id] = change.after }
    }

    /// store.json's revision is at the line and hash it records.
    private func checkHead(_ snapshot: SnapshotDigest, number: Int, hash: String) throws(StoreError) {
        guard number == snapshot.journalLines, hash == snapshot.journalHead else {
            throw StoreError(
                .tampered, file: files.snapshot, position: "journalHead",
                "store.json expects revision \(snapshot.revision) at line \(snapshot.journalLines) with hash \(snapshot.journalHead.prefix(16))…, which the journal does not have"
            )
        }
    }

    /// Changes the replay's record, noting the change while store.json's revision is not yet known.
    private func set(_ kind: EntityKind, _ id: String, to known: Known?, revision: Int) {
        if !snapshotKnown { undo.append((revision, kind, id, state[kind]?[id], known)) }
        state[kind, default: [:]][id] = known
    }

    // MARK: Lines

    /// The line checked from its bytes and applied to the replay, returning its time; nil (nothing changed) when
    /// any check does not pass or the line is not as biopilot writes it, for `slowLine` to decide and name.
    private func fastLine(_ raw: ArraySlice<UInt8>, offset: Int) -> String? {
        guard let recorded = JournalLine.verifiedHash(raw),
            let change = raw.withUnsafeBufferPointer({ JournalVerifier.change(in: $0, revision: revision + 1, previousHash: hash) })
        else { return nil }
        if let kind = change.kind, let id = change.id {
            let current = state[kind]?[id]
            switch (current, change.before) {
            case (nil, nil): break
            case (let known?, let before?) where known.digest == before: break
            default: return nil
            }
            set(kind, id, to: change.after.map { Known(digest: $0, offset: offset, line: number) }, revision: revision + 1)
        }
        hash = recorded
        revision += 1
        return change.time
    }

    /// The line decoded and checked as `JournalReader` and `DirectoryStore.apply` do (throwing their errors), applied to
    /// the replay; its time.
    private func slowLine(_ raw: ArraySlice<UInt8>, offset: Int) throws(StoreError) -> String {
        let line = try JournalReader.read(raw, number: number, previousHash: hash, previousRevision: revision, file: files.journal)
        let entry = line.entry
        if entry.action != .repair {
            try DirectoryStore.check(entry, against: current(entry.entity, entry.id), file: files.journal, line: number)
            let digest = entry.after == nil ? nil : raw.withUnsafeBufferPointer { JournalVerifier.afterDigest(in: $0) }
            set(
                entry.entity, entry.id, to: entry.after == nil ? nil : Known(digest: digest, offset: offset, line: number),
                revision: entry.revision)
        }
        hash = line.hash
        revision = entry.revision
        return entry.time
    }

    /// The record the replay holds, decoded from the line that left it so.
    private func current(_ kind: EntityKind, _ id: String) throws(StoreError) -> AnyRecord? {
        guard let known = state[kind]?[id] else { return nil }
        let raw = try JournalStream.line(fd, path: files.journal, at: known.offset)
        let body = JournalLine.split(raw[...])?.body ?? raw
        return try JSONReading.decode(JournalEntry.self, from: body, file: files.journal, positionPrefix: "line \(known.line)").after
    }

    // MARK: store.json

    /// The replay against store.json's records, kind by kind; throws naming the first (by kind, then id) that is
    /// missing from one side or differs in value, as a decoded comparison would.
    private func compare(_ snapshot: SnapshotDigest) throws(StoreError) {
        for kind in EntityKind.allCases {
            let replayed = state[kind] ?? [:]
            let stored = snapshot.records[kind] ?? [:]
            var differing: [String] = []
            for (id, entry) in stored {
                guard let known = replayed[id] else {
                    differing.append(id)
                    continue
                }
                let same = known.digest != nil && known.digest == entry.digest
                if !same, try current(kind, id) != snapshot.record(kind, id) { differing.append(id) }
            }
            for id in replayed.keys where stored[id] == nil { differing.append(id) }
            guard let id = differing.min() else { continue }
            let what: Bilingual
            if replayed[id] == nil {
                what = Bilingual(zh: "在 store.json 中，但没有日志条目创建它", en: "is in store.json but no journal entry created it")
            } else if stored[id] == nil {
                what = Bilingual(zh: "日志中有，但 store.json 中缺失", en: "is missing from store.json although the journal has it")
            } else {
                what = Bilingual(zh: "与日志所记不同", en: "differs from what the journal says it is")
            }
            throw StoreError(
                .tampered, file: files.snapshot, position: "\(kind.rawValue) \(id)",
                Bilingual(
                    zh: "修订号 \(snapshot.revision) 时\(what.zh)；store.json 在 biopilot 之外被改动（用 `biopilot doctor --repair` 重建）",
                    en:
                        "\(what.en) at revision \(snapshot.revision); store.json was edited outside biopilot (rebuild it with `biopilot doctor --repair`)"
                ))
        }
    }

    // MARK: Bytes

    /// What a line changes, read from its bytes.
    private struct Change {
        var time: String
        var kind: EntityKind?
        var id: String?
        var before: RecordDigest?
        var after: RecordDigest?
    }

    /// The line's change when every field the decoder reads is there with its type, as biopilot writes it (no
    /// escapes in the fields compared, plain integers), `rev` and `prev` agree with the chain, and the after-state
    /// names the entry's own record; else nil.
    private static func change(in line: UnsafeBufferPointer<UInt8>, revision: Int, previousHash: String) -> Change? {
        guard isUTF8(line), let top = JSONSkim.members(of: line, in: 0..<line.count) else { return nil }
        var fields = [JSONSkim.Member?](repeating: nil, count: Field.allCases.count)
        for member in top.members {
            guard !member.keyEscaped else { return nil }
            guard let field = Field(line, member.key) else { continue }
            guard fields[field.rawValue] == nil else { return nil }
            fields[field.rawValue] = member
        }
        func value(_ field: Field) -> JSONSkim.Member? {
            guard let m = fields[field.rawValue], m.kind != .literal || line[m.value.lowerBound] != UInt8(ascii: "n") else { return nil }
            return m
        }
        func optional(_ field: Field, _ kind: JSONSkim.Kind) -> Bool { value(field).map { $0.kind == kind } ?? true }
        guard let rev = fields[Field.rev.rawValue].flatMap({ integer(line, $0) }), rev == revision,
            let prev = fields[Field.prev.rawValue].flatMap({ text(line, $0) }), prev == previousHash,
            let time = fields[Field.time.rawValue].flatMap({ text(line, $0) }),
            fields[Field.user.rawValue]?.kind == .string,
            optional(.account, .string), optional(.reason, .string),
            value(.uid).map({ integer(line, $0) != nil }) ?? true,
            let action = fields[Field.action.rawValue].flatMap({ text(line, $0) }).flatMap(JournalEntry.Action.init(rawValue:))
        else { return nil }
        if let conflicts = value(.conflicts) {
            guard conflicts.kind == .array, let items = JSONSkim.elements(of: line, in: conflicts.value),
                items.allSatisfy({ $0.kind == .string })
            else { return nil }
        }
        if action == .repair {
            guard value(.entity).map({ text(line, $0).flatMap(EntityKind.init(rawValue:)) != nil }) ?? true, optional(.id, .string) else {
                return nil
            }
            return Change(time: time)
        }
        guard let kind = fields[Field.entity.rawValue].flatMap({ text(line, $0) }).flatMap(EntityKind.init(rawValue:)),
            let id = fields[Field.id.rawValue].flatMap({ text(line, $0) }), optional(.before, .object), optional(.after, .object)
        else { return nil }
        var change = Change(time: time, kind: kind, id: id)
        if let before = value(.before) { change.before = digest(line, before.value, spaced: top.spaced) }
        if let after = value(.after) {
            guard let record = JSONSkim.members(of: line, in: after.value), onlyText("id", in: record.members, line) == id else {
                return nil
            }
            change.after = digest(line, after.value, spaced: top.spaced)
        }
        return change
    }

    /// The members of a journal line the decoder reads (and the appended hash), found by their bytes.
    private enum Field: Int, CaseIterable {
        case account, action, after, before, conflicts, entity, id, prev, reason, rev, time, uid, user, hash

        private static let names = allCases.map { Array("\($0)".utf8) }

        init?(_ line: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) {
            guard let base = line.baseAddress else { return nil }
            for (n, name) in Field.names.enumerated() where name.count == key.count {
                if name.withUnsafeBytes({ memcmp(base + key.lowerBound, $0.baseAddress!, key.count) }) == 0 {
                    self.init(rawValue: n)
                    return
                }
            }
            return nil
        }
    }

    /// The digest of a line's after-state, when the line can be scanned.
    private static func afterDigest(in line: UnsafeBufferPointer<UInt8>) -> RecordDigest? {
        guard isUTF8(line), let top = JSONSkim.members(of: line, in: 0..<line.count),
            let after = top.members.last(where: { line[$0.key].elementsEqual("after".utf8) }), after.kind == .object
        else { return nil }
        return digest(line, after.value, spaced: top.spaced)
    }

    /// The text of a string member without escapes; nil for any other.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ member: JSONSkim.Member) -> String? {
        guard member.kind == .string, !member.escaped else { return nil }
        return String(decoding: bytes[(member.value.lowerBound + 1)..<(member.value.upperBound - 1)], as: UTF8.self)
    }

    /// The text of the one member named `key` (a plain string); nil when absent, repeated or anything else.
    static func onlyText(_ key: String, in members: [JSONSkim.Member], _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var found: String?
        for member in members where !member.keyEscaped && bytes[member.key].elementsEqual(key.utf8) {
            guard found == nil, let text = text(bytes, member) else { return nil }
            found = text
        }
        return found
    }

    /// A plain integer member (digits, optionally negative, no fraction or exponent) that fits an Int.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ member: JSONSkim.Member) -> Int? {
        guard member.kind == .number, member.value.count <= 18 else { return nil }
        return Int(String(decoding: bytes[member.value], as: UTF8.self))
    }

    /// SHA-256 of a value's compact JSON: its bytes, with whitespace between tokens left out when there is any.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaced: Bool) -> RecordDigest {
        var hasher = SHA256()
        if !spaced {
            hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[range])))
            return RecordDigest(hasher.finalize())
        }
        var compact: [UInt8] = []
        compact.reserveCapacity(range.count)
        var inString = false
        var escape = false
        for b in bytes[range] {
            if inString {
                if escape {
                    escape = false
                } else if b == UInt8(ascii: "\\") {
                    escape = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                continue
            } else if b == UInt8(ascii: "\"") {
                inString = true
            }
            compact.append(b)
        }
        compact.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return RecordDigest(hasher.finalize())
    }

    /// Whether the bytes are valid UTF-8 (the decoder refuses a line or file that is not): no overlong forms,
    /// surrogates or scalars above U+10FFFF.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII eight bytes at a time.
            while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { return true }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
