import PilotCore

/// Tab at the `:` command line: completes a command name, a record kind, or a record id, as far as the candidates
/// agree; when several remain they are listed.
enum CommandCompletion {
    /// The commands, as the unknown-command message lists them (pane names and numbers come from the registry).
    static let usages = CommandList.all.map(\.usage)

    static var names: [String] {
        var seen = Set<String>()
        return (usages.compactMap { $0.split(separator: " ").first.map(String.init) } + Pane.allCases.map(\.commandName))
            .filter { seen.insert($0).inserted }
    }

    /// The kinds `:add` takes: those with a blank form of their own.
    static let addableKinds: [EntityKind] = [.enterprise, .site, .product, .staff, .inspector]
    /// The kinds `:edit` and `:delete` take. A measure is added from the finding it answers (`m` in the case);
    /// inspections and samplings are changed in their panes, where moving, cancelling and voiding ask what they need.
    static let editableKinds: [EntityKind] = addableKinds + [.measure]

    struct Result: Equatable {
        /// The line completed as far as every candidate agrees.
        let text: String
        /// The candidates left when more than one fits (empty when the completion is unique or nothing fits).
        let candidates: [String]
    }

    static func complete(_ line: String, in data: PilotData) -> Result {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let head = words.dropLast().joined(separator: " ")
        let last = words.last ?? ""
        let options: [String]
        switch words.count {
        case 1: options = names
        case 2 where words[0] == "add": options = addableKinds.map(\.rawValue)
        case 2 where ["edit", "delete"].contains(words[0]): options = editableKinds.map(\.rawValue)
        case 2 where words[0] == "lang": options = ["zh", "en"]
        case 2 where words[0] == "import": options = ["samplings", "products"]
        case 2 where words[0] == "export": options = ["ics", "csv"]
        case 2 where words[0] == "report": options = ["annual", "sampling", "summary"]
        case 3 where words[0] == "export" && words[1] == "csv": options = ExportRequest.csvKinds
        case 2 where words[0] == "log": options = ["all", "user", "since", "until"]
        case 3 where ["edit", "delete"].contains(words[0]):
            options = EntityKind(rawValue: words[1]).map { ids(of: $0, in: data) } ?? []
        default: options = []
        }
        let fitting = options.filter { $0.hasPrefix(last) }
        let prefix = head.isEmpty ? "" : head + " "
        guard let first = fitting.first else { return Result(text: line, candidates: []) }
        if fitting.count == 1 { return Result(text: prefix + first + " ", candidates: []) }
        let common = fitting.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
        return Result(text: prefix + common, candidates: fitting)
    }

    static func ids(of kind: EntityKind, in data: PilotData) -> [String] {
        switch kind {
        case .enterprise: return data.enterprises.map(\.id)
        case .site: return data.sites.map(\.id)
        case .product: return data.products.map(\.id)
        case .staff: return data.residentStaff.map(\.id)
        case .inspector: return data.inspectors.map(\.id)
        case .inspection: return data.inspections.map(\.id)
        case .sampling: return data.samplings.map(\.id)
        case .setting: return data.settings.map(\.id)
        case .measure: return data.measures.map(\.id)
        }
    }
}
