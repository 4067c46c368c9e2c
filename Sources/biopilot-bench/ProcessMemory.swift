import Foundation

/// Resident memory of a process, from /proc/PID/status: VmRSS now, VmHWM its peak since it started.
struct ProcessMemory: Sendable {
    var rssKiB: Int
    var peakKiB: Int

    /// Nil once the process is gone (or without /proc).
    static func read(pid: Int32? = nil) -> ProcessMemory? {
        let path = "/proc/" + (pid.map(String.init) ?? "self") + "/status"
        guard let status = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return ProcessMemory(rssKiB: rss, peakKiB: peak)
    }
}
