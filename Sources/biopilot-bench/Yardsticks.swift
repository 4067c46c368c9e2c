import Foundation

/// The tools a row is compared with in the same run: Python's json (what a script would use to read the
/// store), cat (reading the bytes at all) and sha256sum (hashing the journal once).
struct Yardsticks: Sendable {
    let python = ChildProcess.which("python3")
    let cat = ChildProcess.which("cat")
    let sha256sum = ChildProcess.which("sha256sum")

    static let jsonLoad = "import json,sys; json.load(open(sys.argv[1]))"

    /// Loads store.json once, then writes it `runs` times (UTF-8, fsynced like a compaction) and prints each
    /// write's milliseconds: the load is not timed.
    static let jsonDump = """
        import json,os,sys,time
        d = json.load(open(sys.argv[1]))
        for _ in range(int(sys.argv[3])):
            t = time.perf_counter()
            with open(sys.argv[2], "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            print((time.perf_counter() - t) * 1000)
        """
}
