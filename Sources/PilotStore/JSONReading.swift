import Foundation

/// Decodes with the diagnosis attached: errors name the file, the position and the reason.
enum JSONReading {
    /// `userInfo` reaches the types' `init(from:)` (the snapshot's version check). A good file is parsed once: the
    /// syntax scan, which names the first bad byte or token as Foundation does not, runs only after a decode failed.
    /// `prefetch` names big arrays to decode on every core first (a snapshot's tables).
    static func decode<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8], file: String, positionPrefix: String? = nil, userInfo: [CodingUserInfoKey: any Sendable] = [:],
        prefetch: TapePrefetch? = nil
    ) throws(StoreError) -> T {
        try decode(type, from: .array(bytes), file: file, positionPrefix: positionPrefix, userInfo: userInfo, prefetch: prefetch)
    }

    /// The same from a mapped file's bytes (`FileIO.readMapped`), which are copied into an array only for
    /// Foundation and the diagnosis, once the tape refused or failed.
    static func decode<T: Decodable>(
        _ type: T.Type, from source: TapeBytes, file: String, positionPrefix: String? = nil,
        userInfo: [CodingUserInfoKey: any Sendable] = [:], prefetch: TapePrefetch? = nil
    ) throws(StoreError) -> T {
        func located(_ problem: JSONDiagnosis.Problem) -> StoreError {
            let position = positionPrefix.map { "\($0), \(problem.position)" } ?? problem.position
            return StoreError(.unreadable, file: file, position: position, problem.reason)
        }
        // The fast path: plain valid JSON (valid UTF-8 throughout) decoded from a tape. Anything it refuses or fails
        // on goes to Foundation below, which decides and, with the diagnosis, words the error.
        if let tape = JSONTape(source, userInfo: userInfo) {
            prefetch?.run(tape)
            do {
                let value = try tape.decode(T.self, 0)
                if source.count >= BackgroundRelease.minimumBytes { BackgroundRelease.release(consume tape) }
                return value
            } catch let error as StoreError {
                throw error
            } catch {}
        }
        let bytes = source.array
        // Foundation checks UTF-8 only in what it decodes: a damaged byte in a member it skips is refused here.
        if String(validating: bytes, as: UTF8.self) == nil, let problem = JSONDiagnosis.syntaxProblem(bytes) { throw located(problem) }
        do {
            let decoder = JSONDecoder()
            decoder.userInfo = userInfo
            return try decoder.decode(T.self, from: Data(bytes))
        } catch let error as StoreError {
            throw error
        } catch let error as DecodingError {
            if let problem = JSONDiagnosis.syntaxProblem(bytes) { throw located(problem) }
            throw located(JSONDiagnosis.describe(error))
        } catch {
            if let problem = JSONDiagnosis.syntaxProblem(bytes) { throw located(problem) }
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
