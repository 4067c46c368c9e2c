import Foundation

/// Runs a program to its end and reports its wall time and peak resident memory. The peak is VmHWM read from
/// /proc while it runs (the child's own peak since exec; wait4's ru_maxrss would carry this process's size over
/// the fork), polled every millisecond, which also bounds the error of the wall time.
struct ChildProcess {
    let executable: String
    let arguments: [String]
    /// Where its standard output goes (an export's file); /dev/null without one.
    var output: String?

    struct Run: Sendable {
        var ms: Double
        var peakMiB: Double
        var status: Int32
    }

    func run() throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = FileHandle(forWritingAtPath: output)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        process.standardError = FileHandle.nullDevice
        let start = Stopwatch.now()
        try process.run()
        var peakKiB = 0
        while process.isRunning {
            if let memory = ProcessMemory.read(pid: process.processIdentifier) { peakKiB = max(peakKiB, memory.peakKiB) }
            usleep(1_000)
        }
        let ms = Stopwatch.ms(since: start)
        process.waitUntilExit()
        return Run(ms: ms, peakMiB: Double(peakKiB) / 1024, status: process.terminationStatus)
    }

    /// The first of these programs found on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
