import ArgumentParser
import PilotCore
import PilotStore

extension InspectionType: ExpressibleByArgument {}

struct ScheduleCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Add a planned inspection after checking it against the calendar, the bookings and conflicts of interest.",
        discussion:
            "With any conflict it lists every one and exits 1 without writing, unless --force (then the conflicts are recorded in the journal)."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Product id.")
    var product: String

    @Option(name: .long, help: "full-gmp, licensing, routine, for-cause or other.")
    var type: InspectionType

    @Option(name: .long, help: ArgumentHelp("First day.", valueName: "YYYY-MM-DD"), transform: CivilDate.argument)
    var start: CivilDate

    @Option(name: .long, help: ArgumentHelp("Last day (default: the start).", valueName: "YYYY-MM-DD"), transform: CivilDate.argument)
    var end: CivilDate?

    @Option(name: .customLong("site"), help: "A site to inspect (repeat; default: all the product's sites).")
    var sites: [String] = []

    @Option(name: .customLong("inspector"), help: "An inspector on the team (repeat).")
    var inspectors: [String] = []

    @Option(name: .long, help: "Why the inspection is scheduled; with --force, why the conflicts are accepted.")
    var reason: String?

    @Flag(name: .long, help: "Unannounced (飞行检查).")
    var unannounced = false

    @Option(
        name: .customLong("joint-with"),
        help: ArgumentHelp("Joint inspection (联合检查) with this province code (repeat for several partner provinces).", valueName: "CODE"))
    var jointWith: [String] = []

    @Flag(name: .customLong("holder-quality-system"), help: "It also inspects the holder's own quality system (持有人质量管理体系).")
    var holderQualitySystem = false

    @Flag(name: .long, help: "Write even with conflicts (unknown records and reversed dates are never accepted).")
    var force = false

    @Option(
        name: .customLong("approved-by"),
        help: ArgumentHelp("With --force over a conflict of interest: the lead who approved it (rule 13).", valueName: "NAME"))
    var approvedBy: String?

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let language = common.language
            var written: Inspection?
            try store.commit(user: common.user) { data -> Edit in
                let index = PilotIndex(data)
                let siteIds = sites.isEmpty ? (data.products[id: product]?.siteIds ?? []) : sites
                let plan = InspectionPlan(
                    productId: product, type: type, start: start, end: end ?? start,
                    siteIds: siteIds, team: inspectors)
                // Checked under the store's lock, against what other users have booked up to this moment.
                let conflicts = Scheduling.conflicts(plan, index: index, calendar: reference.calendar)
                // A mistyped id is not a scheduling conflict: say what was not found.
                let missing = conflicts.compactMap(\.notFound)
                if !missing.isEmpty {
                    throw CLIFailure.message(missing.map { TerminalText.visible($0[language]) }.joined(separator: "\n"), code: 1)
                }
                if !conflicts.isEmpty {
                    let lines = conflicts.map { "  - " + TerminalText.visible($0.message(index)[language]) }.joined(separator: "\n")
                    let blocking = conflicts.contains { !$0.isForceable }
                    if !force || blocking {
                        let hint =
                            blocking
                            ? ""
                            : (language == .zh
                                ? "\n（确需安排请加 --force 并用 --reason 说明理由）" : "\n(use --force with --reason to schedule it anyway)")
                        throw CLIFailure.message(
                            (language == .zh ? "排程冲突，未写入：\n" : "conflicts, nothing written:\n") + lines + hint, code: 1)
                    }
                    // Rule 13: a conflict of interest is not the scheduler's alone to accept.
                    if conflicts.contains(where: \.isConflictOfInterest)
                        && ((approvedBy ?? "").trimmed.isEmpty || (reason ?? "").trimmed.isEmpty)
                    {
                        throw CLIFailure.message(
                            (language == .zh
                                ? "利益冲突不能由排程人自行决定，未写入：\n" + lines + "\n（须用 --approved-by 填写批准的负责人，并用 --reason 说明理由）"
                                : "a conflict of interest cannot be overridden by the scheduler alone, nothing written:\n" + lines
                                    + "\n(name the approving lead with --approved-by and give --reason)"), code: 1)
                    }
                }
                let hasConflictOfInterest = conflicts.contains(where: \.isConflictOfInterest)
                var inspection = Inspection(
                    id: PilotData.nextID(prefix: "INS-", in: data.inspections), productId: product, siteIds: siteIds,
                    type: type, unannounced: unannounced, joint: !jointWith.isEmpty, partnerProvinces: jointWith,
                    start: plan.start, end: plan.end, team: inspectors, status: .planned, reason: reason,
                    conflictApprovedBy: hasConflictOfInterest ? approvedBy?.trimmed : nil)
                if holderQualitySystem { inspection.holderQualitySystem = true }
                written = inspection
                let accepted = conflicts.isEmpty ? nil : conflicts.map { $0.message(index).en }
                return Edit(changes: [.create(.inspection(inspection))], reason: reason, conflicts: accepted)
            }
            if let inspection = written {
                emit(inspection.id + "\n")
                // A past start is recorded (an inspection entered after it happened), with a note, never refused.
                if let past = RecordChecks.startsInPast(inspection.start, today: common.day) {
                    printError("biopilot: note: \(past[language])")
                }
                let estimated = reference.calendar.estimatedYears(from: inspection.start, to: inspection.end)
                if let note = StatutoryHoliday.estimateNote(years: estimated) { printError("biopilot: note: \(note[language])") }
            }
        }
    }
}

extension SchedulingConflict {
    /// "product P99 not found" for an id that names no record; nil for a real conflict.
    fileprivate var notFound: Bilingual? {
        switch self {
        case .unknownProduct(let id): Bilingual(zh: "未找到品种 \(id)", en: "product \(id) not found")
        case .unknownSite(let id): Bilingual(zh: "未找到场地 \(id)", en: "site \(id) not found")
        case .unknownInspector(let id): Bilingual(zh: "未找到检查员 \(id)", en: "inspector \(id) not found")
        default: nil
        }
    }
}
