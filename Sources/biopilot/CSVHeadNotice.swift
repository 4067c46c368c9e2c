import Exchange
import PilotStore

/// A CSV document has no place for the journal head it was made from: Excel, WPS, `biopilot import` and csv
/// modules would read an extra row or column as data. So the head goes to stderr, and stdout stays the document.
func noteCSVHead(_ store: any Store) {
    printError("biopilot: " + JournalHeadNote.csv(store.head.description))
}
