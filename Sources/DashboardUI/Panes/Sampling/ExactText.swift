import Glibc

/// A String as a dictionary key by its UTF-8 bytes. `String` hashes text outside ASCII in its normalized form,
/// scalar by scalar: a lab's Chinese name read as a key for each of 200k samplings, three times over (rows,
/// orders, summaries), was a tenth of building the sampling list. Two texts equal only as Unicode (composed and
/// decomposed accents) are two keys here; where that matters, `CanonicalNumbers` joins them.
struct ExactText: Hashable {
    let text: String

    static func == (a: Self, b: Self) -> Bool {
        var (x, y) = (a.text, b.text)
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A number for each distinct value of a string key over many rows, values equal as Strings (`==`, canonical
/// equivalence) one number, as a `[String: …]` keeps them: the rows are read by their bytes (`ExactText`), and
/// only the few distinct byte strings are compared as Strings.
struct CanonicalNumbers {
    /// One per number: the first value read of those equal to it.
    private(set) var values: [String] = []
    /// Each row's number.
    private(set) var rows: [Int] = []

    init(_ keys: some Sequence<String>) {
        var exact: [ExactText: Int] = [:]
        // Rows come in runs of one key (a product's samplings entered together): a key the same as the row
        // before's takes its number without hashing.
        var previous: (key: ExactText, number: Int)?
        for key in keys {
            let key = ExactText(text: key)
            if let previous, previous.key == key {
                rows.append(previous.number)
            } else if let n = exact[key] {
                rows.append(n)
                previous = (key, n)
            } else {
                exact[key] = values.count
                previous = (key, values.count)
                rows.append(values.count)
                values.append(key.text)
            }
        }
        // `values` holds every distinct spelling in the order read; those equal as Strings take the first's number.
        var first: [String: Int] = [:]
        var joined: [String] = []
        var number: [Int] = []
        for value in values {
            if let m = first[value] {
                number.append(m)
            } else {
                first[value] = joined.count
                number.append(joined.count)
                joined.append(value)
            }
        }
        if joined.count < values.count {
            values = joined
            rows = rows.map { number[$0] }
        }
    }
}
