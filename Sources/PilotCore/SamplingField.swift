/// The fields of a sampling the record checks name (as in store.json).
public enum SamplingField: String, CaseIterable, Hashable, Sendable {
    case sampledOn, receivedOn, reportDate
}
