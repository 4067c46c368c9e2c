import Foundation
import Testing

/// The same commands on a store directory and on a PostgreSQL store holding the same records print the same
/// thing and exit the same way: edits (add, set, stage, schedule, refusals) and what is read back (coverage,
/// exports, validate, due).
@Suite struct BothBackendsCommandLineTests {
    let today = "2026-11-22"

    /// Runs `arguments` on both stores; expects the same exit status, output and errors (with the store's location
    /// written as STORE), and returns the directory's result.
    @discardableResult
    func same(
        _ arguments: [String], _ directory: DemoStore, _ postgres: DemoStore, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLI.Result {
        let onDirectory = try directory.run(arguments)
        let onPostgres = try postgres.run(arguments)
        func placed(_ text: String, _ store: DemoStore) -> String {
            comparable(text.replacingOccurrences(of: store.location, with: "STORE"))
        }
        let command = arguments.joined(separator: " ")
        #expect(onDirectory.status == onPostgres.status, "\(command): \(onPostgres.stderr)", sourceLocation: sourceLocation)
        #expect(
            firstDifference(placed(onDirectory.stdout, directory), placed(onPostgres.stdout, postgres)) == nil,
            "\(command): stdout", sourceLocation: sourceLocation)
        #expect(
            firstDifference(placed(onDirectory.stderr, directory), placed(onPostgres.stderr, postgres)) == nil,
            "\(command): stderr", sourceLocation: sourceLocation)
        return onDirectory
    }

    /// The text with what differs by nature left out: the journal head's hash (its lines name the account and the
    /// second they were written; the revision stays) and a calendar's stamp of when it was made, its folds undone.
    func comparable(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "")
            .replacingOccurrences(of: #"\b(\d+):[0-9a-f]{64}\b"#, with: "$1:HASH", options: .regularExpression)
            .replacingOccurrences(of: #"DTSTAMP:\d{8}T\d{6}Z"#, with: "DTSTAMP:TIME", options: .regularExpression)
    }

    /// The first line that differs, both ways, or nil when the texts are equal.
    func firstDifference(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        let left = a.components(separatedBy: "\n")
        let right = b.components(separatedBy: "\n")
        let line = zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
        let l = line < left.count ? left[line] : "(end)"
        let r = line < right.count ? right[line] : "(end)"
        return "line \(line + 1): directory \(l.debugDescription) / postgres \(r.debugDescription)"
    }

    @Test func theSameEditsPrintTheSameOnBothBackends() throws {
        let directory = try DemoStore(.directory, today: today)
        let postgres = try DemoStore(.postgres, today: today)
        try same(["export", "json"], directory, postgres)
        let enterprise = try same(
            [
                "add", "enterprise", "--name", "闽康生物制药有限公司", "--credit-code", "91350100M000100Y44", "--province", "350000",
                "--licence", "闽20250001", "--classes", "AB",
            ], directory, postgres)
        #expect(enterprise.status == 0 && !enterprise.stdout.isEmpty)
        let e = enterprise.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let site = try same(
            ["add", "site", "--enterprise", e, "--address", "厦门市海沧区1号", "--province", "350000", "--drug-substance", "--drug-product"],
            directory, postgres)
        let s = site.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let product = try same(
            [
                "add", "product", "--name", "测试单抗", "--type", "antibody", "--holder", e, "--drug-substance-site", s,
                "--drug-product-site", s,
            ], directory, postgres)
        let p = product.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(product.status == 0 && p.hasPrefix("P"), "\(product.stderr)")
        try same(["stage", p, "application", "--date", "2025-06-01"], directory, postgres)
        try same(["stage", p, "licence"], directory, postgres) // refused: a skipped stage needs a reason
        try same(["set", "enterprise", e, "liabilityCompensation=保险 PL-1", "biologicsSince=2015-01-01"], directory, postgres)
        try same(["set", "site", s, "drugProduct=maybe"], directory, postgres) // refused: not true or false
        try same(["set", "setting", "deadline.lab-report=20", "--reason", "省局规定"], directory, postgres)
        let base = ["schedule", "--today", today, "--product", "P12", "--type", "full-gmp"]
        let refused = try same(
            base + ["--start", "2026-11-28", "--end", "2026-12-01", "--inspector", "I05", "--inspector", "I09"], directory, postgres)
        #expect(refused.status == 1)
        let scheduled = try same(
            base + [
                "--start", "2026-12-07", "--end", "2026-12-09", "--inspector", "I03", "--inspector", "I01", "--joint-with", "370000",
                "--joint-with", "440000",
            ], directory, postgres)
        #expect(scheduled.status == 0 && scheduled.stdout.hasPrefix("INS-"), "\(scheduled.stderr)")
        try same(
            base + ["--start", "2026-12-07", "--end", "2026-12-09", "--inspector", "I03", "--force", "--reason", "唯一可用"], directory,
            postgres)
        // What is read back.
        for format in ["text", "json", "csv", "md"] {
            try same(["coverage", "--today", today, "--format", format], directory, postgres)
        }
        for table in ["products", "inspections", "samplings", "measures"] {
            let csv = try same(["export", "csv", table], directory, postgres)
            #expect(csv.status == 0 && csv.stdout.count > 100, "\(table): \(csv.stderr)")
        }
        try same(["export", "ics", "--lang", "en"], directory, postgres)
        try same(["validate", "--today", today], directory, postgres)
        try same(["due", "--today", today], directory, postgres)
        try same(["export", "json"], directory, postgres)
    }
}
