import Foundation
import PilotCore
import PilotStore

/// The rows of a running dashboard: another member's edit becoming visible, its own save, and its memory.
/// The dashboard is a separate process (this bench in `--dashboard-probe` mode) so its memory is its own; this
/// process is the other member, committing through its own Store handle between the dashboard's looks.
extension SizeBench {
    static let refreshes = 20

    /// `location`: the store the probe opens (this directory, or a PostgreSQL URL with `label` "PostgreSQL: ").
    func dashboardRows(other store: any Store, location: String? = nil, label: String = "", into table: inout BenchTable) throws
        -> ProbeMemory
    {
        progress("\(label)a running dashboard: others' edits, own saves, memory")
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: bench)
        probe.arguments = ["--dashboard-probe", location ?? directory, "--today", today.description]
        let input = Pipe()
        let output = Pipe()
        probe.standardInput = input
        probe.standardOutput = output
        try probe.run()
        var reader = LineReader(output.fileHandleForReading)
        func ask(_ command: String) throws -> [String] {
            input.fileHandleForWriting.write(Data((command + "\n").utf8))
            return try reader.line().split(separator: " ").map(String.init)
        }
        var memory = ProbeMemory(storeBytes: bytes(snapshot) + bytes(journal))
        let opened = try reader.line().split(separator: " ").map(String.init)
        memory.afterOpen = Self.memory(opened, from: 1)

        let samplings = store.data.samplings.records.map(\.id)
        var seen: [Double] = []
        var missed = 0
        for k in 0..<Self.refreshes {
            try Self.editSampling(store, samplings, k, label: "other")
            let answer = try ask("refresh \(store.revision)")
            guard answer.first == "refresh", answer.count >= 5, let ms = Double(answer[1]) else {
                throw BenchFailure("dashboard probe: \(answer)")
            }
            seen.append(ms)
            if answer[4] != String(store.revision) { missed += 1 }
            if k == 0 { memory.afterFirstRefresh = Self.memory(answer, from: 2) }
            memory.afterRefreshes = Self.memory(answer, from: 2)
        }
        memory.refreshes = seen.count
        table.add(
            BenchRow(
                label + "another member's edit → visible (refresh + reduce + render)", seen,
                note: missed == 0 ? "" : "\(missed) edits not seen", goal: "≤ 50 ms, flat in store size"))

        var saves: [Double] = []
        var refused: String?
        _ = try Stopwatch.runs(minimum: spawned.minimum, maximum: 50, budget: spawned.budget) { _ in
            let answer = try ask("save")
            guard answer.first == "save", answer.count >= 2, let ms = Double(answer[1]) else {
                refused = answer.joined(separator: " ")
                return 0
            }
            saves.append(ms)
            return ms
        }
        table.add(BenchRow(label + "own save → form closed (save effect + reduce + render)", saves, note: refused ?? "", goal: "≤ 20 ms"))
        _ = try ask("quit")
        probe.waitUntilExit()
        return memory
    }

    static func memory(_ fields: [String], from i: Int) -> ProcessMemory? {
        guard fields.count > i + 1, let rss = Int(fields[i]), let peak = Int(fields[i + 1]) else { return nil }
        return ProcessMemory(rssKiB: rss, peakKiB: peak)
    }

    /// Updates one sampling's test items, spread over the largest table as labs report results.
    static func editSampling(_ store: any Store, _ ids: [String], _ k: Int, label: String) throws {
        guard !ids.isEmpty else { throw BenchFailure("the generated store has no samplings") }
        try store.commit(user: "bench") { current in
            guard let before = current.samplings[id: ids[(k * 7919) % ids.count]] else { return [] }
            var after = before
            after.testItems = "\(label) \(k)"
            return [.update(from: .sampling(before), to: .sampling(after))]
        }
    }

    func memoryRows(_ memory: ProbeMemory, into table: inout BenchTable) {
        let store = Double(memory.storeBytes) / 1024
        func describe(_ m: ProcessMemory?) -> String {
            guard let m else { return "not read" }
            return String(
                format: "RSS %.0f MiB, peak %.0f MiB = %.2f× store size", Double(m.rssKiB) / 1024, Double(m.peakKiB) / 1024,
                store > 0 ? Double(m.peakKiB) / store : 0)
        }
        table.add(BenchRow("store on disk (store.json + journal.jsonl)", note: Self.mib(memory.storeBytes)))
        table.add(BenchRow("dashboard memory after open and first frame", note: describe(memory.afterOpen), goal: "≤ 3× store size"))
        var growth = ""
        if let first = memory.afterFirstRefresh, let last = memory.afterRefreshes, memory.refreshes > 1 {
            growth = String(
                format: "; RSS %+.1f MiB per refresh after the first",
                Double(last.rssKiB - first.rssKiB) / 1024 / Double(memory.refreshes - 1))
        }
        table.add(
            BenchRow(
                "dashboard memory after \(memory.refreshes) refreshes", note: describe(memory.afterRefreshes) + growth,
                goal: "≤ 3× store size, no growth per refresh"))
    }
}
