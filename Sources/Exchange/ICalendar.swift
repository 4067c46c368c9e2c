import Foundation
import PilotCore

/// RFC 5545 export of inspections: one all-day VEVENT per inspection (DTSTART;VALUE=DATE, exclusive DTEND),
/// a stable UID, DTSTAMP, SUMMARY, LOCATION, DESCRIPTION; CRLF line ends, lines folded at 75 octets on
/// character boundaries, TEXT values escaped; the journal head it was made from as `X-BIOPILOT-JOURNAL-HEAD`.
public enum ICalendar {
    /// `head` (`REV:HASH`) is the journal head the calendar was made from, stated as an x-prop of the VCALENDAR.
    /// Planned unannounced inspections are left out unless `includeUnannounced` (rule 13).
    /// The VCALENDAR's opening lines: product id, name, and the journal head it was made from (an x-prop).
    static func opening(product: String, name: Bilingual, language: Language, head: String) -> [String] {
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//biopilot//\(product)//\(language == .zh ? "ZH" : "EN")", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name[language]), JournalHeadNote.icsProperty + ":" + escape(head),
        ]
    }

    /// A DTSTAMP value: the instant in UTC.
    static func utcStamp(_ stamp: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: stamp)
    }

    public static func document(
        _ inspections: [Inspection], index: PilotIndex, language: Language, provinces: ProvinceTable,
        stamp: Date, head: String, includeUnannounced: Bool = false
    ) -> String {
        let dtstamp = utcStamp(stamp)
        var lines = opening(
            product: "inspection calendar", name: Bilingual(zh: "生物制品分段生产试点 检查日历", en: "Biologics pilot inspections"),
            language: language, head: head)
        for inspection in UnannouncedFilter.exportable(inspections, includeUnannounced: includeUnannounced) {
            let product = index.data.products[id: inspection.productId]
            let productName = product.map { $0.displayName(language) } ?? inspection.productId
            let sites = inspection.siteIds.compactMap { index.data.sites[id: $0] }
            let team = inspection.team.map { id in
                index.data.inspectors[id: id].map {
                    Bilingual(zh: "\($0.name)（\($0.unit)）", en: "\($0.displayName(.en)) (\($0.unit))")[language]
                } ?? id
            }
            var description = [
                (language == .zh ? "检查组：" : "Team: ") + (team.isEmpty ? "—" : team.joined(separator: language == .zh ? "、" : ", ")),
                (language == .zh ? "状态：" : "Status: ") + inspection.status.label[language],
            ]
            if inspection.unannounced { description.append(language == .zh ? "飞行检查" : "Unannounced (飞行检查)") }
            if inspection.joint {
                let partner = inspection.partnerProvinces.map { provinces.named(code: $0)?.displayName(language) ?? $0 }
                    .joined(separator: language == .zh ? "、" : ", ")
                description.append((language == .zh ? "联合检查：" : "Joint inspection with ") + partner)
            }
            if let c = inspection.conclusion {
                description.append((language == .zh ? "现场结论：" : "On-site conclusion: ") + c.label[language])
            }
            if let due = inspection.rectificationDue {
                description.append((language == .zh ? "整改期限：" : "Rectification due: ") + due.description)
            }
            if let reason = inspection.reason { description.append((language == .zh ? "事由：" : "Reason: ") + reason) }
            description.append("biopilot \(inspection.id)")
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape("\(inspection.id)-\(inspection.productId)@biopilot"),
                "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + compact(inspection.start),
                "DTEND;VALUE=DATE:" + compact(inspection.end.adding(days: 1)),
                "SUMMARY:" + escape("\(inspection.type.label[language]) · \(productName)"),
                "LOCATION:" + escape(sites.map { $0.displayAddress(language) }.joined(separator: "; ")),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")),
                "STATUS:" + (inspection.status == .cancelled ? "CANCELLED" : (inspection.status == .planned ? "TENTATIVE" : "CONFIRMED")),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ date: CivilDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. A newline or CRLF is a line
    /// break (`\n`); TEXT allows no other control character but HTAB, so the rest, like bidi overrides, are
    /// shown as `TerminalText`'s visible escapes (their backslash escaped in turn, so `\x1b` is what a
    /// calendar shows): never a raw control, nothing silently lost.
    static func escape(_ text: String) -> String {
        var out = ""
        let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
        let shown = TerminalText.replacingUnsafe(unix, keepingLines: true, with: TerminalText.escape)
        for scalar in shown.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character;
    /// continuation lines start with one space (RFC 5545 §3.1).
    static func fold(_ line: String) -> String {
        var out = ""
        var lineOctets = 0
        var limit = 75
        for character in line {
            let octets = String(character).utf8.count
            if lineOctets + octets > limit {
                out += "\r\n "
                lineOctets = 0
                limit = 74 // the leading space counts
            }
            out.append(character)
            lineOctets += octets
        }
        return out
    }
}
