extension AppState {
    /// Takes in the model's parts made after the first frame once they are done, and lists the sampling pane from
    /// its part then. `waiting` (the sampling pane shown, a sampling to select) waits for the part.
    public mutating func settleModel(waiting: Bool = false) {
        model.settle()
        guard !sampling.listed, waiting || model.samplingList.isMade else { return }
        SamplingReducer.refilter(&self, keepingSelection: nil)
    }
}
