/// A store size to measure: `national` (the generator's preset) or a number of products with `biopilot
/// generate`'s other defaults.
enum BenchSize: Equatable, Sendable {
    case products(Int)
    case national

    init?(_ text: String) {
        if text == "national" {
            self = .national
        } else if let n = Int(text.filter { $0 != "_" && $0 != "," }), n > 0 {
            self = .products(n)
        } else {
            return nil
        }
    }

    /// `biopilot generate`'s options for this size.
    var generateArguments: [String] {
        switch self {
        case .products(let n): ["--products", String(n)]
        case .national: ["--preset", "national"]
        }
    }

    var label: String {
        switch self {
        case .products(let n): "\(n) products"
        case .national: "national (2,000 products, 31 provinces, 5 years)"
        }
    }
}
