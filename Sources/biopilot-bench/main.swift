import DashboardUI
import Exchange
// biopilot-bench: prints how long the operations behind every keystroke and every edit take on a large store.
// Usage: swift run -c release biopilot-bench [PRODUCTS]   (default 5000)
import Foundation
import PilotCore
import PilotStore

let productCount = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5000
let today = CivilDate("2026-11-22")!
let reference = try ReferenceData.load()

func scaledData() -> PilotData { DemoData.make(today: today, products: productCount, reference: reference) }

func measure<T>(_ label: String, repeat count: Int = 1, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    var result: T!
    for _ in 0..<count { result = try body() }
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(count)
    print(
        label.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%10.3f ms", ms)
            + (count > 1 ? "  (mean of \(count))" : ""))
    return result
}

/// p50, p99 and max of `runs` timings: an edit must stay fast in its tail, not only on average. Prints, never fails.
func percentiles(_ label: String, runs: Int, _ body: () throws -> Void) rethrows {
    var ms: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        ms.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    ms.sort()
    func at(_ q: Double) -> Double { ms[min(ms.count - 1, Int((Double(ms.count) * q).rounded(.up)) - 1)] }
    print(
        label.padding(toLength: 46, withPad: " ", startingAt: 0)
            + String(format: "p50 %9.3f ms  p99 %9.3f ms  max %9.3f ms  (%d runs)", at(0.5), at(0.99), ms[ms.count - 1], runs))
}

let data = scaledData()
let records =
    data.enterprises.count + data.sites.count + data.products.count + data.residentStaff.count
    + data.inspectors.count + data.inspections.count + data.samplings.count
print(
    "store: \(data.products.count) products, \(data.inspections.count) inspections, \(data.samplings.count) samplings, \(records) records")

let index = measure("build index (once per revision)", repeat: 5) { PilotIndex(data) }
let engine = RulesEngine(reference: reference, today: today)
let findings = measure("all findings (once per revision)", repeat: 3) { engine.findings(index) }
print("  \(findings.count) findings")
let coverage = measure("coverage report for the year", repeat: 5) { Coverage.report(year: 2026, asOf: today, index: index) }
// The due pane's list, as the dashboard model builds it (with the year's coverage it already has).
let due = measure("due list (once per revision)", repeat: 5) {
    DueList(index: index, today: today, calendar: reference.calendar, coverage: coverage)
}
print("  \(due.items.count) due items, \(due.overdueCount) overdue")
let one = data.products.records[data.products.count / 2]
_ = measure("findings of one product (case view)", repeat: 100) { engine.productFindings(one, index) }
_ = measure("lookup of one product by id", repeat: 10_000) { data.products[id: one.id] }

// The dashboard: the model is rebuilt once per store revision; each keystroke is a reduce and a render.
let model = measure("dashboard model (once per revision)", repeat: 3) {
    DashboardModel(data: data, revision: 1, today: today, reference: reference)
}
var ui = AppState(
    model: model, context: AppContext(storePath: "/bench", user: "bench", readOnly: true),
    size: Size(width: 120, height: 40), language: .zh)
_ = measure("keystroke: j + render products", repeat: 200) {
    _ = reduce(&ui, .key(.down))
    return Screen.render(ui)
}
_ = reduce(&ui, .key(.char("/")))
var typed = 0
_ = measure("keystroke: filter character + render", repeat: 4) {
    typed += 1
    _ = reduce(&ui, .key(.char(Array("苏禾康")[typed % 3])))
    return Screen.render(ui)
}
_ = reduce(&ui, .key(.escape))
// Pinyin: every keystroke of "suhekang" narrows the rows that 苏禾康 holds, makes or names.
_ = reduce(&ui, .key(.char("/")))
typed = -1
_ = measure("keystroke: pinyin filter character + render", repeat: 8) {
    typed += 1
    _ = reduce(&ui, .key(.char(Array("suhekang")[typed])))
    return Screen.render(ui)
}
print("  \(ui.products.visible.count) rows match suhekang")
_ = reduce(&ui, .key(.escape))
// A first character scans every row's search text; the keystrokes after it scan only the matches.
measure("keystroke: first filter character, all rows", repeat: 20) {
    _ = reduce(&ui, .key(.char("/")))
    _ = reduce(&ui, .key(.char("康")))
    _ = reduce(&ui, .key(.escape))
}
let names = data.products.records.map(\.name) + data.enterprises.records.map(\.name)
_ = measure("pinyin keys of \(names.count) product and holder names") { names.map(PinyinKey.init) }
_ = reduce(&ui, .key(.char("2")))
_ = measure("keystroke: l + render calendar", repeat: 100) {
    _ = reduce(&ui, .key(.char("l")))
    return Screen.render(ui)
}
_ = reduce(&ui, .key(.char("3")))
_ = measure("keystroke: j + render sampling", repeat: 100) {
    _ = reduce(&ui, .key(.char("j")))
    return Screen.render(ui)
}
measure("keystroke: first sampling filter character", repeat: 20) {
    _ = reduce(&ui, .key(.char("/")))
    _ = reduce(&ui, .key(.char("浙")))
    _ = reduce(&ui, .key(.escape))
}
_ = reduce(&ui, .key(.char("4")))
_ = measure("keystroke: j + render coverage", repeat: 100) {
    _ = reduce(&ui, .key(.char("j")))
    return Screen.render(ui)
}

let directory = NSTemporaryDirectory() + "biopilot-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: directory) }
let store = try measure("create store (one journal line per record)") {
    try Store.create(directory, data: data, user: "bench", reason: "benchmark")
}
let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/store.json")[.size] as? Int) ?? 0
print("  store.json \(snapshotBytes / 1024) KiB")
_ = try measure("open store (snapshot, nothing to replay)", repeat: 3) { try Store.open(directory) }
var n = 0
try percentiles("one edit: create (locked, fsynced append)", runs: 200) {
    n += 1
    try store.commit(user: "bench") { _ in
        [
            .create(
                .inspection(
                    Inspection(
                        id: "BENCH-\(n)", productId: one.id, siteIds: one.siteIds, type: .routine,
                        start: today, end: today, team: [], status: .planned)))
        ]
    }
}
// Updates spread over the largest table, as regulators record lab results.
let samplingIDs = data.samplings.records.map(\.id)
func editSampling(_ store: Store, _ ids: [String], _ k: Int) throws {
    try store.commit(user: "bench") { current in
        guard let before = current.samplings[id: ids[(k * 7919) % ids.count]] else { return [] }
        var after = before
        after.testItems = "bench \(k)"
        return [.update(from: .sampling(before), to: .sampling(after))]
    }
}
try percentiles("one edit: update a sampling", runs: 200) {
    n += 1
    try editSampling(store, samplingIDs, n)
}
// The dashboard's model keeps the data it was given after each save, so the store no longer owns it alone.
var held = store.data
try percentiles("one edit: update, data also held by a reader", runs: 200) {
    n += 1
    try editSampling(store, samplingIDs, n)
    held = store.data
}
print("  \(held.samplings.count) samplings")
_ = try measure("open store (replaying 600 journal lines)", repeat: 3) { try Store.open(directory) }
let verdict = try measure("log --verify (whole journal)") { try JournalAudit.verify(directory) }
print("  \(verdict)")
try percentiles("compaction (store.json rewritten)", runs: 3) { try store.compact() }
let compactBytes = (try? FileManager.default.attributesOfItem(atPath: directory + "/store.json")[.size] as? Int) ?? 0
print("  store.json \(compactBytes / 1024) KiB")

// `import products` as the CLI runs it: decode, read and check every row, build the changes (no lock held),
// then one locked journal append. Two sizes, so linearity shows in rows/s.
func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
for rows in [10_000, 100_000] {
    let sheet = ProductSheet.generate(rows: rows)
    let target = directory + "-import-\(rows)"
    defer { try? FileManager.default.removeItem(atPath: target) }
    let importStore = try Store.create(target, data: DemoData.make(today: today, reference: reference), user: "bench", reason: "benchmark")
    let start = DispatchTime.now().uptimeNanoseconds
    let text = try TextDecoding.decode(Array(sheet.utf8)).text
    guard case .add(let after) = ProductImport.read(text, into: importStore.data, user: "bench", provinces: reference.provinces) else {
        fatalError("the generated sheet was rejected")
    }
    let changes = ProductImport.changes(from: importStore.data, to: after).map { c in
        c.before.map { Change.update(from: $0, to: c.after) } ?? .create(c.after)
    }
    let checked = seconds(since: start)
    let appendStart = DispatchTime.now().uptimeNanoseconds
    try importStore.commit(user: "bench", reason: "import products benchmark") { _ in changes }
    let append = seconds(since: appendStart)
    let total = checked + append
    print(
        "import products \(rows) rows".padding(toLength: 46, withPad: " ", startingAt: 0)
            + String(
                format: "%10.3f s  %9.0f rows/s  (read+check %.3f s, locked append of %d records %.3f s)",
                total, Double(rows) / total, checked, changes.count, append))
}

// The audit trail at scale: reading its end must cost the same at 100k and 1M lines, and verifying it must
// stream. Usage's second argument sets the longest journal (default 1,000,000 lines).
let journalTarget = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 1_000_000
let longDirectory = NSTemporaryDirectory() + "biopilot-bench-journal-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: longDirectory) }
let long = try Store.create(longDirectory, data: DemoData.make(today: today, reference: reference), user: "bench", reason: "benchmark")
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("biopilot").path

/// Runs the real `biopilot` and returns its wall time and peak resident memory (VmHWM, read from /proc while it
/// runs: the child's own peak since exec, which wait4's ru_maxrss would mix with this process's).
func child(_ arguments: [String]) throws -> (ms: Double, peakMiB: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    var peakKiB = 0
    while process.isRunning {
        if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            peakKiB = max(peakKiB, kib)
        }
        usleep(5_000)
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, Double(peakKiB) / 1024)
}

/// Appends updates of one inspector's English name (a line of about 600 bytes, as in a real journal) until the
/// journal has `lines` lines, 10,000 per commit.
func grow(_ store: Store, to lines: Int) throws {
    while store.revision < lines {
        let revision = store.revision
        try store.commit(user: "bench") { data in
            var inspector = data.inspectors[id: "I01"]!
            return (0..<min(10_000, lines - revision)).map { i in
                let before = inspector
                inspector.nameEn = "bench \(revision + i)"
                return .update(from: .inspector(before), to: .inspector(inspector))
            }
        }
    }
}

for lines in [100_000, journalTarget] where lines >= 100_000 {
    try measure("grow the journal to \(lines) lines") { try grow(long, to: lines) }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: longDirectory + "/journal.jsonl")[.size] as? Int) ?? 0
    print("  journal.jsonl \(bytes / 1_048_576) MiB")
    _ = try measure("  log --limit 20 (in process)", repeat: 20) { try JournalAudit.last(20, in: longDirectory) }
    _ = try measure("  history by backward scan, busy record (200)", repeat: 5) {
        try JournalAudit.history(of: .inspector, id: "I01", in: longDirectory)
    }
    _ = try measure("  history by backward scan, record of line 1") {
        try JournalAudit.history(of: .enterprise, id: "E01", in: longDirectory)
    }
    let opened = try measure("  open store (hash chain checked, index built)") { try Store.open(longDirectory) }
    _ = try measure("  :log (store's index), busy record (200)", repeat: 5) { try opened.history(of: .inspector, id: "I01") }
    _ = try measure("  :log (store's index), record of line 1", repeat: 20) { try opened.history(of: .enterprise, id: "E01") }
    if FileManager.default.isExecutableFile(atPath: binary) {
        let tail = try child(["log", "--limit", "20", "--store", longDirectory])
        print("  biopilot log --limit 20: \(String(format: "%.1f", tail.ms)) ms, peak \(String(format: "%.0f", tail.peakMiB)) MiB")
        let verify = try child(["log", "--verify", "--store", longDirectory])
        print("  biopilot log --verify:   \(String(format: "%.0f", verify.ms)) ms, peak \(String(format: "%.0f", verify.peakMiB)) MiB")
    }
}
