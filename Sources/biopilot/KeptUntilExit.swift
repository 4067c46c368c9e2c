/// What a command answered from (a dashboard model, an index), kept until the process ends: freeing a national
/// store's model took 100–200 ms after the answer was printed, to give memory back to a process about to exit.
enum KeptUntilExit {
    /// A command runs on one thread.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
