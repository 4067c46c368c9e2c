import PilotCore

/// Makes sampling rows: each sampling's status and its search text, the same bytes as
/// `SearchText.of(words:names:)` with the row's words (see `DashboardModel.samplingWords`), written straight into
/// one buffer. At 200k samplings the array of words per row, a String per lower-cased id, a dictionary lookup per
/// label and the store's deadline rules read again per row were most of building the rows (2.8 µs a row).
struct SamplingRowMaker {
    private let data: PilotData
    private let rules: Rules
    /// A product's parts of the text, by product id: its English name lower-cased and its name with its pinyin.
    private var products: [String: (en: [UInt8], name: [UInt8])] = [:]
    /// A lab's name with its pinyin. Keyed by bytes: each spelling's own text (and hashing a Chinese name as
    /// a String normalizes it, per row).
    private var labs: [ExactText: [UInt8]] = [:]
    /// Words outside ASCII lower-cased (Unicode case mapping is slow; they recur), by bytes as `labs`.
    private var lowered: [ExactText: [UInt8]] = [:]
    private var lastProduct: (id: String, text: (en: [UInt8], name: [UInt8]))?
    private var lastLab: (lab: ExactText, text: [UInt8])?
    private let conclusions: [[[UInt8]]]
    private let segments: [[[UInt8]]]

    init(_ data: PilotData, today: CivilDate, calendar: WorkingCalendar) {
        self.data = data
        rules = Rules(deadlines: data.deadlines, today: today, calendar: calendar)
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

    /// `s` is taken, not copied, into the row.
    mutating func row(_ s: consuming Sampling) -> SamplingRow {
        var text = Text()
        text.bytes.reserveCapacity(160)
        word(s.id, &text)
        word(s.productId, &text)
        let product = productText(s.productId)
        text.part(product.en)
        word(s.batch, &text)
        for part in conclusions[Self.position(of: s.conclusion)] { text.part(part) }
        for part in segments[Self.position(of: s.segment)] { text.part(part) }
        text.separate()
        s.sampledOn.appendDescription(to: &text.bytes)
        word(s.reportNo ?? "", &text)
        text.part(product.name)
        if !s.lab.isEmpty { text.part(labText(s.lab)) }
        let status = SamplingStatus(s, deadlines: rules.deadlines, today: rules.today, calendar: rules.calendar)
        return SamplingRow(sampling: s, status: status, haystack: SearchHaystack(utf8: text.bytes))
    }

    /// What a row's status is worked out with, held by reference: read from a mutating method, a struct's rules
    /// and calendar were copied for every row (their strings retained and released).
    private final class Rules: Sendable {
        let deadlines: Deadlines
        let today: CivilDate
        let calendar: WorkingCalendar

        init(deadlines: Deadlines, today: CivilDate, calendar: WorkingCalendar) {
            (self.deadlines, self.today, self.calendar) = (deadlines, today, calendar)
        }
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
        if let known = lowered[ExactText(text: word)] {
            text.part(known)
        } else {
            let lower = Array(word.lowercased().utf8)
            lowered[ExactText(text: word)] = lower
            text.part(lower)
        }
    }

    /// A product's parts of the text: the last one's again (a product's samplings come in runs), else read once.
    private mutating func productText(_ id: String) -> (en: [UInt8], name: [UInt8]) {
        if let last = lastProduct, last.id == id { return last.text }
        let text: (en: [UInt8], name: [UInt8])
        if let known = products[id] {
            text = known
        } else {
            text = data.products[id: id].map(Self.text) ?? ([], [])
            products[id] = text
        }
        lastProduct = (id, text)
        return text
    }

    /// A lab's name with its pinyin: the last one's again, else read once.
    private mutating func labText(_ lab: String) -> [UInt8] {
        let key = ExactText(text: lab)
        if let last = lastLab, last.lab == key { return last.text }
        let text: [UInt8]
        if let known = labs[key] {
            text = known
        } else {
            text = Array(SearchText.name(lab).utf8)
            labs[key] = text
        }
        lastLab = (key, text)
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
