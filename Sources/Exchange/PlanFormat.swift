import Foundation
import PilotCore

/// `biopilot plan` output: the proposed inspections, what could not be placed and why, and the samplings
/// still missing.
public enum PlanFormat {
    public enum Format: String, CaseIterable, Sendable { case text, json }

    struct ProposalJSON: Encodable {
        let productId: String, name: String, start: String, end: String, team: [String], sites: [String], partnerProvinces: [String]
    }

    struct UnplacedJSON: Encodable {
        let productId: String, reason: String
    }

    struct Document: Encodable {
        let year: Int
        let asOf: String
        let maxPerWeek: Int
        let proposals: [ProposalJSON]
        let unplaced: [UnplacedJSON]
        let alreadyPlanned: [String]
        let missingSamplings: [String]
    }

    /// `head` is the journal head the plan was made from (`REV:HASH`), stated in both formats.
    public static func render(
        _ result: Planner.Result, index: PilotIndex, today: CivilDate, maxPerWeek: Int,
        format: Format, language L: Language, provinces: ProvinceTable, head: String
    ) -> String {
        func name(_ id: String) -> String {
            index.data.products[id: id].map { $0.displayName(L) } ?? id
        }
        func person(_ id: String) -> String {
            index.data.inspectors[id: id].map { "\(id) \($0.displayName(L))" } ?? id
        }
        switch format {
        case .json:
            let doc = Document(
                year: result.year, asOf: today.description, maxPerWeek: maxPerWeek,
                proposals: result.proposals.map {
                    ProposalJSON(
                        productId: $0.productId, name: name($0.productId), start: $0.start.description,
                        end: $0.end.description, team: $0.team, sites: $0.siteIds,
                        partnerProvinces: $0.partnerProvinces)
                },
                unplaced: result.unplaced.map { UnplacedJSON(productId: $0.productId, reason: $0.reason[L]) },
                alreadyPlanned: result.alreadyPlanned, missingSamplings: result.missingSamplings)
            return try! JournalHeadNote.json(doc, head: head)
        case .text:
            // Names on the lines outside the table: one line each, whatever they hold (the table does its cells).
            let shown = TerminalText.visible
            var out =
                L == .zh
                ? "\(result.year) 年全体系GMP检查补缺计划（截至 \(today)，每周最多 \(maxPerWeek) 次）\n\n"
                : "Plan for the missing full-system GMP inspections of \(result.year) (as of \(today), at most \(maxPerWeek) a week)\n\n"
            if result.proposals.isEmpty {
                out += (L == .zh ? "无需新增检查。" : "Nothing to schedule.") + "\n"
            } else {
                out += TextTable.render(
                    header: L == .zh ? ["品种", "", "开始", "结束", "检查组", "联合省份"] : ["ID", "Product", "Start", "End", "Team", "Joint with"],
                    rows: result.proposals.map { p in
                        [
                            p.productId, name(p.productId), p.start.description, p.end.description,
                            p.team.map(person).joined(separator: ", "),
                            p.partnerProvinces.compactMap { provinces.named(code: $0)?.displayName(L) }.joined(separator: "、"),
                        ]
                    }, maxWidths: [1: 30])
            }
            for u in result.unplaced {
                out += "\n" + (L == .zh ? "无法安排 " : "Cannot place ") + shown("\(u.productId) \(name(u.productId)): \(u.reason[L])")
            }
            if !result.unplaced.isEmpty { out += "\n" }
            if !result.alreadyPlanned.isEmpty {
                out += "\n" + (L == .zh ? "已有计划：" : "Already planned: ") + shown(result.alreadyPlanned.joined(separator: ", ")) + "\n"
            }
            if !result.missingSamplings.isEmpty {
                out +=
                    Bilingual(zh: "尚无制剂监督抽检：", en: "Still to sample (drug product, supervisory): ")[L]
                    + shown(result.missingSamplings.map { "\($0) \(name($0))" }.joined(separator: "; ")) + "\n"
            }
            return out + "\n" + JournalHeadNote.text(head, language: L)
        }
    }
}
