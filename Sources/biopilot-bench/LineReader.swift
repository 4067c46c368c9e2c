import Foundation

/// Reads a pipe line by line (the dashboard probe's answers), blocking until a whole line is there.
struct LineReader {
    let handle: FileHandle
    var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func line() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<end], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...end)
                return line
            }
            let more = handle.availableData
            guard !more.isEmpty else { throw BenchFailure("the dashboard probe stopped before answering") }
            buffer.append(more)
        }
    }
}
