import DashboardUI
import PilotCore
import PilotStore

/// Reading the audit trail for `:log` and `biopilot log`: the newest entries a query asks for, in words.
public enum AuditQuery {
    /// At most `limit` entries, newest first. One record's trail is read through the open store's index of
    /// journal offsets (a record last touched long ago costs no scan); the whole journal's backwards until
    /// enough match.
    public static func entries(
        _ query: LogQuery, limit: Int, store directory: String, open store: (any Store)? = nil, language: Language, provinces: ProvinceTable
    ) throws(StoreError) -> [AuditEntry] {
        let found: [JournalEntry]
        if let kind = query.kind, let id = query.id {
            let trail: [JournalEntry]
            if let store {
                trail = try store.history(of: kind, id: id, limit: limit)
            } else {
                trail = try JournalAudit.history(of: kind, id: id, limit: limit, in: directory)
            }
            found = trail.filter { matches(query, $0) }
        } else {
            // One revision is one entry: stop reading once it is found.
            let count = query.revision == nil ? limit : 1
            if let store {
                found = try store.newest(count, filter: lineFilter(query)) { matches(query, $0) }
            } else {
                found = try JournalAudit.newest(count, in: directory, filter: lineFilter(query)) { matches(query, $0) }
            }
        }
        return found.prefix(limit).map { AuditEntry($0, language: language, provinces: provinces) }
    }

    /// What `matches` needs, checked on a line's bytes before it is decoded; Beijing days as UTC times (UTC+8).
    public static func lineFilter(_ query: LogQuery) -> JournalLineFilter {
        JournalLineFilter(
            revision: query.revision, user: query.user,
            earliest: query.since.map { "\($0.adding(days: -1))T16:00:00Z" },
            latest: query.until.map { "\($0)T15:59:59Z" })
    }

    /// Who is a display name or an account; dates are Beijing dates, inclusive.
    public static func matches(_ query: LogQuery, _ e: JournalEntry) -> Bool {
        if let revision = query.revision, e.revision != revision { return false }
        if let user = query.user, e.user != user && e.account != user { return false }
        guard query.since != nil || query.until != nil else { return true }
        guard let day = CivilDate(String(AuditEntry.beijing(e.time).prefix(10))) else { return false }
        if let since = query.since, day < since { return false }
        if let until = query.until, day > until { return false }
        return true
    }
}
