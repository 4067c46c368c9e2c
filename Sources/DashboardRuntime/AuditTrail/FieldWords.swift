import PilotCore

/// A stored value in words: enumerations by their label (制剂, 符合规定, 已完成), yes/no for flags, province
/// names for codes, nested values as "label value" pairs. Keys decide what a string means.
struct FieldWords {
    let kind: EntityKind
    let language: Language
    let provinces: ProvinceTable

    func text(_ value: StoredValue?, key: String) -> String {
        switch value {
        case nil, .null?: return "—"
        case .flag(let on)?: return (on ? Bilingual(zh: "是", en: "yes") : Bilingual(zh: "否", en: "no"))[language]
        case .number(let n)?: return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .text(let raw)?: return word(raw, key: key)
        case .list(let items)?: return items.isEmpty ? "—" : items.map { text($0, key: key) }.joined(separator: "、")
        case .object(let fields)?:
            // A step reads "在产 2026-05-20 (demo)"; counts and levels keep their labels ("严重 0 主要 2").
            return fields.keys.sorted(by: order).map { key in
                let value = text(fields[key], key: key)
                if key == "by" { return "(\(value))" }
                return Self.labelled.contains(key) ? "\(FieldLabels.label(kind, key)[language]) \(value)" : value
            }
            .joined(separator: " ")
        }
    }

    static let labelled: Set<String> = ["critical", "major", "general", "intrinsic", "compliance", "requestedOn", "result"]

    /// What a list change shows: the elements it removed and those it added, not both whole lists.
    func listChange(_ before: [StoredValue], _ after: [StoredValue], key: String) -> (removed: String?, added: String?) {
        let removed = before.filter { !after.contains($0) }.map { text($0, key: key) }
        let added = after.filter { !before.contains($0) }.map { text($0, key: key) }
        return (removed.isEmpty ? nil : removed.joined(separator: "、"), added.isEmpty ? nil : added.joined(separator: "、"))
    }

    /// Nested keys in a reading order: what a step or a segment is before when and by whom.
    private func order(_ a: String, _ b: String) -> Bool {
        let first = ["kind", "stage", "segment", "siteId", "date", "critical", "major", "general", "intrinsic", "compliance"]
        return (first.firstIndex(of: a) ?? first.count, a) < (first.firstIndex(of: b) ?? first.count, b)
    }

    private func word(_ raw: String, key: String) -> String {
        let label: Bilingual? =
            switch (kind, key) {
            case (_, "stage"): PilotStage(rawValue: raw)?.label
            case (_, "segment"): Segment(rawValue: raw)?.label
            case (.sampling, "conclusion"), (_, "result"): SamplingConclusion(rawValue: raw)?.label
            case (.inspection, "conclusion"): OnSiteConclusion(rawValue: raw)?.label
            case (.inspection, "status"): InspectionStatus(rawValue: raw)?.label
            case (.inspection, "type"): InspectionType(rawValue: raw)?.label
            case (_, "overallAssessment"): OverallAssessment(rawValue: raw)?.label
            case (.product, "basis"): ProductBasis(rawValue: raw)?.label
            case (.product, "type"): ProductType(rawValue: raw)?.label
            // A measure's own kind (告诫 …) and the kind of the finding it answers (检查, 抽检) share the key.
            case (.measure, "kind"): MeasureKind(rawValue: raw)?.label ?? AnsweredFinding.Kind(rawValue: raw)?.label
            case (.measure, "status"): MeasureStatus(rawValue: raw)?.label
            case (_, "intrinsic"), (_, "compliance"): RiskRating.Level(rawValue: raw)?.label
            case (_, "provinceCode"), (_, "partnerProvinceCode"), (_, "partnerProvinceCodes"):
                provinces.named(code: raw).map { Bilingual(zh: $0.name, en: $0.en) }
            default: nil
            }
        return TerminalText.visible(label?[language] ?? raw)
    }
}
