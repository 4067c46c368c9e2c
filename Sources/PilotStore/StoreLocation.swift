/// Where the store is: `--store DIR`, else `BIOPILOT_STORE`, else `$XDG_DATA_HOME/biopilot/store`
/// (XDG default `~/.local/share`). The demo store lives beside it in `…/biopilot/demo`.
public enum StoreLocation {
    public static func dataHome(_ env: [String: String]) -> String {
        if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg }
        return (env["HOME"] ?? ".") + "/.local/share"
    }

    public static func resolve(flag: String?, env: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnv = env["BIOPILOT_STORE"], !fromEnv.isEmpty { return fromEnv }
        return dataHome(env) + "/biopilot/store"
    }

    public static func demo(env: [String: String]) -> String { dataHome(env) + "/biopilot/demo" }
}
