import Foundation
import Testing

/// The real dashboard in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.
/// Needs tmux (installed by .ci/run).
@Suite(.serialized) struct DashboardTmuxTests {
    final class Session {
        let socket = "biopilot-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        let name = "t"
        let xdg = TempStore()

        init(command: String, width: Int = 100, height: Int = 30) throws {
            try FileManager.default.createDirectory(atPath: xdg.path, withIntermediateDirectories: true)
            // A shell that runs biopilot, then prints its exit status and waits, so the restored screen can be read;
            // with no preferences file of the machine's user (a command may still name its own XDG_CONFIG_HOME).
            let script = "export XDG_CONFIG_HOME=\(xdg.path); \(command); echo EXIT=$?; sleep 60"
            let status = try Shell.run(
                "tmux -L \(socket) new-session -d -s \(name) -x \(width) -y \(height) \(Shell.quote("sh")) -c \(Shell.quote(script))"
            ).status
            #expect(status == 0, "tmux new-session failed; is tmux installed?")
        }

        deinit { _ = try? tmux(["kill-server"]) }

        @discardableResult
        func tmux(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
            try Shell.run((["tmux", "-L", socket] + arguments).map(Shell.quote).joined(separator: " "))
        }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]).stdout }

        func keys(_ keys: String...) throws {
            for key in keys { try tmux(["send-keys", "-t", name, key]) }
        }

        func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

        /// Waits up to 10 s for the screen to contain every one of `texts` (a capture can catch a frame
        /// half drawn, so what a test checks is what it waits for).
        @discardableResult
        func waitFor(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            var last = ""
            for _ in 0..<200 {
                last = try screen()
                if texts.allSatisfy(last.contains) { return last }
                usleep(50_000)
            }
            Issue.record("screen never showed \(texts):\n\(last)", sourceLocation: sourceLocation)
            return last
        }
    }

    static func command(_ xdg: String, env: String = "TERM=xterm-256color LANG=C.UTF-8") -> String {
        "env -u LC_ALL \(env) XDG_DATA_HOME=\(xdg) BIOPILOT_USER=e2e \(CLI.binary) --demo --today 2026-11-22"
    }

    /// A tmux server inherits the signal mask of whatever spawned it; with SIGTERM blocked it ignores `kill-server`
    /// and its dashboard outlives the test (sessions were found running hours later).
    @Test func shellChildrenStartWithNoSignalBlocked() throws {
        let status = try Shell.run("grep SigBlk /proc/self/status").stdout
        #expect(status.contains("SigBlk:\t0000000000000000"), "\(status)")
    }

    @Test func browseEveryPaneFilterOpenACaseResizeAndQuit() throws {
        let xdg = TempStore()
        let s = try Session(command: Self.command(xdg.path))
        var screen = try s.waitFor("Products", "P14", "user e2e", "today 2026-11-22")
        try s.keys("2")
        screen = try s.waitFor("INS-0022")
        try s.keys("3")
        screen = try s.waitFor("Batch")
        try s.keys("4")
        screen = try s.waitFor("working days left")
        try s.keys("Tab")
        screen = try s.waitFor("Overdue (")
        try s.keys("Tab")
        screen = try s.waitFor("Findings")
        try s.keys("/")
        try s.type("sichuan")
        try s.keys("Enter")
        screen = try s.waitFor("/sichuan 2/14 matches")
        #expect(!screen.contains("P01 "))
        try s.keys("Enter")
        screen = try s.waitFor("Case P08", "drug substance (原液)")
        try s.keys("Escape")
        screen = try s.waitFor("P10", "/sichuan 2/14 matches", "Findings")
        #expect(!screen.contains("Case P08"))
        try s.keys("?")
        screen = try s.waitFor("filter as you type")
        try s.keys("Escape")
        try s.tmux(["resize-window", "-t", s.name, "-x", "40", "-y", "12"])
        // P08 matched "sichuan" on a province its row does not show: the hint line says so, and keeps the filter.
        screen = try s.waitFor("Province: Sich", "/sichuan 2/14")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try s.tmux(["resize-window", "-t", s.name, "-x", "30", "-y", "8"])
        screen = try s.waitFor("Terminal too small")
        try s.tmux(["resize-window", "-t", s.name, "-x", "100", "-y", "30"])
        screen = try s.waitFor("Inspection calendar")
        try s.keys("q")
        screen = try s.waitFor("EXIT=0")
        // The terminal is restored: the dashboard's screen is gone.
        #expect(!screen.contains("Products │"))
    }

    /// Calendar, a, Enter: one more planned inspection, journalled; then complete one from the keyboard.
    @Test func scheduleAndCompleteFromTheKeyboard() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let before = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout.components(separatedBy: "\r\n").count
        let s = try Session(
            command: "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=e2e \(CLI.binary) --store \(store.path) --today 2026-11-22")
        _ = try s.waitFor("Products")
        try s.keys("2")
        _ = try s.waitFor("Mon")
        try s.keys("a")
        _ = try s.waitFor("Schedule an inspection")
        try s.keys("Enter")
        try s.waitFor("scheduled INS-0023")
        let after = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout.components(separatedBy: "\r\n").count
        #expect(after == before + 1)
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        let log = try CLI.run(["log", "--store", store.path, "--limit", "1"]).stdout
        // The display name from $BIOPILOT_USER, beside the operating-system account that wrote the line.
        #expect(log.contains("e2e (\(CLI.account))  added inspection INS-0023"), "\(log)")
        // Today's agenda holds the in-progress routine inspection INS-0022: s opens the completion form.
        try s.keys("t", "s")
        // It was planned to end Monday 2026-11-23, after today (Sunday): it cannot be completed until the end
        // says it ended today.
        _ = try s.waitFor("Complete inspection INS-0022", "ends 2026-11-23, after tod")
        try s.keys("BSpace")
        try s.type("2")
        try s.keys("Tab", "Tab", "BSpace")
        try s.type("1")
        // 30 working days from 2026-11-22 run into 2027, whose holidays are not on file: 元旦 is assumed, and said.
        try s.waitFor("rectification report due 2027-01-04")
        try s.keys("Enter")
        try s.waitFor("INS-0022 completed")
        // The status line cuts the message at this width; M shows it whole.
        try s.keys("M")
        try s.waitFor("INS-0022 completed, rectification report due 2027-01-04")
        try s.keys("Escape", "Enter")
        try s.waitFor("Inspection INS-0022", "2027-01-04")
        try s.keys("Escape", "q")
        _ = try s.waitFor("EXIT=0")
        let csv = try CLI.run(["export", "csv", "inspections", "--store", store.path]).stdout
        #expect(csv.contains("INS-0022,P01,routine,2026-11-20,2026-11-22,completed,compliant"))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    /// Sampling pane: add a sampling from the keyboard, record a failing report, see it stand out, quit,
    /// and find it in the CSV export.
    @Test func addASamplingAndRecordAFailure() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let s = try Session(
            command: "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=e2e \(CLI.binary) --store \(store.path) --today 2026-11-22")
        try s.waitFor("Products")
        try s.keys("3")
        try s.waitFor("Lab/report")
        try s.keys("a")
        try s.waitFor("Add a sampling", "required")
        try s.keys("Tab", "Tab")
        try s.type("P08-E2E-01")
        try s.keys("Enter")
        try s.waitFor("added sampling SMP-0024")
        // The new sampling is the newest: it is on the first row; e opens it on the report number.
        try s.keys("g", "e")
        try s.waitFor("Edit sampling SMP-0024")
        try s.type("BG2026-E2E")
        try s.keys("Tab")
        // Not before the lab received the sample (the form's default, the next working day, 11-23).
        try s.type("2026-11-23")
        try s.keys("Tab") // the report served (送达) the same day: 7 working days from Monday 11-23
        try s.type("2026-11-23")
        try s.keys("Tab", "Right", "Right")
        try s.waitFor("re-test may be requested until 2026-12-02")
        try s.keys("Enter")
        try s.waitFor("updated sampling SMP-0024")
        try s.keys("/")
        try s.type("P08-E2E")
        try s.keys("Enter")
        let screen = try s.waitFor("P08-E2E-01", "fail (不符合规定)")
        _ = screen
        try s.keys("q")
        try s.waitFor("EXIT=0")
        let csv = try CLI.run(["export", "csv", "samplings", "--store", store.path]).stdout
        #expect(csv.contains("SMP-0024,P08,drug-product,P08-E2E-01,2026-11-22,四川省药品检验研究院,fail,BG2026-E2E"))
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    /// Coverage pane: accept the proposed plan; `biopilot coverage` then shows the planned inspections while
    /// `covered` stays honest (only completed inspections count).
    @Test func acceptThePlanInTheCoveragePane() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let before =
            try JSONSerialization.jsonObject(
                with: try CLI.run(["coverage", "--store", store.path, "--today", "2026-11-22", "--format", "json"]).stdoutBytes)
            as! [String: Any]
        let s = try Session(
            command: "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=e2e \(CLI.binary) --store \(store.path) --today 2026-11-22")
        try s.waitFor("Products")
        try s.keys("4")
        try s.waitFor("covered (42%)", "Beijing 1/2")
        try s.keys("p")
        try s.waitFor("Plan to close the 2026 gaps", "P12", "✗ P08")
        try s.keys("A")
        // P12, and P02 a second one: its own supervision plan asks for two a year.
        try s.waitFor("scheduled 2 full-system GMP insp")
        try s.keys("q")
        try s.waitFor("EXIT=0")
        let after =
            try JSONSerialization.jsonObject(
                with: try CLI.run(["coverage", "--store", store.path, "--today", "2026-11-22", "--format", "json"]).stdoutBytes)
            as! [String: Any]
        #expect(after["covered"] as? Int == before["covered"] as? Int)
        let p12 = (after["products"] as! [[String: Any]]).first { $0["id"] as? String == "P12" }
        #expect(
            p12?["plannedFullSystemInspection"] as? Bool == true && p12?["covered"] as? Bool == false
                && p12?["fullSystemInspection"] as? Bool == false)
        let text = try CLI.run(["coverage", "--store", store.path, "--today", "2026-11-22", "--lang", "en"]).stdout
        let line = text.split(separator: "\n").first { $0.hasPrefix("P12") } ?? ""
        #expect(line.contains("✗         ✓"), "\(line)") // Full GMP ✗, Planned ✓
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    /// Case management from the keyboard: an enterprise, a site and a product, then the product's first step;
    /// everything is there after reopening, journalled, and `validate` reports what the new case still lacks.
    @Test func createAnEnterpriseSiteAndProduct() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let command = "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=e2e \(CLI.binary) --store \(store.path) --today 2026-11-22"
        let s = try Session(command: command)
        try s.waitFor("Products")
        try s.keys(":")
        try s.type("add enterprise")
        try s.keys("Enter")
        try s.waitFor("Add enterprise")
        try s.type("闽康生物制药有限公司")
        try s.keys("Tab", "Tab")
        try s.type("91350100M000100Y43")
        try s.waitFor("credit code check character is correct")
        // The province is picked by name: typing its pinyin initials opens the list, Enter chooses.
        try s.keys("Tab")
        try s.type("fjs")
        try s.waitFor("Search：fjs", "Fujian")
        try s.keys("Enter")
        // The form's province line now names it (the label column is as wide as the longest label).
        var picked = false
        for _ in 0..<100 where !picked {
            picked = try s.screen().split(separator: "\n").contains { $0.contains("│ Province ") && $0.contains("Fujian") }
            if !picked { usleep(50_000) }
        }
        let shown = try s.screen()
        #expect(picked, "\(shown)")
        try s.keys("Enter")
        try s.waitFor("added E13")
        try s.keys(":")
        try s.type("add site")
        try s.keys("Enter")
        try s.waitFor("Add site", "闽康生物制药有限公司")
        // The cursor starts on the address (the enterprise is a list Enter would open).
        try s.type("福建省厦门市海沧区新阳路8号")
        try s.keys("Tab", "Tab", "Tab", "Tab", "Space")
        try s.keys("Enter")
        try s.waitFor("added S12")
        try s.keys("a")
        try s.waitFor("Add product")
        try s.type("闽康抗IL-17A单抗注射液")
        // Past the English name, basis, type and holder: both site lists offer only sites licensed for their
        // segment; the new site is found by its street.
        try s.keys("Tab", "Tab", "Tab", "Tab", "Tab")
        try s.type("xyl")
        try s.waitFor("Drug-substance site", "1/1")
        try s.keys("Enter")
        try s.type("xyl")
        try s.waitFor("Drug-product site", "1/1")
        try s.keys("Enter")
        try s.waitFor("Drug-product site", "福建省厦门市海沧区新阳路8号")
        try s.keys("Enter")
        try s.waitFor("added P15")
        try s.keys("G", "Enter")
        try s.waitFor("Case P15")
        try s.keys(">")
        try s.waitFor("P15: step of the pilot path", "‹ application ›")
        try s.keys("Enter")
        try s.waitFor("P15: application (2026-11-22)", "✓ 2026-11-22  application  (e2e)")
        try s.keys("q")
        try s.waitFor("EXIT=0")
        // Reopen: all there.
        let again = try Session(command: command)
        try again.waitFor("Products")
        try again.keys("G", "Enter")
        try again.waitFor("Case P15", "闽康生物制药有限公司", "福建省厦门市海沧区新阳路8号", "✓ 2026-11-22  application")
        try again.keys("q")
        try again.waitFor("EXIT=0")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        let validate = try CLI.run(["validate", "--store", store.path, "--today", "2026-11-22"]).stdout
        #expect(
            validate.contains("P15") && validate.contains("no 一品一策 plan reference recorded") && validate.contains("no risk rating recorded")
        )
        #expect(validate.contains("E13") == false || !validate.contains("E13\tcredit"))
    }

    // MARK: Two members on one store (issue 10: nothing lost)

    static func member(_ user: String, _ store: String) -> String {
        "env TERM=xterm-256color LANG=C.UTF-8 BIOPILOT_USER=\(user) \(CLI.binary) --store \(store) --today 2026-11-22 --lang en"
    }

    static func sampling(_ id: String, in store: String) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store]).stdoutBytes) as! [String: Any]
        return (json["samplings"] as! [[String: Any]]).first { $0["id"] as? String == id }!
    }

    /// Alice and bob edit SMP-0017 in two dashboards; alice records a failed result and saves first. Bob's
    /// save is refused and shows both versions; for each of his choices the store and the journal hold
    /// exactly what was chosen, and alice's "fail" is never reverted.
    @Test(arguments: ["t", "m", "e"])
    func twoDashboardsEditTheSameSampling(_ choice: String) throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let items = try Self.sampling("SMP-0017", in: store.path)["testItems"] as! String
        let alice = try Session(command: Self.member("alice", store.path))
        let bob = try Session(command: Self.member("bob", store.path))
        for s in [alice, bob] {
            try s.waitFor("Products")
            try s.keys("3")
            try s.waitFor("Lab/report")
            try s.keys("g", "e")
            try s.waitFor("Edit sampling SMP-0017")
        }
        try alice.type("BG-ALICE-001")
        try alice.keys("Tab")
        try alice.type("2026-11-20")
        try alice.keys("Tab", "Tab", "Right", "Right")
        try alice.waitFor("re-test window cannot be computed yet")
        try alice.keys("Enter")
        try alice.waitFor("updated sampling SMP-0017")
        try bob.keys("BTab")
        try bob.type("、细菌内毒素")
        try bob.keys("Enter")
        try bob.waitFor("sampling SMP-0017: changed by another user", "BG-ALICE-001", "t keep theirs · m apply mine · e keep editing")
        try bob.keys(choice)
        switch choice {
        case "t": try bob.waitFor("kept their version of SMP-0017")
        case "m": try bob.waitFor("updated sampling SMP-0017")
        default:
            try bob.waitFor("their version plus your changes", "Edit sampling SMP-0017", "BG-ALICE-001")
            try bob.keys("Enter")
            try bob.waitFor("updated sampling SMP-0017")
        }
        let saved = try Self.sampling("SMP-0017", in: store.path)
        #expect(saved["conclusion"] as? String == "fail" && saved["reportNo"] as? String == "BG-ALICE-001")
        #expect(saved["testItems"] as? String == (choice == "t" ? items : items + "、细菌内毒素"))
        let text = try CLI.run(["log", "--store", store.path, "--limit", "3"]).stdout
        let log = text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#") }
        if choice == "t" {
            #expect(
                log.first?.contains("#128") == true && log.first?.hasSuffix("alice (\(CLI.account))  changed sampling SMP-0017") == true,
                "\(text)")
            #expect(
                text.contains("\n    conclusion: pending → fail\n") && text.contains("\n    report number: — → BG-ALICE-001\n"), "\(text)")
        } else {
            #expect(
                log.first?.contains("#129") == true && log.first?.hasSuffix("bob (\(CLI.account))  changed sampling SMP-0017") == true,
                "\(text)")
            #expect(text.contains("\n    test items: "), "\(text)")
            #expect(log.dropFirst().first?.contains("alice (\(CLI.account))  changed sampling SMP-0017") == true, "\(text)")
        }
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        for s in [alice, bob] {
            try s.keys("Escape", "q")
            try s.waitFor("EXIT=0")
        }
    }

    /// The audit's reproduction: a form is open, another process records a failure with `biopilot set`,
    /// the dashboard reloads in the background, and the save must not put "pending" back.
    /// TERM=xterm-256color inside tmux or screen is a usual setting; their End and Home (ESC [ 4 ~, ESC [ 1 ~) are not
    /// in xterm's terminfo entry. They must move the cursor, not arrive as Escape and three keys (which closed the
    /// form with what was typed and opened the coverage pane).
    @Test func endAndHomeAsTmuxSendsThemMoveInAFieldInsteadOfClosingTheForm() throws {
        let xdg = TempStore()
        let s = try Session(command: Self.command(xdg.path))
        try s.waitFor("Products", "P14")
        try s.keys("e")
        try s.waitFor("Edit product P01")
        try s.keys("Down")
        for (bytes, typed) in [(["1b", "5b", "31", "7e"], "<"), (["1b", "5b", "34", "7e"], ">"), (["1b", "4f", "48"], "(")] {
            try s.tmux(["send-keys", "-t", s.name, "-H"] + bytes)
            try s.type(typed)
        }
        let screen = try s.waitFor("Edit product P01", "(<SL-101 anti-PD-1 humanised mAb injection>")
        #expect(!screen.contains("working days left"))
        try s.keys("Escape")
    }

    @Test func aCommandLineEditWhileAFormIsOpenIsNotReverted() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let bob = try Session(command: Self.member("bob", store.path))
        try bob.waitFor("Products")
        try bob.keys("3")
        try bob.waitFor("Lab/report")
        try bob.keys("g", "e")
        try bob.waitFor("Edit sampling SMP-0017")
        let set = try CLI.run(
            ["set", "--store", store.path, "sampling", "SMP-0017", "reportNo=BG-ALICE-001", "reportDate=2026-11-20", "conclusion=fail"],
            environment: ["BIOPILOT_USER": "alice"])
        #expect(set.status == 0, "\(set.stderr)")
        try bob.waitFor("SMP-0017 was just changed by")
        try bob.keys("BTab")
        try bob.type("、细菌内毒素")
        try bob.keys("Enter")
        try bob.waitFor("sampling SMP-0017: changed by another user")
        try bob.keys("m")
        try bob.waitFor("updated sampling SMP-0017")
        let saved = try Self.sampling("SMP-0017", in: store.path)
        #expect(saved["conclusion"] as? String == "fail" && saved["reportDate"] as? String == "2026-11-20")
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
    }

    /// Alice and bob press `a` on Products at the same time and save one after the other: two products,
    /// each numbered when written; alice's own message survives the notice of bob's edit.
    @Test func twoDashboardsAddProductsAtOnce() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let alice = try Session(command: Self.member("alice", store.path))
        let bob = try Session(command: Self.member("bob", store.path))
        for (s, name) in [(alice, "Alice product"), (bob, "Bob product")] {
            try s.waitFor("Products")
            try s.keys("a")
            try s.waitFor("Add product")
            try s.type(name)
        }
        try alice.keys("Enter")
        try alice.waitFor("added P15")
        try bob.keys("Enter")
        try bob.waitFor("added P16")
        try alice.waitFor("added P15 · loaded changes made by others")
        let json =
            try JSONSerialization.jsonObject(with: try CLI.run(["export", "json", "--store", store.path]).stdoutBytes) as! [String: Any]
        let names = (json["products"] as! [[String: Any]]).reduce(into: [String: String]()) {
            $0[$1["id"] as! String] = $1["name"] as? String
        }
        #expect(names["P15"] == "Alice product" && names["P16"] == "Bob product")
        let log = try CLI.run(["log", "--store", store.path, "--limit", "2"]).stdout
        #expect(
            log.contains("alice (\(CLI.account))  added product P15") && log.contains("bob (\(CLI.account))  added product P16"), "\(log)"
        )
        #expect(try CLI.run(["log", "--verify", "--store", store.path]).status == 0)
        for s in [alice, bob] {
            try s.keys("q")
            try s.waitFor("EXIT=0")
        }
    }

    /// Another process holds the store's lock (a long import): the dashboard skips its background look,
    /// says the store is busy, and keeps answering keys instead of freezing (audit D9).
    @Test func aHeldLockDoesNotFreezeTheDashboard() throws {
        let store = TempStore()
        #expect(try CLI.run(["demo", store.path, "--today", "2026-11-22"]).status == 0)
        let s = try Session(command: Self.member("bob", store.path))
        try s.waitFor("Products")
        _ = try Shell.run("flock -x \(Shell.quote(store.path + "/store.lock")) sleep 6 &")
        try s.waitFor("store busy: held by")
        // `/` answers at once (its prompt counts the matches) while the lock is still held.
        let start = Date()
        try s.keys("/")
        try s.waitFor("14/14 matches")
        #expect(Date().timeIntervalSince(start) < 3, "a key waited for the lock")
        try s.keys("Escape")
        try s.waitFor("the store is free again")
        try s.keys("q")
        try s.waitFor("EXIT=0")
    }

    @Test func chineseLocaleShowsTheChineseInterface() throws {
        let xdg = TempStore()
        let s = try Session(command: Self.command(xdg.path, env: "TERM=xterm-256color LANG=zh_CN.UTF-8"))
        try s.waitFor("试点品种", "筛选", "用户 e2e")
        try s.keys("q")
        _ = try s.waitFor("EXIT=0")
    }

    @Test func plainLocaleAndVT100StillWork() throws {
        let xdg = TempStore()
        let s = try Session(command: Self.command(xdg.path, env: "TERM=vt100 LANG=C"))
        try s.waitFor("Products")
        try s.keys("Enter")
        // Chinese still readable: output falls back to UTF-8.
        try s.waitFor("Case P01", "原液")
        try s.keys("q")
        _ = try s.waitFor("EXIT=0")
    }

    @Test func dumbOrUnknownTerminalGetsAMessageAndExitTwo() throws {
        for term in ["dumb", "no-such-terminal"] {
            let xdg = TempStore()
            let s = try Session(command: Self.command(xdg.path, env: "TERM=\(term) LANG=C.UTF-8"))
            try s.waitFor("EXIT=2", "biopilot render")
        }
        // Without a terminal at all (a pipe).
        let xdg = TempStore()
        let r = try CLI.run(["--demo", "--today", "2026-11-22"], environment: ["XDG_DATA_HOME": xdg.path, "TERM": "xterm"])
        #expect(r.status == 2 && r.stderr.contains("no terminal"))
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let xdg = TempStore()
        let s = try Session(command: Self.command(xdg.path))
        _ = try s.waitFor("Products")
        // The dashboard process is the one whose command line starts with the binary (not the sh -c around it).
        _ = try Shell.run("pkill -TERM -f " + Shell.quote("^\(CLI.binary) --demo --today 2026-11-22"))
        let screen = try s.waitFor("EXIT=")
        #expect(!screen.contains("Products │"))
    }
}

/// Runs a shell command with posix_spawn and waitpid. The tmux server that `new-session` starts outlives
/// the client; Foundation's Process was seen to never reap such a client, so tmux is driven this way.
enum Shell {
    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func run(_ command: String) throws -> (status: Int32, stdout: String) {
        let output = NSTemporaryDirectory() + "biopilot-shell-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        // Other tests' pipes are open in this process while it spawns; a tmux server started here lives on and
        // would hold them (their readers would wait for it to exit), so the shell closes them first.
        let closeInherited = (3..<256).map { "\($0)>&-" }.joined(separator: " ")
        let full = "exec \(closeInherited); (\(command)) > \(quote(output)) 2>/dev/null < /dev/null"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/bash"), strdup("-c"), strdup(full), nil]
        defer { for p in argv { free(p) } }
        // A clean signal state: a test runs on a thread that blocks most signals, and a child inherits that mask. A
        // tmux server started with SIGTERM blocked ignores `kill-server` and outlives the test with its dashboard.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let spawned = posix_spawn(&pid, "/bin/bash", nil, &attributes, argv, environ)
        guard spawned == 0 else { throw CocoaError(.fileReadUnknown) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return ((status >> 8) & 0xFF, text)
    }
}
