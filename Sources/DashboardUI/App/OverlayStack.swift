import PilotCore

/// The overlay stack by name: `state.form`, `state.prompt`, … read the overlay of that kind on the stack and
/// writing one replaces it in place, opens it at its layer, or (nil) closes it. This is the convenient API;
/// the stack itself is `AppState.overlays`.
extension AppState {
    /// The overlay of a layer, or nil when none is open.
    func overlay(_ layer: Overlay.Layer) -> Overlay? { overlays.first { $0.layer == layer } }

    /// Replaces the overlay of `layer`, opens `overlay` above every lower layer, or closes the layer (nil).
    mutating func setOverlay(_ layer: Overlay.Layer, _ overlay: Overlay?) {
        if let i = overlays.firstIndex(where: { $0.layer == layer }) {
            if let overlay { overlays[i] = overlay } else { overlays.remove(at: i) }
        } else if let overlay {
            overlays.insert(overlay, at: overlays.firstIndex { $0.layer > layer } ?? overlays.endIndex)
        }
    }

    public var prompt: Prompt? {
        get { if case .prompt(let p)? = overlay(.prompt) { return p } else { return nil } }
        set { setOverlay(.prompt, newValue.map(Overlay.prompt)) }
    }

    /// A form being filled in (over any pane); it stays open until its save succeeds.
    public var form: FormState? {
        get { if case .form(let f)? = overlay(.form) { return f } else { return nil } }
        set { setOverlay(.form, newValue.map(Overlay.form)) }
    }

    /// The list a form field is being chosen from, over its form.
    public var picker: PickerState? {
        get { if case .picker(let p)? = overlay(.picker) { return p } else { return nil } }
        set { setOverlay(.picker, newValue.map(Overlay.picker)) }
    }

    /// A save refused because someone else changed the record: both versions, over everything else.
    public var conflict: ConflictState? {
        get { if case .conflict(let c)? = overlay(.conflict) { return c } else { return nil } }
        set { setOverlay(.conflict, newValue.map(Overlay.conflict)) }
    }

    /// Wrapped for the screen's width as it is set, so drawing and keys do not wrap every entry again.
    public var logView: LogView? {
        get { if case .log(let l)? = overlay(.log) { return l } else { return nil } }
        set {
            let size = self.size
            setOverlay(
                .log,
                newValue.map { view in
                    var view = view
                    view.prepare(size)
                    return Overlay.log(view)
                })
        }
    }

    public var showHelp: Bool {
        get { overlay(.help) != nil }
        set { if newValue != showHelp { setOverlay(.help, newValue ? .help(scroll: 0) : nil) } }
    }

    /// How far the help overlay is scrolled when its keys do not fit (0 when it is closed).
    public var helpScroll: Int {
        get { if case .help(let scroll)? = overlay(.help) { return scroll } else { return 0 } }
        set { if showHelp { setOverlay(.help, .help(scroll: newValue)) } }
    }

    /// The coverage plan under review (`p` in the coverage pane), until it is closed.
    public var planReview: PlanReview? {
        get { if case .planReview(let review)? = overlay(.planReview) { return review } else { return nil } }
        set { setOverlay(.planReview, newValue.map(Overlay.planReview)) }
    }

    /// The inspection whose card is open over the calendar (Enter on an inspection).
    public var inspectionCard: String? {
        get { if case .inspectionCard(let id)? = overlay(.inspectionCard) { return id } else { return nil } }
        set { setOverlay(.inspectionCard, newValue.map(Overlay.inspectionCard)) }
    }
}
