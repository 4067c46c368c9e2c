import ArgumentParser
import Exchange
import PilotCore

extension PlanFormat.Format: ExpressibleByArgument {}

struct PlanCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Propose dates and teams for every missing full-system GMP inspection of the year (nothing is written).",
        discussion:
            "Working days only, no inspector booked twice, no conflict of interest, at most --max-per-week a week, joint teams for cross-province products. Accept proposals in the dashboard's coverage pane (p), or schedule them with `biopilot schedule`."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The year (default: the year of --today).")
    var year: Int?

    @Option(name: .customLong("max-per-week"), help: "At most this many inspections starting in one week.")
    var maxPerWeek = 3

    @Option(name: .long, help: "text or json.")
    var format: PlanFormat.Format = .text

    func run(reference: ReferenceData) throws {
        try reporting {
            guard maxPerWeek > 0 else {
                throw CLIFailure.message(
                    Bilingual(zh: "--max-per-week 至少为 1", en: "--max-per-week must be at least 1")[common.language], code: 1)
            }
            let store = try common.openStore(reference)
            let index = PilotIndex(store.data)
            let y = year ?? common.day.year
            let result = Planner.plan(index: index, year: y, today: common.day, calendar: reference.calendar, maxPerWeek: maxPerWeek)
            emit(
                PlanFormat.render(
                    result, index: index, today: common.day, maxPerWeek: maxPerWeek, format: format, language: common.language,
                    provinces: reference.provinces, head: store.head.description))
        }
    }
}
