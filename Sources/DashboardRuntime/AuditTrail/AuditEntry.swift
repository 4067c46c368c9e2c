import DashboardUI
import Foundation
import PilotCore
import PilotStore

/// One journal entry as a person reads it: Beijing time, who (name and account), the action in words, each
/// field it changed by its label with old → new values in words, and the reason. `:log` and `biopilot log`
/// both show it; `--format json` writes it as data.
public struct AuditEntry: Encodable, Sendable, Equatable {
    public struct FieldChange: Encodable, Sendable, Equatable {
        public let field: String
        public let label: String
        public let before: String?
        public let after: String?
    }

    public let revision: Int
    /// As stored: UTC, ISO 8601.
    public let time: String
    /// China Standard Time (UTC+8, no daylight saving), as the task force reads a clock.
    public let beijingTime: String
    public let user: String
    public let account: String?
    public let action: String
    public let entity: String?
    public let id: String?
    public let changes: [FieldChange]
    public let reason: String?
    public let conflicts: [String]
    /// Every field of the record as this edit left it (as it was, for a delete), in words: what opening the
    /// entry shows.
    public let record: [FieldChange]
    private let isDelete: Bool
    private let isCreate: Bool
    /// The language the entry is worded in.
    let language: Language

    private enum CodingKeys: String, CodingKey {
        case revision, time, beijingTime, user, account, action, entity, id, changes, reason, conflicts
    }

    public init(_ e: JournalEntry, language L: Language, provinces: ProvinceTable) {
        revision = e.revision
        time = e.time
        beijingTime = Self.beijing(e.time)
        user = TerminalText.visible(e.user)
        account = e.account.map(TerminalText.visible)
        action = Self.actionWords(e.action)[L]
        entity = e.entity.map { Strings.kindName($0)[L] }
        id = e.id.map(TerminalText.visible)
        reason = e.reason.map(TerminalText.visible)
        conflicts = (e.conflicts ?? []).map(TerminalText.visible)
        language = L
        isDelete = e.action == .delete
        isCreate = e.action == .create
        guard let kind = e.entity else {
            changes = []
            record = []
            return
        }
        let words = FieldWords(kind: kind, language: L, provinces: provinces)
        let before = Self.fields(e.before)
        let after = Self.fields(e.after)
        let keys = Set(before.keys).union(after.keys).filter { $0 != "id" && before[$0] != after[$0] }
        changes = FieldLabels.ordered(kind, keys).map { key in
            let label = FieldLabels.label(kind, key)[L]
            if case .list(let old)? = before[key], case .list(let new)? = after[key] {
                // A list (steps, sites, team) changed: what left it and what joined it.
                let (removed, added) = words.listChange(old, new, key: key)
                return FieldChange(field: key, label: label, before: removed.map { "− " + $0 } ?? "", after: added.map { "+ " + $0 } ?? "")
            }
            return FieldChange(
                field: key, label: label,
                before: e.before == nil ? nil : words.text(before[key], key: key),
                after: e.after == nil ? nil : words.text(after[key], key: key))
        }
        let whole = e.after == nil ? before : after
        record = FieldLabels.ordered(kind, Set(whole.keys).subtracting(["id"])).map { key in
            FieldChange(field: key, label: FieldLabels.label(kind, key)[L], before: nil, after: words.text(whole[key], key: key))
        }
    }

    /// The entry as lines: a heading, then one indented line per field, the reason and accepted conflicts.
    public var lines: [String] {
        let colon = Bilingual(zh: "：", en: ": ")[language]
        var head = "#\(revision)  \(beijingTime)  \(who)  \(action)"
        if let entity, let id { head += " \(entity) \(id)" }
        var out = [head] + changeLines
        if let reason { out.append("    — \(reason)") }
        if !conflicts.isEmpty {
            out.append("    " + Bilingual(zh: "已确认的冲突", en: "accepted conflicts")[language] + colon + conflicts.joined(separator: "; "))
        }
        return out
    }

    private var who: String { account.map { $0 == user ? user : "\(user) (\($0))" } ?? user }

    /// One indented line per changed field: "label: old → new".
    private var changeLines: [String] {
        let colon = Bilingual(zh: "：", en: ": ")[language]
        return changes.compactMap { c in
            switch (c.before, c.after) {
            case (let old?, let new?) where old.isEmpty || new.isEmpty: "    \(c.label)\(colon)\(old + new)"
            case (let old?, let new?): "    \(c.label)\(colon)\(old) → \(new)"
            case (nil, let new?): "    \(c.label)\(colon)\(new)"
            case (let old?, nil): "    \(c.label)\(colon)\(old)"
            case (nil, nil): nil
            }
        }
    }

    /// The entry opened: when, who, what and why on lines of their own, what changed, then the whole record.
    public var detailLines: [String] {
        let colon = Bilingual(zh: "：", en: ": ")[language]
        func line(_ label: Bilingual, _ value: String) -> String { label[language] + colon + value }
        var out = [
            line(Bilingual(zh: "修订号", en: "Revision"), "#\(revision)"),
            line(Bilingual(zh: "时间（北京）", en: "Time (Beijing)"), beijingTime + "  (UTC \(time))"),
            line(Bilingual(zh: "操作人", en: "By"), who),
            line(Bilingual(zh: "操作", en: "Action"), [action, entity, id].compactMap { $0 }.joined(separator: " ")),
        ]
        if let reason { out.append(line(Bilingual(zh: "原因", en: "Reason"), reason)) }
        if !conflicts.isEmpty { out.append(line(Bilingual(zh: "已确认的冲突", en: "Accepted conflicts"), conflicts.joined(separator: "; "))) }
        // A creation's changes are the whole record, shown once below.
        if !changes.isEmpty && !isCreate {
            out += ["", Bilingual(zh: "本次变更", en: "Changed by this edit")[language]] + changeLines
        }
        if !record.isEmpty {
            let heading =
                isDelete
                ? Bilingual(zh: "删除前的记录", en: "The record as it was")
                : isCreate ? Bilingual(zh: "新增的记录", en: "The record as added") : Bilingual(zh: "此次修改后的记录", en: "The record after this edit")
            out += ["", heading[language]] + record.map { "    \($0.label)\(colon)\($0.after ?? "—")" }
        }
        return out
    }

    static func actionWords(_ action: JournalEntry.Action) -> Bilingual {
        switch action {
        case .create: return Bilingual(zh: "新增", en: "added")
        case .update: return Bilingual(zh: "修改", en: "changed")
        case .delete: return Bilingual(zh: "删除", en: "deleted")
        case .repair: return Bilingual(zh: "修复", en: "repaired")
        }
    }

    /// A record's top-level fields as values; absent fields are absent.
    static func fields(_ record: AnyRecord?) -> [String: StoredValue] {
        guard let record, let texts = try? RecordFields.fields(record) else { return [:] }
        return texts.compactMapValues(StoredValue.parse)
    }

    /// "2026-11-26T06:19:52Z" → "2026-11-26 14:19:52" (China keeps UTC+8 all year); a time that cannot be read
    /// is shown as stored.
    static func beijing(_ utc: String) -> String {
        let parts = utc.split(separator: "T")
        guard parts.count == 2, let day = CivilDate(String(parts[0])), parts[1].hasSuffix("Z") else { return utc }
        let clock = parts[1].dropLast().split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0..<24).contains(clock[0]) else { return utc }
        let hour = clock[0] + 8
        let date = hour >= 24 ? day.adding(days: 1) : day
        return "\(date) " + String(format: "%02d:%02d:%02d", hour % 24, clock[1], clock[2])
    }

    /// The Beijing date an entry was written on, for `--since` / `--until`.
    public var beijingDate: CivilDate? { CivilDate(String(beijingTime.prefix(10))) }

}
