extension PilotData {
    private enum CodingKeys: String, CodingKey {
        case enterprises, sites, products, residentStaff, inspectors, inspections, samplings, settings, measures
    }

    /// `settings` and `measures` may be absent: stores written before they existed still open.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        enterprises = try c.decode(Table<Enterprise>.self, forKey: .enterprises)
        sites = try c.decode(Table<Site>.self, forKey: .sites)
        products = try c.decode(Table<PilotProduct>.self, forKey: .products)
        residentStaff = try c.decode(Table<ResidentStaff>.self, forKey: .residentStaff)
        inspectors = try c.decode(Table<Inspector>.self, forKey: .inspectors)
        inspections = try c.decode(Table<Inspection>.self, forKey: .inspections)
        samplings = try c.decode(Table<Sampling>.self, forKey: .samplings)
        settings = try c.decodeIfPresent(Table<Setting>.self, forKey: .settings) ?? Table<Setting>()
        measures = try c.decodeIfPresent(Table<Measure>.self, forKey: .measures) ?? Table<Measure>()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(enterprises, forKey: .enterprises)
        try c.encode(sites, forKey: .sites)
        try c.encode(products, forKey: .products)
        try c.encode(residentStaff, forKey: .residentStaff)
        try c.encode(inspectors, forKey: .inspectors)
        try c.encode(inspections, forKey: .inspections)
        try c.encode(samplings, forKey: .samplings)
        try c.encode(settings, forKey: .settings)
        try c.encode(measures, forKey: .measures)
    }
}
