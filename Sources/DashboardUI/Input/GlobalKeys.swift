import PilotCore

extension Keymap {
    /// Keys that work on every pane. The pane keys (1…n) come from the pane registry.
    static let global: [KeyBinding] =
        [
            KeyBinding(keys: [.char("q")], command: .quit, help: b("退出", "quit"), scope: .global, hint: b("退出", "quit")),
            KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .global, hint: b("帮助", "help")),
            KeyBinding(keys: [.tab], command: .nextPane, help: b("下一个面板", "next pane"), scope: .global, hint: nil),
            KeyBinding(keys: [.backTab], command: .previousPane, help: b("上一个面板", "previous pane"), scope: .global, hint: nil),
        ] + paneKeys + [
            KeyBinding(
                keys: [.char(":")], command: .commandLine,
                help: b("命令行（:q :lang en :compact :help）", "command line (:q :lang zh :compact :help)"), scope: .global,
                hint: b("命令", "command")),
            KeyBinding(
                keys: [.char("u")], command: .undo, help: b("撤销本次会话中自己的上一次修改（记入日志）", "undo your last change of this session (journalled)"),
                scope: .global, hint: nil),
            KeyBinding(
                keys: [.char("U")], command: .redo, help: b("重做刚撤销的修改（:undo-list 查看）", "redo what was just undone (:undo-list shows both)"),
                scope: .global, hint: nil),
            KeyBinding(
                keys: [.char("M")], command: .showMessages, help: b("本次会话的全部消息（:messages）", "every message of this session (:messages)"),
                scope: .global, hint: nil),
            KeyBinding(keys: [.ctrl("l"), .ctrl("r")], command: .redraw, help: b("重绘屏幕", "redraw the screen"), scope: .global, hint: nil),
        ]

    /// One number key per registered pane, in the order of the tabs; the first carries the hint for all.
    static let paneKeys: [KeyBinding] = Pane.allCases.map { pane in
        let title = pane.component.title
        return KeyBinding(
            keys: [.char(Character(String(pane.rawValue)))], command: .pane(pane), help: b(title.zh, title.en + " pane"),
            scope: .global, hint: pane == Pane.allCases.first ? b("面板", "panes") : nil)
    }

    /// Moving through a list, shared by the panes that show one.
    static let list: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("下移", "down"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("上移", "up"), scope: .list, hint: nil),
        KeyBinding(keys: [.pageDown, .ctrl("f")], command: .pageDown, help: b("下一页", "page down"), scope: .list, hint: nil),
        KeyBinding(keys: [.pageUp, .ctrl("b")], command: .pageUp, help: b("上一页", "page up"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("g"), .home], command: .top, help: b("第一行", "first row"), scope: .list, hint: nil),
        KeyBinding(keys: [.char("G"), .end], command: .bottom, help: b("最后一行", "last row"), scope: .list, hint: nil),
    ]
}
