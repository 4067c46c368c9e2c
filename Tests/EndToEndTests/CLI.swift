import Foundation
import Testing

/// Runs the built `biopilot` binary as a user would, in its own process.
enum CLI {
    /// The `biopilot` executable beside the test bundle in the build products directory.
    static let binary: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("biopilot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("biopilot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return ".build/debug/biopilot"
    }()

    /// The operating-system account the tests run as (the journal records it beside the display name).
    static let account: String = {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], executable: String = binary) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["BIOPILOT_STORE"] = nil
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["BIOPILOT_USER"] = "e2e"
        // No preferences file of the machine's user: a test that wants one sets XDG_CONFIG_HOME itself.
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "biopilot-e2e-no-config"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        // Waiting on a semaphore, not polling isExecuting: a thread not yet started is not executing, so under
        // load the poll could return before stderr was read and a test would see it empty.
        nonisolated(unsafe) var errData = Data()
        let errRead = DispatchSemaphore(value: 0)
        let reader = Thread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errRead.signal()
        }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errRead.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// Runs python3 with a script; the tests need python3 with `jsonschema` (installed by .ci/run).
    static func python(_ script: String, _ arguments: [String] = []) throws -> Result {
        let file = NSTemporaryDirectory() + "biopilot-e2e-\(UUID().uuidString).py"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        return try run(["python3", file] + arguments, executable: "/usr/bin/env")
    }
}

final class TempStore {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "biopilot-e2e-" + UUID().uuidString
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func bytes(_ name: String) -> Data { FileManager.default.contents(atPath: path + "/" + name) ?? Data() }

    /// A fresh demo store dated `today`, made by the real binary.
    static func demo(today: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> TempStore {
        let store = TempStore()
        let r = try CLI.run(["demo", store.path, "--today", today])
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
        return store
    }
}
