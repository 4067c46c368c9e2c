import Foundation
import PilotCore

/// `biopilot set KIND ID FIELD=VALUE…`: changes fields of a record by their JSON names (as in `store.json`
/// and the JSON Schema), with values read as the field's type. An empty value clears an optional field.
public enum RecordPatch {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    static let schemaNames: [EntityKind: String] = [
        .enterprise: "enterprise", .site: "site", .product: "product", .staff: "residentStaff", .inspector: "inspector",
        .inspection: "inspection", .sampling: "sampling", .measure: "measure",
    ]

    /// Field names a kind has, from the published schema.
    public static func fields(_ kind: EntityKind) -> [String: Any] {
        guard let schema = try? JSONSerialization.jsonObject(with: Data(StoreSchema.text.utf8)) as? [String: Any],
            let defs = schema["$defs"] as? [String: Any], let def = defs[schemaNames[kind]!] as? [String: Any],
            let properties = def["properties"] as? [String: Any]
        else { return [:] }
        return properties
    }

    public static func apply(_ record: AnyRecord, _ assignments: [String]) throws(Failure) -> AnyRecord {
        let properties = fields(record.kind)
        guard var object = (try? JSONSerialization.jsonObject(with: JSONEncoder().encode(RecordBox(record)))) as? [String: Any] else {
            throw Failure(description: "cannot read the record")
        }
        for assignment in assignments {
            guard let eq = assignment.firstIndex(of: "=") else { throw Failure(description: "\"\(assignment)\": expected FIELD=VALUE") }
            let field = String(assignment[..<eq])
            let value = String(assignment[assignment.index(after: eq)...])
            let path = field.split(separator: ".").map(String.init)
            guard let spec = properties[path[0]] as? [String: Any] else {
                throw Failure(
                    description:
                        "\(record.kind.rawValue) has no field \"\(path[0])\" (fields: \(properties.keys.sorted().joined(separator: ", ")))")
            }
            guard path[0] != "id" else { throw Failure(description: "the id of a record cannot be changed") }
            if path.count == 2 {
                var inner = object[path[0]] as? [String: Any] ?? [:]
                let innerSpec = ((spec["properties"] as? [String: Any])?[path[1]] as? [String: Any]) ?? [:]
                let innerRequired = (spec["required"] as? [String]) ?? []
                if value.isEmpty && !innerRequired.contains(path[1]) {
                    inner.removeValue(forKey: path[1])
                } else {
                    inner[path[1]] = try parse(value, innerSpec, field)
                }
                object[path[0]] = inner
            } else if value.isEmpty && !((schemaRequired(record.kind)).contains(path[0])) {
                object.removeValue(forKey: path[0])
            } else {
                object[path[0]] = try parse(value, spec, field)
            }
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: object)
            return try JSONDecoder().decode(RecordBox.self, from: data, configuration: record.kind).record
        } catch let error as DecodingError {
            let problem = JSONDiagnosis.describe(error)
            throw Failure(description: "\(problem.position): \(problem.reason)")
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    static func schemaRequired(_ kind: EntityKind) -> [String] {
        guard let schema = try? JSONSerialization.jsonObject(with: Data(StoreSchema.text.utf8)) as? [String: Any],
            let defs = schema["$defs"] as? [String: Any], let def = defs[schemaNames[kind]!] as? [String: Any]
        else { return [] }
        return def["required"] as? [String] ?? []
    }

    static func parse(_ value: String, _ spec: [String: Any], _ field: String) throws(Failure) -> Any {
        switch spec["type"] as? String {
        case "boolean":
            switch value.lowercased() {
            case "true", "yes", "1", "是": return true
            case "false", "no", "0", "否": return false
            default: throw Failure(description: "\(field): \"\(value)\" is not true or false")
            }
        case "integer":
            guard let n = Int(value) else { throw Failure(description: "\(field): \"\(value)\" is not a whole number") }
            return n
        case "array":
            return value.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        default:
            return value
        }
    }
}
