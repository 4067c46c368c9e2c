import PilotCore

extension Snapshot {
    /// The tables `PilotData.init(from:)` reads, decoded ahead on every core when a snapshot is opened: together
    /// they are nearly all of store.json. A table missing here is still decoded, sequentially.
    static let prefetch = TapePrefetch(members: [
        TapePrefetch.table("enterprises", Enterprise.self),
        TapePrefetch.table("sites", Site.self),
        TapePrefetch.table("products", PilotProduct.self),
        TapePrefetch.table("residentStaff", ResidentStaff.self),
        TapePrefetch.table("inspectors", Inspector.self),
        TapePrefetch.table("inspections", Inspection.self),
        TapePrefetch.table("samplings", Sampling.self),
        TapePrefetch.table("settings", Setting.self),
        TapePrefetch.table("measures", Measure.self),
    ])
}
