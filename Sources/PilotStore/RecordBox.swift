import Foundation
import PilotCore

/// A record encoded and decoded by its kind.
struct RecordBox: Codable, DecodableWithConfiguration {
    let record: AnyRecord
    init(_ record: AnyRecord) { self.record = record }

    init(from decoder: Decoder, configuration kind: EntityKind) throws {
        let c = try decoder.singleValueContainer()
        switch kind {
        case .enterprise: record = .enterprise(try c.decode(Enterprise.self))
        case .site: record = .site(try c.decode(Site.self))
        case .product: record = .product(try c.decode(PilotProduct.self))
        case .staff: record = .staff(try c.decode(ResidentStaff.self))
        case .inspector: record = .inspector(try c.decode(Inspector.self))
        case .inspection: record = .inspection(try c.decode(Inspection.self))
        case .sampling: record = .sampling(try c.decode(Sampling.self))
        case .setting: record = .setting(try c.decode(Setting.self))
        case .measure: record = .measure(try c.decode(Measure.self))
        }
    }

    init(from decoder: Decoder) throws { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "needs a kind")) }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch record {
        case .enterprise(let r): try c.encode(r)
        case .site(let r): try c.encode(r)
        case .product(let r): try c.encode(r)
        case .staff(let r): try c.encode(r)
        case .inspector(let r): try c.encode(r)
        case .inspection(let r): try c.encode(r)
        case .sampling(let r): try c.encode(r)
        case .setting(let r): try c.encode(r)
        case .measure(let r): try c.encode(r)
        }
    }
}
