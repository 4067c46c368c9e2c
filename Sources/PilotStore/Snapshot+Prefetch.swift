import PilotCore

extension Snapshot {
    /// The tables `PilotData.init(from:)` reads, decoded ahead on every core when a snapshot is opened: together
    /// they are nearly all of store.json. A table missing here is still decoded, sequentially.
    static let prefetch = TapePrefetch(members: [
        TapePrefetch.member("enterprises", Enterprise.self),
        TapePrefetch.member("sites", Site.self),
        TapePrefetch.member("products", PilotProduct.self),
        TapePrefetch.member("residentStaff", ResidentStaff.self),
        TapePrefetch.member("inspectors", Inspector.self),
        TapePrefetch.member("inspections", Inspection.self),
        TapePrefetch.member("samplings", Sampling.self),
        TapePrefetch.member("settings", Setting.self),
        TapePrefetch.member("measures", Measure.self),
    ])
}
