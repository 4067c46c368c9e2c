import PilotCore
import Testing

@testable import DashboardUI

/// `:edit measure` and `:delete measure`: a measure is changed from the command line like the other records, and
/// deleting one (entered by mistake) asks a reason for the journal. `:add` of a kind that needs a finding, a day or a
/// pane says where it is added instead of doing nothing.
@Suite struct MeasureCommandTests {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    func run(_ s: inout AppState, _ command: String) -> [Effect] {
        UI.press(&s, .char(":"))
        UI.type(&s, command)
        return UI.press(&s, .enter)
    }

    @Test func editMeasureOpensItsOwnForm() throws {
        var s = UI.state()
        let m = try #require(UI.data.measures.records.first)
        #expect(run(&s, "edit measure \(m.id)").isEmpty)
        let form = try #require(s.form, "the form opens")
        #expect(form.purpose == .editMeasure(m.id) && form.original == .measure(m))
        #expect(form[MeasureField.kind].text == m.kind.rawValue)
    }

    @Test func deleteMeasureAsksAReasonKeptInTheJournal() throws {
        var s = UI.state()
        let m = try #require(UI.data.measures.records.first)
        #expect(run(&s, "delete measure \(m.id)").isEmpty)
        guard case .reason(let purpose, _)? = s.prompt, case .delete(let shown) = purpose, shown == .measure(m) else {
            throw Failure("no reason asked")
        }
        #expect(purpose.question[.en] == "Delete risk-control measure \(m.id)? Reason: ")
        UI.type(&s, "录入错误")
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no delete") }
        #expect(edit.reason == "录入错误" && edit.changes.count == 1)
        #expect(edit.changes[0].before == .measure(m) && edit.changes[0].after == nil)
    }

    @Test func unknownMeasureIsNamed() {
        var s = UI.state()
        _ = run(&s, "edit measure M-9999")
        #expect(s.form == nil && s.message?.text == "no measure M-9999" && s.message?.isError == true)
    }

    @Test func addOfAKindWithoutABlankFormSaysWhereItIsAdded() {
        for (kind, words) in [("measure", "then press m"), ("inspection", "calendar"), ("sampling", "sampling pane")] {
            var s = UI.state()
            _ = run(&s, "add \(kind)")
            #expect(s.form == nil && s.message?.isError == true && s.message?.text.contains(words) == true, "\(kind)")
        }
    }

    @Test func tabCompletesMeasureForEditAndDeleteOnly() throws {
        let data = UI.data
        #expect(CommandCompletion.complete("edit me", in: data).text == "edit measure ")
        #expect(CommandCompletion.complete("delete me", in: data).text == "delete measure ")
        #expect(CommandCompletion.complete("add me", in: data).candidates.isEmpty)
        let id = try #require(data.measures.records.first?.id)
        #expect(CommandCompletion.complete("edit measure \(id.dropLast())", in: data).candidates.contains(id))
    }

    /// The owner is chosen from the task force by name: the current user first, then the inspectors; the name is
    /// what is stored, and an inspector's shows in English in English.
    @Test func theOwnerIsPickedFromTheTaskForce() throws {
        var s = UI.state()
        let m = try #require(UI.data.measures.records.first { $0.owner == "吴昊" })
        _ = run(&s, "edit measure \(m.id)")
        let wu = try #require(UI.data.inspectors.records.first { $0.name == "吴昊" })
        #expect(s.form?[MeasureField.owner].display(s) == wu.displayName(.en))
        s.form?.focus(on: MeasureField.owner)
        UI.press(&s, .enter)
        let picker = try #require(s.picker, "Enter opens the list")
        let names = picker.options.map(\.id)
        #expect(names.first == "" && names.dropFirst().first == "tester", "none, then the current user")
        #expect(Set(UI.data.inspectors.records.map(\.name)).isSubset(of: Set(names)) && Set(names).count == names.count)
        let chen = try #require(UI.data.inspectors.records.first { $0.name != "吴昊" })
        UI.press(&s, .ctrl("u"))
        UI.type(&s, chen.name)
        UI.press(&s, .enter)
        #expect(s.picker == nil && s.form?[MeasureField.owner].text == chen.name)
        guard case .save(let edit)? = UI.press(&s, .enter).first, case .measure(let saved)? = edit.changes[0].after else {
            throw Failure("no save")
        }
        #expect(saved.owner == chen.name)
    }
}
