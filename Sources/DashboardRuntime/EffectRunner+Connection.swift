import DashboardUI
import Foundation
import PilotCore
import PilotStore

extension EffectRunner {
    /// A look or a save found the store's database unreachable (the store reconnects on its own schedule): the
    /// status line says so once and keeps its "offline" mark, rather than a new error at every look.
    func connectionLost(_ error: StoreError, in state: AppState) -> [Action] {
        guard !refresh.disconnected else { return [] }
        refresh.disconnected = true
        // What it means first (the status line shows what fits); the client library's reason names host and port.
        let text = Bilingual(
            zh: "与数据库的连接已断开：恢复前不能保存（表单内容保留），正在自动重连 — ",
            en: "connection to the store lost: saves are refused until it is back (forms keep what was typed); reconnecting — ")
        return [.connectionChanged(lost: true, message: text[state.language] + Self.oneLine(error.reason))]
    }

    /// A look or a save reached the store again after the connection was lost: the store has reconnected and
    /// caught up (its `caughtUp` entries follow as `.othersChanged` or `.dataChanged`).
    func connectionBack(in state: AppState) -> [Action] {
        guard refresh.disconnected else { return [] }
        refresh.disconnected = false
        let text = Bilingual(zh: "已重新连接：\(store.location)", en: "connected again: \(store.location)")
        return [.connectionChanged(lost: false, message: text[state.language])]
    }

    /// Why a save was refused while the database is unreachable: the edit stays in its form to be saved again.
    func unsavedWhileOffline(_ error: StoreError, in state: AppState) -> String {
        let text = Bilingual(
            zh: "未保存：与数据库的连接已断开，表单内容已保留，恢复连接后请再保存 — ",
            en: "not saved: no connection to the store; the form keeps your edit, save again once connected — ")
        return text[state.language] + Self.oneLine(error.reason)
    }

    /// The client library's reasons span lines ("server closed the connection unexpectedly\n\tThis probably
    /// means …"); the status line has one.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
