import ArgumentParser
import Foundation
import PilotCore

@main
struct Biopilot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biopilot",
        abstract: "Terminal dashboard for task forces overseeing NMPA's biologics segmented-production pilot (生物制品分段生产试点).",
        discussion: """
            The store is --store DIR, else $BIOPILOT_STORE, else $XDG_DATA_HOME/biopilot/store. \
            --demo uses a demo store in $XDG_DATA_HOME/biopilot/demo, created on first use. \
            Preferences (home province, language, theme, mouse, sort) are read from $XDG_CONFIG_HOME/biopilot/config.toml: \
            see `biopilot config`.
            """,
        subcommands: [
            DashboardCommand.self, InitCommand.self, DemoCommand.self, GenerateCommand.self, ValidateCommand.self, CoverageCommand.self,
            DueCommand.self,
            ScheduleCommand.self,
            PlanCommand.self, AddCommand.self, SetCommand.self, StageCommand.self,
            ExportCommand.self, ImportCommand.self, ReportCommand.self, RenderCommand.self, LogCommand.self, DoctorCommand.self,
            SchemaCommand.self, ConfigCommand.self, CompactCommand.self, StressWriteCommand.self, PgCommand.self, StoreCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// ArgumentParser's own main, except that its messages go through the same net as `emit`/`printError`:
    /// they echo what was typed (`The value '…' is invalid`), which may hold escape sequences.
    static func main() {
        // A first word that is neither an option nor a command is a mistyped command, not an argument of the
        // default command: show every command instead of the dashboard's usage.
        if let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-"),
            !(configuration.subcommands.map { $0._commandName } + ["help"]).contains(first)
        {
            let language = UserPreferences.file.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
            printError(Bilingual(zh: "biopilot：未知命令“\(first)”\n", en: "biopilot: unknown command '\(first)'\n")[language])
            printError(helpMessage())
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            var text = fullMessage(for: error)
            // A newline in an echoed value would survive the net as a line of its own: show such values whole.
            for argument in CommandLine.arguments.dropFirst() {
                for value in [argument, String(argument.drop { $0 != "=" }.dropFirst())] where !value.isEmpty {
                    let shown = TerminalText.visible(value)
                    if shown != value { text = text.replacingOccurrences(of: value, with: shown) }
                }
            }
            let code = exitCode(for: error)
            if !text.isEmpty {
                if code == .success { emit(text + "\n") } else { printError(text) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
