/// The generator's diary of which inspector is booked on which day, so that a generated task force books each
/// inspector at most once a day (as a real one does). One bit per inspector and calendar day, weekends included,
/// because the double-booking rule compares calendar dates.
struct InspectorDiary {
    let firstDay: Int
    let wordsPerInspector: Int
    private var words: [UInt64]

    init(inspectors: Int, from first: CivilDate, to last: CivilDate) {
        firstDay = first.dayNumber
        wordsPerInspector = max(1, (first.days(until: last) + 64) / 64)
        words = Array(repeating: 0, count: inspectors * wordsPerInspector)
    }

    /// Whether `inspector` has no booking from `start` to `end`; days outside the diary count as free.
    func isFree(_ inspector: Int, from start: CivilDate, to end: CivilDate) -> Bool {
        days(start, end).allSatisfy { day in
            guard let (word, bit) = position(inspector, day) else { return true }
            return words[word] & bit == 0
        }
    }

    mutating func book(_ inspector: Int, from start: CivilDate, to end: CivilDate) {
        for day in days(start, end) {
            guard let (word, bit) = position(inspector, day) else { continue }
            words[word] |= bit
        }
    }

    private func days(_ start: CivilDate, _ end: CivilDate) -> ClosedRange<Int> {
        start.dayNumber...max(start.dayNumber, end.dayNumber)
    }

    private func position(_ inspector: Int, _ day: Int) -> (Int, UInt64)? {
        let offset = day - firstDay
        guard offset >= 0, offset < wordsPerInspector * 64 else { return nil }
        return (inspector * wordsPerInspector + offset / 64, 1 << UInt64(offset % 64))
    }
}
