import Foundation
import PilotCore
import PilotStore

/// Saving a record from the command line: the same checks as the dashboard's forms, errors refuse the edit,
/// warnings are printed; the edit is one journal entry.
enum RecordEditing {
    static func save(
        _ store: any Store, user: String, reason: String?, language: Language, provinces: ProvinceTable, today: CivilDate,
        build: (PilotData) throws -> (before: AnyRecord?, after: AnyRecord)
    ) throws -> AnyRecord {
        var saved: AnyRecord?
        var warnings: [RecordChecks.Problem<EntityField>] = []
        try store.commit(user: user, reason: reason) { data in
            let (before, after) = try build(data)
            let problems = RecordChecks.check(after, in: data, provinces: provinces, today: today)
            let errors = problems.filter(\.isError)
            guard errors.isEmpty else {
                throw CLIFailure.message(
                    "\(after.kind.rawValue) \(TerminalText.visible(after.id)) not saved:\n"
                        + errors.map { "  \($0.field.name): \(TerminalText.visible($0.message[language]))" }.joined(separator: "\n"),
                    code: 1)
            }
            warnings = problems.filter { !$0.isError }
            saved = after
            return [before.map { Change.update(from: $0, to: after) } ?? .create(after)]
        }
        for w in warnings { printError("biopilot: warning: \(w.field.name): \(TerminalText.visible(w.message[language]))") }
        return saved!
    }
}
