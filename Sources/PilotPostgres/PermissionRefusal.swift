import PilotCore
import PilotStore

/// A write the database refused for lack of a privilege, as the store reports it: the reason first, in both
/// languages, so a status line that shows only its start still names the provinces; where the store is follows.
enum PermissionRefusal {
    static func storeError(_ error: PostgresError, at location: String) -> StoreError {
        let en = error.message + " (\(location))"
        if let setting = settingRefusal(error.message) {
            let zh = "省份 \(setting.writer) 无权写入设置 \(setting.id)：设置对本库的所有省份生效，由库的所有者设定（\(location)）"
            return StoreError(.forbidden, file: nil, Bilingual(zh: zh, en: en))
        }
        guard let refusal = provinceRefusal(error.message) else {
            return StoreError(.forbidden, file: nil, Bilingual(zh: "数据库拒绝了此操作（权限不足）：\(error.message)（\(location)）", en: en))
        }
        let zh = "省份 \(refusal.writer) 无权写入\(kindWords(refusal.kind)) \(refusal.id)：该记录属于省份 \(refusal.owner)（\(location)）"
        return StoreError(.forbidden, file: nil, Bilingual(zh: zh, en: en))
    }

    /// The parts of `biopilot.check_province`'s refusal (PostgresSchema): "province 310000 may not write inspection
    /// I02, which belongs to province 320000"; nil for any other message.
    static func provinceRefusal(_ message: String) -> (writer: String, kind: String, id: String, owner: String)? {
        guard let match = message.wholeMatch(of: /province (.+) may not write (\w+) (.+), which belongs to province (.+)/)
        else { return nil }
        return (String(match.1), String(match.2), String(match.3), String(match.4))
    }

    /// The parts of `biopilot.check_province`'s refusal of a setting (migration 9): "province 310000 may not write
    /// setting deadline.lab-report: a setting applies to every province of this store, so its owner sets it".
    static func settingRefusal(_ message: String) -> (writer: String, id: String)? {
        guard let match = message.wholeMatch(of: /province (.+) may not write setting (.+): a setting applies to every province.*/)
        else { return nil }
        return (String(match.1), String(match.2))
    }

    /// The kind of record as the Chinese screens name it.
    static func kindWords(_ kind: String) -> String {
        switch EntityKind(rawValue: kind) {
        case .enterprise: return "企业"
        case .site: return "生产场地"
        case .product: return "试点品种"
        case .staff: return "驻厂人员"
        case .inspector: return "检查员"
        case .inspection: return "检查"
        case .sampling: return "抽检"
        case .setting: return "设置"
        case .measure: return "风险控制措施"
        case nil: return kind
        }
    }
}
