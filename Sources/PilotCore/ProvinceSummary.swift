/// The province's pilot summary (试点工作总结, 三(三)) sent to NMPA: one for the store, kept as the store setting
/// `pilot.summary` = "2026-12-20 沪药监函〔2026〕88号" (the date it was sent, then its document number).
public struct ProvinceSummary: Hashable, Sendable {
    public static let settingKey = "pilot.summary"

    public let sentOn: CivilDate
    public let documentNumber: String

    /// The summary a setting's value records; nil unless it starts with a date and gives a document number.
    public init?(_ value: String) {
        let parts = value.trimmed.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let date = CivilDate(String(parts[0])) else { return nil }
        let number = String(parts[1]).trimmed
        guard !number.isEmpty else { return nil }
        sentOn = date
        documentNumber = number
    }

    /// The summary recorded in the store, if any.
    public init?(_ data: PilotData) {
        guard let setting = data.settings[id: ProvinceSummary.settingKey] else { return nil }
        self.init(setting.value)
    }
}
