import PilotCore

/// The due list has one order, soonest first, which its headings follow.
public enum DueSort: String, ListSort {
    case soonest

    public var label: Bilingual { Bilingual(zh: "到期日", en: "due date") }
}
