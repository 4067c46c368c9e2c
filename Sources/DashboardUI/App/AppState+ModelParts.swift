extension AppState {
    /// Takes in the model's parts made after the first frame once they are done, and lists the sampling and due
    /// panes from their parts then. `showing` a pane waits for the part it lists.
    public mutating func settleModel(showing pane: Pane? = nil) {
        model.settle()
        if !sampling.listed, pane == .sampling || model.samplingList.isMade { SamplingReducer.refilter(&self, keepingSelection: nil) }
        if !due.listed, pane == .due || model.dueList.isMade { DueReducer.refilter(&self, keepingSelection: nil) }
    }
}
