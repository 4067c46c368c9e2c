import Foundation
import PilotCore
import PilotStore

/// What `biopilot` says when there is no store yet: how to start one, and the demo as a way to look around.
enum FirstRun {
    /// True when DIR is missing, or a directory holding neither a snapshot nor a journal: a first run, not a
    /// damaged store (nor a file given as the store, which the store's own error names).
    static func isFirstRun(_ directory: String) -> Bool {
        let files = StoreFiles(directory: directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: files.directory, isDirectory: &isDirectory) && !isDirectory.boolValue { return false }
        return !FileManager.default.fileExists(atPath: files.snapshot) && !FileManager.default.fileExists(atPath: files.journal)
    }

    static func message(_ directory: String) -> Bilingual {
        Bilingual(
            zh: """
                biopilot：\(directory) 中还没有数据库。
                新建一个空数据库，录入本省的试点品种：
                    biopilot init \(directory)
                想先看看界面，可打开演示数据库（虚构的品种、企业和检查，不是真实数据）：
                    biopilot --demo
                """,
            en: """
                biopilot: there is no store in \(directory) yet.
                Create an empty store for your province's pilot products:
                    biopilot init \(directory)
                To look around first, open the demo store (fictional products, enterprises and inspections, not real data):
                    biopilot --demo
                """)
    }
}
