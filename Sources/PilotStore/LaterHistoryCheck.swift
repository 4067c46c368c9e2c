import Glibc

/// The check of the journal up to store.json that a dashboard's opening leaves until after its first frame
/// (`DirectoryStore.open(…, history: .afterOpening)`): on two cores the walk took the second core from the
/// snapshot's decoding. It judges what opening would have judged, against the snapshot's end, line count and head,
/// and it is in before anything is written (`DirectoryStore.settleHistory`).
final class LaterHistoryCheck {
    let path: String
    let end: Int
    let lines: Int
    let head: String
    private var walk: BackgroundChainCheck?
    /// Opening the journal for the walk failed: the verdict says so.
    private var openFailure: StoreError?

    init(path: String, end: Int, lines: Int, head: String) {
        (self.path, self.end, self.lines, self.head) = (path, end, lines, head)
    }

    deinit { walk?.cancel() }

    /// Starts the walk on another thread, once.
    func start() {
        guard walk == nil, openFailure == nil else { return }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            openFailure = FileIO.errno("open", path)
            return
        }
        walk = BackgroundChainCheck(fd: fd, path: path)
    }

    /// Whether the verdict can be had without waiting.
    var isDone: Bool { openFailure != nil || walk?.isDone == true }

    /// The walk's verdict on the journal up to the snapshot (started now if it was not), waiting for it.
    func verdict() throws(StoreError) {
        start()
        if let openFailure { throw openFailure }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileIO.errno("open", path) }
        defer { close(fd) }
        try walk?.verdict(fd, path: path, end: end, lines: lines, head: head)
    }
}
