import Crypto
import Foundation
import PilotCore

/// One line of `journal.jsonl`: who changed what, when, from what to what, and why,
/// chained to the line before it by SHA-256 (EU GMP Annex 11 §9, 21 CFR 11.10(e)).
public struct JournalEntry: Sendable, Equatable {
    public enum Action: String, Sendable, Codable {
        case create, update, delete
        /// `biopilot doctor --repair`: what was set aside or rebuilt, in `reason`; no record changes.
        case repair
    }

    public var revision: Int
    /// UTC, ISO 8601 to the second.
    public var time: String
    /// The display name (`$BIOPILOT_USER`, else the account).
    public var user: String
    /// The operating-system account that wrote the line, from the process's uid, not the environment.
    public var account: String?
    public var uid: Int?
    public var action: Action
    /// The record changed; nil only for a repair line.
    public var entity: EntityKind!
    public var id: String!
    public var before: AnyRecord?
    public var after: AnyRecord?
    public var reason: String?
    /// Conflicts the user accepted explicitly (e.g. `schedule --force`).
    public var conflicts: [String]?
    /// Hash of the previous line; 64 zeros for the first.
    public var previousHash: String

    public static let genesisHash = String(repeating: "0", count: 64)

    public init(
        revision: Int, time: String, user: String, account: String? = nil, uid: Int? = nil, action: Action,
        entity: EntityKind?, id: String?, before: AnyRecord?, after: AnyRecord?, reason: String?, conflicts: [String]?,
        previousHash: String
    ) {
        self.revision = revision
        self.time = time
        self.user = user
        self.account = account
        self.uid = uid
        self.action = action
        self.entity = entity
        self.id = id
        self.before = before
        self.after = after
        self.reason = reason
        self.conflicts = conflicts
        self.previousHash = previousHash
    }
}

extension JournalEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case revision = "rev"
        case time, user, account, uid, action, entity, id, before, after, reason, conflicts
        case previousHash = "prev"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        revision = try c.decode(Int.self, forKey: .revision)
        time = try c.decode(String.self, forKey: .time)
        user = try c.decode(String.self, forKey: .user)
        account = try c.decodeIfPresent(String.self, forKey: .account)
        uid = try c.decodeIfPresent(Int.self, forKey: .uid)
        action = try c.decode(Action.self, forKey: .action)
        if action == .repair {
            entity = try c.decodeIfPresent(EntityKind.self, forKey: .entity)
            id = try c.decodeIfPresent(String.self, forKey: .id)
            before = nil
            after = nil
        } else {
            let kind = try c.decode(EntityKind.self, forKey: .entity)
            entity = kind
            id = try c.decode(String.self, forKey: .id)
            before = try JournalEntry.decodeRecord(kind, c, .before)
            after = try JournalEntry.decodeRecord(kind, c, .after)
        }
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        conflicts = try c.decodeIfPresent([String].self, forKey: .conflicts)
        previousHash = try c.decode(String.self, forKey: .previousHash)
    }

    private static func decodeRecord(_ kind: EntityKind, _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> AnyRecord? {
        guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
        switch kind {
        case .enterprise: return .enterprise(try c.decode(Enterprise.self, forKey: key))
        case .site: return .site(try c.decode(Site.self, forKey: key))
        case .product: return .product(try c.decode(PilotProduct.self, forKey: key))
        case .staff: return .staff(try c.decode(ResidentStaff.self, forKey: key))
        case .inspector: return .inspector(try c.decode(Inspector.self, forKey: key))
        case .inspection: return .inspection(try c.decode(Inspection.self, forKey: key))
        case .sampling: return .sampling(try c.decode(Sampling.self, forKey: key))
        case .setting: return .setting(try c.decode(Setting.self, forKey: key))
        case .measure: return .measure(try c.decode(Measure.self, forKey: key))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(revision, forKey: .revision)
        try c.encode(time, forKey: .time)
        try c.encode(user, forKey: .user)
        try c.encodeIfPresent(account, forKey: .account)
        try c.encodeIfPresent(uid, forKey: .uid)
        try c.encode(action, forKey: .action)
        try c.encodeIfPresent(entity, forKey: .entity)
        try c.encodeIfPresent(id, forKey: .id)
        try JournalEntry.encodeRecord(before, &c, .before)
        try JournalEntry.encodeRecord(after, &c, .after)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encodeIfPresent(conflicts, forKey: .conflicts)
        try c.encode(previousHash, forKey: .previousHash)
    }

    private static func encodeRecord(_ record: AnyRecord?, _ c: inout KeyedEncodingContainer<CodingKeys>, _ key: CodingKeys) throws {
        switch record {
        case nil: break
        case .enterprise(let r)?: try c.encode(r, forKey: key)
        case .site(let r)?: try c.encode(r, forKey: key)
        case .product(let r)?: try c.encode(r, forKey: key)
        case .staff(let r)?: try c.encode(r, forKey: key)
        case .inspector(let r)?: try c.encode(r, forKey: key)
        case .inspection(let r)?: try c.encode(r, forKey: key)
        case .sampling(let r)?: try c.encode(r, forKey: key)
        case .setting(let r)?: try c.encode(r, forKey: key)
        case .measure(let r)?: try c.encode(r, forKey: key)
        }
    }
}
