import PilotCore

/// `:` commands, typed at the command line.
enum CommandLineReducer {
    /// A key at the command line: Enter runs the command (and remembers it), ↑/↓ recall earlier commands, Tab
    /// completes, Esc (or Backspace on an empty line) closes, anything else edits.
    static func key(_ state: inout AppState, _ line: CommandLineInput, _ key: Key) -> [Effect] {
        var line = line
        switch key {
        case .enter:
            state.prompt = nil
            let text = line.input.text.trimmed
            if !text.isEmpty && state.commandHistory.last != text {
                state.commandHistory.append(text)
                if state.commandHistory.count > AppState.commandsKept { state.commandHistory.removeFirst() }
            }
            return execute(&state, text)
        case .escape:
            state.prompt = nil
            return []
        case .backspace where line.input.text.isEmpty:
            state.prompt = nil
            return []
        case .up:
            let position = (line.recalled ?? state.commandHistory.count) - 1
            guard state.commandHistory.indices.contains(position) else { return [] }
            line = CommandLineInput(TextInput(state.commandHistory[position]))
            line.recalled = position
        case .down:
            guard let recalled = line.recalled else { return [] }
            let position = recalled + 1
            line = CommandLineInput(TextInput(state.commandHistory.indices.contains(position) ? state.commandHistory[position] : ""))
            line.recalled = state.commandHistory.indices.contains(position) ? position : nil
        case .tab:
            let completion = CommandCompletion.complete(line.input.text, in: state.model.index.data)
            line.input = TextInput(completion.text)
            if !completion.candidates.isEmpty {
                state.message = StatusMessage(text: completion.candidates.joined(separator: "  "), isError: false)
            }
        default:
            guard line.input.handle(key) else { return [] }
        }
        state.prompt = .command(line)
        return []
    }

    static func execute(_ state: inout AppState, _ line: String) -> [Effect] {
        let words = line.trimmed.split(separator: " ").map(String.init)
        guard let name = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        // `:2`, `:calendar`: every registered pane by number and by name.
        if let pane = Pane(commandName: name) {
            GlobalCommands.switchPane(&state, to: pane)
            return []
        }
        switch name {
        case "q", "quit", "q!", "quit!":
            return [.quit]
        case "help", "h":
            state.showHelp = true
        case "lang" where argument == "zh" || argument == "en":
            state.language = argument == "zh" ? .zh : .en
            ProductsReducer.remeasureCase(&state)
            // The orders by name are the language's.
            ProductsReducer.refilter(&state, keepingSelection: state.selectedRow?.product.id)
            SamplingReducer.refilter(&state, keepingSelection: state.selectedSampling?.sampling.id)
            state.message = StatusMessage(text: Strings.languageSet[state.language], isError: false)
        case "filter":
            state.pane = .products
            state.products.detail = nil
            state.products.filter = argument
            ProductsReducer.refilter(&state, keepingSelection: nil)
        case "export", "report":
            switch ExportRequest.parse(words, year: state.model.today.year) {
            case .success(let request): return [.export(request)]
            case .failure(let why): state.message = StatusMessage(text: why.message[state.language], isError: true)
            }
        case "import":
            let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "samplings" || parts[0] == "products" else {
                state.message = StatusMessage(
                    text: Bilingual(zh: "用法：:import samplings|products 文件路径", en: "usage: :import samplings|products PATH")[state.language],
                    isError: true)
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
            guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]), CommandCompletion.editableKinds.contains(kind) else {
                let kinds = CommandCompletion.editableKinds.map(\.rawValue).joined(separator: "|")
                state.message = StatusMessage(
                    text: Bilingual(zh: "用法：:\(name) \(kinds) 编号", en: "usage: :\(name) \(kinds) ID")[state.language], isError: true)
                return []
            }
            return name == "edit" ? RecordReducer.edit(&state, kind, parts[1]) : RecordReducer.askDelete(&state, kind, parts[1])
        case "undo", "u":
            return GlobalCommands.run(&state, .undo)
        case "redo":
            return GlobalCommands.run(&state, .redo)
        case "undo-list", "undolist":
            return GlobalCommands.run(&state, .undoList)
        case "messages", "mes", "messages!":
            GlobalCommands.showMessages(&state)
        case "log":
            return RecordReducer.log(&state, Array(words.dropFirst()))
        case "compact":
            if state.context.readOnly {
                state.message = StatusMessage(text: state.context.refusal(state.language), isError: true)
            } else {
                state.prompt = .confirm(.compact)
            }
        default:
            state.message = StatusMessage(
                text:
                    "\(Strings.unknownCommand[state.language]) \":\(line)\" — \(Strings.commandsAvailable[state.language])"
                    + (CommandCompletion.usages.prefix(3) + ["1-\(Pane.allCases.count)"] + CommandCompletion.usages.dropFirst(3))
                    .joined(separator: ", "),
                isError: true)
        }
        return []
    }
}
