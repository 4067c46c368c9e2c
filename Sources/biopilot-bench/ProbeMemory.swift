/// What the dashboard process's memory was: after opening, after its first refresh and after its last.
struct ProbeMemory: Sendable {
    var afterOpen: ProcessMemory?
    var afterFirstRefresh: ProcessMemory?
    var afterRefreshes: ProcessMemory?
    var refreshes = 0
    var storeBytes = 0
}
