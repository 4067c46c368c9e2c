/// Whole percentages as people round them (8 of 12 is 67%), except that only all is 100% and only none is 0%:
/// a coverage of 199 out of 200 must not read as complete.
public enum Percent {
    public static func of(_ part: Int, _ whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        let rounded = (part * 200 + whole) / (2 * whole)
        if part > 0 && part < whole { return min(99, max(1, rounded)) }
        return rounded
    }
}
