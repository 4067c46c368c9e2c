import Foundation

/// A file the dashboard exports (`:export`, `:report`), written like store.json: to a temporary file, fsynced,
/// then renamed, so a full disk or a killed process leaves the old file or the new one, never half of one.
public enum ExportFile {
    public static func exists(_ path: String) -> Bool { FileIO.exists(path) }

    public static func write(_ path: String, _ text: String) throws(StoreError) {
        try FileIO.replace(path, with: Array(text.utf8))
    }
}
