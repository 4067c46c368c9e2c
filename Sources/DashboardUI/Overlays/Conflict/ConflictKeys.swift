import PilotCore

extension Keymap {
    /// The overlay of a save refused because someone else changed the record.
    static let conflict: [KeyBinding] = [
        KeyBinding(
            keys: [.char("t")], command: .keepTheirs, help: b("保留对方的版本，放弃我的修改", "keep theirs: discard your changes"), scope: .conflict,
            hint: b("保留对方", "keep theirs")),
        KeyBinding(
            keys: [.char("m")], command: .applyMine,
            help: b("把我改过的字段应用到对方的版本上，校验后保存", "apply mine: your changed fields onto their version, checked, then saved"), scope: .conflict,
            hint: b("应用我的", "apply mine")),
        KeyBinding(
            keys: [.char("e"), .escape], command: .keepEditing,
            help: b("继续编辑：回到表单（对方的版本加上我的修改）", "keep editing: back to the form (their version plus your changes)"), scope: .conflict,
            hint: b("继续编辑", "keep editing")),
        KeyBinding(keys: [.char("j"), .down], command: .down, help: b("向下滚动", "scroll down"), scope: .conflict, hint: nil),
        KeyBinding(keys: [.char("k"), .up], command: .up, help: b("向上滚动", "scroll up"), scope: .conflict, hint: nil),
        KeyBinding(keys: [.char("?")], command: .help, help: b("按键帮助", "help: all keys"), scope: .conflict, hint: b("帮助", "help")),
    ]
}
