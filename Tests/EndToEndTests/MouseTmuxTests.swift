import Foundation
import Testing

/// The mouse in a real terminal: tmux passes xterm's SGR mouse reports (ESC [ < button ; column ; row M/m)
/// to biopilot as a terminal would.
@Suite struct MouseTmuxTests {
    typealias Session = DashboardTmuxTests.Session

    /// A press and release of the left button at a 1-based column and row.
    static func click(_ column: Int, _ row: Int) -> String { "\u{1B}[<0;\(column);\(row)M\u{1B}[<0;\(column);\(row)m" }
    static func wheelDown(_ column: Int, _ row: Int) -> String { "\u{1B}[<65;\(column);\(row)M" }

    @Test func aClickSwitchesTabsSelectsAndOpensARowAndTheWheelScrolls() throws {
        let xdg = TempStore()
        let s = try Session(command: DashboardTmuxTests.command(xdg.path), width: 80, height: 24)
        try s.waitFor("1 Products", "P01")
        // The tab " 3 Sampling " starts at column 35 (1-based) after " biopilot " and two tabs.
        try s.type(Self.click(37, 1))
        try s.waitFor("Sampling results │")
        try s.type(Self.click(13, 1))
        try s.waitFor("Products │")
        // A double click on the fifth product's row (screen row 7) opens its case.
        try s.type(Self.click(3, 7) + Self.click(3, 7))
        try s.waitFor("Case P05")
        try s.keys("Escape")
        try s.waitFor("Products │")
        // Two turns of the wheel move three rows each: from P05 to P11, which Enter opens.
        try s.type(Self.wheelDown(10, 10) + Self.wheelDown(10, 10))
        try s.keys("Enter")
        try s.waitFor("Case P11")
        try s.keys("Escape", "q")
        try s.waitFor("EXIT=0")
    }

    /// With `--no-mouse` biopilot never asks the terminal for mouse reports, so the terminal keeps selecting text.
    @Test func noMouseLeavesClicksToTheTerminal() throws {
        for (flag, asked) in [("", "1"), (" --no-mouse", "0")] {
            let xdg = TempStore()
            let s = try Session(command: DashboardTmuxTests.command(xdg.path) + flag, width: 80, height: 24)
            try s.waitFor("1 Products", "P01")
            let mode = try s.tmux(["display-message", "-p", "-t", s.name, "#{mouse_any_flag}"]).stdout.trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(mode == asked, "mouse reporting \(mode) with\(flag.isEmpty ? " the default" : flag)")
            try s.keys("q")
            try s.waitFor("EXIT=0")
        }
    }
}
