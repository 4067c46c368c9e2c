extension DueList {
    /// Open risk-control measures with a deadline: the seizure decision's computed by law (7 working days, or 15
    /// days after the test report), the others' as entered. The measure's owner answers for it.
    static func measureItems(_ c: Context) -> [DueItem] {
        // An owner who is an inspector is shown as the inspector is (by their English name in English).
        let inspectors = Dictionary(c.data.inspectors.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return c.data.measures.records.compactMap { m in
            guard m.isOpen, let due = m.dueDate(c.deadlines, calendar: c.calendar) else { return nil }
            let product = c.data.products[id: m.productId]
            let name = m.owner.trimmed
            let owner =
                name.isEmpty
                ? nil
                : inspectors[name].map { DueOwner(id: $0.id, name: $0.name, nameEn: $0.nameEn) }
                    ?? DueOwner(id: name, name: name, nameEn: nil)
            return c.item(
                .measure, due: due, product: product,
                what: Bilingual(zh: "\(m.kind.label.zh)（\(m.id)）", en: "\(m.kind.label.en) (\(m.id))"),
                from: Bilingual(zh: m.decidedBy, en: m.decidedBy), owner: owner, record: Finding.RecordRef(.measure, m.id))
        }
    }
}
