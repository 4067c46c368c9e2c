import PilotCore
import Testing

@testable import DashboardUI

/// Issue 13 item 12: a wide screen shows what it has room for instead of cutting it.
@Suite struct UseTheWidthTests {
    /// At 120 columns every product's stage and type show whole (the findings column held blank cells instead).
    @Test(arguments: [Language.zh, .en])
    func stageAndTypeInFullAt120(_ language: Language) {
        let s = UI.state(Size(width: 120, height: 40), language)
        let screen = Screen.render(s)
        for row in s.model.rows {
            let line = (0..<screen.height).map(screen.line).first { $0.hasPrefix(row.product.id + " ") } ?? ""
            #expect(line.contains(row.product.stage?.label[language] ?? "—"), "\(line)")
            #expect(line.contains(row.product.type.label[language]), "\(line)")
        }
    }

    /// The id column is as wide as the longest id: `P14-356` is not cut to `P14…`.
    @Test func longIdsShowWhole() throws {
        var data = UI.data
        var product = try #require(data.products.first)
        _ = data.products.remove(id: product.id)
        product.id = "P14-356"
        data.products.upsert(product)
        let model = DashboardModel(data: data, revision: 1, today: UI.today, reference: bundledReference)
        var s = UI.state(Size(width: 80, height: 24), .en)
        s.model = model
        ProductsReducer.refilter(&s, keepingSelection: nil)
        #expect(Screen.render(s).text.contains("P14-356 "))
    }

    /// With the detail to the right (120 columns) the sampling table keeps its segment and lab columns.
    @Test(arguments: [Language.zh, .en])
    func samplingKeepsLabAndSegmentBesideTheDetail(_ language: Language) {
        var s = UI.state(Size(width: 120, height: 40), language)
        UI.press(&s, .char("3"))
        let header = Screen.render(s).line(Layout.samplingSplit(s.size).table.y + 1)
        #expect(header.contains(Strings.columnLab[language]) && header.contains(Strings.columnSegment[language]), "\(header)")
    }
}

/// The case file wraps CJK text at any character, not only at the last space (which left half-empty lines).
@Suite struct CJKWrapTests {
    @Test func cjkBreaksAnywhereAndFillsTheLine() {
        let text = "制剂: S03 上海市浦东新区临港新片区海洋一路66号 · 上海市 · 上海临港泓泰生物技术有限公司 (受托生产企业)"
        let lines = Document.wrap(text, width: 30, indent: "  ")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(lines)")
        // Every line but the last is (nearly) full: a wide character may leave one cell.
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) >= 29 }, "\(lines) \(lines.map(DisplayWidth.of))")
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func closingPunctuationAndLatinWordsStayWhole() {
        let lines = Document.wrap("申澜生物医药（上海）有限公司，许可证", width: 10)
        #expect(lines.allSatisfy { !"，）".contains($0.first ?? " ") }, "\(lines)")
        #expect(Document.wrap("enterprise assessment done", width: 12) == ["enterprise", "assessment", "done"])
    }
}

extension CJKWrapTests {
    @Test func openingBracketStaysWithWhatItOpens() {
        let lines = Document.wrap("Co., Ltd. (contract manufacturer (受托生产企业))", width: 34)
        #expect(lines.allSatisfy { !$0.hasSuffix("(") }, "\(lines)")
    }
}

/// The inspector-load view: bars start in one column and the counts after them line up, whatever the bar's length.
@Suite struct LoadBarsAlignTests {
    @Test(arguments: [(Language.zh, Size(width: 120, height: 40)), (.en, Size(width: 80, height: 24))])
    func countsLineUp(_ language: Language, _ size: Size) {
        var s = UI.state(size, language)
        UI.press(&s, .char("2"), .char("i"))
        let grid = Screen.render(s)
        let columns = s.model.index.data.inspectors.records.compactMap { inspector -> Int? in
            guard let line = (0..<grid.height).map(grid.line).first(where: { $0.contains(" \(inspector.id) ") }),
                let idEnd = line.range(of: " \(inspector.id) ")?.upperBound,
                let digit = line[idEnd...].firstIndex(where: \.isNumber)
            else { return nil }
            return DisplayWidth.of(String(line[..<digit]))
        }
        #expect(columns.count >= 5)
        #expect(Set(columns).count == 1, "\(columns)")
    }
}
