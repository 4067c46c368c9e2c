import PilotCore

/// The panes, in the order of their tabs and number keys. Each is registered with its component below:
/// the header tabs, the keys 1…n and `:1`…`:n`, `:products`…, Tab cycling and the status line all come from here.
public enum Pane: Int, CaseIterable, Sendable {
    case products = 1
    case calendar, sampling, coverage, due

    /// The registry: one line per pane.
    var component: any PaneComponent.Type {
        switch self {
        case .products: return ProductsComponent.self
        case .calendar: return CalendarComponent.self
        case .sampling: return SamplingComponent.self
        case .coverage: return CoverageComponent.self
        case .due: return DueComponent.self
        }
    }

    /// Its name as a `:` command and as `biopilot render --pane`.
    public var commandName: String { component.commandName }

    /// The pane `steps` tabs away, wrapping around (Tab and S-Tab).
    func cycled(by steps: Int) -> Pane {
        let all = Pane.allCases
        let i = all.firstIndex(of: self) ?? all.startIndex
        return all[((i + steps) % all.count + all.count) % all.count]
    }

    /// The pane a `:` command names, by number or by name.
    init?(commandName name: String) {
        guard let pane = Pane.allCases.first(where: { String($0.rawValue) == name || $0.commandName == name }) else { return nil }
        self = pane
    }
}
