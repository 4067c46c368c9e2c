import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 18: the products list sorts names by pinyin, and the `/` filter of the products and sampling
/// lists finds Chinese names by their full pinyin or initials.
@Suite struct PinyinListTests {
    func products(_ s: AppState) -> Set<String> { Set(s.products.visible.map { s.model.rows[$0].product.id }) }
    func samplings(_ s: AppState) -> Set<String> { Set(s.sampling.visible.map { s.model.samplingRows[$0].sampling.id }) }

    @Test func theNameSortFollowsPinyin() {
        var s = UI.state(Size(width: 100, height: 30), .zh)
        UI.press(&s, .char("s"))
        #expect(s.products.sort == .name)
        let names = s.products.visible.map { s.model.rows[$0].product.name }
        // Letters and digits read as they are; 楚 chu < 四 si < 苏 su < 吸 xi < 注 zhu, 苏禾长 before 苏禾格.
        #expect(
            s.products.visible.map { s.model.rows[$0].product.id }
                == ["P05", "P11", "P12", "P06", "P01", "P02", "P13", "P04", "P03", "P14", "P07", "P08", "P10", "P09"], "\(names)")
    }

    /// In English the names are English: sorted alphabetically, not by the Chinese name's pinyin; `:lang` re-sorts.
    @Test func inEnglishTheNameSortIsAlphabetical() {
        var s = UI.state()
        UI.press(&s, .char("s"))
        #expect(s.products.sort == .name)
        let names = s.products.visible.map { s.model.rows[$0].product.displayName(.en) }
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() } && names.count == 14, "\(names)")
        let selected = s.selectedRow?.product.id
        UI.press(&s, .char(":"))
        UI.type(&s, "lang zh")
        UI.press(&s, .enter)
        #expect(s.products.visible.map { s.model.rows[$0].product.id }.prefix(2) == ["P05", "P11"])
        #expect(s.selectedRow?.product.id == selected, "the cursor stays on its product")
    }

    /// The sampling list's product sort is by the product's name in the screen's language, newest first within one.
    @Test func theSamplingProductSortIsByName() {
        for language in Language.allCases {
            var s = UI.state(Size(width: 100, height: 30), language)
            UI.press(&s, .char("3"))
            while s.sampling.sort != .product { UI.press(&s, .char("s")) }
            let rows = s.sampling.visible.map { s.model.samplingRows[$0].sampling }
            let products = UI.data.products
            var seen: [String] = []
            for r in rows where seen.last != r.productId {
                #expect(!seen.contains(r.productId), "one block per product")
                seen.append(r.productId)
            }
            let expected = seen.sorted { a, b in
                guard let x = products[id: a], let y = products[id: b] else { return a < b }
                return language == .zh
                    ? (PinyinKey(x.name), a) < (PinyinKey(y.name), b)
                    : (x.displayName(.en).lowercased(), a) < (y.displayName(.en).lowercased(), b)
            }
            #expect(seen == expected, "\(language): \(seen)")
            for (a, b) in zip(rows, rows.dropFirst()) where a.productId == b.productId {
                #expect(a.sampledOn >= b.sampledOn, "newest first within \(a.productId)")
            }
        }
    }

    @Test func productsMatchInitialsAndFullPinyinOfTheirNames() {
        // 苏禾康 holds P03 and P04; its initials are in no name the rows show.
        #expect(products(UI.filtered("1", "shk")) == ["P03", "P04"])
        #expect(products(UI.filtered("1", "suhekang")) == ["P03", "P04"])
        // The product's own name (楚澜门冬胰岛素) and a province's (四川省, where P08 and P10 are made).
        #expect(products(UI.filtered("1", "clmd")) == ["P11"])
        #expect(products(UI.filtered("1", "scs")) == ["P08", "P10"])
        // Terms combine: 楚澜's products that are insulins.
        #expect(products(UI.filtered("1", "chulan yds")) == ["P11"])
        // The text itself still matches.
        #expect(products(UI.filtered("1", "苏禾康")) == ["P03", "P04"])
    }

    /// 钱江康源 makes P03, P04, P09 and P11 under contract, in no column: the row and the hint line say why.
    @Test func aPinyinMatchOnAHiddenColumnSaysWhy() {
        for (size, language) in [(Size(width: 80, height: 24), Language.zh), (Size(width: 120, height: 40), .en)] {
            let s = UI.filtered("1", "qjky", size, language)
            #expect(products(s) == ["P03", "P04", "P09", "P11"])
            let why = Bilingual(zh: "受托方: 杭州钱江康源", en: "Contract mfr: Qianjiang")[language]
            #expect(
                s.pane.component.filterStatus(s)?.note?.contains(why) == true, "\(String(describing: s.pane.component.filterStatus(s)))")
        }
        // A match on the pinyin of the name the row shows needs no note.
        let own = UI.filtered("1", "clmd")
        #expect(own.pane.component.filterStatus(own)?.note == nil)
    }

    @Test func samplingsMatchProductAndLabByPinyin() {
        // P03 苏禾格鲁肽注射液 by its initials; P09 ZY-ADC02 注射用抗TROP2… by full pinyin; 浙江省食品药品检验研究院
        // by its initials. (P11 楚澜's sampling is a commissioned test: it is in the commissioned log, not here.)
        #expect(samplings(UI.filtered("3", "shglt")) == ["SMP-0003", "SMP-0012"])
        #expect(samplings(UI.filtered("3", "chulan")).isEmpty)
        #expect(Set(samplings(UI.filtered("3", "zhusheyong"))).isSuperset(of: ["SMP-0018"]))
        #expect(Set(samplings(UI.filtered("3", "zjsspyp"))) == ["SMP-0003", "SMP-0012", "SMP-0018"])
        #expect(samplings(UI.filtered("3", "zjsspyp", Size(width: 80, height: 24), .en)).count == 3)
    }
}
