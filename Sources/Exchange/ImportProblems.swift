/// The problems that reject a sheet, as an error so a header read can fail with them.
struct ImportProblems: Error {
    let problems: [SamplingImport.Problem]
}
