import PilotCore

/// A sort order a filterable list cycles through with `s`.
public protocol ListSort: CaseIterable, Equatable, Sendable {
    /// What the status line says after `s`.
    var label: Bilingual { get }
}

extension ListSort {
    /// The next sort order, wrapping around to the first.
    var next: Self {
        let all = Array(Self.allCases)
        guard let position = all.firstIndex(of: self) else { return self }
        return all[(position + 1) % all.count]
    }
}
