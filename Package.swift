// swift-tools-version:6.0
import PackageDescription

// Linux only (glibc): the store relies on flock(2), /proc/self/mounts and glibc errno and iconv, and the
// terminal layer on ncursesw. No other platform is declared because none is built or tested.
let package = Package(
    name: "biopilot",
    products: [
        .executable(name: "biopilot", targets: ["biopilot"]),
        .executable(name: "biopilot-bench", targets: ["biopilot-bench"]),
    ],
    dependencies: [
        // Command-line parsing, help and shell completion.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 for the journal's hash chain (the audit trail's tamper check).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Seeded property tests (tests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // Reads the preferences file (config.toml) with line numbers for its syntax errors.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // Pure domain: entities, rules, coverage, working-day calendar. No I/O but reading its own bundled data.
        .target(
            name: "PilotCore",
            resources: [.copy("Resources/holidays-cn.json"), .copy("Resources/provinces.json"), .copy("Resources/pinyin.txt")]
        ),
        // The store directory: snapshot, hash-chained journal, lock, schema versions.
        .target(
            name: "PilotStore",
            dependencies: ["PilotCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The dashboard without a terminal: state, actions, reducer, screens rendered to a grid of cells.
        .target(name: "DashboardUI", dependencies: ["PilotCore"]),
        // ncursesw from the system (libncursesw5-dev on Debian). No pkgConfig: SwiftPM would drop its -D flags.
        .systemLibrary(name: "CNcursesW", providers: [.apt(["libncursesw5-dev"])]),
        // PostgreSQL's C client from the system (libpq-dev on Debian): synchronous, no event loop.
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
        // The journal and current records on PostgreSQL (issue 16): the same lines and hash chain as the directory store.
        .target(name: "PilotPostgres", dependencies: ["CLibPQ", "PilotCore", "PilotStore"]),
        // The only importer of CNcursesW: starts and restores the terminal, reads keys, draws grids.
        .target(name: "TerminalUI", dependencies: ["CNcursesW", "DashboardUI"]),
        // CSV and report formats built from the core's values.
        .target(name: "Exchange", dependencies: ["PilotCore"]),
        // The dashboard's effects without a terminal: saves, imports, exports, :log, compact, and the look for
        // other members' edits, run against the store and answered with actions for the reducer.
        .target(name: "DashboardRuntime", dependencies: ["PilotCore", "PilotStore", "Exchange", "DashboardUI"]),
        // The preferences file: parsed from a string into values and problems, then ranked against the command line.
        .target(name: "Preferences", dependencies: ["PilotCore", "DashboardUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        .executableTarget(
            name: "biopilot",
            dependencies: [
                "PilotCore", "PilotStore", "PilotPostgres", "Exchange", "DashboardUI", "DashboardRuntime", "TerminalUI", "Preferences",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Issue 15's table: p50/p99/max of every measure on generated stores, beside Python json and coreutils.
        .executableTarget(
            name: "biopilot-bench",
            dependencies: [
                "PilotCore", "PilotStore", "PilotPostgres", "DashboardUI", "DashboardRuntime", "Exchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PilotCoreTests", dependencies: ["PilotCore", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "PilotStoreTests",
            dependencies: ["PilotCore", "PilotStore", .product(name: "PropertyBased", package: "swift-property-based")]),
        // The throwaway PostgreSQL cluster the tests start themselves (or BIOPILOT_TEST_PG_URL), one per test process,
        // shared by every test target that needs a database. A library only because test targets cannot depend on
        // each other; nothing outside Tests/ uses it.
        .target(name: "PostgresSupport", dependencies: ["PilotPostgres"], path: "Tests/PostgresSupport"),
        // PostgreSQL's own behaviour: schema, roles, policies, the journal's guards, notifications; and a dashboard
        // following, losing and regaining a PostgreSQL store.
        .testTarget(
            name: "PostgresTests",
            dependencies: [
                "PilotCore", "PilotStore", "PilotPostgres", "PostgresSupport", "DashboardUI", "DashboardRuntime",
            ]),
        // The store contract, one body run against both backends: a store directory and a PostgreSQL database.
        // The dashboard's effects against the store are part of it.
        .testTarget(
            name: "StoreContractTests",
            dependencies: ["PilotCore", "PilotStore", "PilotPostgres", "PostgresSupport", "DashboardUI", "DashboardRuntime"]),
        .testTarget(
            name: "ExchangeTests",
            dependencies: ["PilotCore", "Exchange", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "DashboardUITests",
            // The runtime, the store and the exchange formats too, for goldens of overlays filled with their real text
            // (audit entries, import problems).
            dependencies: [
                "PilotCore", "DashboardUI", "DashboardRuntime", "PilotStore", "Exchange",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "DashboardRuntimeTests", dependencies: ["PilotCore", "PilotStore", "DashboardUI", "DashboardRuntime"]),
        .testTarget(name: "PreferencesTests", dependencies: ["PilotCore", "DashboardUI", "Preferences"]),
        // The bench's arithmetic (percentiles, sizes); its timings are never tested.
        .testTarget(name: "BenchTests", dependencies: ["biopilot-bench"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["PilotCore", "PilotStore", "PilotPostgres", "PostgresSupport", "Exchange"],
            exclude: ["coverage-cross-check.py"]),
    ],
    swiftLanguageModes: [.v6]
)
