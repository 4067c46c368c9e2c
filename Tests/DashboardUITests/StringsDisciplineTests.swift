import Foundation
import Testing

/// Visible strings go through `Bilingual`, indexed by the language; an inline language ternary is how a
/// string ends up translated in one place and not another, so none may come back into DashboardUI.
@Suite struct StringsDisciplineTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/DashboardUI")

    static let forbidden = ["== .zh ?", "== .en ?"]

    @Test func noLanguageTernaryInDashboardUI() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        try #require(!files.isEmpty, "no Swift file found under \(Self.sources.path)")
        var offences: [String] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            let name = file.path.replacingOccurrences(of: Self.sources.path + "/", with: "")
            for (number, line) in lines.enumerated() where Self.forbidden.contains(where: line.contains) {
                offences.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offences.isEmpty, "use Bilingual(zh:en:)[language] instead of a language ternary:\n\(offences.joined(separator: "\n"))")
    }
}
