import PilotCore

/// A file the dashboard is asked to write (`:export`, `:report`): what, where, and whether an existing file
/// may be replaced (only after the user said so).
public struct ExportRequest: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Inspections as iCalendar, optionally one inspector's.
        case ics(inspector: String?)
        /// products, inspections or samplings as CSV.
        case csv(String)
        case annualReport(year: Int)
        case samplingReport(year: Int)
        case summaryReport
    }

    public var kind: Kind
    public var path: String
    public var overwrite = false

    public init(kind: Kind, path: String, overwrite: Bool = false) {
        self.kind = kind
        self.path = path
        self.overwrite = overwrite
    }

    static let csvKinds = ["products", "inspections", "samplings"]

    static let usage = Bilingual(
        zh:
            "用法：:export ics 路径 [--inspector 编号] · :export csv products|inspections|samplings 路径 · :report annual|sampling 路径 [年份] · :report summary 路径",
        en:
            "usage: :export ics PATH [--inspector ID] · :export csv products|inspections|samplings PATH · :report annual|sampling PATH [YEAR] · :report summary PATH"
    )

    /// `:export …` and `:report …` (the command's name first), or why the words cannot be read.
    static func parse(_ words: [String], year: Int) -> Result<ExportRequest, CommandProblem> {
        let w = Array(words.dropFirst())
        switch (words.first, w.first) {
        case ("export", "ics"):
            guard w.count == 2 || (w.count == 4 && w[2] == "--inspector") else { return .failure(CommandProblem(message: usage)) }
            return .success(ExportRequest(kind: .ics(inspector: w.count == 4 ? w[3] : nil), path: w[1]))
        case ("export", "csv"):
            guard w.count == 3, csvKinds.contains(w[1]) else { return .failure(CommandProblem(message: usage)) }
            return .success(ExportRequest(kind: .csv(w[1]), path: w[2]))
        case ("report", "annual"), ("report", "sampling"):
            guard w.count == 2 || w.count == 3 else { return .failure(CommandProblem(message: usage)) }
            guard let y = w.count == 3 ? Int(w[2]) : year, (2000...2100).contains(y) else {
                return .failure(CommandProblem(message: Bilingual(zh: "年份“\(w[2])”无法识别", en: "year \"\(w[2])\" is not a year")))
            }
            return .success(ExportRequest(kind: w[0] == "annual" ? .annualReport(year: y) : .samplingReport(year: y), path: w[1]))
        case ("report", "summary"):
            guard w.count == 2 else { return .failure(CommandProblem(message: usage)) }
            return .success(ExportRequest(kind: .summaryReport, path: w[1]))
        default:
            return .failure(CommandProblem(message: usage))
        }
    }
}
