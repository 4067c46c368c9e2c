import Foundation
import PilotCore

/// `biopilot due` in text, JSON, CSV and iCalendar: the same items, in the same order, as the dashboard's due pane.
public enum DueFormat {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv, ics }

    struct ItemJSON: Encodable {
        let uid: String
        let kind: String
        let group: String
        let due: String
        let workingDaysLeft: Int
        let productId: String?
        let product: String?
        let what: String
        let from: String
        let owner: String?
        let ownerId: String?
        let recordKind: String?
        let recordId: String?
    }

    struct ListJSON: Encodable {
        let today: String
        let overdue: Int
        let items: [ItemJSON]
    }

    /// Rule 13: a planned unannounced inspection never leaves the tool unless asked for (`--include-unannounced`).
    public static func exportable(_ items: [DueItem], index: PilotIndex, includeUnannounced: Bool) -> [DueItem] {
        guard !includeUnannounced else { return items }
        return items.filter { item in
            guard let r = item.record, r.kind == .inspection, let i = index.data.inspections[id: r.id] else { return true }
            return !UnannouncedFilter.isWithheld(i)
        }
    }

    static func fields(_ item: DueItem, _ language: Language) -> ItemJSON {
        ItemJSON(
            uid: item.uid, kind: item.kind.rawValue, group: item.group.rawValue, due: item.due.description,
            workingDaysLeft: item.workingDaysLeft, productId: item.productId, product: item.productName?[language],
            what: item.what[language], from: item.from[language], owner: item.owner?.displayName(language), ownerId: item.owner?.id,
            recordKind: item.record?.kind.rawValue, recordId: item.record?.id)
    }

    public static func json(_ items: [DueItem], today: CivilDate, language: Language, head: String) -> String {
        let value = ListJSON(
            today: today.description, overdue: items.filter { $0.group == .overdue }.count, items: items.map { fields($0, language) })
        return (try? JournalHeadNote.json(value, head: head)) ?? "{}"
    }

    static func header(_ language: Language) -> [String] {
        [
            Bilingual(zh: "到期日", en: "Due"), Bilingual(zh: "工作日", en: "WD left"), Bilingual(zh: "品种", en: "Product"),
            Bilingual(zh: "事项", en: "What"), Bilingual(zh: "责任方", en: "From"), Bilingual(zh: "负责人", en: "Owner"),
        ].map { $0[language] }
    }

    static func row(_ item: DueItem, _ language: Language) -> [String] {
        [
            item.due.description, item.daysLeftText, item.productName?[language] ?? "—", item.what[language],
            item.from[language], item.owner?.displayName(language) ?? "",
        ]
    }

    public static func text(_ items: [DueItem], today: CivilDate, language: Language, head: String) -> String {
        guard !items.isEmpty else {
            return Bilingual(zh: "没有待办事项\n", en: "Nothing is due\n")[language] + "\n" + JournalHeadNote.text(head, language: language)
        }
        var out = ""
        for group in DueGroup.allCases {
            let these = items.filter { $0.group == group }
            guard !these.isEmpty else { continue }
            out += "\(group.label[language]) (\(these.count))\n"
            out += TextTable.render(
                header: header(language), rows: these.map { row($0, language) }, rightAligned: [1], maxWidths: [2: 24, 3: 48])
            out += "\n"
        }
        return out + JournalHeadNote.text(head, language: language)
    }

    public static func csv(_ items: [DueItem], language: Language, bom: Bool = true) -> String {
        let keys = ["uid", "group", "due", "workingDaysLeft", "productId", "product", "what", "from", "owner", "recordKind", "recordId"]
        let rows = items.map { item -> [String] in
            let f = fields(item, language)
            return [
                f.uid, f.group, f.due, String(f.workingDaysLeft), f.productId ?? "", f.product ?? "", f.what, f.from, f.owner ?? "",
                f.recordKind ?? "", f.recordId ?? "",
            ]
        }
        return CSV.document(header: keys, rows: rows, bom: bom)
    }

    /// One all-day VTODO per item, due on its date, so a member can subscribe to what they owe.
    public static func ics(_ items: [DueItem], language: Language, stamp: Date, head: String) -> String {
        let dtstamp = ICalendar.utcStamp(stamp)
        var lines = ICalendar.opening(
            product: "due", name: Bilingual(zh: "生物制品分段生产试点 待办", en: "Biologics pilot: due"), language: language, head: head)
        for item in items {
            let product = item.productName?[language]
            var description = [Bilingual(zh: "责任方：", en: "From: ")[language] + item.from[language]]
            if let owner = item.owner { description.append(Bilingual(zh: "负责人：", en: "Owner: ")[language] + owner.displayName(language)) }
            if let r = item.record { description.append("biopilot \(r.kind.rawValue) \(r.id)") }
            lines += [
                "BEGIN:VTODO",
                "UID:" + ICalendar.escape("\(item.uid)@biopilot"),
                "DTSTAMP:" + dtstamp,
                "DUE;VALUE=DATE:" + ICalendar.compact(item.due),
                "SUMMARY:" + ICalendar.escape([product, item.what[language]].compactMap { $0 }.joined(separator: " · ")),
                "DESCRIPTION:" + ICalendar.escape(description.joined(separator: "\n")),
                "STATUS:NEEDS-ACTION",
                "END:VTODO",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }
}
