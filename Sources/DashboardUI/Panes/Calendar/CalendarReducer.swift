import PilotCore

/// Calendar keys: moving through days, weeks and months, and changing the plan. Every change to the store
/// goes out as a `.save` effect; the form or prompt that asked for it stays until the save succeeds.
enum CalendarReducer {
    static func run(_ state: inout AppState, _ command: Command) -> [Effect] {
        let effects = perform(&state, command)
        keepInView(&state)
        return effects
    }

    /// Scrolls the day list and the inspector-load list by the rows they are drawn in, so each selection stays in view.
    static func keepInView(_ state: inout AppState) {
        let listing = Agenda.listing(state)
        var agenda = ListState(selected: state.calendar.agendaIndex, offset: state.calendar.agendaOffset)
        agenda.scroll(count: listing.items.count, height: Layout.calendarListRows(state, weekNote: listing.isWeek))
        var load = ListState(selected: state.calendar.loadInspector, offset: state.calendar.loadOffset)
        load.scroll(count: LoadView.inspectors(state).count, height: Layout.calendarListRows(state))
        state.calendar.agendaOffset = agenda.offset
        state.calendar.loadOffset = load.offset
    }

    private static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        let L = state.language
        var cal = state.calendar
        func select(_ day: CivilDate) {
            cal.selected = day
            cal.agendaIndex = 0
        }
        switch command {
        case .previousDay: select(cal.selected.adding(days: -1))
        case .nextDay: select(cal.selected.adding(days: 1))
        case .previousWeek: select(cal.selected.adding(days: -7))
        case .nextWeek: select(cal.selected.adding(days: 7))
        case .previousMonth: select(CalendarState.shift(cal.selected, months: -1))
        case .nextMonth: select(CalendarState.shift(cal.selected, months: 1))
        case .today: select(state.model.today)
        case .goToDate:
            state.prompt = .goToDate(TextInput(cal.selected.description))
        case .nextMatch, .previousMatch:
            let step = command == .nextMatch ? 1 : -1
            if cal.loadMode {
                let count = max(1, LoadView.inspectors(state).count)
                cal.loadInspector = (cal.loadInspector + step + count) % count
            } else {
                let count = Agenda.listing(state).items.count
                if count > 0 { cal.agendaIndex = (cal.agendaIndex + step + count) % count }
            }
        case .toggleLoad:
            cal.loadMode.toggle()
            cal.agendaIndex = 0
        case .open:
            if let inspection = Agenda.selectedInspection(state) { state.inspectionCard = inspection.id }
        case .addInspection:
            state.calendar = cal
            return startNewInspection(&state, on: cal.selected, product: nil)
        default:
            state.calendar = cal
            return change(&state, command, L)
        }
        state.calendar = cal
        return []
    }

    /// Opens the schedule form pre-filled for the day (and for a product, when the coverage pane asks).
    static func startNewInspection(_ state: inout AppState, on day: CivilDate, product: PilotProduct?) -> [Effect] {
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        guard
            let plan = SchedulingSuggestion.plan(
                on: day, today: state.model.today, index: state.model.index,
                calendar: state.model.calendar, product: product)
        else {
            state.message = StatusMessage(text: Bilingual(zh: "没有品种可安排", en: "no product to schedule")[state.language], isError: true)
            return []
        }
        state.form = InspectionForms.scheduleForm(plan, state: state, purpose: .newInspection)
        return []
    }

    /// Changes to the selected inspection.
    static func change(_ state: inout AppState, _ command: Command, _ L: Language) -> [Effect] {
        guard let inspection = Agenda.selectedInspection(state) else {
            state.message = StatusMessage(text: Bilingual(zh: "所选日期没有检查", en: "no inspection selected on this day")[L], isError: true)
            return []
        }
        guard !ReadOnlyGuard.refuse(&state) else { return [] }
        func save(_ after: Inspection, _ done: Bilingual, reason: String? = nil) -> [Effect] {
            [
                .save(
                    RecordEdit(
                        changes: [.init(before: .inspection(inspection), after: .inspection(after))], reason: reason,
                        conflicts: nil, done: done))
            ]
        }
        switch command {
        case .editInspection:
            guard inspection.status == .planned || inspection.status == .inProgress else {
                state.message = StatusMessage(
                    text: Bilingual(zh: "只能修改计划中或进行中的检查", en: "only planned or in-progress inspections can be edited")[L], isError: true)
                return []
            }
            state.form = InspectionForms.editForm(inspection, state: state)
            return []
        case .moveEarlier, .moveLater:
            guard inspection.status == .planned else {
                state.message = StatusMessage(
                    text: Bilingual(zh: "只能移动计划中的检查", en: "only planned inspections can be moved")[L], isError: true)
                return []
            }
            let step = command == .moveEarlier ? -1 : 1
            var moved = inspection
            moved.start = inspection.start.adding(days: step)
            moved.end = inspection.end.adding(days: step)
            let plan = InspectionPlan(
                productId: moved.productId, type: moved.type, start: moved.start, end: moved.end,
                siteIds: moved.siteIds, team: moved.team, replacing: moved.id)
            let conflicts = Scheduling.conflicts(plan, index: state.model.index, calendar: state.model.calendar)
            guard conflicts.isEmpty else {
                // Onto a weekend or holiday, a double booking, a conflict of interest: the move is saved as `a`
                // saves a schedule, through the edit form with the new dates, which asks for the reason (or, for
                // a conflict of interest, for the approving lead) and shows why.
                let form = InspectionForms.scheduleForm(plan, state: state, purpose: .editInspection(inspection.id), existing: inspection)
                return FormReducer.submit(&state, form, reason: nil)
            }
            state.calendar.selected = state.calendar.selected.adding(days: step)
            return [
                .save(
                    RecordEdit(
                        changes: [.init(before: .inspection(inspection), after: .inspection(moved))],
                        reason: Bilingual(zh: "调整日期 \(step > 0 ? "推后" : "提前")一天", en: "moved one day \(step > 0 ? "later" : "earlier")")[L],
                        conflicts: nil,
                        done: Bilingual(zh: "\(moved.id) 改为 \(moved.start)–\(moved.end)", en: "\(moved.id) now \(moved.start)–\(moved.end)")
                    ))
            ]
        case .advanceStatus:
            switch inspection.status {
            case .planned:
                var started = inspection
                started.status = .inProgress
                return save(started, Bilingual(zh: "\(inspection.id) 进行中", en: "\(inspection.id) in progress"))
            case .inProgress:
                state.form = CompletionForm.form(inspection, state: state)
                return []
            case .completed, .cancelled:
                state.message = StatusMessage(
                    text: Bilingual(
                        zh: "\(inspection.id) 的状态已是“\(inspection.status.label.zh)”",
                        en: "\(inspection.id) is already \(inspection.status.label.en)")[L], isError: true)
                return []
            }
        case .closeRectification:
            guard inspection.hasOpenRectification, inspection.rectificationReportReceivedOn == nil else {
                state.message = StatusMessage(
                    text: Bilingual(
                        zh: "\(inspection.id) 没有待收的整改报告（综合评定在完成表单中记录）",
                        en: "\(inspection.id) awaits no rectification report (record the assessment in the completion form)")[L],
                    isError: true)
                return []
            }
            state.prompt = .closeRectification(inspection, TextInput(state.model.today.description))
            return []
        case .cancelInspection:
            guard inspection.status == .planned || inspection.status == .inProgress else {
                state.message = StatusMessage(
                    text: Bilingual(zh: "只能取消计划中或进行中的检查", en: "only planned or in-progress inspections can be cancelled")[L], isError: true)
                return []
            }
            state.prompt = .reason(.cancelInspection(inspection), TextInput())
            return []
        default:
            return []
        }
    }

    // MARK: Prompts

    static func goTo(_ state: inout AppState, _ text: String) {
        if let day = CivilDate(lenient: text, today: state.model.today) {
            state.calendar.selected = day
            state.calendar.agendaIndex = 0
            state.calendar.agendaOffset = 0
            state.prompt = nil
        } else {
            let problem = CivilDate.problem(lenient: text, today: state.model.today)
            state.message = StatusMessage(text: (problem ?? FormStrings.notADate)[state.language], isError: true)
        }
    }

    static func reasonGiven(_ state: inout AppState, _ purpose: ReasonFor, _ reason: String) -> [Effect] {
        let L = state.language
        let text = reason.trimmed
        guard !text.isEmpty else {
            state.message = StatusMessage(text: Bilingual(zh: "需要填写理由", en: "a reason is required")[L], isError: true)
            return []
        }
        state.prompt = nil
        switch purpose {
        case .saveDespiteConflicts:
            guard let form = state.form else { return [] }
            return FormReducer.submit(&state, form, reason: text)
        case .stageBack(let product):
            return RecordReducer.stageBack(&state, product, text)
        case .delete(let record):
            return RecordReducer.delete(&state, record, reason: text)
        case .voidSampling(let sampling):
            return RecordReducer.void(&state, sampling, reason: text)
        case .cancelInspection(let inspection):
            let id = inspection.id
            var cancelled = inspection
            cancelled.status = .cancelled
            return [
                .save(
                    RecordEdit(
                        changes: [.init(before: .inspection(inspection), after: .inspection(cancelled))], reason: text,
                        conflicts: nil, done: Bilingual(zh: "\(id) 已取消", en: "\(id) cancelled")))
            ]
        }
    }

    static func closeRectification(_ state: inout AppState, _ inspection: Inspection, _ text: String) -> [Effect] {
        let id = inspection.id
        let L = state.language
        guard let day = CivilDate(lenient: text, today: state.model.today) else {
            let problem = CivilDate.problem(lenient: text, today: state.model.today)
            state.message = StatusMessage(text: (problem ?? FormStrings.notADateShort)[L], isError: true)
            return []
        }
        // The report received is not the rectification completed: the overall assessment follows (completion form).
        var closed = inspection
        closed.reportReceivedOn = day
        if let problem = RecordChecks.inspection(closed, today: state.model.today).first {
            state.message = StatusMessage(text: problem.message[L], isError: true)
            return []
        }
        state.prompt = nil
        return [
            .save(
                RecordEdit(
                    changes: [.init(before: .inspection(inspection), after: .inspection(closed))], reason: nil,
                    conflicts: nil,
                    done: Bilingual(
                        zh: "\(id) 整改报告于 \(day) 收到，待综合评定", en: "\(id) rectification report received \(day), assessment to follow")))
        ]
    }
}
