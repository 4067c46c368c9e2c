import PilotCore
import PropertyBased
import Testing

@testable import DashboardUI

/// Properties of the dashboard over generated sizes, texts and key sequences. Each run draws fresh seeds;
/// a failure prints the input and the `.fixedSeed(...)` that replays it.
@Suite struct DashboardPropertyTests {
    static let size = zip(Gen.int(in: 1...220), Gen.int(in: 1...70)).map { Size(width: $0, height: $1) }

    /// Any terminal size, with help, pane switches and a filter in between, renders a grid of exactly that size.
    @Test func anyResizeRendersAGridOfThatSize() async {
        await propertyCheck(count: 40, input: Self.size.array(of: 1...6)) { sizes in
            var s = UI.state()
            UI.press(&s, .enter)
            for (n, size) in sizes.enumerated() {
                _ = reduce(&s, .resize(size))
                if n % 2 == 0 { UI.press(&s, .char("?")) }
                if n % 3 == 0 { UI.press(&s, .escape, .char(String(n % 4 + 1).first!)) }
                if n % 5 == 0 { UI.press(&s, .char("/"), .char("a")) }
                let grid = Screen.render(s)
                #expect(grid.width == size.width && grid.height == size.height, "\(size)")
            }
        }
    }

    static let column = zip(Gen.int(in: 1...30), Gen.int(in: 0...29), Gen.bool, Gen.int(in: 0...5))
        .map { width, cut, flexible, priority in
            TableColumn("c", width: width, minWidth: max(1, width - cut), flexible: flexible, priority: priority)
        }

    /// The shown columns and the one-cell gaps between them fill the table's width exactly.
    @Test func tableColumnWidthsSumToTheTotal() async {
        await propertyCheck(count: 300, input: Self.column.array(of: 1...8), Gen.int(in: 1...200)) { columns, total in
            let widths = Table.widths(columns, total: total)
            let shown = widths.compactMap { $0 }
            #expect(widths.count == columns.count && !shown.isEmpty)
            #expect(shown.allSatisfy { $0 >= 0 })
            #expect(shown.reduce(0, +) + shown.count - 1 == total, "\(widths) of \(columns.map { ($0.width, $0.minWidth) })")
        }
    }

    struct Put: Sendable, CustomStringConvertible {
        var text: String
        var x: Int
        var limit: Int?
        var description: String { "put(\(text.debugDescription), x: \(x), limit: \(limit.map(String.init) ?? "nil"))" }
    }

    static let glyphs: [Character] = ["a", " ", "原", "液", "胰", "，", "\u{301}", "\u{1B}", "👍"]
    static let put = zip(
        Gen<Character?>.element(of: glyphs).map { $0! }.string(of: 0...6), Gen.int(in: -3...12),
        Gen.int(in: 0...8).optional
    )
    .map { Put(text: $0, x: $1, limit: $2) }

    /// However wide characters are written over each other, every wide glyph keeps its continuation cell and
    /// no continuation cell is left without its glyph.
    @Test func putNeverOrphansHalfAWideGlyph() async {
        await propertyCheck(count: 300, input: Gen.int(in: 1...10), Self.put.array(of: 1...8)) { width, puts in
            var grid = Grid(width: width, height: 1)
            for p in puts { grid.put(p.text, x: p.x, y: 0, style: Style(.text), limit: p.limit) }
            for x in 0..<width {
                let cell = grid[x, 0]
                if cell.width == 2 {
                    #expect(x + 1 < width && grid[x + 1, 0].width == 0, "wide \(cell.text) at \(x) of \(width): \(puts)")
                }
                if cell.width == 0 {
                    #expect(x > 0 && grid[x - 1, 0].width == 2, "orphan continuation at \(x) of \(width): \(puts)")
                }
            }
            #expect(DisplayWidth.of(grid.line(0)) == width, "\(grid.line(0).debugDescription): \(puts)")
        }
    }

    /// Every key the key table binds, and the keys that edit text or leave overlays.
    static let keys: [Key] = Array(
        Set(
            Keymap.bindings.flatMap(\.keys)
                + [
                    .char("a"), .char("1"), .char("中"), .char(" "), .char("-"), .char("9"), .enter, .escape, .backspace, .delete,
                    .tab, .backTab, .left, .right,
                ]))

    /// Random key sequences never crash, keep every list's selection on a row, a form's focus on a field,
    /// and render at the terminal's size.
    @Test func randomKeysKeepSelectionsInBounds() async {
        await propertyCheck(count: 60, input: Gen<Key?>.element(of: Self.keys).map { $0! }.array(of: 1...40)) { keys in
            var s = UI.state(Size(width: 100, height: 30), .en)
            for key in keys {
                _ = reduce(&s, .key(key))
                let context = "after \(keys.map(\.label))"
                #expect(s.products.list.selected >= 0 && s.products.list.selected < max(1, s.products.visible.count), "\(context)")
                #expect(s.products.visible.allSatisfy { s.model.rows.indices.contains($0) }, "\(context)")
                #expect(s.sampling.list.selected >= 0 && s.sampling.list.selected < max(1, s.sampling.visible.count), "\(context)")
                #expect(s.coverage.list.selected >= 0 && s.coverage.list.selected < max(1, s.coverage.lines.count), "\(context)")
                for list in [s.products.list, s.sampling.list, s.coverage.list] {
                    #expect(list.offset >= 0 && list.offset <= list.selected, "\(context)")
                }
                if let form = s.form { #expect(form.fields.indices.contains(form.focus), "\(context)") }
                #expect(s.helpScroll >= 0, "\(context)")
            }
            let grid = Screen.render(s)
            #expect(grid.width == 100 && grid.height == 30)
        }
    }
}
