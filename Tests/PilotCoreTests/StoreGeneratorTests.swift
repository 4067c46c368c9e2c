import Foundation
import Testing

@testable import PilotCore

@Suite struct StoreGeneratorTests {
    let today = CivilDate("2026-11-26")!
    let size = GeneratorSize(products: 40, years: 3, provinces: 6)

    func generate(seed: UInt64 = 7) -> PilotData { StoreGenerator.make(size, seed: seed, today: today, reference: bundledReference) }

    func bytes(_ data: PilotData) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(data)
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws {
        let a = try bytes(generate())
        #expect(a == (try bytes(generate())))
        #expect(a != (try bytes(generate(seed: 8))))
        #expect(a.count > 100_000)
    }

    /// SplitMix64's first outputs for seed 0 (the published reference values): the generator is ours, not the
    /// toolchain's, so a store generated today is generated the same after a compiler upgrade.
    @Test func splitMixIsTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        for _ in 0..<1000 { #expect((0..<7).contains(random.below(7))) }
    }

    /// What `validate` checks of the structure: every reference resolves, every id is unique (tables), nothing is
    /// sampled or completed after today, and the whole store decodes again.
    @Test func referencesResolveAndTheStoreRoundTrips() throws {
        let data = generate()
        let index = PilotIndex(data)
        let findings = RulesEngine(reference: bundledReference, today: today).findings(index)
        #expect(!findings.contains { $0.rule == Rule.references.id }, "\(findings.filter { $0.rule == Rule.references.id }.prefix(3))")
        for s in data.sites { #expect(data.enterprises.contains(id: s.enterpriseId)) }
        for r in data.residentStaff { #expect(data.products.contains(id: r.productId) && data.sites.contains(id: r.siteId)) }
        for i in data.inspections {
            #expect(data.products.contains(id: i.productId) && i.siteIds.allSatisfy { data.sites.contains(id: $0) })
            if i.status == .completed { #expect(i.end < today) }
        }
        for s in data.samplings {
            #expect(data.products.contains(id: s.productId))
            #expect(s.sampledOn < today && (s.reportDate.map { $0 < today } ?? true))
        }
        for m in data.measures {
            let answered =
                m.answers.kind == .sampling ? data.samplings[id: m.answers.id]?.productId : data.inspections[id: m.answers.id]?.productId
            #expect(answered == m.productId)
        }
        #expect(try JSONDecoder().decode(PilotData.self, from: bytes(data)) == data)
        #expect(Set(data.enterprises.map(\.provinceCode)).count <= size.provinces)
    }

    /// Per product and year in production all year: several inspections of each type, about twenty samplings
    /// across both segments; and over the store a share of problems.
    @Test func volumesPerProductYearAreRealistic() {
        let data = generate()
        let inspectionsOf = Dictionary(grouping: data.inspections.records, by: \.productId)
        let samplingsOf = Dictionary(grouping: data.samplings.records, by: \.productId)
        var checked = 0
        for p in data.products {
            guard let production = p.date(of: .inProduction) else { continue }
            for year in (today.year - 2)..<today.year where production < CivilDate.firstOfYear(year) {
                checked += 1
                let inspections = (inspectionsOf[p.id] ?? []).filter { $0.start.year == year }
                let samplings = (samplingsOf[p.id] ?? []).filter { $0.sampledOn.year == year }
                #expect((7...15).contains(inspections.count), "\(p.id) \(year): \(inspections.count) inspections")
                #expect(inspections.contains { $0.type == .fullGMP } && inspections.filter { $0.type == .routine }.count >= 4)
                #expect((18...26).contains(samplings.count), "\(p.id) \(year): \(samplings.count) samplings")
                #expect(Set(samplings.map(\.segment)).count == 2)
            }
        }
        #expect(checked >= size.products)
        // Over a product's years, each type of inspection is seen (licensing in the first year of production).
        let types = Set(data.inspections.map(\.type))
        #expect(types == Set(InspectionType.allCases))
        #expect(data.samplings.contains { $0.conclusion == .fail } && data.samplings.contains { $0.conclusion == .pending })
        #expect(data.samplings.contains(where: \.commissioned) && data.samplings.contains(where: \.isVoided))
        #expect(data.inspections.contains { $0.conclusion == .nonCompliant } && data.inspections.contains { $0.status == .planned })
        #expect(data.measures.count > 0 && data.measures.contains(where: \.isOpen))
        #expect(data.residentStaff.contains { $0.to != nil } && data.residentStaff.contains { $0.to == nil })
        #expect(Set(data.enterprises.map(\.provinceCode)).count > 1)
    }

    /// A task force books an inspector once a day: double bookings are the deliberate few (one inspection in two
    /// hundred) that give the rule something to find, not one per inspection as when teams were drawn blindly.
    @Test func inspectorsAreRarelyDoubleBooked() {
        let data = generate()
        let index = PilotIndex(data)
        let doubles = RulesEngine(reference: bundledReference, today: today).bookingFindings(index)
        #expect(doubles.count > 0)
        #expect(doubles.count * 100 <= data.inspections.count, "\(doubles.count) of \(data.inspections.count)")
        #expect(data.inspections.allSatisfy { $0.team.count == 2 })
    }

    @Test func theNationalPresetIsTheIssuesFigures() {
        #expect(GeneratorSize.national == GeneratorSize(products: 2000, years: 5, provinces: 31))
    }
}

@Suite struct InspectorDiaryTests {
    @Test func aBookedDayIsNotFree() {
        let first = CivilDate("2024-01-01")!
        var diary = InspectorDiary(inspectors: 3, from: first, to: CivilDate("2026-12-31")!)
        let start = CivilDate("2024-04-15")!
        let end = CivilDate("2024-04-17")!
        #expect(diary.isFree(1, from: start, to: end))
        diary.book(1, from: start, to: end)
        #expect(!diary.isFree(1, from: start, to: end))
        #expect(!diary.isFree(1, from: end, to: end.adding(days: 3)))
        #expect(diary.isFree(1, from: end.adding(days: 1), to: end.adding(days: 3)))
        #expect(diary.isFree(0, from: start, to: end) && diary.isFree(2, from: start, to: end))
    }
}
