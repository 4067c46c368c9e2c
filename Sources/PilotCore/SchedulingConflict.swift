/// Something wrong with a plan. Unknown records can never be written; the rest can be accepted with a reason.
public enum SchedulingConflict: Hashable, Sendable {
    case unknownProduct(String)
    case unknownSite(String)
    case siteNotOfProduct(String)
    case unknownInspector(String)
    case endBeforeStart(CivilDate, CivilDate)
    case notWorkingDay(which: Bilingual, CivilDate, WorkingCalendar.DayKind)
    case doubleBooked(inspector: String, inspection: String, start: CivilDate, end: CivilDate)
    case conflictOfInterest(inspector: String, enterprise: String)
    case afterPilotEnd(CivilDate)

    /// Unknown ids and reversed dates cannot be forced.
    public var isForceable: Bool {
        switch self {
        case .unknownProduct, .unknownSite, .unknownInspector, .endBeforeStart, .siteNotOfProduct: return false
        default: return true
        }
    }

    /// Rule 13: overriding it needs an approving lead as well as a reason.
    public var isConflictOfInterest: Bool {
        if case .conflictOfInterest = self { return true }
        return false
    }

    public func message(_ index: PilotIndex) -> Bilingual {
        func inspectorName(_ id: String) -> (String, String) {
            let i = index.data.inspectors[id: id]
            return ("\(i?.name ?? id)（\(id)）", "\(i?.displayName(.en) ?? id) (\(id))")
        }
        switch self {
        case .unknownProduct(let id):
            return Bilingual(zh: "品种 \(id) 不存在", en: "no product \(id)")
        case .unknownSite(let id):
            return Bilingual(zh: "场地 \(id) 不存在", en: "no site \(id)")
        case .siteNotOfProduct(let id):
            return Bilingual(zh: "场地 \(id) 不是该品种的生产场地", en: "site \(id) is not one of the product's sites")
        case .unknownInspector(let id):
            return Bilingual(zh: "检查员 \(id) 不存在", en: "no inspector \(id)")
        case .endBeforeStart(let start, let end):
            return Bilingual(zh: "结束日期 \(end) 早于开始日期 \(start)", en: "end \(end) is before start \(start)")
        case .notWorkingDay(let which, let date, let kind):
            let what: Bilingual
            switch kind {
            case .holiday(let name): what = Bilingual(zh: "法定节假日（\(name.zh)）", en: "a public holiday (\(name.en))")
            default: what = Bilingual(zh: "周末", en: "a weekend day")
            }
            return Bilingual(zh: "\(which.zh) \(date) 是\(what.zh)", en: "\(which.en) \(date) is \(what.en)")
        case .doubleBooked(let inspector, let inspection, let start, let end):
            let (zh, en) = inspectorName(inspector)
            return Bilingual(
                zh: "检查员 \(zh) 已安排检查 \(inspection)（\(start)–\(end)）",
                en: "inspector \(en) is already booked on \(inspection) (\(start)–\(end))")
        case .conflictOfInterest(let inspector, let enterprise):
            let (zh, en) = inspectorName(inspector)
            let e = index.data.enterprises[id: enterprise]
            return Bilingual(
                zh: "检查员 \(zh) 与 \(e?.name ?? enterprise) 存在利益冲突",
                en: "inspector \(en) has a conflict of interest with \(e?.displayName(.en) ?? enterprise)")
        case .afterPilotEnd(let end):
            return Bilingual(
                zh: "结束日期 \(end) 晚于试点结束日 \(Rule.pilotEndDate)",
                en: "end \(end) is after the pilot ends (\(Rule.pilotEndDate))")
        }
    }
}
