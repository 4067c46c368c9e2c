import Exchange
import Foundation
import PilotCore
import PilotStore

/// A spreadsheet export read from disk: UTF-8 (with or without BOM) or GB18030.
public enum SheetFile {
    public static func read(_ file: String) throws -> (text: String, encoding: TextDecoding.Encoding) {
        guard let contents = FileManager.default.contents(atPath: file) else {
            throw ImportFailure.unreadable(file: TerminalText.visible(file))
        }
        do {
            return try TextDecoding.decode(Array(contents))
        } catch {
            throw ImportFailure.undecodable(file: TerminalText.visible(file), reason: TerminalText.visible("\(error)"))
        }
    }
}
