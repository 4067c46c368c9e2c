extension JournalEntry {
    /// One journal line decoded as the directory store decodes it (its trailing hash field is not part of the
    /// entry), errors naming `file` and `position`: for journals kept elsewhere than journal.jsonl.
    package static func decode(line: [UInt8], file: String, position: String) throws(StoreError) -> JournalEntry {
        try JSONReading.decode(JournalEntry.self, from: line, file: file, positionPrefix: position)
    }
}
