extension DueList {
    /// Open risk-control measures with a deadline: the seizure decision's computed by law (7 working days, or 15
    /// days after the test report), the others' as entered. The measure's owner answers for it. Those of
    /// the product `id`'s measures.
    static func measureItems(_ c: Context, _ id: String, _ product: PilotProduct?) -> [DueItem] {
        var open: [Measure] = []
        // Read in place, and copied only when open: most measures are closed.
        c.index.measures(of: id).forEachInPlace { if $0.isOpen { open.append($0.record) } }
        return open.compactMap { m in
            guard let due = m.dueDate(c.deadlines, calendar: c.calendar) else { return nil }
            let name = m.owner.trimmed
            // An owner who is an inspector is shown as the inspector is (by their English name in English).
            let owner =
                name.isEmpty
                ? nil
                : c.index.inspector(named: name).map { DueOwner(id: $0.id, name: $0.name, nameEn: $0.nameEn) }
                    ?? DueOwner(id: name, name: name, nameEn: nil)
            return c.item(
                .measure, due: due, product: product,
                what: Bilingual(zh: "\(m.kind.label.zh)（\(m.id)）", en: "\(m.kind.label.en) (\(m.id))"),
                from: from(m, product, c), owner: owner, record: Finding.RecordRef(.measure, m.id))
        }
    }

    /// The party that owes the measure (`MeasureKind.owedBy`): the holder, or the unit that decided it.
    private static func from(_ m: Measure, _ product: PilotProduct?, _ c: Context) -> Bilingual {
        switch m.kind.owedBy {
        case .enterprise: return c.holder(product)
        case .regulator: return m.decidedBy.trimmed.isEmpty ? unknown : Bilingual(zh: m.decidedBy, en: m.decidedBy)
        }
    }
}
