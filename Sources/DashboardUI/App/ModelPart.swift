import PilotCore

/// A part of the dashboard model that the first frame does not show (the sampling list, the calendar's months),
/// made on another core so the dashboard draws before it is done. Read while still in the making, it is waited for;
/// `settle` takes it in once made without waiting (the reducer does, at every action), and `modify` takes it in
/// before a change. Once the maker is let go, the model holds the only copy and changes it in place.
enum ModelPart<Value: Sendable>: Sendable {
    case making(BackgroundValue<Value>)
    case made(Value)

    init(making make: @escaping @Sendable () -> Value) { self = .making(BackgroundValue(make)) }

    var value: Value {
        switch self {
        case .made(let value): return value
        case .making(let maker): return maker.wait()
        }
    }

    /// Whether the value is taken in (`settle`).
    var isMade: Bool {
        if case .made = self { return true }
        return false
    }

    /// Takes the value in if it is made by now; never waits.
    mutating func settle() {
        if case .making(let maker) = self, let value = maker.ready { self = .made(value) }
    }

    /// Changes the value in place, waiting for it first if it is still in the making.
    mutating func modify<Result>(_ change: (inout Value) -> Result) -> Result {
        var value: Value
        switch consume self {
        case .made(let made): value = made
        case .making(let maker): value = maker.wait()
        }
        defer { self = .made(value) }
        return change(&value)
    }
}
