import PilotCore
import Testing

@testable import DashboardUI

/// No lost update (issue 10): every edit carries the record as its author saw it, a save refused because
/// someone else changed the record shows both versions, and new records are numbered when written.
@Suite struct ConflictTests {
    /// Alice's result for SMP-0017, saved by another process while bob's form was open (the audit's D1).
    static var alicesResult: Sampling {
        var s = UI.data.samplings[id: "SMP-0017"]!
        s.reportNo = "BG-ALICE-001"
        s.reportDate = CivilDate("2026-11-20")!
        s.conclusion = .fail
        return s
    }

    static func data(with record: AnyRecord) -> PilotData {
        var data = UI.data
        data.upsert(record)
        return data
    }

    /// Bob's dashboard with SMP-0017's form open, focus on the report number.
    static func bobEditsTheSampling(_ size: Size = Size(width: 100, height: 30), _ language: Language = .en) throws -> AppState {
        var s = UI.state(size, language)
        try RenderState.prepare(&s, pane: .sampling, select: "SMP-0017", detail: false)
        UI.press(&s, .char("e"))
        return s
    }

    /// Bob changes the test items (an empty report is still pending) and presses Enter: the save effect.
    static func bobSaves(_ s: inout AppState) throws -> RecordEdit {
        s.form!.focus(on: SamplingFormField.items)
        UI.type(&s, "、细菌内毒素")
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no save: \(String(describing: s.message))") }
        return edit
    }

    /// What the runtime does when the store refuses the save: loads the current data, then reports the conflict.
    static func storeRefuses(_ s: inout AppState, current: PilotData) {
        _ = reduce(&s, .dataChanged(current, revision: 3))
        _ = reduce(&s, .saveConflicted(message: "sampling SMP-0017 was changed by another user; reload and edit again"))
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    // MARK: The before-state

    @Test func aSaveAfterABackgroundReloadCarriesTheRecordAsOpened() throws {
        var s = try Self.bobEditsTheSampling()
        let opened = UI.data.samplings[id: "SMP-0017"]!
        _ = reduce(&s, .othersChanged(Self.data(with: .sampling(Self.alicesResult)), revision: 2))
        #expect(s.message?.text == "SMP-0017 was just changed by another user")
        let edit = try Self.bobSaves(&s)
        // Before the fix this was alice's result, so the store accepted bob's form and erased her "fail".
        #expect(edit.changes[0].before == .sampling(opened))

        // The audit's product case: P02's form open, alice sets its plan, bob types an English name.
        var t = UI.state()
        UI.press(&t, .down, .char("e"))
        let p02 = UI.data.products[id: "P02"]!
        var alices = p02
        alices.planRef = "ALICE-PLAN-2026"
        _ = reduce(&t, .othersChanged(Self.data(with: .product(alices)), revision: 2))
        t.form!.focus = 1
        UI.type(&t, " (rev.)")
        guard case .save(let product)? = UI.press(&t, .enter).first else { throw Failure("no product save") }
        #expect(product.changes[0].before == .product(p02))
    }

    @Test func everyActionCarriesTheRecordAsShown() throws {
        let original = UI.data.inspections[id: "INS-0021"]! // planned
        var moved = original
        moved.team = ["I01"]
        let current = Self.data(with: .inspection(moved))
        // A prompt (cancel: a reason) opened before another member's edit was loaded.
        var s = CalendarTests().select("INS-0021")
        UI.press(&s, .char("x"))
        _ = reduce(&s, .othersChanged(current, revision: 2))
        UI.type(&s, "企业停产")
        guard case .save(let cancel)? = UI.press(&s, .enter).first else { throw Failure("no save") }
        #expect(cancel.changes[0].before == .inspection(original))
        // The step form and the delete question of a product.
        var t = UI.state()
        UI.press(&t, .down, .enter, .char(">"))
        var p02 = UI.data.products[id: "P02"]!
        let shown = p02
        p02.planRef = "ALICE-PLAN-2026"
        _ = reduce(&t, .othersChanged(Self.data(with: .product(p02)), revision: 2))
        guard case .save(let step)? = UI.press(&t, .enter).first else { throw Failure("no step save") }
        #expect(step.changes[0].before == .product(shown))
        if case .product(let after)? = step.changes[0].after { #expect(after.planRef == shown.planRef) }
    }

    // MARK: The overlay

    /// Provinces read by name in the three versions, never as GB/T codes.
    @Test func provincesAreShownByName() throws {
        let inspection = try #require(UI.data.inspections.records.first)
        var theirs = inspection
        theirs.partnerProvinceCodes = ["320000", "440000"]
        var mine = inspection
        mine.partnerProvinceCodes = ["370000"]
        let edit = RecordEdit(
            changes: [RecordEdit.Change(before: .inspection(inspection), after: .inspection(mine))], reason: nil, conflicts: nil,
            done: Bilingual(zh: "", en: ""))
        let conflict = ConflictState(edit: edit, base: .inspection(inspection), theirs: .inspection(theirs), mine: .inspection(mine))
        let row = try #require(conflict.rows(.zh, provinces: UI.model.provinces).first { $0.label.en == "Partner provinces" })
        #expect(row.theirs == "江苏省, 广东省" && row.mine == "山东省", "\(row.theirs) | \(row.mine)")
    }

    @Test func aRefusedSaveShowsTheThreeVersions() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        let conflict = try #require(s.conflict)
        #expect(s.form == nil && s.pendingEdit == nil && s.message?.isError == true)
        let rows = conflict.rows(.en)
        #expect(rows.map(\.label.en) == ["Test items", "Report number", "Report date", "Conclusion"])
        #expect(rows.first { $0.label.en == "Conclusion" }.map { [$0.base, $0.theirs, $0.mine] } == ["pending", "fail", "pending"])
        #expect(rows.allSatisfy { !$0.bothChanged })
        let text = Screen.render(s).text
        #expect(text.contains("sampling SMP-0017: changed by another user") && text.contains("BG-ALICE-001"))
        #expect(text.contains("t keep theirs · m apply mine · e keep editing"))
        // Keys outside the overlay's table do nothing; its keys are in `?` help.
        #expect(UI.press(&s, .char("q"), .char("3")).isEmpty && s.conflict != nil)
        UI.press(&s, .char("?"))
        #expect(s.showHelp && Screen.render(s).text.contains("apply mine: your changed fields onto their version"))
        UI.press(&s, .escape)
        #expect(!s.showHelp && s.conflict != nil)
    }

    @Test(arguments: [Language.zh, .en])
    func golden(_ language: Language) throws {
        var s = try Self.bobEditsTheSampling(Size(width: 80, height: 24), language)
        // Both change the report number: that row is marked.
        s.form!.focus(on: SamplingFormField.reportNo)
        UI.type(&s, "BG-BOB-7")
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        #expect(s.conflict?.rows(language).filter(\.bothChanged).count == 1)
        Golden.expectMatch("conflict-sampling-\(language)-80x24", Screen.render(s))
    }

    /// The overlay re-lays out at every size, scrolling its rows when they do not fit.
    @Test func theOverlayFitsEverySize() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        for width in [40, 41, 57, 80, 131, 220] {
            for height in [12, 13, 24, 60] {
                _ = reduce(&s, .resize(Size(width: width, height: height)))
                let grid = Screen.render(s)
                #expect(grid.width == width && grid.height == height && grid.text.contains("SMP-0017"), "\(width)×\(height)")
            }
        }
        _ = reduce(&s, .resize(Size(width: 40, height: 12)))
        UI.press(&s, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        #expect(s.conflict?.scroll == 3 && Screen.render(s).text.contains("Conclusion"))
    }

    @Test func keepTheirsDiscardsMine() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        #expect(UI.press(&s, .char("t")).isEmpty)
        #expect(s.conflict == nil && s.form == nil)
        #expect(s.message?.text == "kept their version of SMP-0017; yours discarded")
    }

    @Test func applyMinePutsMyFieldsOnTheirs() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        guard case .save(let edit)? = UI.press(&s, .char("m")).first, case .sampling(let saved)? = edit.changes[0].after else {
            throw Failure("no save: \(String(describing: s.message))")
        }
        #expect(edit.changes[0].before == .sampling(Self.alicesResult))
        #expect(saved.conclusion == .fail && saved.reportNo == "BG-ALICE-001" && saved.testItems == "鉴别、含量、装量、无菌、可见异物、细菌内毒素")
        // Refused again (a third member saved meanwhile): the overlay comes back, against the newest version.
        var third = Self.alicesResult
        third.lab = "中检院"
        Self.storeRefuses(&s, current: Self.data(with: .sampling(third)))
        #expect(s.conflict?.base == .sampling(Self.alicesResult) && s.conflict?.theirs == .sampling(third))
        guard case .save(let again)? = UI.press(&s, .char("m")).first, case .sampling(let final)? = again.changes[0].after else {
            throw Failure("no second save")
        }
        #expect(again.changes[0].before == .sampling(third) && final.lab == "中检院" && final.conclusion == .fail)
        _ = reduce(&s, .saveFinished(ok: true, message: "updated sampling SMP-0017"))
        #expect(s.form == nil && s.conflict == nil)
    }

    @Test func keepEditingRebasesTheForm() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        Self.storeRefuses(&s, current: Self.data(with: .sampling(Self.alicesResult)))
        UI.press(&s, .char("e"))
        let form = try #require(s.form)
        #expect(s.conflict == nil && form.original == .sampling(Self.alicesResult))
        #expect(
            form[SamplingFormField.conclusion].text == "fail" && form[SamplingFormField.reportNo].text == "BG-ALICE-001"
                && form[SamplingFormField.items].text.hasSuffix("细菌内毒素"))
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no save") }
        #expect(edit.changes[0].before == .sampling(Self.alicesResult))
    }

    @Test func applyMineRerunsTheChecksOnTheirVersion() throws {
        // Bob takes drug product off S04; alice took drug substance off: together the site would make neither.
        var s = UI.state()
        UI.press(&s, .char(":"))
        UI.type(&s, "edit site S04")
        UI.press(&s, .enter)
        s.form!.focus(on: SiteField.drugProduct)
        UI.press(&s, .char(" "))
        guard case .save = UI.press(&s, .enter).first else { throw Failure("no save") }
        var site = UI.data.sites[id: "S04"]!
        site.drugSubstance = false
        Self.storeRefuses(&s, current: Self.data(with: .site(site)))
        #expect(UI.press(&s, .char("m")).isEmpty)
        #expect(s.form?.original == .site(site) && s.form?[SiteField.drugSubstance].error != nil)
        #expect(s.message?.text.contains("fails the checks on their version") == true)
    }

    @Test func aRecordDeletedByOthersCanBeKeptAsANewOne() throws {
        var s = try Self.bobEditsTheSampling()
        _ = try Self.bobSaves(&s)
        var current = UI.data
        current.remove(.sampling, id: "SMP-0017")
        Self.storeRefuses(&s, current: current)
        #expect(s.conflict?.deletedByThem == true)
        #expect(Screen.render(s).text.contains("e keep editing as a new record · t discard yours"))
        #expect(UI.press(&s, .char("m")).isEmpty && s.conflict != nil)
        UI.press(&s, .char("e"))
        #expect(s.form?.purpose == .newSampling && s.form?.original == nil)
        guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no save: \(String(describing: s.message))") }
        #expect(edit.changes[0].allocatesID && edit.changes[0].before == nil)
        #expect(edit.allocatingIDs(in: current).changes[0].after?.id == "SMP-0024")
    }

    @Test func anActionWithoutAFormAppliesItsChange() throws {
        var s = CalendarTests().select("INS-0021")
        guard case .save = UI.press(&s, .char("s")).first else { throw Failure("no save") } // planned → in progress
        var theirs = UI.data.inspections[id: "INS-0021"]!
        theirs.team = ["I01"]
        Self.storeRefuses(&s, current: Self.data(with: .inspection(theirs)))
        #expect(Screen.render(s).text.contains("t keep theirs · m apply mine · Esc close"))
        guard case .save(let edit)? = UI.press(&s, .char("m")).first, case .inspection(let saved)? = edit.changes[0].after else {
            throw Failure("no save")
        }
        #expect(edit.changes[0].before == .inspection(theirs) && saved.status == .inProgress && saved.team == ["I01"])
    }

    @Test func undoStillRefusesWhenTheRecordChanged() throws {
        var s = UI.state()
        UI.press(&s, .down, .enter, .char(">"))
        guard case .save = UI.press(&s, .enter).first else { throw Failure("no save") }
        _ = reduce(&s, .saveFinished(ok: true, message: "ok"))
        guard case .save = UI.press(&s, .char("u")).first else { throw Failure("no undo") }
        var p02 = UI.data.products[id: "P02"]!
        p02.planRef = "ALICE"
        _ = reduce(&s, .dataChanged(Self.data(with: .product(p02)), revision: 3))
        _ = reduce(&s, .saveConflicted(message: "product P02 was changed by another user; reload and edit again"))
        #expect(s.conflict == nil && s.message?.isError == true && s.message?.text.contains("changed by another user") == true)
    }

    // MARK: No-op saves, new ids, the status line

    /// Every record of the demo, opened in its form and saved unchanged, writes nothing.
    @Test func anUnchangedFormSavesNothing() throws {
        var s = UI.state()
        for kind in [EntityKind.enterprise, .site, .product, .staff, .inspector] {
            let ids: [String]
            switch kind {
            case .enterprise: ids = UI.data.enterprises.map(\.id)
            case .site: ids = UI.data.sites.map(\.id)
            case .product: ids = UI.data.products.map(\.id)
            case .staff: ids = UI.data.residentStaff.map(\.id)
            default: ids = UI.data.inspectors.map(\.id)
            }
            for id in ids {
                _ = RecordReducer.edit(&s, kind, id)
                #expect(UI.press(&s, .enter).isEmpty, "\(kind) \(id)")
                #expect(s.form == nil && s.message?.text == "no changes", "\(kind) \(id): \(String(describing: s.message))")
            }
        }
        for sampling in UI.data.samplings {
            s.form = SamplingForms.form(sampling, state: s, purpose: .editSampling(sampling.id))
            #expect(UI.press(&s, .enter).isEmpty && s.message?.text == "no changes", "\(sampling.id)")
        }
        for inspection in UI.data.inspections where inspection.status == .planned || inspection.status == .inProgress {
            s.form = InspectionForms.editForm(inspection, state: s)
            let effects = UI.press(&s, .enter)
            #expect(effects.isEmpty && s.form == nil && s.message?.text == "no changes", "\(inspection.id): \(effects)")
            s.prompt = nil
        }
    }

    @Test func twoAddsAtOnceGetTwoIDs() throws {
        func add(_ name: String) throws -> RecordEdit {
            var s = UI.state()
            UI.press(&s, .char("a"))
            UI.type(&s, name)
            guard case .save(let edit)? = UI.press(&s, .enter).first else { throw Failure("no save") }
            return edit
        }
        let alice = try add("Alice product")
        let bob = try add("Bob product")
        // Both forms opened on the same data; each is numbered from the data at the moment it is written.
        let first = alice.allocatingIDs(in: UI.data)
        var afterAlice = UI.data
        afterAlice.upsert(first.changes[0].after!)
        let second = bob.allocatingIDs(in: afterAlice)
        #expect(first.done.en == "added P15" && second.done.en == "added P16")
        #expect(second.changes[0].before == nil)
        // Undo takes back the record under the id it was given.
        var s = UI.state()
        _ = reduce(&s, .saveFinished(ok: true, message: second.done.en, saved: second))
        guard case .save(let undo)? = UI.press(&s, .char("u")).first else { throw Failure("no undo") }
        #expect(undo.changes[0].before?.id == "P16" && undo.changes[0].after == nil)
    }

    @Test func theReloadNoticeKeepsTheUsersOwnMessage() {
        var s = UI.state()
        _ = reduce(&s, .saveFinished(ok: true, message: "added P15"))
        _ = reduce(&s, .othersChanged(UI.data, revision: 5))
        #expect(s.message?.text == "added P15 · loaded changes made by others")
        _ = reduce(&s, .othersChanged(UI.data, revision: 6))
        #expect(s.message?.text == "added P15 · loaded changes made by others")
        s.message = nil
        _ = reduce(&s, .othersChanged(UI.data, revision: 7))
        #expect(s.message?.text == "loaded changes made by others")
    }

    /// The field list is what conflicts are shown and merged by: it must name every stored field.
    @Test func everyStoredFieldIsListed() {
        let samples: [AnyRecord] = [
            .enterprise(UI.data.enterprises.records[0]), .site(UI.data.sites.records[0]), .product(UI.data.products.records[0]),
            .staff(UI.data.residentStaff.records[0]), .inspector(UI.data.inspectors.records[0]),
            .inspection(UI.data.inspections.records[0]), .sampling(UI.data.samplings.records[0]),
            .setting(Setting(id: "deadline.lab-report", value: "20", reason: "省局规定")),
            .measure(
                Measure(
                    id: "M-0001", productId: "P01", answers: AnsweredFinding(.sampling, "SMP-0001"), kind: .sealSeize,
                    decidedOn: CivilDate(dayNumber: 0), decidedBy: "省药监局", owner: "王芳")),
        ]
        for record in samples {
            let value: Any
            switch record {
            case .enterprise(let r): value = r
            case .site(let r): value = r
            case .product(let r): value = r
            case .staff(let r): value = r
            case .inspector(let r): value = r
            case .inspection(let r): value = r
            case .sampling(let r): value = r
            case .setting(let r): value = r
            case .measure(let r): value = r
            }
            let stored = Mirror(reflecting: value).children.compactMap(\.label).filter { $0 != "id" }
            #expect(RecordFieldList.fields(record.kind).map(\.name) == stored, "\(record.kind)")
        }
    }
}
