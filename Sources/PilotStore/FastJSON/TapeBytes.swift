import Glibc

/// The bytes a `JSONTape` reads: an array, or a file mapped into memory. A national store.json (132 MB) is mapped:
/// reading it into an array cost 60-76 ms of page faults and copying before its scan could start, mapping it with
/// its pages 6-13 ms.
enum TapeBytes: Sendable {
    case array([UInt8])
    case mapped(MappedFile)

    var count: Int {
        switch self {
        case .array(let bytes): bytes.count
        case .mapped(let file): file.bytes.count
        }
    }

    @inline(__always) func withUnsafeBufferPointer<R, E>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        switch self {
        case .array(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file): try body(file.bytes)
        }
    }

    /// The bytes as an array (a copy of a mapped file's): for Foundation's decoder and the diagnosis, which run
    /// only when the tape refused or failed.
    var array: [UInt8] {
        switch self {
        case .array(let bytes): bytes
        case .mapped(let file): Array(file.bytes)
        }
    }
}

/// A whole file mapped read-only and private into memory, unmapped when the last reference goes.
///
/// Safe only for a file that is never shortened in place while mapped (a byte past its new end is a SIGBUS):
/// store.json, which biopilot only ever replaces by renaming a new file over it (`FileIO.replace`), so a mapping
/// keeps reading the file it was made from. Never mapped: the journal, which a repair cuts back in place.
final class MappedFile: @unchecked Sendable {
    // @unchecked: the mapping is read-only and never changes after `init`; only `deinit` unmaps it.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The first `count` bytes of the file open at `fd` (which may be closed afterwards), or nil when the system
    /// cannot map it (the caller then reads it).
    init?(fd: Int32, count: Int) {
        guard count > 0 else { return nil }
        // MAP_POPULATE: the pages are mapped in one go, far cheaper than a fault for each as the scan reaches it.
        let address = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        // MAP_FAILED is (void *) -1, a macro Swift does not import.
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: count)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
