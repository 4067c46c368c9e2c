import ArgumentParser
import Foundation
import PilotCore
import PilotStore

/// `biopilot generate`: a synthetic store of any size, for benchmarks and for trying biopilot at national scale.
struct GenerateCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic store (fictional products over several years, dated up to --today) into a new DIR.",
        discussion: "The same options, seed and --today give the same store. --preset national: 2,000 products, 31 provinces, 5 years."
    )

    enum Preset: String, ExpressibleByArgument, CaseIterable { case national }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Directory for the generated store (must be new or empty).", valueName: "DIR"))
    var directory: String

    @Option(name: .long, help: "Sizes to start from (the options below override them).")
    var preset: Preset?

    @Option(name: .long, help: "Number of products.")
    var products: Int?

    @Option(name: .long, help: "Years of records, ending with --today's year.")
    var years: Int?

    @Option(name: .long, help: "Number of provinces the enterprises are spread over (1–32, in GB/T 2260 order).")
    var provinces: Int?

    @Option(name: .long, help: "Seed of the generator.")
    var seed: UInt64 = 1

    func validate() throws {
        guard preset != nil || products != nil else { throw ValidationError("give --products N (and --years Y), or --preset national") }
        for (name, value) in [("--products", products), ("--years", years), ("--provinces", provinces)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
        }
    }

    var size: GeneratorSize {
        let base = preset == .national ? GeneratorSize.national : GeneratorSize(products: 100, years: 3, provinces: 31)
        return GeneratorSize(
            products: products ?? base.products, years: years ?? base.years, provinces: provinces ?? base.provinces)
    }

    func run(reference: ReferenceData) throws {
        try reporting {
            try refusePostgresTarget(directory, command: "generate", language: common.language)
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            guard entries.isEmpty else {
                throw CLIFailure.message(
                    Bilingual(
                        zh: "\(directory) 不是空目录；请把生成的数据库写到新目录",
                        en: "\(directory) is not empty; write the generated store into a new directory")[common.language], code: 1)
            }
            let data = StoreGenerator.make(size, seed: seed, today: common.day, reference: reference)
            let store = try DirectoryStore.create(
                directory, data: data, user: common.user,
                reason: "biopilot generate: \(size.products) products, \(size.years) years, \(size.provinces) provinces, seed \(seed)")
            emit(
                Bilingual(
                    zh:
                        "已在 \(directory) 生成数据库（截至 \(common.day)）：\(data.products.count) 个品种，\(data.inspections.count) 次检查，\(data.samplings.count) 次抽检，修订号 \(store.revision)\n",
                    en:
                        "Generated store written to \(directory) as of \(common.day): \(data.products.count) products, \(data.inspections.count) inspections, \(data.samplings.count) samplings, revision \(store.revision)\n"
                )[common.language])
        }
    }
}
