/// The rows of one statement, copied out of libpq's result as text (biopilot sends and reads text only).
public struct PostgresResult: Sendable {
    public let columns: [String]
    public let rows: [[String?]]

    /// The value of `column` in row `row`; nil for SQL NULL.
    public func value(_ row: Int, _ column: String) -> String? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        return rows[row][index]
    }
}
