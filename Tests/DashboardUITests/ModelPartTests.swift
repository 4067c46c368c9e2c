import Dispatch
import PilotCore
import Testing

@testable import DashboardUI

/// The parts of the model made after the first frame: nothing waits for them until they are read or changed, and
/// once taken in the model changes its own copy in place.
@Suite struct ModelPartTests {
    /// A maker held until the test lets it go.
    final class Gate: Sendable {
        let open = DispatchSemaphore(value: 0)
    }

    @Test func settlingNeverWaitsAndReadingWaitsForTheValue() {
        let gate = Gate()
        var part = ModelPart<[Int]> {
            gate.open.wait()
            return Array(0..<1000)
        }
        part.settle()
        guard case .making = part else {
            Issue.record("settled before the maker was done")
            return
        }
        gate.open.signal()
        #expect(part.value.count == 1000)
        part.settle()
        guard case .made(let made) = part else {
            Issue.record("not taken in once made")
            return
        }
        #expect(made == Array(0..<1000))
    }

    @Test func aChangeWaitsForTheMakerAndThenChangesInPlace() {
        let gate = Gate()
        var part = ModelPart<[Int]> {
            gate.open.wait()
            return [1, 2, 3]
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { gate.open.signal() }
        part.modify { $0.append(4) }
        #expect(part.value == [1, 2, 3, 4])
        let buffer = part.modify { list in list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        part.modify { $0[0] = 9 }
        #expect(part.modify { list in list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } } == buffer)
        #expect(part.value == [9, 2, 3, 4])
    }

    /// A model read before its sampling list is taken in shows the same rows as one read after.
    @Test func aModelReadsItsPartsBeforeAndAfterSettling() {
        let model = DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: bundledReference)
        var settled = model
        _ = (settled.samplingRows, settled.inspectionsByMonth)
        settled.settle()
        #expect(ModelComparison.differences(model, settled).isEmpty)
        guard case .made = settled.samplingList, case .made = settled.calendarMonths else {
            Issue.record("a read model's parts were not taken in")
            return
        }
    }
}

/// The dashboard draws and takes keys before the sampling list is made; the sampling pane lists it once shown.
@Suite struct SamplingListAfterTheFirstFrameTests {
    @Test func keysElsewhereDoNotWaitAndTheSamplingPaneListsOnceShown() {
        var model = DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: bundledReference)
        let made = model.samplingList.value
        let gate = ModelPartTests.Gate()
        model.samplingList = ModelPart {
            gate.open.wait()
            return made
        }
        // Were a key to wait for the list, the gate opens anyway after a while and the test fails below.
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(10)) { gate.open.signal() }
        var s = AppState(
            model: model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false),
            size: Size(width: 100, height: 30), language: .en)
        UI.press(&s, .char("j"), .char("j"), .char("2"), .char("1"))
        #expect(!s.sampling.listed && s.sampling.visible.isEmpty)
        gate.open.signal()
        UI.press(&s, .char("3"))
        #expect(s.sampling.listed)
        #expect(s.sampling.visible == SamplingListing(model: s.model, language: .en).order(.newest))
        #expect(!s.sampling.visible.isEmpty)
    }
}

/// The due list is made after the first frame too: the status line says the overdue count once it is in, and the
/// due pane lists it once shown.
@Suite struct DueListAfterTheFirstFrameTests {
    @Test func theStatusLineCountsOverdueOnceMadeAndTheDuePaneWaitsForIt() throws {
        var model = DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: bundledReference)
        let made = model.dueList.value
        #expect(made.overdueCount > 0)
        let gate = ModelPartTests.Gate()
        model.dueList = ModelPart {
            gate.open.wait()
            return made
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(10)) { gate.open.signal() }
        var s = AppState(
            model: model, context: AppContext(storePath: "/srv/biopilot/store", user: "tester", readOnly: false),
            size: Size(width: 120, height: 30), language: .en)
        UI.press(&s, .char("j"), .char("2"), .char("1"))
        let before = try #require(Screen.render(s).text.split(separator: "\n").last)
        #expect(!s.due.listed && s.due.visible.isEmpty && s.model.overdueCount == nil)
        #expect(!before.contains("overdue") && before.contains("today"), "\(before)")
        gate.open.signal()
        _ = s.model.due
        s.settleModel()
        let after = try #require(Screen.render(s).text.split(separator: "\n").last)
        #expect(after.contains("\(made.overdueCount) overdue"), "\(after)")
        UI.press(&s, .char("5"))
        #expect(s.due.listed && s.due.visible == Array(made.items.indices))
    }

    @Test func anEditWhileTheDueListIsInTheMakingWaitsAndUpdatesIt() throws {
        var model = DashboardModel(data: UI.data, revision: 1, today: UI.today, reference: bundledReference)
        let made = model.dueList.value
        let gate = ModelPartTests.Gate()
        model.dueList = ModelPart {
            gate.open.wait()
            return made
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { gate.open.signal() }
        var data = UI.data
        let before = try #require(data.products.records.first)
        var product = before
        product.name += "（更名）"
        data.products.upsert(product)
        model.apply([RecordChange(before: .product(before), after: .product(product))], to: data, revision: 2)
        let full = DashboardModel(data: data, revision: 2, today: UI.today, reference: bundledReference)
        #expect(ModelComparison.differences(model, full).isEmpty)
    }
}
