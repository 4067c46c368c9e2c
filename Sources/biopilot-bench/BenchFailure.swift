/// Something the bench needs could not run (not a slow number: those are printed, never failed on).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
