import ArgumentParser
import PilotCore
import PilotStore

/// `biopilot doctor [--repair]`: what is wrong with a store directory, and putting it right without losing anything.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract:
            "Check the store: hash chain, torn tail, store.json against the journal, leftover files, permissions, the lock. Exit 0 when all is well, 1 with a list.",
        discussion: """
            --repair sets a damaged or torn end of the journal aside (journal.jsonl.damaged-…), rebuilds store.json from \
            the journal after a byte-exact backup (store.json.bak-…), removes leftover temp files, and makes a shared \
            store's files group-writable. Nothing is deleted, and the repair is recorded as a journal line.
            """)

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: "Put right what can be put right (see above).")
    var repair = false

    func run() throws {
        let directory = common.storeDirectory
        var failed = false
        try reporting {
            if repair {
                let done = try StoreDoctor.repair(directory, user: common.user, lockPolicy: common.lockPolicy)
                if done.isEmpty { emit("nothing to repair in \(directory)\n") }
                for line in done { emit("repaired: \(TerminalText.visible(line))\n") }
            }
            for finding in StoreDoctor.examine(directory) {
                if finding.severity == .problem { failed = true }
                emit(
                    "\(finding.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))\(TerminalText.visible(finding.text))\n")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
