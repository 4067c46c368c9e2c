import PilotCore

public enum Pane: Int, CaseIterable, Sendable {
    case products = 1, calendar, sampling, coverage

    public var title: Bilingual {
        switch self {
        case .products: return Strings.paneProducts
        case .calendar: return Strings.paneCalendar
        case .sampling: return Strings.paneSampling
        case .coverage: return Strings.paneCoverage
        }
    }

    /// The one-word name a narrow header uses.
    public var shortTitle: Bilingual {
        switch self {
        case .products: return Bilingual(zh: "品种", en: "Products")
        case .calendar: return Bilingual(zh: "日历", en: "Calendar")
        case .sampling: return Bilingual(zh: "抽检", en: "Sampling")
        case .coverage: return Bilingual(zh: "覆盖", en: "Coverage")
        }
    }
}

/// A list's selection and scroll position, kept per pane (ratatui's ListState).
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    /// Moves the selection by `delta` within `count` rows and scrolls so it stays in a window of `height` rows.
    mutating func move(_ delta: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
        scroll(count: count, height: height)
    }

    mutating func scroll(count: Int, height: Int) {
        let h = max(1, height)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = max(0, min(offset, max(0, count - h)))
    }
}

public struct ProductsPaneState: Equatable, Sendable {
    public var list = ListState()
    public var filter = ""
    public var sort = ProductSort.id
    /// Row positions shown, in order: the filter applied to the sort order.
    public var visible: [Int] = []
    /// The case being read, and how far it is scrolled.
    public var detail: DetailState?
}

public struct DetailState: Equatable, Sendable {
    public var productId: String
    public var scroll = 0
}

/// A one-line prompt at the bottom of the screen.
public enum Prompt: Equatable, Sendable {
    /// `/`: the products filter, edited as the list narrows.
    case filter(TextInput)
    /// `:`: a command.
    case command(TextInput)
    /// A question answered with y or n before something irreversible.
    case confirm(Confirmation)
    /// `g` in the calendar: a date to go to.
    case goToDate(TextInput)
    /// A reason is required before the action goes ahead (Enter confirms, Esc steps back).
    case reason(ReasonFor, TextInput)
    /// The date a rectification was closed (prefilled with today), for the inspection as shown when asked.
    case closeRectification(Inspection, TextInput)
}

/// What a reason is asked for; a record is carried as it was shown when asked, the before-state of the save.
public enum ReasonFor: Equatable, Sendable {
    /// Saving a form despite scheduling conflicts.
    case saveDespiteConflicts
    /// Cancelling an inspection.
    case cancelInspection(Inspection)
    /// Taking back a product's furthest step.
    case stageBack(PilotProduct)

    var question: Bilingual {
        switch self {
        case .saveDespiteConflicts: return Bilingual(zh: "存在冲突，仍要保存？请填写理由：", en: "Save despite the conflicts? Reason: ")
        case .cancelInspection(let i): return Bilingual(zh: "取消检查 \(i.id)？请填写理由：", en: "Cancel inspection \(i.id)? Reason: ")
        case .stageBack(let p): return Bilingual(zh: "撤回 \(p.id) 的最近一步？请填写理由：", en: "Take back \(p.id)'s last step? Reason: ")
        }
    }
}

public enum Confirmation: Equatable, Sendable {
    case compact
    /// Deleting the record as it was shown when asked.
    case delete(AnyRecord)

    var question: Bilingual {
        switch self {
        case .compact: return Strings.confirmCompact
        case .delete(let r): return Bilingual(zh: "删除 \(r.kind.rawValue) \(r.id)？", en: "Delete \(r.kind.rawValue) \(r.id)?")
        }
    }
}

/// `:log`: one record's audit trail.
public struct LogView: Equatable, Sendable {
    public var title: String
    public var lines: [String]
}

public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}

/// Where the dashboard runs: shown in the status line, and whether edits are allowed.
public struct AppContext: Equatable, Sendable {
    public var storePath: String
    public var user: String
    public var readOnly: Bool
    /// Why the store is read-only when it is not the user's choice (a damaged journal: file, line, reason).
    public var readOnlyReason: String?

    public init(storePath: String, user: String, readOnly: Bool, readOnlyReason: String? = nil) {
        self.storePath = storePath
        self.user = user
        self.readOnly = readOnly || readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
    }

    /// What a refused change says: the damage and its fix when there is one, else that --readonly is on.
    public func refusal(_ language: Language) -> String {
        guard let readOnlyReason else { return Strings.refusedReadOnly[language] }
        return (language == .zh ? "日志受损：" : "damaged: ") + readOnlyReason
    }
}

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
    public var showHelp = false
    /// How far the help overlay is scrolled when its keys do not fit.
    public var helpScroll = 0
    public var prompt: Prompt?
    /// A form being filled in (over any pane); it stays open until its save succeeds.
    public var form: FormState?
    /// A save refused because someone else changed the record: both versions, over everything else.
    public var conflict: ConflictState?
    public var logView: LogView?
    /// The edit sent to the store and not yet confirmed.
    public var pendingEdit: RecordEdit?
    /// This session's saved edits, newest last: `u` undoes them one by one with compensating edits.
    public var undoStack: [RecordEdit] = []
    public var message: StatusMessage?

    public init(model: DashboardModel, context: AppContext, size: Size, language: Language) {
        self.model = model
        self.context = context
        self.size = size
        self.language = language
        calendar = CalendarState(selected: model.today)
        sampling = SamplingPaneState(summaryYear: model.today.year)
        sampling.visible = model.visibleSamplings(filter: "", sort: .newest)
        coverage = CoveragePaneState(model: model)
        CoverageView.recompute(&self)
        products.visible = model.visibleRows(filter: "", sort: .id)
        message = StatusMessage(text: Strings.welcome[language], isError: false)
    }

    public var isTooSmall: Bool { size.width < Size.minimum.width || size.height < Size.minimum.height }

    /// The product under the cursor in the list.
    public var selectedRow: DashboardModel.ProductRow? {
        guard products.visible.indices.contains(products.list.selected) else { return nil }
        return model.rows[products.visible[products.list.selected]]
    }

    func recordCount(_ pane: Pane) -> Int {
        switch pane {
        case .products: return products.visible.count
        case .calendar: return Agenda.listing(self).items.count
        case .sampling: return sampling.visible.count
        case .coverage: return coverage.lines.count
        }
    }
}
