import Dispatch
import Foundation
import Synchronization

/// The scan of a big document on two cores. A guess at the middle: the `{` of the first `,{` there, which in
/// compact JSON starts an element of an array (a snapshot's samplings) unless the two bytes are inside a string.
/// Another thread scans from it to the array's end while this one scans from the start; when this scan reaches
/// the guess as an array's element, the guess was right and it takes the other thread's words. When it does not
/// (the bytes were inside a string, the other scan failed or never started), it scans on by itself: the words
/// are always the ones the one-thread scan makes.
extension JSONTape {
    /// Smaller documents are scanned on one thread: starting another costs more than it saves.
    static let parallelScanMinimum = 1 << 20

    static func scanWords(_ bytes: [UInt8], cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [UInt64]? {
        guard cores > 1, bytes.count >= parallelScanMinimum, let split = splitGuess(bytes) else {
            return bytes.withUnsafeBufferPointer { scan($0) }
        }
        let ahead = SegmentScan(bytes, from: split)
        defer { ahead.stop() }
        return bytes.withUnsafeBufferPointer { scan($0, split: split, ahead: { ahead.take() }) }
    }

    /// The index of the `{` of the first `,{` from the middle on, or nil.
    static func splitGuess(_ bytes: [UInt8]) -> Int? {
        var from = bytes.count / 2
        while let comma = ByteSearch.firstIndex(of: 0x2C, in: bytes[from...]) {
            if comma + 1 < bytes.count && bytes[comma + 1] == 0x7B { return comma + 1 }
            from = comma + 1
        }
        return nil
    }
}

/// The scan of a segment on another thread, until the scan from the start takes it. Taking a segment that has
/// not started yet (no thread was free) cancels it instead of waiting for it.
final class SegmentScan: Sendable {
    private enum State: UInt8 {
        case waiting, running, cancelled
    }

    private let state = Atomic<UInt8>(State.waiting.rawValue)
    private let stopped = Atomic<Bool>(false)
    private let result = Mutex<JSONTape.Segment?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ bytes: [UInt8], from start: Int) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { done.signal() }
            guard
                state.compareExchange(expected: State.waiting.rawValue, desired: State.running.rawValue, ordering: .acquiringAndReleasing)
                    .exchanged
            else { return }
            let segment = bytes.withUnsafeBufferPointer { p in
                JSONTape.scanSegment(p, from: start) { stopped.load(ordering: .relaxed) }
            }
            result.withLock { $0 = segment }
        }
    }

    /// The segment's words, once its scan ends; nil when it failed, was stopped, or had not started.
    func take() -> JSONTape.Segment? {
        if state.compareExchange(expected: State.waiting.rawValue, desired: State.cancelled.rawValue, ordering: .acquiringAndReleasing)
            .exchanged
        {
            return nil
        }
        done.wait()
        done.signal()
        return result.withLock { $0.take() }
    }

    /// Ends the scan at its next element: the scan from the start no longer needs it.
    func stop() { stopped.store(true, ordering: .relaxed) }
}
