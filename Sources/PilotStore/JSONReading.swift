import Foundation

/// Decodes with the diagnosis attached: errors name the file, the position and the reason.
enum JSONReading {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], file: String, positionPrefix: String? = nil) throws(StoreError)
        -> T
    {
        func located(_ problem: JSONDiagnosis.Problem) -> StoreError {
            let position = positionPrefix.map { "\($0), \(problem.position)" } ?? problem.position
            return StoreError(.unreadable, file: file, position: position, problem.reason)
        }
        if let problem = JSONDiagnosis.syntaxProblem(bytes) { throw located(problem) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw located(JSONDiagnosis.describe(error))
        } catch {
            throw StoreError(.unreadable, file: file, position: positionPrefix, "\(error)")
        }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static let prettyEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return e
    }()
}
