import ArgumentParser
import Exchange
import PilotCore

/// The default command. Until the terminal dashboard lands it prints the year's coverage and the findings summary.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard (default). For now: this year's coverage and open findings.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        try reporting {
            let store = try common.openStore()
            let index = PilotIndex(store.data)
            let language = common.language
            let report = Coverage.report(year: common.day.year, asOf: common.day, index: index)
            var out = CoverageFormat.text(report, language: language)
            let findings = RulesEngine(calendar: .china, today: common.day).findings(index)
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            out += "\n" + (language == .zh
                ? "规则检查：错误 \(errors)，警告 \(warnings)（详见 `biopilot validate`）。\n终端界面将在下一版本提供；当前可用命令见 `biopilot --help`。\n"
                : "Rule findings: \(errors) errors, \(warnings) warnings (see `biopilot validate`).\nThe interactive terminal dashboard arrives in the next release; see `biopilot --help` for the commands available now.\n")
            emit(out)
        }
    }
}
