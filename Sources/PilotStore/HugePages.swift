import Glibc

/// Big buffers filled once on opening (store.json's bytes, its tape's words) asked to be backed by 2 MiB pages
/// where the kernel offers them on request (transparent huge pages in `madvise` mode): a national store.json
/// took 32,000 page faults to read into 4 KiB pages, a fifth of reading it. Only advice: where the kernel
/// declines, nothing changes.
enum HugePages {
    static let size = 2 << 20

    /// Advises the whole 2 MiB pages inside `bytes` bytes from `start`; smaller buffers are left alone.
    static func advise(_ start: UnsafeMutableRawPointer?, bytes: Int) {
        guard let start, bytes >= 2 * size else { return }
        let first = (Int(bitPattern: start) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: start) + bytes) & ~(size - 1)
        guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(aligned, end - first, MADV_HUGEPAGE)
    }
}
