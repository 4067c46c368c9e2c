/// Answers kept for the few ids one product's inspections ask about again and again (its sites, its teams'
/// inspectors), looked back through in order: a product has a handful, and comparing a short id is cheaper than
/// hashing it twice into the store's table for every inspection.
struct SmallMemo<Value> {
    private var answers: [(id: String, value: Value)] = []

    /// The answer for `id`, worked out by `answer` the first time it is asked.
    mutating func value(for id: String, _ answer: (String) -> Value) -> Value {
        if let known = answers.first(where: { $0.id == id }) { return known.value }
        let value = answer(id)
        answers.append((id, value))
        return value
    }
}
