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

extension PilotData {
    /// Replaces the table of `kind` with the records of a JSON array (a PostgreSQL store's rows, joined), in the
    /// array's order; a duplicate id is refused as in store.json.
    package mutating func replaceTable(_ kind: EntityKind, array bytes: [UInt8], file: String) throws(StoreError) {
        // Samplings and inspections, most of a store, are read straight from the tape; a record that read refuses
        // leaves the array to the decode below, which words the error.
        func fastTable<R: TapeDecodable>(_ type: R.Type) throws(StoreError) -> Table<R> {
            if let tape = JSONTape(bytes), let root = tape.words.first, JSONTape.kind(root) == JSONTape.Kind.array.rawValue {
                var records: [R] = []
                records.reserveCapacity(JSONTape.members(root))
                var e = 1
                let end = tape.next(0)
                do {
                    while e < end {
                        records.append(try R(tape: tape, at: e))
                        e = tape.next(e)
                    }
                    return try Table(records)
                } catch {}
            }
            return try table(R.self)
        }
        func table<R>(_ type: R.Type) throws(StoreError) -> Table<R> {
            do {
                return try Table(try JSONReading.decode([R].self, from: bytes, file: file, positionPrefix: kind.rawValue))
            } catch let duplicate as Table<R>.DuplicateID {
                throw StoreError(.unreadable, file: file, position: kind.rawValue, "duplicate id \"\(duplicate.id)\"")
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(.unreadable, file: file, position: kind.rawValue, "\(error)")
            }
        }
        switch kind {
        case .enterprise: enterprises = try table(Enterprise.self)
        case .site: sites = try table(Site.self)
        case .product: products = try table(PilotProduct.self)
        case .staff: residentStaff = try table(ResidentStaff.self)
        case .inspector: inspectors = try table(Inspector.self)
        case .inspection: inspections = try fastTable(Inspection.self)
        case .sampling: samplings = try fastTable(Sampling.self)
        case .setting: settings = try table(Setting.self)
        case .measure: measures = try table(Measure.self)
        }
    }

    /// Takes the table of `kind` from `other` (a table decoded apart, on another core), leaving the rest as they are.
    package mutating func adoptTable(_ kind: EntityKind, from other: PilotData) {
        switch kind {
        case .enterprise: enterprises = other.enterprises
        case .site: sites = other.sites
        case .product: products = other.products
        case .staff: residentStaff = other.residentStaff
        case .inspector: inspectors = other.inspectors
        case .inspection: inspections = other.inspections
        case .sampling: samplings = other.samplings
        case .setting: settings = other.settings
        case .measure: measures = other.measures
        }
    }
}
