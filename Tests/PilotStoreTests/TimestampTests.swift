import Foundation
import Testing

@testable import PilotStore

/// A journal entry's time is UTC to the second, `2026-11-26T15:18:20Z`, exactly as the journal has always written it
/// (the hash chain covers it, so its spelling must not drift).
@Suite struct TimestampTests {
    @Test func theTimeIsSpelledAsTheJournalAlwaysSpelledIt() {
        let old = ISO8601DateFormatter()
        old.timeZone = TimeZone(identifier: "UTC")
        old.formatOptions = [.withInternetDateTime]
        for seconds: Double in [0, 1.5, 1_780_000_000.999, 1_795_000_123.4, -946_080_000, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(DirectoryStore.timestamp(date) == old.string(from: date), "\(seconds)")
        }
        #expect(DirectoryStore.timestamp(Date(timeIntervalSince1970: 1_795_000_000)) == "2026-11-18T11:06:40Z")
    }
}
