import PilotCore

/// Why a filtered product row matched when the words typed are not in what the row shows: the holder (when its
/// column is hidden), a contract manufacturer or a province the product is made in ("受托方: 苏禾康").
enum ProductMatchNote {
    static func text(
        _ row: DashboardModel.ProductRow, filter: String, holderShown: Bool, _ index: PilotIndex,
        _ provinces: ProvinceTable, _ L: Language
    ) -> String? {
        let p = row.product
        let shownNames = [p.name] + (holderShown ? [row.holder?.name ?? ""] : [])
        let shown =
            ([p.id, p.nameEn ?? "", p.type.label.zh, p.type.label.en, row.leadProvince?.displayName(L) ?? ""]
            + (holderShown ? [row.holder?.nameEn ?? ""] : []) + shownNames.map(SearchText.name))
            .joined(separator: "\u{1F}").lowercased()
        var notes: [String] = []
        for term in filter.lowercased().split(separator: " ").map(String.init) where !shown.contains(term) {
            // As the filter reads them: the Chinese name also by its pinyin.
            func hit(_ name: String, _ others: [String]) -> Bool {
                SearchText.name(name).contains(term) || others.contains { $0.lowercased().contains(term) }
            }
            if let holder = row.holder, hit(holder.name, [holder.nameEn ?? ""]) {
                notes.append(Strings.columnHolder[L] + ": " + holder.displayName(L))
            } else if let cmo = index.contractManufacturers(of: p).first(where: { hit($0.name, [$0.nameEn ?? ""]) }) {
                notes.append(Bilingual(zh: "受托方", en: "Contract mfr")[L] + ": " + cmo.displayName(L))
            } else if let province = index.provinces(of: p).compactMap({ provinces.named(code: $0) })
                .first(where: { hit($0.name, [$0.en, $0.short]) })
            {
                notes.append(Strings.columnProvince[L] + ": " + province.displayName(L))
            }
        }
        let unique = notes.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return unique.isEmpty ? nil : unique.joined(separator: "; ")
    }
}
