/// p50, p99 and max of a set of timings, by nearest rank (the value at rank ⌈q·n⌉ of the sorted list): a
/// dashboard must stay fast in its tail, not only on average. With fewer than 100 runs p99 is the max.
struct Percentiles: Equatable, Sendable {
    let sorted: [Double]

    init(_ samples: [Double]) { sorted = samples.sorted() }

    var count: Int { sorted.count }
    var p50: Double { value(at: 0.5) }
    var p99: Double { value(at: 0.99) }
    var max: Double { sorted.last ?? 0 }

    /// The smallest sample with at least `q` of all samples at or below it; 0 without samples.
    func value(at q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((Double(sorted.count) * q).rounded(.up))
        return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
    }
}
