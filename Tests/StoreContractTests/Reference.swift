import PilotCore

/// The bundled reference data (calendar, provinces), loaded once for this test target and passed down explicitly.
let bundledReference: ReferenceData = {
    do { return try ReferenceData.load() } catch { fatalError("\(error)") }
}()
