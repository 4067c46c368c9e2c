import PilotCore

extension AnyRecord {
    /// One record of a kind decoded from its JSON, errors naming `file` and `position`.
    package static func decode(_ kind: EntityKind, from bytes: [UInt8], file: String, position: String) throws(StoreError) -> AnyRecord {
        switch kind {
        case .enterprise: return .enterprise(try JSONReading.decode(Enterprise.self, from: bytes, file: file, positionPrefix: position))
        case .site: return .site(try JSONReading.decode(Site.self, from: bytes, file: file, positionPrefix: position))
        case .product: return .product(try JSONReading.decode(PilotProduct.self, from: bytes, file: file, positionPrefix: position))
        case .staff: return .staff(try JSONReading.decode(ResidentStaff.self, from: bytes, file: file, positionPrefix: position))
        case .inspector: return .inspector(try JSONReading.decode(Inspector.self, from: bytes, file: file, positionPrefix: position))
        case .inspection: return .inspection(try JSONReading.decode(Inspection.self, from: bytes, file: file, positionPrefix: position))
        case .sampling: return .sampling(try JSONReading.decode(Sampling.self, from: bytes, file: file, positionPrefix: position))
        case .setting: return .setting(try JSONReading.decode(Setting.self, from: bytes, file: file, positionPrefix: position))
        case .measure: return .measure(try JSONReading.decode(Measure.self, from: bytes, file: file, positionPrefix: position))
        }
    }
}
