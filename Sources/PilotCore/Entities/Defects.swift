/// Defects by grade: 严重 critical, 主要 major, 一般 general.
public struct Defects: Hashable, Sendable, Codable {
    public var critical: Int
    public var major: Int
    public var general: Int

    public init(critical: Int = 0, major: Int = 0, general: Int = 0) {
        self.critical = critical
        self.major = major
        self.general = general
    }

    public var total: Int { critical + major + general }

    /// The counts with their grades, never bare "0/2/4": 严重0 主要2 一般4.
    public var label: Bilingual {
        Bilingual(zh: "严重\(critical) 主要\(major) 一般\(general)", en: "critical \(critical) major \(major) general \(general)")
    }
}
