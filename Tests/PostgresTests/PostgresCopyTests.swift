import Foundation
import PilotCore
import PilotStore
import PostgresSupport
import Testing

@testable import PilotPostgres

extension PostgresTests {
    @Test func aDirectoryCopiedIntoPostgresAndBackVerifiesToTheSameHeadWithTheSameData() throws {
        let directory = try CopySample.directoryStore()
        let source = try DirectoryStore.open(directory)
        let database = try PostgresTestDatabase("copyin", provinces: [PostgresSample.shanghai, PostgresSample.jiangsu])
        let url = database.cluster.url(database: database.name)

        let copied = try StoreCopy.copy(from: directory, to: url)
        #expect(copied == StoreCopy.Outcome(head: source.head, lines: source.revision))
        // Analysed as part of the copy: the planner knows the tables' sizes (-1 while never analysed).
        let sizes = try database.connect().execute(
            "SELECT relname, reltuples FROM pg_class WHERE oid IN ('biopilot.journal'::regclass, 'biopilot.records'::regclass) ORDER BY relname"
        )
        #expect(sizes.rows.map { $0[0] ?? "" } == ["journal", "records"])
        #expect(sizes.rows.allSatisfy { Double($0[1] ?? "") ?? -1 > 0 })
        let verdict = JournalAudit.Verdict.intact(entries: source.revision, head: source.head)
        #expect(try JournalAudit.verify(directory) == verdict)
        #expect(try PostgresVerifier.verify(url, anchors: [source.head]) == verdict)
        // The same records in the same order (records.created is the revision that created each), the lines byte
        // for byte, and each copied line names the account that wrote it, not the owner who copied.
        let onPostgres = try PostgresStore.open(url)
        #expect(onPostgres.data == source.data)
        #expect(onPostgres.data.settings.map(\.id) == source.data.settings.map(\.id))
        let lines = try database.journal().lines(after: 0).map(\.line)
        let fileLines = try String(contentsOfFile: directory + "/journal.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == fileLines)
        // Provinces are computed as appends would have: Jiangsu sees its own and the cross-province product's lines.
        let jiangsu = try database.journal(
            as: try database.cluster.loginRole("js", granted: [PostgresSchema.provinceRole(PostgresSample.jiangsu)]))
        #expect(try jiangsu.records().products.map(\.id) == ["P02", "P03"])
        #expect(try jiangsu.entries(after: 0).filter { $0.entity == .product }.compactMap(\.id) == ["P02", "P03"])

        let back = CopySample.temporaryDirectory("back")
        let returned = try StoreCopy.copy(from: url, to: back)
        #expect(returned == copied)
        #expect(try JournalAudit.verify(back) == verdict)
        #expect(
            FileManager.default.contents(atPath: back + "/journal.jsonl")
                == FileManager.default.contents(atPath: directory + "/journal.jsonl"))
        #expect(try DirectoryStore.open(back).data == source.data)

        // And a PostgreSQL store into another database.
        let second = try PostgresTestDatabase("copyagain")
        let secondURL = second.cluster.url(database: second.name)
        #expect(try StoreCopy.copy(from: url, to: secondURL) == copied)
        #expect(try PostgresVerifier.verify(secondURL, anchors: []) == verdict)
    }

    @Test func copyingIntoAStoreThatHoldsAnythingIsRefusedAndChangesNothing() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copyfull")
        let url = database.cluster.url(database: database.name)
        try database.journal().append(user: "admin", PostgresSample.creating([PostgresSample.setting("a", "1")]))
        let intoPostgres = #expect(throws: StoreError.self) { try StoreCopy.copy(from: directory, to: url) }
        #expect(intoPostgres?.kind == .invalidEdit)
        #expect(intoPostgres?.reason.contains("already holds a store (journal at revision 1)") == true)
        #expect(try database.journal().head().revision == 1)

        let other = try CopySample.directoryStore()
        let before = FileManager.default.contents(atPath: other + "/journal.jsonl")
        let intoDirectory = #expect(throws: StoreError.self) { try StoreCopy.copy(from: directory, to: other) }
        #expect(intoDirectory?.kind == .invalidEdit)
        #expect(FileManager.default.contents(atPath: other + "/journal.jsonl") == before)
        // A journal without store.json is an audit trail too.
        try FileManager.default.removeItem(atPath: other + "/store.json")
        #expect(throws: StoreError.self) { try StoreCopy.copy(from: url, to: other) }
    }

    @Test func aDamagedDirectoryIsNotCopiedAndAnIntactOneCopiesToAnotherDirectory() throws {
        let directory = try CopySample.directoryStore()
        let copy = CopySample.temporaryDirectory("dircopy")
        let head = try DirectoryStore.open(directory).head
        #expect(try StoreCopy.copy(from: directory, to: copy) == StoreCopy.Outcome(head: head, lines: head.revision))
        #expect(try JournalAudit.verify(copy) == .intact(entries: head.revision, head: head))

        let journal = directory + "/journal.jsonl"
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        try text.replacingOccurrences(of: "上海生物", with: "上海某某").write(toFile: journal, atomically: true, encoding: .utf8)
        let database = try PostgresTestDatabase("copydamaged")
        let refused = #expect(throws: StoreError.self) {
            try StoreCopy.copy(from: directory, to: database.cluster.url(database: database.name))
        }
        #expect(refused?.reason.contains("does not pass `log --verify`, so nothing was copied") == true)
        #expect(refused?.reason.contains("the line's hash does not match its content") == true)
        #expect(try database.journal().head().revision == 0)
    }

    @Test func onlyTheSchemasOwnerMayAddLinesThatNameOtherAccounts() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copyowner")
        let member = try database.cluster.loginRole("member", granted: [PostgresSchema.appRole])
        let refused = #expect(throws: StoreError.self) {
            try StoreCopy.copy(from: directory, to: database.cluster.url(user: member, database: database.name))
        }
        #expect(refused?.kind == .forbidden)
        #expect(refused?.reason.contains("needs the owner of the biopilot schema") == true)
        // Setting the parameter by hand is not enough: the trigger also asks that the role own the journal.
        let connection = try database.connect(as: member)
        let line = try String(contentsOfFile: directory + "/journal.jsonl", encoding: .utf8).split(separator: "\n")[0]
        try connection.execute("BEGIN")
        try connection.execute("SELECT set_config('biopilot.copying', 'on', true)")
        let inserted = #expect(throws: PostgresError.self) {
            try connection.execute(PostgresStatements.insertLine, [String(line.suffix(66).prefix(64)), String(line)])
        }
        #expect(inserted?.isPermissionDenied == true)
        #expect(inserted?.message.contains("names account") == true)
    }

    @Test func verifyNamesARecordsRowChangedOutsideBiopilotAndACopyRefusesIt() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copytamper")
        let url = database.cluster.url(database: database.name)
        let copied = try StoreCopy.copy(from: directory, to: url)
        try database.connect().execute(
            "UPDATE biopilot.records SET data = jsonb_set(data, '{name}', '\"改过的名称\"') WHERE entity = 'product' AND id = 'P01'")
        guard case .broken(let problem) = try PostgresVerifier.verify(url, anchors: []) else {
            Issue.record("an altered records row verified")
            return
        }
        #expect(problem.kind == .tampered)
        #expect(problem.position == "product P01")
        #expect(
            problem.message(.en).contains(
                "biopilot.records: product P01: differs from what the journal says it is at revision \(copied.head.revision)"))
        let refused = #expect(throws: StoreError.self) { try StoreCopy.copy(from: url, to: CopySample.temporaryDirectory("refused")) }
        #expect(refused?.reason.contains("does not pass `log --verify`, so nothing was copied") == true)
    }

    @Test func verifyNamesAJournalLineRewrittenInTheTable() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copyline")
        let url = database.cluster.url(database: database.name)
        _ = try StoreCopy.copy(from: directory, to: url)
        // Only the owner can do this, by switching the append-only guard off: the hash still gives it away.
        let owner = try database.connect()
        try owner.execute("ALTER TABLE biopilot.journal DISABLE TRIGGER journal_append_only")
        try owner.execute("UPDATE biopilot.journal SET line = replace(line, '上海生物', '上海某某') WHERE revision = 1")
        guard case .broken(let problem) = try PostgresVerifier.verify(url, anchors: []) else {
            Issue.record("a rewritten journal line verified")
            return
        }
        #expect(problem.kind == .tampered)
        #expect(problem.position == "line 1 (revision 1)")
        #expect(problem.reason.contains("the line's hash does not match its content"))
    }

    @Test func verifyChecksAnchorsAsTheDirectoryDoes() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copyanchor")
        let url = database.cluster.url(database: database.name)
        let head = try StoreCopy.copy(from: directory, to: url).head
        let second = try database.journal().lines(after: 0)[1].line
        let secondHash = String(second.suffix(66).prefix(64))
        for anchor in [
            JournalHead(revision: 2, hash: "0123456789ab"), JournalHead(revision: head.revision + 1, hash: "0123456789ab"),
            JournalHead(revision: 0, hash: "0123456789ab"),
        ] {
            let onPostgres = try PostgresVerifier.verify(url, anchors: [anchor])
            let onDirectory = try JournalAudit.verify(directory, anchors: [anchor])
            guard case .broken(let problem) = onPostgres, case .broken(let expected) = onDirectory else {
                Issue.record("anchor \(anchor) passed")
                continue
            }
            #expect(problem.reason == expected.reason)
            #expect(problem.position == expected.position)
        }
        guard
            case .intact = try PostgresVerifier.verify(url, anchors: [JournalHead(revision: 2, hash: String(secondHash.prefix(12))), head])
        else {
            Issue.record("the store's own anchors did not verify")
            return
        }
    }

    @Test func aProvinceRoleIsToldItCannotVerifyTheWholeJournal() throws {
        let database = try PostgresTestDatabase("copyprovince", provinces: [PostgresSample.shanghai, PostgresSample.jiangsu])
        try database.journal().append(user: "admin", PostgresSample.creating(PostgresSample.records))
        let member = try database.cluster.loginRole("sh", granted: [PostgresSchema.provinceRole(PostgresSample.shanghai)])
        let refused = #expect(throws: StoreError.self) {
            try PostgresVerifier.verify(database.cluster.url(user: member, database: database.name), anchors: [])
        }
        #expect(refused?.kind == .forbidden)
        #expect(refused?.reason.contains("sees 6 of the journal's 7 lines") == true)
    }

    @Test func theBinaryCopiesADirectoryIntoPostgresAndBackAndVerifiesBoth() throws {
        let directory = try CopySample.directoryStore()
        let database = try PostgresTestDatabase("copycli")
        let url = database.cluster.url(database: database.name)
        let back = CopySample.temporaryDirectory("cliback")
        let head = try DirectoryStore.open(directory).head
        let into = try CopySample.run(["store", "copy", directory, url])
        #expect(into.status == 0, "\(into.stderr)")
        #expect(into.stdout.contains("copied \(head.revision) journal lines (head \(head))"))
        let verified = try CopySample.run(["log", "--verify", "--anchor", "\(head)", "--store", url])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(
            verified.stdout.contains("hash chain intact, 1 anchor(s) present, biopilot.records matches the replayed journal (head \(head))")
        )
        #expect(try CopySample.run(["store", "copy", url, back]).status == 0)
        let verifiedBack = try CopySample.run(["log", "--verify", "--store", back])
        #expect(verifiedBack.stdout.contains("(head \(head))"))
        let again = try CopySample.run(["store", "copy", directory, url])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds a store"))
        let listed = try CopySample.run(["log", "--limit", "2", "--store", url])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try CopySample.run(["log", "--head", "--store", url]).stdout == "\(head)\n")
    }
}

/// A store directory with creations, an update and a deletion, written by the directory store's own code.
enum CopySample {
    static func temporaryDirectory(_ name: String) -> String {
        NSTemporaryDirectory() + "biopilot-copy-\(name)-\(UInt32.random(in: 0...UInt32.max))"
    }

    static func directoryStore() throws -> String {
        let directory = temporaryDirectory("source")
        let store = try DirectoryStore.create(directory, data: PilotData(), user: "张三", reason: "建档")
        let setting = PostgresSample.setting("deadline.labReport", "20")
        let inspection = PostgresSample.inspection("I01", product: "P01", site: "S01")
        try store.commit(user: "张三", reason: "建档") { _ in PostgresSample.records.map { .create($0) } + [.create(setting)] }
        try store.commit(user: "李四", reason: "计划") { _ in [.create(inspection), .create(PostgresSample.setting("a.first", "1"))] }
        try store.commit(user: "李四", reason: "调整") { _ in [.update(from: setting, to: PostgresSample.setting("deadline.labReport", "25"))] }
        try store.commit(user: "王五", reason: "取消") { _ in [.delete(inspection)] }
        return directory
    }

    /// The `biopilot` executable beside the test bundle in the build products directory.
    static let binary: String = {
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("biopilot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("biopilot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return ".build/debug/biopilot"
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["BIOPILOT_STORE"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "biopilot-copy-no-config"
        process.environment = environment
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("biopilot-copy-out-\(UInt32.random(in: 0...UInt32.max))")
        let err = out.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        )
    }
}
