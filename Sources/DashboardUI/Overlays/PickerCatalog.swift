import PilotCore

/// The options a picker lists and the names a picker field shows, from the store and the form. Options (with
/// their pinyin) are built once when the picker opens; names are looked up by id when the form is drawn.
enum PickerCatalog {
    static func options(_ source: PickerSource, mode: PickerMode, form: FormState, state: AppState) -> [PickerOption] {
        let L = state.language
        let index = state.model.index
        var out: [PickerOption]
        switch source {
        case .provinces:
            out = state.model.provinces.all.map { p in
                PickerOption(id: p.code, name: p.displayName(L), words: [p.name, p.en, p.short], chinese: [p.name])
            }
        case .enterprises:
            out = index.data.enterprises.records.map { e in
                let province = state.model.provinces.named(code: e.provinceCode)
                return PickerOption(
                    id: e.id, name: e.displayName(L), detail: province?.displayName(L) ?? "",
                    words: [e.name, e.nameEn ?? "", province?.name ?? "", province?.en ?? ""], chinese: [e.name])
            }
            // By the name's reading in Chinese (楚 < 四 < 苏), alphabetically in English.
            let keys = Dictionary(out.map { ($0.id, Bilingual(zh: $0.readings.first?.full ?? "", en: $0.name.lowercased())[L]) }) { a, _ in
                a
            }
            out.sort { (keys[$0.id] ?? "", $0.id) < (keys[$1.id] ?? "", $1.id) }
        case .sitesLicensed(let segment):
            out = index.data.sites.records.filter { segment == .drugSubstance ? $0.drugSubstance : $0.drugProduct }.sorted { $0.id < $1.id }
                .map { site($0, state) }
        case .sitesOfProduct(let field):
            let product = form.fields.first { $0.id == field }.flatMap { index.data.products[id: $0.text] }
            out = (product.map(index.sites(of:)) ?? []).map { site($0, state) }
        case .inspectors:
            out = inspectors(form: form, state: state)
        case .members:
            out = members(state)
        }
        if mode == .optional {
            out.insert(PickerOption(id: "", name: FormStrings.noChoice, words: [], chinese: []), at: 0)
        }
        return out
    }

    /// A site by its address, with its enterprise and what it is licensed for.
    private static func site(_ s: Site, _ state: AppState) -> PickerOption {
        let L = state.language
        let enterprise = state.model.index.data.enterprises[id: s.enterpriseId]
        let segments = [(s.drugSubstance, Segment.drugSubstance), (s.drugProduct, .drugProduct)].filter(\.0).map { $0.1.label[L] }
        return PickerOption(
            id: s.id, name: s.displayAddress(L),
            detail: ([enterprise?.displayName(L) ?? s.enterpriseId] + segments).joined(separator: " · "),
            words: [s.address, s.addressEn ?? "", enterprise?.name ?? "", enterprise?.nameEn ?? ""],
            chinese: [s.address, enterprise?.name ?? ""])
    }

    /// Inspectors by name and unit, with the inspections they already have in the form's month, and the
    /// scheduling rules' marks for the form's plan: a conflict of interest, a booking on those days.
    private static func inspectors(form: FormState, state: AppState) -> [PickerOption] {
        let L = state.language
        let index = state.model.index
        let everyone = index.data.inspectors.records.sorted { $0.id < $1.id }
        let plan = InspectionForms.plan(form)
        let day = plan?.start ?? state.calendar.selected
        let first = CivilDate(year: day.year, month: day.month, day: 1) ?? day
        let last = first.adding(days: CivilDate.daysInMonth(year: day.year, month: day.month) - 1)
        var marks: [String: [Bilingual]] = [:]
        if var plan {
            plan.team = everyone.map(\.id)
            for conflict in Scheduling.conflicts(plan, index: index, calendar: state.model.calendar) {
                switch conflict {
                case .conflictOfInterest(let inspector, _): marks[inspector, default: []].append(PickerStrings.conflictOfInterest)
                case .doubleBooked(let inspector, _, _, _): marks[inspector, default: []].append(PickerStrings.booked)
                default: break
                }
            }
        }
        return everyone.map { i in
            let load = index.inspections(ofInspector: i.id).count {
                $0.id != plan?.replacing && $0.status != .cancelled && $0.overlaps(first, last)
            }
            var seen = Set<String>()
            let note = (marks[i.id] ?? []).map { $0[L] }.filter { seen.insert($0).inserted }.joined(separator: " · ")
            return PickerOption(
                id: i.id, name: i.displayName(L), detail: i.unit + "  " + PickerStrings.load(load)[L], note: note,
                words: [i.name, i.nameEn ?? "", i.unit], chinese: [i.name, i.unit])
        }
    }

    /// The members a measure can be owned by, each name once: the current user first (whoever records a measure
    /// most often owns it), then the inspectors by id, then other owners of recorded measures.
    private static func members(_ state: AppState) -> [PickerOption] {
        let L = state.language
        let data = state.model.index.data
        var seen = Set<String>()
        let names =
            [state.context.user] + data.inspectors.records.sorted { $0.id < $1.id }.map(\.name) + data.measures.records.map(\.owner)
        return names.map(\.trimmed).filter { !$0.isEmpty && seen.insert($0).inserted }.map { name in
            let inspector = state.model.index.inspector(named: name)
            let detail = name == state.context.user ? PickerStrings.currentUser[L] : inspector?.unit ?? ""
            return PickerOption(
                id: name, name: inspector?.displayName(L) ?? name, detail: detail, words: [inspector?.nameEn ?? "", inspector?.unit ?? ""],
                chinese: [name])
        }
    }

    /// What a picker field shows for the ids it holds: names, never codes (an unknown id shows as typed).
    static func display(_ source: PickerSource, ids: [String], state: AppState) -> String {
        let L = state.language
        let data = state.model.index.data
        let names = ids.map { id -> String in
            switch source {
            case .provinces: return state.model.provinces.named(code: id)?.displayName(L) ?? id
            case .enterprises: return data.enterprises[id: id]?.displayName(L) ?? id
            case .sitesLicensed, .sitesOfProduct: return data.sites[id: id]?.displayAddress(L) ?? id
            case .inspectors: return data.inspectors[id: id]?.displayName(L) ?? id
            case .members: return state.model.index.inspector(named: id)?.displayName(L) ?? id
            }
        }
        return names.isEmpty ? FormStrings.noChoice : names.joined(separator: PickerStrings.separator[L])
    }
}
