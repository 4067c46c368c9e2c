import PilotCore

/// Makes sampling rows: each sampling's status and its search text, the same bytes as
/// `SearchText.of(words:names:)` with the row's words (see `DashboardModel.samplingWords`), written straight into
/// one buffer. At 200k samplings the array of words per row, a String per lower-cased id, a dictionary lookup per
/// label and the store's deadline rules read again per row were most of building the rows (2.8 µs a row).
struct SamplingRowMaker {
    private let data: PilotData
    private let deadlines: Deadlines
    private let today: CivilDate
    private let calendar: WorkingCalendar
    /// A product's parts of the text, by product id: its English name lower-cased and its name with its pinyin.
    private var products: [String: (en: [UInt8], name: [UInt8])] = [:]
    /// A lab's name with its pinyin.
    private var labs: [String: [UInt8]] = [:]
    /// Words outside ASCII lower-cased (Unicode case mapping is slow; they recur).
    private var lowered: [String: [UInt8]] = [:]
    private let conclusions: [[[UInt8]]]
    private let segments: [[[UInt8]]]

    init(_ data: PilotData, today: CivilDate, calendar: WorkingCalendar) {
        self.data = data
        deadlines = data.deadlines
        self.today = today
        self.calendar = calendar
        // In the places `position(of:)` gives.
        conclusions = [SamplingConclusion.pass, .fail, .pending].map { c in
            [c.rawValue, c.label.zh, c.label.en].map { Array($0.lowercased().utf8) }
        }
        segments = [Segment.drugSubstance, .drugProduct].map { s in [s.label.zh, s.label.en].map { Array($0.lowercased().utf8) } }
    }

    /// Reads every product's parts of the text now, once for all the runs that copy this maker.
    mutating func readProducts() {
        for p in data.products { products[p.id] = Self.text(of: p) }
    }

    mutating func row(_ s: Sampling) -> SamplingRow {
        var text = Text()
        text.bytes.reserveCapacity(160)
        word(s.id, &text)
        word(s.productId, &text)
        let product = products[s.productId] ?? readProduct(s.productId)
        text.part(product.en)
        word(s.batch, &text)
        for part in conclusions[Self.position(of: s.conclusion)] { text.part(part) }
        for part in segments[Self.position(of: s.segment)] { text.part(part) }
        text.separate()
        s.sampledOn.appendDescription(to: &text.bytes)
        word(s.reportNo ?? "", &text)
        text.part(product.name)
        if !s.lab.isEmpty { text.part(labs[s.lab] ?? readLab(s.lab)) }
        return SamplingRow(
            sampling: s, status: SamplingStatus(s, deadlines: deadlines, today: today, calendar: calendar),
            haystack: SearchHaystack(utf8: text.bytes))
    }

    /// The parts of one row's text, apart by U+001F.
    private struct Text {
        var bytes: [UInt8] = []

        /// Before a part: the separator, unless it is the first.
        mutating func separate() { if !bytes.isEmpty { bytes.append(0x1F) } }

        /// A part already lower-cased; an empty one is left out, as `SearchText` leaves out an empty word.
        mutating func part(_ part: [UInt8]) {
            guard !part.isEmpty else { return }
            separate()
            bytes.append(contentsOf: part)
        }
    }

    /// A word lower-cased as `SearchText` does: plain ASCII byte by byte, in place; anything else by Unicode.
    private mutating func word(_ word: String, _ text: inout Text) {
        guard !word.isEmpty else { return }
        var word = word
        let ascii = word.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            text.separate()
            for b in bytes { text.bytes.append((0x41...0x5A).contains(b) ? b | 0x20 : b) }
            return true
        }
        guard !ascii else { return }
        if let known = lowered[word] {
            text.part(known)
        } else {
            let lower = Array(word.lowercased().utf8)
            lowered[word] = lower
            text.part(lower)
        }
    }

    private mutating func readProduct(_ id: String) -> (en: [UInt8], name: [UInt8]) {
        let text = data.products[id: id].map(Self.text) ?? ([], [])
        products[id] = text
        return text
    }

    private mutating func readLab(_ lab: String) -> [UInt8] {
        let text = Array(SearchText.name(lab).utf8)
        labs[lab] = text
        return text
    }

    private static func text(of p: PilotProduct) -> (en: [UInt8], name: [UInt8]) {
        let en = p.nameEn ?? ""
        let lower = en.utf8.allSatisfy { $0 < 0x80 } ? SearchText.lowercased(en) : en.lowercased()
        return (Array(lower.utf8), p.name.isEmpty ? [] : Array(SearchText.name(p.name).utf8))
    }

    private static func position(of c: SamplingConclusion) -> Int {
        switch c {
        case .pass: 0
        case .fail: 1
        case .pending: 2
        }
    }

    private static func position(of s: Segment) -> Int {
        switch s {
        case .drugSubstance: 0
        case .drugProduct: 1
        }
    }
}
