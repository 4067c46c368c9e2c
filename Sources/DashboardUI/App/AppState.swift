import PilotCore

/// The whole state of the dashboard. `reduce` changes it; `Screen.render` draws it.
public struct AppState: Sendable {
    public var pane = Pane.products
    public var size: Size
    public var language: Language
    public var context: AppContext
    public var model: DashboardModel
    public var products = ProductsPaneState()
    public var calendar: CalendarState
    public var sampling: SamplingPaneState
    public var coverage: CoveragePaneState
    public var due = DuePaneState()
    /// Help, prompts, the form, the conflict, the log, the plan review and the inspection card, bottom first.
    public var overlays: [Overlay] = []
    /// The edit sent to the store and not yet confirmed.
    public var pendingEdit: RecordEdit?
    /// This session's own saved edits: `u` undoes them one by one with compensating edits, `U` redoes.
    public var undoHistory = UndoHistory()
    /// The status line's message. Each new one is also kept in `messages`, so a message cut at the screen's edge
    /// or replaced a moment later can still be read (`M`, `:messages`).
    public var message: StatusMessage? {
        didSet {
            guard let message, message != oldValue else { return }
            messages.append(message)
            if messages.count > Self.messagesKept { messages.removeFirst(messages.count - Self.messagesKept) }
        }
    }
    /// Every message since the dashboard started, oldest first (the newest `messagesKept`).
    public private(set) var messages: [StatusMessage] = []
    static let messagesKept = 500
    /// The commands run at the `:` line this session, oldest first, recalled with ↑/↓.
    public var commandHistory: [String] = []
    static let commandsKept = 100

    public init(model: DashboardModel, context: AppContext, size: Size, language: Language) {
        self.model = model
        self.context = context
        self.size = size
        self.language = language
        calendar = CalendarState(selected: model.today)
        sampling = SamplingPaneState(summaryYear: model.today.year)
        coverage = CoveragePaneState(model: model)
        CoverageView.recompute(&self)
        products.visible = ProductListing(model: model, language: language).order(.id)
        message = StatusMessage(text: Strings.welcome[language], isError: false)
        // The sampling and due panes listed now if the model's lists are made already, else once they are.
        settleModel()
    }

    public var isTooSmall: Bool { size.width < Size.minimum.width || size.height < Size.minimum.height }

    /// The product under the cursor in the list.
    public var selectedRow: DashboardModel.ProductRow? {
        guard products.visible.indices.contains(products.list.selected) else { return nil }
        return model.rows[products.visible[products.list.selected]]
    }

    func recordCount(_ pane: Pane) -> Int { pane.component.recordCount(self) }
}
