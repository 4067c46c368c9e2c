import PilotCore

/// The due list's screen lines, the shown items with a heading before each group, found without building them:
/// the items are soonest first and the groups follow the due date, so each group is one run of the shown
/// items, located by binary search. A frame reads a window of lines, not the whole list.
struct DueLines: RandomAccessCollection {
    enum Line: Equatable {
        case heading(DueGroup, Int)
        case item(Int)
    }

    /// Each group present: the position of its first shown item and how many it has.
    let runs: [(group: DueGroup, first: Int, count: Int)]
    let itemCount: Int

    init(items: [DueItem], visible: [Int]) {
        var runs: [(group: DueGroup, first: Int, count: Int)] = []
        var start = 0
        for group in DueGroup.allCases {
            // The first shown item of a later group: the shown items are in group order.
            var low = start
            var high = visible.count
            while low < high {
                let mid = (low + high) / 2
                if items[visible[mid]].group <= group { low = mid + 1 } else { high = mid }
            }
            if low > start { runs.append((group, start, low - start)) }
            start = low
        }
        self.runs = runs
        itemCount = visible.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { itemCount + runs.count }

    subscript(line: Int) -> Line {
        var headingsBefore = 0
        for run in runs {
            let headingLine = run.first + headingsBefore
            if line == headingLine { return .heading(run.group, run.count) }
            if line < headingLine + 1 + run.count { return .item(line - headingsBefore - 1) }
            headingsBefore += 1
        }
        return .item(line - headingsBefore)
    }

    /// The line showing shown item `n`.
    func line(ofItem n: Int) -> Int { n + runs.filter { $0.first <= n }.count }

    /// How many items lines `range` show.
    func itemCount(in range: Range<Int>) -> Int {
        range.count - runs.indices.filter { range.contains($0 + runs[$0].first) }.count
    }
}
