import PilotCore

/// A sheet's header row matched against the headings each column key accepts (the export's key, Chinese or
/// English), shared by the sampling and product imports.
struct SheetHeader {
    /// The column of each recognised key; when two columns match one key, the first wins.
    let columns: [String: Int]

    /// Reads the header, or names every required column it lacks with two of the headings that would do.
    static func read(_ header: CSVReader.Record, headings: [String: [String]], required: [String])
        -> Result<SheetHeader, ImportProblems>
    {
        var columns: [String: Int] = [:]
        for (i, title) in header.fields.enumerated() {
            let t = title.trimmed
            if let key = headings.first(where: { $0.value.contains(t) })?.key, columns[key] == nil { columns[key] = i }
        }
        let missing = required.filter { columns[$0] == nil }.map { key in
            let accepted = headings[key, default: []].dropFirst().prefix(2).joined(separator: " / ")
            return SamplingImport.Problem(
                line: header.line, Bilingual(zh: "缺少 \(key) 列（\(accepted)）", en: "no column for \(key) (\(accepted))"))
        }
        return missing.isEmpty ? .success(SheetHeader(columns: columns)) : .failure(ImportProblems(problems: missing))
    }
}
