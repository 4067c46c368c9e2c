import Foundation
import PilotCore

/// A record's top-level fields as JSON text, for showing what an edit changed (before → after).
public enum RecordFields {
    public static func fields(_ record: AnyRecord) throws -> [String: String] {
        let entry = JournalEntry(
            revision: 0, time: "", user: "", action: .create, entity: record.kind, id: record.id,
            before: nil, after: record, reason: nil, conflicts: nil, previousHash: "")
        let data = try JSONReading.encoder.encode(entry)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let after = object["after"] as? [String: Any]
        else { return [:] }
        var out: [String: String] = [:]
        for (key, value) in after {
            let text =
                (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
                .map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
            out[key] = text
        }
        return out
    }
}
