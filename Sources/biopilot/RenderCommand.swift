import ArgumentParser
import DashboardUI
import PilotCore
import Preferences

extension Size: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { "\(width)x\(height)" }
}

/// Prints the screen the dashboard would draw, as plain text: for the README, for scripts, for golden tests.
struct RenderCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Print, as plain text, exactly the screen the dashboard would draw.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The pane to draw.")
    var screen: ScreenName = .products

    @Option(name: .long, help: ArgumentHelp("Screen size.", valueName: "WxH"))
    var size: Size = Size(width: 100, height: 30)

    @Option(
        name: .long,
        help: ArgumentHelp("Select this record (a product, inspection or sampling id; a YYYY-MM-DD day in the calendar).", valueName: "ID"))
    var select: String?

    @Option(name: .long, help: ArgumentHelp("Calendar month to show.", valueName: "YYYY-MM"))
    var month: String?

    @Flag(name: .long, help: "Open the selected product's case.")
    var detail = false

    @Option(
        name: .long, help: ArgumentHelp("Theme (colours do not show in text; accepted so a command line can be reused).", valueName: "NAME")
    )
    var theme: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let model = DashboardModel(data: store.data, revision: store.revision, today: common.day, reference: reference)
            let context = AppContext(storePath: store.location, user: common.user, readOnly: false)
            var state = AppState(model: model, context: context, size: size, language: common.language)
            let settings = common.settings(theme: theme)
            state.applyPreferences(homeProvince: settings.homeProvince.value?.code, productSort: settings.defaultSort.value)
            state.message = nil
            if let problem = ThemeFiles.load(name: settings.theme.value, env: common.environment).problems.first {
                state.message = StatusMessage(text: problem, isError: true)
            }
            do {
                var shownMonth: (year: Int, month: Int)?
                if let month {
                    guard let first = CivilDate(month + "-01") else {
                        throw CLIFailure.message(
                            Bilingual(
                                zh: "--month \(TerminalText.visible(month))：应为 年-月（YYYY-MM）",
                                en: "--month \(TerminalText.visible(month)): expected YYYY-MM")[
                                    common.language], code: 1)
                    }
                    shownMonth = (first.year, first.month)
                }
                try RenderState.prepare(&state, pane: screen.pane, select: select, detail: detail, month: shownMonth)
            } catch {
                throw CLIFailure.message(TerminalText.visible("\(error)"), code: 1)
            }
            emit(Screen.render(state).text)
            KeptUntilExit.keep(state)
        }
    }
}
