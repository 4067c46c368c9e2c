import ArgumentParser
import DashboardRuntime
import Foundation
import PilotCore
import PilotPostgres
import PilotStore

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension CivilDate {
    /// A date option's parser: a bad date is refused with the reason (`2026-02-30: February 2026 has 28 days`).
    static func argument(_ text: String) throws -> CivilDate {
        guard let date = CivilDate(text) else { throw ValidationError(CivilDate.problem(with: text)?.en ?? "\(text): not a date") }
        return date
    }
}

extension Language: ExpressibleByArgument {}

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Store directory, or a PostgreSQL store's URL (postgresql://[user@]host[:port]/database; the password from PGPASSWORD or ~/.pgpass).",
            valueName: "DIR|URL"))
    var store: String?

    @Option(
        name: .long, help: ArgumentHelp("The day to act as of (default: the system clock, China time).", valueName: "YYYY-MM-DD"),
        transform: CivilDate.argument)
    var today: CivilDate?

    @Option(name: .long, help: "Language of the output: zh or en (default: the config file's language, else LC_ALL / LANG).")
    var lang: Language?

    @Flag(name: .long, help: "Use the demo store ($XDG_DATA_HOME/biopilot/demo), creating it on first use.")
    var demo = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds to wait for another member's lock on the store before giving up (default 30, or $BIOPILOT_LOCK_TIMEOUT).",
            valueName: "SECONDS"))
    var lockTimeout: Double?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var language: Language { lang ?? UserPreferences.file.language ?? Language.fromEnvironment(environment) }

    /// Today in China (UTC+8, no daylight saving), unless --today says otherwise.
    var day: CivilDate {
        if let today { return today }
        let seconds = Int(Date().timeIntervalSince1970) + 8 * 3600
        return CivilDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// The display name in the journal: `$BIOPILOT_USER`, else the operating-system account. The account itself
    /// is recorded by the store from the process's uid, whatever this says.
    var user: String { Self.user(environment) }

    static func user(_ environment: [String: String]) -> String {
        if let value = environment["BIOPILOT_USER"], !value.isEmpty { return value }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }

    /// Waits for a held lock up to --lock-timeout, saying on stderr after a second whom it waits for.
    var lockPolicy: LockPolicy {
        let timeout = lockTimeout ?? environment["BIOPILOT_LOCK_TIMEOUT"].flatMap(Double.init) ?? 30
        return LockPolicy(timeout: max(0, timeout)) { printError("biopilot: \($0)") }
    }

    var storeDirectory: String {
        demo ? StoreLocation.demo(env: environment) : StoreLocation.resolve(flag: store, env: environment)
    }

    /// Opens the store (creating the demo store on first use with --demo) and prints its notices to stderr. A
    /// directory's journal is checked before this returns unless `history` leaves it for later (the dashboard).
    func openStore(_ reference: ReferenceData, history: DirectoryStore.HistoryCheck = .beforeReturning) throws -> any Store {
        let directory = storeDirectory
        if PostgresStore.names(directory) {
            let store: PostgresStore
            do {
                store = try PostgresStore.open(directory)
            } catch {
                throw CLIFailure.store(error)
            }
            store.onNotice = { printError("biopilot: note: \($0)") }
            return store
        }
        let store: DirectoryStore
        do {
            if demo && !FileManager.default.fileExists(atPath: directory + "/" + StoreFiles.snapshotName) {
                store = try DirectoryStore.create(
                    directory, data: DemoData.make(today: day, reference: reference), user: user,
                    reason: "biopilot demo store created on first use of --demo")
            } else {
                store = try DirectoryStore.open(directory, lockPolicy: lockPolicy, history: history)
            }
        } catch let error as StoreError {
            throw CLIFailure.store(error)
        }
        store.lockPolicy = lockPolicy
        for notice in store.notices { printError("biopilot: note: \(notice)") }
        if !store.historyCheckPending, let damage = store.damage {
            printError(
                "biopilot: warning: the store is read-only: \(damage); run `biopilot doctor --store \(directory)` for details, `biopilot doctor --repair` to set the damaged part aside"
            )
        }
        store.onNotice = { printError("biopilot: note: \($0)") }
        QuietCompaction.opened(store)
        return store
    }
}

/// Writes a line to stderr. Like `emit`, the last safety net: no control byte reaches the terminal raw.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(TerminalText.visibleOutput(text + "\n").utf8))
}

/// Writes to stdout and flushes, so a killed process has delivered what it printed. Control characters
/// and bidi overrides that escaped field-level handling are shown as visible escapes (DESIGN §4).
/// The text's own bytes are written, not a copy (56 MB for `export csv samplings` at national scale).
func emit(_ text: String) {
    var visible = TerminalText.visibleOutput(text)
    visible.withUTF8 { bytes in
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
}

extension ParsableCommand {
    /// Runs `body`, turning failures into a message on stderr and an exit code.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
            QuietCompaction.afterAnswer()
        } catch CLIFailure.store(let error) {
            printError("biopilot: error: \(error.message(messageLanguage))")
            throw ExitCode(error.exitCode)
        } catch let error as StoreError {
            printError("biopilot: error: \(error.message(messageLanguage))")
            throw ExitCode(error.exitCode)
        } catch CLIFailure.message(let text, let code) {
            printError("biopilot: error: \(text)")
            throw ExitCode(code)
        }
    }
}

extension CommonOptions {
    /// Runs an import, turning its refusal into the command's error in the user's language.
    func importing(_ body: () throws -> ImportReport) throws -> ImportReport {
        do {
            return try body()
        } catch let failure as ImportFailure {
            throw CLIFailure.message(failure.message(language), code: failure.exitCode)
        }
    }
}

extension ImportFailure {
    /// 2 when the file could not be read, 1 when it was read and refused.
    var exitCode: Int32 {
        if case .unreadable = self { return 2 }
        return 1
    }
}

extension StoreError {
    /// 1 when the edit was refused (a conflict, an id in use), 2 when the store could not be read or written.
    var exitCode: Int32 { kind == .conflict || kind == .invalidEdit || kind == .forbidden ? 1 : 2 }
}
