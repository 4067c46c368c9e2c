/// Positions grouped by key, in ascending order, a run of records with the same key added at once: a store lists
/// each product's records together (2,000 runs in a national store's 320k inspections, samplings, measures and
/// staff), so the key is hashed once per run, not once per record, which was most of building the index.
struct PositionGroups {
    private(set) var groups: [String: [Int]] = [:]
    private var key: String?
    private var run: [Int] = []

    /// `position` must be greater than every position added before.
    mutating func add(_ position: Int, under key: String) {
        if key != self.key {
            flush()
            self.key = key
        }
        run.append(position)
    }

    /// The groups, every run added.
    consuming func finished() -> [String: [Int]] {
        flush()
        return groups
    }

    private mutating func flush() {
        if let key, !run.isEmpty { groups[key, default: []] += run }
        run.removeAll(keepingCapacity: true)
    }
}
