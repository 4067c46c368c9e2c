import PilotCore
import Testing

@testable import DashboardUI

/// Sites, inspectors, enterprises and provinces are chosen by name from searchable lists (issue 13 item 7).
@Suite struct PickerTests {
    typealias Field = InspectionFormField

    /// The schedule form (`a` on the calendar) for `product`, its fields filled in as for a new inspection.
    func scheduling(_ product: String, _ size: Size = Size(width: 100, height: 30), _ language: Language = .en) throws -> AppState {
        var s = UI.state(size, language)
        UI.press(&s, .char("2"), .char("a"))
        for _ in 0..<UI.data.products.count where s.form?[Field.product].text != product { UI.press(&s, .right) }
        try #require(s.form?[Field.product].text == product)
        return s
    }

    /// Moves the form's cursor to `field`.
    func focus(_ s: inout AppState, _ field: Field) {
        s.form?.focus(on: field)
    }

    func names(_ s: AppState) -> [String] {
        guard let p = s.picker else { return [] }
        return p.matches.map { p.options[$0].name }
    }

    @Test func typingSearchesByNamePinyinInitialsFullPinyinAndID() throws {
        var s = try scheduling("P09")
        focus(&s, .team)
        UI.type(&s, "zm")
        // The first key opens the picker; the rest is its search.
        #expect(s.picker?.query.text == "zm" && names(s) == ["Zhao Min"])
        UI.press(&s, .ctrl("u"))
        UI.type(&s, "zhaomin")
        #expect(names(s) == ["Zhao Min"])
        UI.press(&s, .ctrl("u"))
        UI.type(&s, "赵")
        #expect(names(s) == ["Zhao Min"])
        UI.press(&s, .ctrl("u"))
        UI.type(&s, "I10")
        #expect(names(s) == ["Lin Fang"])
        // A unit's initials (江苏省药品审核查验中心) find both of its inspectors.
        UI.press(&s, .ctrl("u"))
        UI.type(&s, "jss")
        #expect(names(s) == ["Liu Xiaofeng", "Zhao Min"])
        UI.press(&s, .ctrl("u"))
        UI.type(&s, "qqq")
        #expect(names(s).isEmpty)
    }

    /// What the search starts beats what it is merely inside: `js` is 江苏省 first, not 北京市 (initials bjs).
    @Test func matchesThatStartWithTheSearchComeFirst() throws {
        var s = UI.state(Size(width: 100, height: 30), .zh)
        UI.press(&s, .char(":"))
        UI.type(&s, "add inspector")
        UI.press(&s, .enter)
        s.form?.focus(on: InspectorField.provinceCode)
        UI.type(&s, "js")
        #expect(names(s).first == "江苏省" && names(s).contains("北京市"))
        UI.press(&s, .enter)
        #expect(s.form?[InspectorField.provinceCode].text == "320000")
    }

    @Test func singleSelectChoosesTheHighlightedAndEscKeepsTheValue() throws {
        var s = UI.state(Size(width: 100, height: 30), .zh)
        UI.press(&s, .char(":"))
        UI.type(&s, "add site")
        UI.press(&s, .enter)
        let before = try #require(s.form?[SiteField.provinceCode].text)
        s.form?.focus(on: SiteField.provinceCode)
        UI.press(&s, .enter)
        #expect(s.picker?.highlighted?.id == before, "opens on the current value")
        UI.press(&s, .down, .escape)
        #expect(s.picker == nil && s.form?[SiteField.provinceCode].text == before)
        // 浙江省 by its pinyin initials; the form shows the name and stores the code.
        UI.type(&s, "zj")
        #expect(names(s) == ["浙江省"])
        UI.press(&s, .enter)
        #expect(s.picker == nil && s.form?[SiteField.provinceCode].text == "330000")
        #expect(s.form?.fields[s.form!.focus].id == SiteField.drugSubstance.formID, "the cursor moves on")
        #expect(Screen.render(s).text.contains("省份     浙江省"))
        #expect(!Screen.render(s).text.contains("330000"))
    }

    @Test func multiSelectTicksWithSpaceAndEnterTypedAdds() throws {
        var s = try scheduling("P09")
        focus(&s, .team)
        UI.press(&s, .backspace)
        #expect(s.form?[Field.team].ids == [])
        UI.press(&s, .enter)
        UI.press(&s, .char(" "), .down, .down, .char(" "))
        #expect(s.picker?.chosen == ["I01", "I03"])
        UI.press(&s, .char(" "))
        #expect(s.picker?.chosen == ["I01"])
        // Typing a name and Enter adds it to the ticked ones.
        UI.type(&s, "lf")
        UI.press(&s, .enter)
        #expect(s.picker == nil && s.form?[Field.team].ids == ["I01", "I10"])
    }

    @Test func inspectorsShowUnitLoadAndConflicts() throws {
        var s = try scheduling("P09")
        focus(&s, .team)
        UI.press(&s, .enter)
        let options = try #require(s.picker?.options)
        // Those with a recorded conflict with one of P09's enterprises are marked, and only they.
        let enterprises = try #require(UI.data.products[id: "P09"].map { UI.model.index.enterpriseIds(of: $0) })
        let conflicted = Set(UI.data.inspectors.filter { $0.conflicts.contains(where: enterprises.contains) }.map(\.id))
        #expect(!conflicted.isEmpty)
        #expect(Set(options.filter { $0.note.contains("conflict of interest") }.map(\.id)) == conflicted)
        #expect(options.first { $0.id == "I09" }?.detail.hasPrefix("四川省药品检查中心") == true)
        // Load: inspections already scheduled in the form's month.
        let start = try #require(InspectionForms.plan(s.form!)?.start)
        let i04 = (UI.model.index.inspectionsByInspector["I04"] ?? []).filter {
            $0.status != .cancelled && $0.start.year * 12 + $0.start.month <= start.year * 12 + start.month
                && $0.end.year * 12 + $0.end.month >= start.year * 12 + start.month
        }
        #expect(options.first { $0.id == "I04" }?.detail.hasSuffix("\(i04.count) this month") == true)
        #expect(!i04.isEmpty, "the demo gives I04 work that month, so the load is not vacuous")
    }

    @Test func productSitePickersOfferOnlyLicensedSites() throws {
        var s = UI.state()
        _ = RecordReducer.edit(&s, .product, "P01")
        s.form?.focus(on: ProductField.drugSubstanceSite)
        UI.press(&s, .enter)
        let ds = try #require(s.picker).options
        #expect(ds.first?.id == "" && ds.count > 2)
        #expect(ds.dropFirst().allSatisfy { UI.data.sites[id: $0.id]?.drugSubstance == true })
        UI.press(&s, .escape)
        s.form?.focus(on: ProductField.drugProductSite)
        UI.press(&s, .enter)
        let dp = try #require(s.picker).options.dropFirst()
        #expect(dp.allSatisfy { UI.data.sites[id: $0.id]?.drugProduct == true })
        #expect(Set(dp.map(\.id)) != Set(ds.dropFirst().map(\.id)))
    }

    @Test func theScheduleFormOffersOnlyTheProductsSites() throws {
        var s = try scheduling("P04")
        focus(&s, .sites)
        UI.press(&s, .enter)
        let product = try #require(UI.data.products[id: "P04"])
        #expect(s.picker?.options.map(\.id) == product.siteIds && s.picker?.chosen == product.siteIds)
    }

    /// P04 is made in three provinces: both partners are proposed, can be changed in the picker, and are saved.
    @Test func theScheduleFormSavesSeveralPartnerProvinces() throws {
        var s = try scheduling("P04")
        let partners = try #require(UI.data.products[id: "P04"].map { Array(UI.model.index.provinces(of: $0).dropFirst()) })
        #expect(partners.count == 2 && s.form?[Field.partner].ids == partners && s.form?[Field.joint].on == true)
        // Untick the second, then tick it again by typing its name.
        let second = try #require(UI.model.provinces.named(code: partners[1]))
        focus(&s, .partner)
        UI.press(&s, .enter, .pageUp, .pageUp, .pageUp, .pageUp)
        for _ in 0..<40 where s.picker?.highlighted?.id != partners[1] { UI.press(&s, .down) }
        #expect(s.picker?.highlighted?.id == partners[1])
        UI.press(&s, .char(" "), .enter)
        #expect(s.form?[Field.partner].ids == [partners[0]])
        focus(&s, .partner)
        UI.type(&s, second.en)
        UI.press(&s, .enter)
        #expect(s.form?[Field.partner].ids == partners)
        var effects = UI.press(&s, .enter)
        if case .reason? = s.prompt {
            UI.type(&s, "test")
            effects = UI.press(&s, .enter)
        }
        guard case .save(let edit)? = effects.first, case .inspection(let saved)? = edit.changes.first?.after else {
            Issue.record("no save: \(String(describing: s.message)) \(String(describing: s.form?.notes))")
            return
        }
        #expect(saved.joint && saved.partnerProvinces == partners)
    }

    /// The open inspector picker over the schedule form.
    @Test(arguments: [Language.zh, .en], [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func golden(_ language: Language, _ size: Size) throws {
        var s = try scheduling("P09", size, language)
        focus(&s, .team)
        UI.press(&s, .enter, .down, .down, .char(" "))
        Golden.expectMatch("picker-inspectors-\(language)-\(size.width)x\(size.height)", Screen.render(s))
    }
}
