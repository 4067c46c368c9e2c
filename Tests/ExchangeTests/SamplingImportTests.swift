import PilotCore
import Testing

@testable import Exchange

@Suite struct CSVReaderTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nplain,,end\n"
        let records = try CSVReader.parse(text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "end"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func brokenQuotingNamesTheLine() {
        #expect(throws: CSVReader.Failure(line: 2, reason: "a quoted field is never closed")) {
            try CSVReader.parse("a,b\n\"open,x\n")
        }
        #expect(throws: CSVReader.Failure(line: 1, reason: "text after a closing quote")) { try CSVReader.parse("\"a\"b,c\n") }
    }

    @Test func writerAndReaderRoundTrip() throws {
        let rows = [["=SUM(A1)", "a,b", "q\"uote", "多行\n文本", "-5"]]
        let text = CSV.document(header: ["1", "2", "3", "4", "5"], rows: rows)
        let read = try CSVReader.parse(text)
        #expect(read[1].fields == ["'=SUM(A1)", "a,b", "q\"uote", "多行\n文本", "'-5"])
        #expect(SamplingImport.cell(read[1].fields[0]) == "=SUM(A1)")
    }
}

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOMAndGB18030() throws {
        let text = "品种编号,批号\nP01,批号一\n"
        #expect(try TextDecoding.decode(Array(text.utf8)) == (text, .utf8))
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
        let gbk = try TextDecoding.encodeGB18030(text)
        #expect(gbk.count < Array(text.utf8).count) // two bytes per character instead of three
        #expect(try TextDecoding.decode(gbk) == (text, .gb18030))
    }

    @Test func neitherEncodingIsAClearError() {
        #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0x41, 0xFF, 0xFF, 0xFF, 0x80]) }
    }
}

@Suite struct SamplingImportTests {
    /// Every result as biopilot words it (检验中 for a sample at the lab) reads back as that result.
    @Test func everyResultLabelReadsBack() {
        for conclusion in SamplingConclusion.allCases {
            #expect(SamplingImport.conclusion(conclusion.label.zh) == conclusion)
            #expect(SamplingImport.conclusion(conclusion.label.en) == conclusion)
        }
        #expect(SamplingImport.conclusion("待检") == .pending)
    }

    let today = CivilDate("2026-11-22")!
    var data: PilotData { DemoData.make(today: today, reference: bundledReference) }

    let chineseSheet = """
        品种编号,分段,批号,抽样日期,检验机构,检验结论,报告书编号,报告日期,检验项目
        P12,原液,"CL-2208-20261101",2026/11/3,山东省食品药品检验研究院,待检,,,"鉴别, 纯度"
        YHM-402 重组融合蛋白注射液,制剂,P08-202611,2026-11-05,四川省药品检验研究院,不符合规定,BG2026-77,2026-11-20,
        """

    @Test func readsAChineseSheetWithNamesForProducts() throws {
        guard case .add(let rows) = SamplingImport.read(chineseSheet, into: data) else {
            Issue.record("\(SamplingImport.read(chineseSheet, into: data))")
            return
        }
        #expect(rows.count == 2)
        #expect(rows[0].productId == "P12" && rows[0].segment == .drugSubstance && rows[0].conclusion == .pending)
        #expect(rows[0].sampledOn.description == "2026-11-03" && rows[0].testItems == "鉴别, 纯度")
        #expect(rows[1].productId == "P08" && rows[1].conclusion == .fail && rows[1].reportNo == "BG2026-77")
        #expect(rows.map(\.id) == ["SMP-0024", "SMP-0025"])
    }

    @Test func oneBadRowRejectsTheFileWithLineNumbers() {
        let sheet = chineseSheet + "\nP99,制剂,X1,2026-13-01,某所,合格,,,\nP01,胶囊,X2,2026-11-01,某所,也许,,,\n"
        guard case .rejected(let problems) = SamplingImport.read(sheet, into: data) else {
            Issue.record("accepted a bad file")
            return
        }
        #expect(problems.contains { $0.line == 4 && $0.message.en.contains("unknown product \"P99\"") })
        #expect(problems.contains { $0.line == 4 && $0.message.en.contains("2026-13-01") })
        #expect(problems.contains { $0.line == 5 && $0.message.en.contains("segment \"胶囊\"") })
        #expect(problems.contains { $0.line == 5 && $0.message.en.contains("conclusion \"也许\"") })
        #expect(!problems.contains { $0.line == 2 || $0.line == 3 })
        // A Chinese reader gets them in Chinese, line numbers kept.
        #expect(problems.first?.text(.zh) == "第 4 行：无此品种“P99”")
        #expect(problems.contains { $0.text(.zh) == "第 5 行：分段“胶囊”不是原液或制剂" })
    }

    @Test func duplicatesOfTheStoreAndWithinTheFile() {
        var store = data
        guard case .add(let rows) = SamplingImport.read(chineseSheet, into: store) else {
            Issue.record("the sheet was not accepted")
            return
        }
        for r in rows { store.samplings.upsert(r) }
        #expect(SamplingImport.read(chineseSheet, into: store) == .alreadyImported(rows: 2))
        let twice = chineseSheet + "\nP12,原液,CL-2208-20261101,2026-11-03,另一所,待检,,,\n"
        guard case .rejected(let problems) = SamplingImport.read(twice, into: data) else {
            Issue.record("a row repeated within the file was accepted")
            return
        }
        #expect(problems.count == 1 && problems[0].line == 4 && problems[0].message.en.contains("line 2"))
    }

    @Test func theExportReadsBackAsAlreadyImported() {
        let store = data
        let export = TableExport.csv(
            .samplings, index: PilotIndex(store), header: .keys, bom: true, calendar: bundledReference.calendar,
            today: CivilDate("2026-11-22")!)
        #expect(SamplingImport.read(export, into: store) == .alreadyImported(rows: store.samplings.count))
        let chinese = TableExport.csv(
            .samplings, index: PilotIndex(store), header: .zh, bom: false, calendar: bundledReference.calendar,
            today: CivilDate("2026-11-22")!)
        #expect(SamplingImport.read(chinese, into: store) == .alreadyImported(rows: store.samplings.count))
    }

    @Test func idsContinueAfterANumberAtIntMax() {
        var store = data
        var last = store.samplings.records.last!
        last.id = "SMP-9223372036854775807"
        store.samplings.upsert(last)
        guard case .add(let rows) = SamplingImport.read(chineseSheet, into: store) else {
            Issue.record("the sheet was not accepted")
            return
        }
        #expect(rows.map(\.id) == ["SMP-9223372036854775808", "SMP-9223372036854775809"])
    }

    @Test func datesNeedExactlyThreeNumericParts() {
        #expect(SamplingImport.date("2026-03-05")?.description == "2026-03-05")
        #expect(SamplingImport.date("2026/3/5")?.description == "2026-03-05")
        #expect(SamplingImport.date("2026年3月5日")?.description == "2026-03-05")
        // Audit D16: a leading minus was dropped as an empty part, so -2026-03-05 read as 2026-03-05.
        for bad in ["-2026-03-05", "2026--03-05", "2026-03-05-", "2026/+3/5", "2026-3-", "２０２６-3-5"] {
            #expect(SamplingImport.date(bad) == nil, "\(bad)")
        }
    }

    @Test func missingColumnsAreNamed() {
        guard case .rejected(let problems) = SamplingImport.read("批号,抽样日期\nX,2026-01-01\n", into: data) else {
            Issue.record("a sheet missing required columns was accepted")
            return
        }
        #expect(problems.contains { $0.message.en.contains("product_id") } && problems.contains { $0.message.en.contains("lab") })
    }
}

@Suite struct SamplingStatusTests {
    let calendar = bundledReference.calendar
    func status(_ s: Sampling, _ today: String) -> SamplingStatus {
        SamplingStatus(s, deadlines: .standard, today: CivilDate(today)!, calendar: calendar)
    }

    @Test func reportDeadlineAndRetestWindow() {
        let s = Sampling(
            id: "S", productId: "P", segment: .drugProduct, batch: "B", sampledOn: CivilDate("2026-09-22")!, lab: "L",
            receivedOn: CivilDate("2026-09-23")!, conclusion: .pending)
        // 25 working days from 09-23 skip 中秋 (09-25…27) and 国庆 (10-01…07) and count Saturday 10-10.
        let pending = status(s, "2026-11-13")
        #expect(pending.report?.due.description == "2026-11-04")
        #expect(pending.isOverdue && pending.report?.overdueBy == 7 && pending.daysAtLab == 32)
        var failed = s
        failed.conclusion = .fail
        failed.reportDate = CivilDate("2026-09-30")!
        // No service date yet: the window cannot be computed, whatever the report date.
        #expect(status(failed, "2026-10-07").retestWindow == nil && status(failed, "2026-10-07").retestWindowUnknown)
        // Served 09-30: 7 working days are 10-08, 10-09, Saturday 10-10 (adjusted), 10-12 … 10-15.
        failed.reportServedOn = CivilDate("2026-09-30")!
        let window = status(failed, "2026-10-15").retestWindow!
        #expect(window.due.description == "2026-10-15" && !window.isOverdue)
        #expect(status(failed, "2026-10-16").retestWindow!.isOverdue && !status(failed, "2026-10-16").retestWindowUnknown)
    }

    /// An approved extension replaces the due date, and the status says so.
    @Test func anApprovedExtensionIsUsed() {
        var s = Sampling(
            id: "S", productId: "P", segment: .drugProduct, batch: "B", sampledOn: CivilDate("2026-09-22")!, lab: "L",
            receivedOn: CivilDate("2026-09-23")!, conclusion: .pending)
        s.reportDueExtendedTo = CivilDate("2026-11-20")!
        let extended = status(s, "2026-11-13")
        #expect(extended.report?.due.description == "2026-11-20" && extended.reportExtended && !extended.isOverdue)
    }
}
