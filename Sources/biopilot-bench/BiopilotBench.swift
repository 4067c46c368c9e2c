import ArgumentParser
import Foundation
import PilotCore
import PilotStore

/// biopilot-bench: issue 15's table, measured. For each size it generates a store with `biopilot generate`,
/// then prints p50 / p99 / max of every row, with Python and coreutils timed in the same run as yardsticks.
/// Prints numbers, never fails on one: only a crash or a command that cannot run stops it.
@main
struct BiopilotBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biopilot-bench",
        abstract: "Print p50 / p99 / max of issue 15's measures on generated stores of each size.",
        discussion: """
            Build it in release: swift build -c release (both products; one --product flag builds only that one). It spawns the \
            `biopilot` next to it; python3, cat and sha256sum from PATH are timed beside it (a missing python3 is said, \
            not skipped silently).
            """)

    @Option(
        name: .long, help: ArgumentHelp("Store sizes: numbers of products, or national.", valueName: "500,5000,national"),
        transform: BiopilotBench.sizes)
    var sizes: [BenchSize] = [.products(500), .products(5000), .national]

    @Option(name: .long, help: "Runs of each spawned command and whole-store operation (more while a row has time left).")
    var runs = 3

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds a row may go on past its minimum runs, for a steadier p99 (0: minimum runs only).", valueName: "SECONDS"))
    var budget = 5.0

    @Flag(name: .long, help: "Print the tables as Markdown, for the README.")
    var markdown = false

    @Option(name: .long, help: ArgumentHelp("Day the stores are generated and viewed as of.", valueName: "YYYY-MM-DD"))
    var today = "2026-11-26"

    @Flag(name: .long, help: "Also time the dashboard model's parts and pinyin keys on each store.")
    var parts = false

    @Flag(name: .customLong("import"), help: "Also time `import products` of 10,000 and 100,000 rows.")
    var importRows = false

    @Option(
        name: .long,
        help: ArgumentHelp("Also grow a journal to 100,000 and then this many lines and time reading it (0: skip).", valueName: "LINES"))
    var journal = 0

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only time the keystroke rows, on this existing store (opened read-only), instead of generating stores.",
            valueName: "DIR"))
    var keystrokes: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only time the launch rows (the dashboard's first frame, render, json.load, cat) on this existing store, instead of generating stores.",
            valueName: "DIR"))
    var launch: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also copy each store into a new database on this PostgreSQL server and time it there (a login that may create databases; password from PGPASSWORD or ~/.pgpass).",
            valueName: "URL"))
    var postgres: String?

    /// Internal: run as the dashboard process of `SizeBench.dashboardRows` (commands on stdin).
    @Option(name: .long, help: .hidden)
    var dashboardProbe: String?

    /// Internal: time `DashboardModel.applying` per edit kind on the store in this directory (`ApplyProbe`).
    @Option(name: .long, help: .hidden)
    var applyProbe: String?

    static func sizes(_ text: String) throws -> [BenchSize] {
        try text.split(separator: ",").map { part in
            guard let size = BenchSize(String(part)) else {
                throw ValidationError("--sizes: \(part) is neither a number of products nor national")
            }
            return size
        }
    }

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard budget >= 0 else { throw ValidationError("--budget must not be negative") }
        guard CivilDate(today) != nil else { throw ValidationError("--today: expected YYYY-MM-DD") }
    }

    func run() throws {
        let reference = try ReferenceData.load()
        let day = CivilDate(today) ?? CivilDate.firstOfYear(2026)
        if let dashboardProbe {
            try DashboardProbe(directory: dashboardProbe, today: day, reference: reference).run()
            return
        }
        if let applyProbe {
            try ApplyProbe(directory: applyProbe, today: day, reference: reference, runs: max(runs, 5)).run()
            return
        }
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let binary = folder + "/biopilot"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no biopilot next to the bench (\(binary)): build it too (swift build --product biopilot)")
        }
        let tools = Yardsticks()
        if let keystrokes {
            let bench = SizeBench(
                size: .national, runs: runs, budget: budget, binary: binary, bench: folder + "/biopilot-bench", today: day,
                reference: reference, tools: tools, parts: false)
            var table = BenchTable(title: "keystrokes on \(keystrokes)")
            try bench.keystrokeRows(try DirectoryStore.open(keystrokes), into: &table)
            print(markdown ? table.markdown : table.text)
            return
        }
        if let launch {
            var bench = SizeBench(
                size: .national, runs: runs, budget: budget, binary: binary, bench: folder + "/biopilot-bench", today: day,
                reference: reference, tools: tools, parts: false)
            bench.directory = launch
            try FileManager.default.createDirectory(atPath: bench.scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: bench.scratch) }
            var table = BenchTable(title: "launch on \(launch)")
            try bench.launchRows(into: &table)
            print(markdown ? table.markdown : table.text)
            return
        }
        print(Machine.describe() + "\n")
        if tools.python == nil { print("python3 is not on PATH: the rows compared with Python's json show no ratio.\n") }
        for size in sizes {
            var bench = SizeBench(
                size: size, runs: runs, budget: budget, binary: binary, bench: folder + "/biopilot-bench", today: day, reference: reference,
                tools: tools, parts: parts)
            bench.postgres = postgres
            let table = try bench.measure()
            print(markdown ? table.markdown : table.text)
        }
        if importRows { try ImportBench(today: day, reference: reference).run() }
        if journal > 0 { try JournalBench(today: day, reference: reference, binary: binary).run(longest: journal) }
    }
}
