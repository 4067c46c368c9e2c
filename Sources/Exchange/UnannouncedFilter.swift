import PilotCore

/// Rule 13: a planned unannounced inspection (飞行检查) must not reach the enterprise before it happens, so the
/// calendar and table exports leave it out unless asked to include it (`--include-unannounced`).
public enum UnannouncedFilter {
    /// Planned and unannounced: kept out of exports by default. Once under way or done it is no longer a secret.
    public static func isWithheld(_ inspection: Inspection) -> Bool {
        inspection.unannounced && inspection.status == .planned
    }

    public static func exportable(_ inspections: some Sequence<Inspection>, includeUnannounced: Bool) -> [Inspection] {
        inspections.filter { includeUnannounced || !isWithheld($0) }
    }
}
