import ArgumentParser
import Exchange
import Foundation
import PilotCore

struct DueCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Everything with a date someone owes, soonest first: the dashboard's due pane (5).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Only items this task-force member owns (inspector id or name).")
    var owner: String?

    @Option(name: .long, help: "Only items due within this many days of --today (overdue ones included).")
    var within: Int?

    @Option(name: .long, help: "text, json, csv or ics.")
    var format: DueFormat.Format = .text

    @Flag(name: .customLong("include-unannounced"), help: "Include planned unannounced inspections (飞行检查), left out by default.")
    var includeUnannounced = false

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            let index = PilotIndex(store.data)
            let list = DueList(index: index, today: common.day, calendar: reference.calendar)
            var items = owner.map { list.owned(by: $0) } ?? list.items
            if let within { items = DueList.within(within, of: common.day, items) }
            items = DueFormat.exportable(items, index: index, includeUnannounced: includeUnannounced)
            let head = store.head.description
            switch format {
            case .text: emit(DueFormat.text(items, today: common.day, language: common.language, head: head))
            case .json: emit(DueFormat.json(items, today: common.day, language: common.language, head: head))
            case .csv:
                emit(DueFormat.csv(items, language: common.language))
                noteCSVHead(store)
            case .ics: emit(DueFormat.ics(items, language: common.language, stamp: Date(), head: head))
            }
        }
    }
}

extension DueFormat.Format: ExpressibleByArgument {}
