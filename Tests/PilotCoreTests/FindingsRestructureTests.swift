import Testing

@testable import PilotCore

/// The rules engine's faster paths (issue 15) give exactly what the straightforward versions gave: the same double
/// bookings, the same order of findings, the same sampling groups in the index.
@Suite struct FindingsRestructureTests {
    let today = CivilDate("2026-11-26")!

    /// A generated store whose inspections are all booked onto the first four inspectors, so that most overlap.
    func crowded() -> PilotData {
        var data = StoreGenerator.make(
            GeneratorSize(products: 30, years: 2, provinces: 3), seed: 3, today: today, reference: bundledReference)
        let few = data.inspectors.records.prefix(4).map(\.id)
        for (n, inspection) in data.inspections.records.enumerated() {
            var crowded = inspection
            crowded.team = [few[n % 4], few[(n / 4) % 4]]
            data.inspections.upsert(crowded)
        }
        return data
    }

    /// The double-booking rule as first written: each inspector's bookings copied, filtered and sorted by start.
    func referenceBookings(_ index: PilotIndex) -> [Finding] {
        index.data.inspectors.flatMap { inspector -> [Finding] in
            let bookings = (index.inspectionsByInspector[inspector.id] ?? []).filter { $0.status != .cancelled }
                .sorted { $0.start < $1.start }
            var out: [Finding] = []
            var latest: Inspection?
            for booking in bookings {
                if let previous = latest, booking.start <= previous.end {
                    out.append(
                        Finding(
                            .warning, .doubleBooking, productId: booking.productId, record: .init(.inspection, booking.id),
                            Bilingual(
                                zh:
                                    "检查员 \(inspector.name) 同时安排在 \(previous.id)（\(previous.start)–\(previous.end)）和 \(booking.id)（\(booking.start)–\(booking.end)）",
                                en:
                                    "Inspector \(inspector.displayName(.en)) is booked on both \(previous.id) (\(previous.start)–\(previous.end)) and \(booking.id) (\(booking.start)–\(booking.end))"
                            )))
                }
                if latest == nil || booking.end > latest!.end { latest = booking }
            }
            return out
        }
    }

    @Test func doubleBookingsAreTheSameAsTheFirstVersions() {
        let index = PilotIndex(crowded())
        let engine = RulesEngine(reference: bundledReference, today: today)
        let reference = referenceBookings(index)
        #expect(reference.count > 100)
        #expect(engine.bookingFindings(index) == reference)
    }

    @Test func errorsFirstIsTheStableSortBySeverity() {
        let engine = RulesEngine(reference: bundledReference, today: today)
        let findings = engine.findings(PilotIndex(crowded()))
        // Shuffled deterministically so that every severity is interleaved with the others.
        var random = SplitMix64(seed: 9)
        var mixed = findings
        for i in mixed.indices.reversed() where i > 0 { mixed.swapAt(i, random.below(i + 1)) }
        let sorted = mixed.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
        #expect(Set(findings.map(\.severity)).count == 3)
        #expect(RulesEngine.errorsFirst(mixed) == sorted)
    }

    @Test func theIndexGroupsSamplingsAsTheStoresFilters() {
        let data = StoreGenerator.make(
            GeneratorSize(products: 40, years: 3, provinces: 4), seed: 5, today: today, reference: bundledReference)
        let index = PilotIndex(data)
        #expect(data.samplings.contains(where: \.isVoided) && data.samplings.contains(where: \.commissioned))
        #expect(index.samplingsByProduct == Dictionary(grouping: data.supervisorySamplings, by: \.productId))
        #expect(index.commissionedByProduct == Dictionary(grouping: data.commissionedTests, by: \.productId))
        #expect(index.voidedByProduct == Dictionary(grouping: data.samplings.records.filter(\.isVoided), by: \.productId))
    }
}
