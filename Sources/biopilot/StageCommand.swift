import ArgumentParser
import PilotCore
import PilotStore

/// `biopilot stage PRODUCT STAGE --date D`: records a step of the pilot path.
struct StageCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage", abstract: "Record a product's next step on the pilot path (out of order or backwards needs --reason).")

    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("The pilot product.", valueName: "ID")) var product: String
    @Argument(
        help:
            "application, provincial-selection, provincial-plan, government-approval, nmpa-submission, nmpa-confirmation, licence, marketing-authorisation, in-production, summary; or back."
    )
    var stage: String
    @Option(name: .long, help: "The step's date (default: today).", transform: CivilDate.argument) var date: CivilDate?
    @Option(name: .long, help: "Why (recorded in the journal; needed to go back or to date a step before the previous one).") var reason:
        String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let saved = try RecordEditing.save(
                store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces,
                today: common.day
            ) { data in
                guard let p = data.products[id: product] else {
                    throw CLIFailure.message(
                        Bilingual(zh: "没有品种 \(TerminalText.visible(product))", en: "no product \(TerminalText.visible(product))")[
                            common.language], code: 1)
                }
                do {
                    if stage == "back" { return (.product(p), .product(try StagePath.goBack(p, reason: reason))) }
                    guard let target = PilotStage(rawValue: stage) else {
                        throw CLIFailure.message(
                            Bilingual(zh: "没有阶段“\(TerminalText.visible(stage))”", en: "no stage \"\(TerminalText.visible(stage))\"")[
                                common.language], code: 1)
                    }
                    return (
                        .product(p), .product(try StagePath.advance(p, to: target, on: date ?? common.day, by: common.user, reason: reason))
                    )
                } catch let refusal as StagePath.Refusal {
                    switch refusal {
                    case .reasonRequired(let text): throw CLIFailure.message(text[common.language], code: 1)
                    case .dateBeforePreviousStep(let d):
                        throw CLIFailure.message(
                            Bilingual(
                                zh: "日期早于上一步（\(d)）；确需记录请用 --reason 说明理由",
                                en: "the date is before the previous step (\(d)); give --reason to record it anyway")[common.language],
                            code: 1)
                    case .nothingToUndo:
                        throw CLIFailure.message(
                            Bilingual(
                                zh: "\(TerminalText.visible(product)) 没有可撤回的一步",
                                en: "\(TerminalText.visible(product)) has no step to take back")[common.language], code: 1)
                    }
                }
            }
            if case .product(let p) = saved { emit("\(p.id) \(p.stage?.rawValue ?? "—")\n") }
        }
    }
}
