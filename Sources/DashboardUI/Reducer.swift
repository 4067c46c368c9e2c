import PilotCore

/// The dashboard's update function: the state changes only here, and I/O is asked for as effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = update(&state, action).compactMap { SaveOutcome.withoutNoOps(&state, $0) }
    // Remember the edit on its way, so that once it is saved `u` can undo it (or a refusal can show it).
    for case .save(let edit) in effects { state.pendingEdit = edit }
    return effects
}

private func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let size):
        state.size = size
        clampLists(&state)
        return []
    case .dataChanged(let data, let revision):
        let selectedID = state.selectedRow?.product.id
        let selectedSampling = state.selectedSampling?.sampling.id
        state.model = DashboardModel(data: data, revision: revision, today: state.model.today, reference: state.model.reference)
        refilter(&state, keepingSelection: selectedID)
        SamplingReducer.refilter(&state, keepingSelection: selectedSampling)
        CoverageView.recompute(&state)
        if let detail = state.products.detail, state.model.index.data.products[id: detail.productId] == nil {
            state.products.detail = nil
        }
        // An open conflict always shows their current version.
        if var conflict = state.conflict {
            conflict.theirs = data.record(conflict.kind, id: conflict.id)
            state.conflict = conflict
        }
        clampLists(&state)
        return []
    case .othersChanged(let data, let revision):
        _ = update(&state, .dataChanged(data, revision: revision))
        SaveOutcome.othersChanged(&state)
        return []
    case .message(let text, let isError):
        state.message = StatusMessage(text: text, isError: isError)
        return []
    case .logLoaded(let title, let lines):
        state.logView = LogView(title: title, lines: lines)
        return []
    case .saveConflicted(let text):
        guard ConflictReducer.open(&state) else { return update(&state, .saveFinished(ok: false, message: text)) }
        state.pendingEdit = nil
        return []
    case .saveFinished(let ok, let text, let saved):
        CoverageReducer.saveFinished(&state, ok: ok)
        // Undo takes back what was written (new records under the ids they were given).
        if ok, let edit = saved ?? state.pendingEdit, !edit.isUndo {
            state.undoStack.append(edit)
            if state.undoStack.count > 50 { state.undoStack.removeFirst() }
        }
        state.pendingEdit = nil
        if ok {
            state.form = nil
            if case .reason = state.prompt { state.prompt = nil }
        }
        state.message = StatusMessage(text: text, isError: !ok)
        return []
    case .key(let key):
        return handleKey(&state, key)
    }
}

private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .ctrl("c") { return [.quit] }
    if let prompt = state.prompt { return handlePrompt(&state, prompt, key) }
    if let conflict = state.conflict {
        if state.showHelp { return helpKey(&state, key) }
        return ConflictReducer.handle(&state, conflict, key)
    }
    if let form = state.form { return formKey(&state, form, key) }
    if state.logView != nil {
        if [.escape, .enter, .char("q")].contains(key) { state.logView = nil }
        return []
    }
    if let review = state.coverage.plan, state.pane == .coverage { return CoverageReducer.handlePlan(&state, review, key) }
    if state.calendar.openInspection != nil {
        // Esc, Enter or q close the inspection; a calendar key acts on it after closing.
        state.calendar.openInspection = nil
        if [.escape, .enter, .char("q")].contains(key) { return [] }
    }
    if state.showHelp { return helpKey(&state, key) }
    guard let command = Keymap.command(for: key, in: state) else { return [] }
    if state.pane == .calendar, Keymap.bindings.contains(where: { $0.scope == .calendar && $0.command == command }) {
        return CalendarReducer.run(&state, command)
    }
    if state.pane == .sampling, Keymap.bindings.contains(where: { $0.scope == .samplingList && $0.command == command }) {
        return SamplingReducer.run(&state, command)
    }
    if state.pane == .coverage, Keymap.bindings.contains(where: { $0.scope == .coverage && $0.command == command }) {
        return CoverageReducer.run(&state, command)
    }
    return run(&state, command)
}

/// A key for the open form, handled by the form's own reducer.
func formKey(_ state: inout AppState, _ form: FormState, _ key: Key) -> [Effect] {
    switch form.purpose {
    case .newSampling, .editSampling: return SamplingForms.handle(&state, form, key)
    case .newRecord, .editRecord: return RecordForms.handle(&state, form, key)
    case .stageStep: return StageForm.handle(&state, form, key)
    default: return CalendarReducer.handleForm(&state, form, key)
    }
}

private func helpKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .escape, .char("?"), .char("q"), .enter: state.showHelp = false
    case .down, .char("j"): state.helpScroll += 1
    case .up, .char("k"): state.helpScroll = max(0, state.helpScroll - 1)
    case .pageDown, .char(" "): state.helpScroll += 10
    case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
    default: break
    }
    return []
}

private func run(_ state: inout AppState, _ command: Command) -> [Effect] {
    let L = state.language
    switch command {
    case .quit:
        return [.quit]
    case .undo:
        guard !CalendarReducer.refuseReadOnly(&state) else { return [] }
        guard let last = state.undoStack.popLast() else {
            state.message = StatusMessage(text: L == .zh ? "没有可撤销的修改" : "nothing to undo", isError: true)
            return []
        }
        return [.save(last.inverse)]
    case .help:
        state.showHelp = true
        state.helpScroll = 0
    case .redraw:
        return [.redraw]
    case .nextPane:
        switchPane(&state, to: Pane(rawValue: state.pane.rawValue % 4 + 1)!)
    case .previousPane:
        switchPane(&state, to: Pane(rawValue: (state.pane.rawValue + 2) % 4 + 1)!)
    case .pane(let pane):
        switchPane(&state, to: pane)
    case .commandLine:
        state.prompt = .command(TextInput())
    case .filter:
        state.prompt = .filter(TextInput(state.products.filter))
    case .cycleSort:
        let selectedID = state.selectedRow?.product.id
        state.products.sort = state.products.sort.next
        refilter(&state, keepingSelection: selectedID)
        state.message = StatusMessage(text: Strings.sortedBy[L] + state.products.sort.label[L], isError: false)
    case .nextMatch, .previousMatch:
        // With a filter every listed row is a match: n and N step through them, wrapping around.
        let count = state.products.visible.count
        guard count > 0 else { break }
        let step = command == .nextMatch ? 1 : -1
        state.products.list.selected = (state.products.list.selected + step + count) % count
        state.products.list.scroll(count: count, height: Layout.listRows(state.size))
    case .open:
        if let row = state.selectedRow { state.products.detail = DetailState(productId: row.product.id) }
    case .addRecord:
        return RecordReducer.add(&state, .product)
    case .editRecord:
        if let id = state.products.detail?.productId ?? state.selectedRow?.product.id { return RecordReducer.edit(&state, .product, id) }
    case .advanceStage, .stageBack, .deleteRecord:
        if let id = state.products.detail?.productId ?? state.selectedRow?.product.id { return RecordReducer.productCommand(&state, command, id) }
    case .back:
        state.products.detail = nil
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
        move(&state, command)
    default:
        break
    }
    return []
}

private func move(_ state: inout AppState, _ command: Command) {
    if state.pane == .products, var detail = state.products.detail {
        let page = Layout.detailRows(state.size)
        let lines = CaseDetail.lineCount(state, productId: detail.productId)
        let last = max(0, lines - page)
        switch command {
        case .down: detail.scroll += 1
        case .up: detail.scroll -= 1
        case .pageDown: detail.scroll += page - 1
        case .pageUp: detail.scroll -= page - 1
        case .top: detail.scroll = 0
        case .bottom: detail.scroll = last
        default: break
        }
        detail.scroll = min(max(0, detail.scroll), last)
        state.products.detail = detail
        return
    }
    let count = state.recordCount(state.pane)
    let page = Layout.listRows(state.size)
    var list = state.pane == .products ? state.products.list : (state.pane == .sampling ? state.sampling.list : state.coverage.list)
    switch command {
    case .down: list.move(1, count: count, height: page)
    case .up: list.move(-1, count: count, height: page)
    case .pageDown: list.move(page, count: count, height: page)
    case .pageUp: list.move(-page, count: count, height: page)
    case .top: list.move(-count, count: count, height: page)
    case .bottom: list.move(count, count: count, height: page)
    default: break
    }
    switch state.pane {
    case .products: state.products.list = list
    case .sampling: state.sampling.list = list
    default: state.coverage.list = list
    }
}

private func switchPane(_ state: inout AppState, to pane: Pane) {
    state.pane = pane
    state.message = nil
}

/// Re-applies the filter and sort, keeping the same product selected when it is still listed.
func refilter(_ state: inout AppState, keepingSelection id: String?, narrowing: Bool = false) {
    let previous = narrowing ? state.products.visible : nil
    state.products.visible = state.model.visibleRows(filter: state.products.filter, sort: state.products.sort, within: previous)
    if let id, let position = state.products.visible.firstIndex(where: { state.model.rows[$0].product.id == id }) {
        state.products.list.selected = position
    } else {
        state.products.list.selected = 0
        state.products.list.offset = 0
    }
    state.products.list.scroll(count: state.products.visible.count, height: Layout.listRows(state.size))
}

private func clampLists(_ state: inout AppState) {
    let page = Layout.listRows(state.size)
    state.products.list.move(0, count: state.products.visible.count, height: page)
    state.sampling.list.move(0, count: state.sampling.visible.count, height: SamplingScreen.listRows(state))
    state.coverage.list.move(0, count: state.coverage.lines.count, height: CoverageScreen.listRows(state))
    if var detail = state.products.detail {
        let last = max(0, CaseDetail.lineCount(state, productId: detail.productId) - Layout.detailRows(state.size))
        detail.scroll = min(detail.scroll, last)
        state.products.detail = detail
    }
}

private func handlePrompt(_ state: inout AppState, _ prompt: Prompt, _ key: Key) -> [Effect] {
    let L = state.language
    switch prompt {
    case .filter(var input) where state.pane == .sampling:
        switch key {
        case .enter: state.prompt = nil
        case .escape:
            state.prompt = nil
            state.sampling.filter = ""
            SamplingReducer.refilter(&state, keepingSelection: state.selectedSampling?.sampling.id)
        case .up, .down:
            state.sampling.list.move(key == .up ? -1 : 1, count: state.sampling.visible.count, height: SamplingScreen.listRows(state))
        default:
            let before = input.text
            guard input.handle(key) else { return [] }
            state.prompt = .filter(input)
            state.sampling.filter = input.text
            SamplingReducer.refilter(&state, keepingSelection: state.selectedSampling?.sampling.id,
                                     narrowing: input.text.hasPrefix(before) && !before.isEmpty)
        }
        return []
    case .filter(var input):
        switch key {
        case .enter:
            state.prompt = nil
        case .escape:
            state.prompt = nil
            state.products.filter = ""
            refilter(&state, keepingSelection: state.selectedRow?.product.id)
        case .up, .down:
            state.products.list.move(key == .up ? -1 : 1, count: state.products.visible.count, height: Layout.listRows(state.size))
        default:
            let before = input.text
            guard input.handle(key) else { return [] }
            state.prompt = .filter(input)
            state.products.filter = input.text
            // Typing at the end narrows the current matches; any other edit searches all products again.
            let narrowing = input.text.hasPrefix(before) && !before.isEmpty
            refilter(&state, keepingSelection: state.selectedRow?.product.id, narrowing: narrowing)
            if state.pane != .products { state.pane = .products }
        }
        return []
    case .command(var input):
        switch key {
        case .enter:
            state.prompt = nil
            return execute(&state, input.text)
        case .escape:
            state.prompt = nil
        case .backspace where input.text.isEmpty:
            state.prompt = nil
        default:
            if input.handle(key) { state.prompt = .command(input) }
        }
        return []
    case .goToDate(var input):
        switch key {
        case .enter: CalendarReducer.goTo(&state, input.text)
        case .escape: state.prompt = nil
        default: if input.handle(key) { state.prompt = .goToDate(input) }
        }
        return []
    case .reason(let purpose, var input):
        switch key {
        case .enter: return CalendarReducer.reasonGiven(&state, purpose, input.text)
        case .escape: state.prompt = nil
        default: if input.handle(key) { state.prompt = .reason(purpose, input) }
        }
        return []
    case .closeRectification(let inspection, var input):
        switch key {
        case .enter: return CalendarReducer.closeRectification(&state, inspection, input.text)
        case .escape: state.prompt = nil
        default: if input.handle(key) { state.prompt = .closeRectification(inspection, input) }
        }
        return []
    case .confirm(let confirmation):
        switch key {
        case .char("y"), .char("Y"):
            state.prompt = nil
            switch confirmation {
            case .compact: return [.compact]
            case .delete(let record): return RecordReducer.delete(&state, record)
            }
        case .char("n"), .char("N"), .escape, .char("q"):
            state.prompt = nil
            state.message = StatusMessage(text: Strings.cancelled[L], isError: false)
        default:
            break
        }
        return []
    }
}

/// `:` commands.
private func execute(_ state: inout AppState, _ line: String) -> [Effect] {
    let words = line.trimmingSpaces().split(separator: " ").map(String.init)
    guard let name = words.first else { return [] }
    let argument = words.dropFirst().joined(separator: " ")
    switch name {
    case "q", "quit", "q!", "quit!":
        return [.quit]
    case "help", "h":
        state.showHelp = true
    case "lang" where argument == "zh" || argument == "en":
        state.language = argument == "zh" ? .zh : .en
        state.message = StatusMessage(text: Strings.languageSet[state.language], isError: false)
    case "1", "2", "3", "4":
        switchPane(&state, to: Pane(rawValue: Int(name)!)!)
    case "products", "calendar", "sampling", "coverage":
        switchPane(&state, to: [Pane.products, .calendar, .sampling, .coverage][["products", "calendar", "sampling", "coverage"].firstIndex(of: name)!])
    case "filter":
        state.pane = .products
        state.products.detail = nil
        state.products.filter = argument
        refilter(&state, keepingSelection: nil)
    case "export":
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "ics" else {
            state.message = StatusMessage(text: state.language == .zh ? "用法：:export ics 文件路径" : "usage: :export ics PATH", isError: true)
            return []
        }
        return [.exportICS(path: parts[1])]
    case "import":
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "samplings" || parts[0] == "products" else {
            state.message = StatusMessage(text: state.language == .zh ? "用法：:import samplings|products 文件路径" : "usage: :import samplings|products PATH", isError: true)
            return []
        }
        if state.context.readOnly {
            state.message = StatusMessage(text: state.context.refusal(state.language), isError: true)
            return []
        }
        return [parts[0] == "samplings" ? .importSamplings(path: parts[1]) : .importProducts(path: parts[1])]
    case "add" where EntityKind(rawValue: argument) != nil:
        return RecordReducer.add(&state, EntityKind(rawValue: argument)!)
    case "edit", "delete":
        let parts = argument.split(separator: " ").map(String.init)
        guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]), kind != .inspection && kind != .sampling else {
            state.message = StatusMessage(text: state.language == .zh ? "用法：:\(name) enterprise|site|product|staff|inspector 编号" : "usage: :\(name) enterprise|site|product|staff|inspector ID", isError: true)
            return []
        }
        return name == "edit" ? RecordReducer.edit(&state, kind, parts[1]) : RecordReducer.askDelete(&state, kind, parts[1])
    case "log":
        return RecordReducer.log(&state)
    case "compact":
        if state.context.readOnly {
            state.message = StatusMessage(text: state.context.refusal(state.language), isError: true)
        } else {
            state.prompt = .confirm(.compact)
        }
    default:
        state.message = StatusMessage(
            text: "\(Strings.unknownCommand[state.language]) \":\(line)\" — \(Strings.commandsAvailable[state.language])q, help, lang zh|en, 1-4, filter TEXT, add KIND, edit KIND ID, delete KIND ID, log, export ics PATH, import samplings|products PATH, compact",
            isError: true)
    }
    return []
}
