import Dispatch
import Foundation
import Synchronization

/// The scan of a big document on two cores. A guess at the middle: the `{` of the first `,{` there, which in
/// compact JSON starts an element of an array (a snapshot's samplings) unless the two bytes are inside a string.
/// Another thread scans from it to the array's end while this one scans from the start. When this scan meets the
/// guess as an element of an array, the guess was right; from there on, at each element of that array, it takes
/// the other thread's words from that element on if they are ready, and otherwise scans on itself, so it never
/// waits (on a busy machine the other thread may get no core). When the guess was wrong (the bytes were inside a
/// string) or the other scan failed, it scans on by itself: the words are always the ones the one-thread scan
/// makes.
extension JSONTape {
    /// Smaller documents are scanned on one thread: starting another costs more than it saves.
    static let parallelScanMinimum = 1 << 20

    static func scanWords(_ bytes: [UInt8], cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [UInt64]? {
        scanWords(.array(bytes), cores: cores)
    }

    static func scanWords(_ bytes: TapeBytes, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [UInt64]? {
        guard cores > 1, bytes.count >= parallelScanMinimum, let split = splitGuess(bytes) else {
            return bytes.withUnsafeBufferPointer { scan($0) }
        }
        let ahead = SegmentScan(bytes, from: split)
        defer { ahead.stop() }
        return bytes.withUnsafeBufferPointer { scan($0, split: split, ahead: { ahead.segment(at: $0) }) }
    }

    /// The index of the `{` of the first `,{` from the middle on, or nil.
    static func splitGuess(_ bytes: [UInt8]) -> Int? { splitGuess(.array(bytes)) }

    static func splitGuess(_ bytes: TapeBytes) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress else { return nil }
            var from = p.count / 2
            while from < p.count, let hit = memchr(base + from, 0x2C, p.count - from) {
                let comma = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if comma + 1 < p.count && p[comma + 1] == 0x7B { return comma + 1 }
                from = comma + 1
            }
            return nil
        }
    }
}

/// The scan of a segment on another thread, until the scan from the start takes it. Asked before it started (no
/// thread was free), it is cancelled instead.
final class SegmentScan: Sendable {
    private enum State: UInt8 {
        case waiting, running, cancelled
    }

    private let state = Atomic<UInt8>(State.waiting.rawValue)
    private let stopped = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)
    private let result = Mutex<JSONTape.Segment?>(nil)

    init(_ bytes: TapeBytes, from start: Int) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            guard
                state.compareExchange(expected: State.waiting.rawValue, desired: State.running.rawValue, ordering: .acquiringAndReleasing)
                    .exchanged
            else { return }
            let segment = bytes.withUnsafeBufferPointer { p in
                JSONTape.scanSegment(p, from: start) { stopped.load(ordering: .relaxed) }
            }
            result.withLock { $0 = segment }
            finished.store(true, ordering: .releasing)
        }
    }

    /// The segment, handed over, when its scan has ended and it has an element starting at byte `at`; pending
    /// while it runs; failed when it failed or had not started.
    func segment(at byte: Int) -> JSONTape.Ahead {
        // Asked at every element until it is ready: a plain load first, the exchange only while it may not have
        // started.
        if state.load(ordering: .acquiring) == State.waiting.rawValue,
            state.compareExchange(expected: State.waiting.rawValue, desired: State.cancelled.rawValue, ordering: .acquiringAndReleasing)
                .exchanged
        {
            return .failed
        }
        guard finished.load(ordering: .acquiring) else { return .pending }
        return result.withLock { segment in
            guard let found = segment else { return .failed }
            guard found.element(at: byte) != nil else { return .pending }
            segment = nil
            return .found(found)
        }
    }

    /// Ends the scan at its next element: the scan from the start no longer needs it.
    func stop() { stopped.store(true, ordering: .relaxed) }
}
