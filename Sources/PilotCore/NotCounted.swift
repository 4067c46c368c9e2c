/// A product not in production on the coverage reference day: listed apart, never counted.
public struct NotCounted: Hashable, Sendable {
    public let productId: String
    public let name: String
    public let nameEn: String?
    public let provinces: [String]
    public let stage: PilotStage?
    /// The day it entered production when that came after the reference day (a later year or after `asOf`).
    public let inProductionOn: CivilDate?
}
