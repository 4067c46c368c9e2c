import Foundation

/// The machine a run was measured on, for the README: cores, memory, CPU model, Swift, and the load at the start
/// (the development machine is shared, so the load says how noisy a run was).
enum Machine {
    static func describe() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memKiB =
            meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(
            separator: " ")
        return
            "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(String(format: "%.1f", Double(memKiB) / 1_048_576)) GiB RAM, \(model); "
            + "\(swiftVersion()); load average at start \(load)"
    }

    /// The first line of `swift --version`, when a toolchain is on PATH.
    static func swiftVersion() -> String {
        guard let swift = ChildProcess.which("swift") else { return "Swift version unknown" }
        let output = NSTemporaryDirectory() + "biopilot-bench-swift-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = try? ChildProcess(executable: swift, arguments: ["--version"], output: output).run()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").first { $0.contains("Swift version") }.map(String.init) ?? "Swift version unknown"
    }
}
