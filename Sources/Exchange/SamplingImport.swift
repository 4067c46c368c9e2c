import Foundation
import PilotCore

/// Reads a testing institute's sampling sheet into new sampling records. Every row is checked before anything
/// is written: unknown product, bad date, unknown segment or conclusion, a duplicate of a sampling already in
/// the store (same product, batch and sampling date) or of another row.
public enum SamplingImport {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: Bilingual

        public init(line: Int, _ message: Bilingual) {
            self.line = line
            self.message = message
        }

        /// A problem worded only once (the CSV reader's, which names bytes and quotes).
        public init(line: Int, message: String) { self.init(line: line, Bilingual(zh: message, en: message)) }

        public var description: String { text(.en) }

        /// The problem with its line number, in the reader's language.
        public func text(_ L: Language) -> String { Bilingual(zh: "第 \(line) 行：\(message.zh)", en: "line \(line): \(message.en)")[L] }
    }

    public enum Outcome: Equatable, Sendable {
        /// Rows to add, in file order.
        case add([Sampling])
        /// Every row is already in the store: nothing to add.
        case alreadyImported(rows: Int)
        /// At least one bad row: nothing is written.
        case rejected([Problem])
    }

    /// Column keys (as `biopilot export csv samplings --header keys` writes them) and the Chinese and English
    /// headings accepted for each.
    static let headings: [String: [String]] = [
        "product_id": ["product_id", "product", "品种编号", "品种", "品种名称", "产品名称", "Product ID", "Product"],
        "segment": ["segment", "分段", "原液/制剂", "样品类型", "Segment"],
        "batch": ["batch", "批号", "产品批号", "Batch"],
        "sampled_on": ["sampled_on", "抽样日期", "Sampled on"],
        "lab": ["lab", "检验机构", "检验单位", "Lab"],
        "conclusion": ["conclusion", "检验结论", "结论", "Conclusion"],
        "report_no": ["report_no", "报告书编号", "报告编号", "Report number"],
        "report_date": ["report_date", "报告日期", "签发日期", "Report date"],
        "received_on": ["received_on", "收样日期", "Received on"],
        "place": ["place", "抽样地点", "Place"],
        "sampling_unit": ["sampling_unit", "抽样单位", "Sampling unit"],
        "test_items": ["test_items", "检验项目", "Test items"],
        "retest_requested_on": ["retest_requested_on", "复验申请日期", "Re-test requested on"],
        "retest_result": ["retest_result", "复验结论", "Re-test result"],
        "commissioned": ["commissioned", "委托检验", "Commissioned"],
        "requested_on": ["requested_on", "委托受理日期", "委托日期", "Requested on"],
    ]

    static let required = ["product_id", "segment", "batch", "sampled_on", "lab"]

    /// Dates as YYYY-MM-DD, or as Excel writes them (2026/3/5, 2026-3-5, 2026年3月5日), read as the forms read
    /// them. A year-less date is not accepted from a sheet: it could belong to the year before.
    static func date(_ text: String) -> CivilDate? { CivilDate(lenient: text) }

    static func segment(_ text: String) -> Segment? {
        switch text.trimmed.lowercased() {
        case "drug-substance", "原液", "drug substance", "ds": return .drugSubstance
        case "drug-product", "制剂", "drug product", "dp", "成品": return .drugProduct
        default: return nil
        }
    }

    static func conclusion(_ text: String) -> SamplingConclusion? {
        switch text.trimmed.lowercased() {
        case "pass", "符合规定", "合格": return .pass
        case "fail", "不符合规定", "不合格": return .fail
        case "pending", "", "检验中", "待检", "在检": return .pending
        default: return nil
        }
    }

    /// Undoes the export's formula neutralisation (a leading ' before = + - @).
    static func cell(_ raw: String) -> String {
        var v = raw.trimmed
        if v.hasPrefix("'"), let next = v.dropFirst().first, "=+-@".contains(next) { v.removeFirst() }
        return v
    }

    public static func read(_ text: String, into data: PilotData) -> Outcome {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.parse(text)
        } catch {
            return .rejected([Problem(line: error.line, message: error.reason)])
        }
        guard let header = records.first else { return .rejected([Problem(line: 1, Bilingual(zh: "文件为空", en: "the file is empty"))]) }
        let columns: [String: Int]
        switch SheetHeader.read(header, headings: headings, required: required) {
        case .success(let sheet): columns = sheet.columns
        case .failure(let missing): return .rejected(missing.problems)
        }
        var problems: [Problem] = []

        var productsByName: [String: PilotProduct] = [:]
        for p in data.products {
            productsByName[p.name] = p
            if let en = p.nameEn { productsByName[en] = p }
        }
        var existing: [String: String] = [:]
        for s in data.samplings { existing["\(s.productId)|\(s.batch)|\(s.sampledOn)"] = s.id }
        var seen: [String: Int] = [:]
        var added: [Sampling] = []
        var duplicates = 0
        var ids = IDAllocator(prefix: "SMP-", in: data.samplings)
        for record in records.dropFirst() {
            func value(_ key: String) -> String {
                guard let i = columns[key], i < record.fields.count else { return "" }
                return cell(record.fields[i])
            }
            var rowProblems: [Bilingual] = []
            let productText = value("product_id")
            let product = data.products[id: productText] ?? productsByName[productText]
            if product == nil { rowProblems.append(Bilingual(zh: "无此品种“\(productText)”", en: "unknown product \"\(productText)\"")) }
            let seg = segment(value("segment"))
            if seg == nil {
                rowProblems.append(
                    Bilingual(
                        zh: "分段“\(value("segment"))”不是原液或制剂",
                        en: "segment \"\(value("segment"))\" is not 原液/drug-substance or 制剂/drug-product"))
            }
            let batch = value("batch")
            if batch.isEmpty { rowProblems.append(Bilingual(zh: "缺少批号", en: "no batch number")) }
            let sampled = date(value("sampled_on"))
            if sampled == nil {
                rowProblems.append(
                    Bilingual(
                        zh: "抽样日期“\(value("sampled_on"))”不是日期（年-月-日）",
                        en: "sampling date \"\(value("sampled_on"))\" is not a date (YYYY-MM-DD)"))
            }
            let lab = value("lab")
            if lab.isEmpty { rowProblems.append(Bilingual(zh: "缺少检验机构", en: "no lab")) }
            let result = conclusion(value("conclusion"))
            if result == nil {
                rowProblems.append(
                    Bilingual(
                        zh: "检验结论“\(value("conclusion"))”不是符合规定、不符合规定或检验中",
                        en: "conclusion \"\(value("conclusion"))\" is not 符合规定/pass, 不符合规定/fail or 检验中/pending"))
            }
            func optionalDate(_ key: String, _ name: Bilingual) -> CivilDate? {
                let text = value(key)
                guard !text.isEmpty else { return nil }
                guard let d = date(text) else {
                    rowProblems.append(Bilingual(zh: "\(name.zh)“\(text)”不是日期", en: "\(name.en) \"\(text)\" is not a date"))
                    return nil
                }
                return d
            }
            let reportDate = optionalDate("report_date", Bilingual(zh: "报告日期", en: "report date"))
            let received = optionalDate("received_on", Bilingual(zh: "收样日期", en: "received date"))
            let retestOn = optionalDate("retest_requested_on", Bilingual(zh: "复验申请日期", en: "re-test request date"))
            let requestedOn = optionalDate("requested_on", Bilingual(zh: "委托受理日期", en: "request date"))
            let retestText = value("retest_result")
            let retestResult = retestText.isEmpty ? nil : conclusion(retestText)
            if !retestText.isEmpty && retestResult == nil {
                rowProblems.append(Bilingual(zh: "复验结论“\(retestText)”不是检验结论", en: "re-test result \"\(retestText)\" is not a conclusion"))
            }
            if let r = result, r != .pending, reportDate == nil {
                rowProblems.append(Bilingual(zh: "“\(r.label.zh)”的结论须有报告日期", en: "a \(r.rawValue) result needs its report date"))
            }
            if let product, let sampled {
                let key = "\(product.id)|\(batch)|\(sampled)"
                if existing[key] != nil {
                    duplicates += 1
                    let id = existing[key] ?? ""
                    rowProblems.append(
                        Bilingual(
                            zh: "已在库中，编号 \(id)（品种、批号和抽样日期相同）", en: "already in the store as \(id) (same product, batch and sampling date)"))
                } else if let other = seen[key] {
                    rowProblems.append(
                        Bilingual(zh: "与第 \(other) 行的品种、批号和抽样日期相同", en: "the same product, batch and sampling date as line \(other)"))
                } else {
                    seen[key] = record.line
                }
            }
            if !rowProblems.isEmpty {
                problems += rowProblems.map { Problem(line: record.line, $0) }
                continue
            }
            var row = Sampling(
                id: ids.next(), productId: product!.id,
                segment: seg!, batch: batch, sampledOn: sampled!, place: value("place").nilIfEmpty,
                samplingUnit: value("sampling_unit").nilIfEmpty, lab: lab, receivedOn: received,
                testItems: value("test_items").nilIfEmpty, reportNo: value("report_no").nilIfEmpty, reportDate: reportDate,
                conclusion: result!, retest: retestOn.map { Retest(requestedOn: $0, result: retestResult) },
                commissioned: ["true", "是", "yes", "1"].contains(value("commissioned").lowercased()))
            row.requestedOn = requestedOn
            // The dates' order (a report before the lab received the sample) is checked as forms and `set` check it.
            let wrongOrder = RecordChecks.sampling(row).map(\.message)
            if !wrongOrder.isEmpty {
                problems += wrongOrder.map { Problem(line: record.line, $0) }
                continue
            }
            added.append(row)
        }
        let rows = records.count - 1
        if rows > 0 && duplicates == rows && problems.count == duplicates { return .alreadyImported(rows: rows) }
        if !problems.isEmpty { return .rejected(problems) }
        if rows == 0 { return .rejected([Problem(line: header.line + 1, Bilingual(zh: "表头下没有数据行", en: "no rows under the header"))]) }
        return .add(added)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
