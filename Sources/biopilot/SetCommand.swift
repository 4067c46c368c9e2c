import ArgumentParser
import DashboardUI
import PilotCore
import PilotStore

/// `biopilot set KIND ID FIELD=VALUE…`, and `biopilot set setting KEY=VALUE --reason TEXT` for a store setting
/// (a deadline's number for this province), journalled like every edit and shared by every member.
struct SetCommand: ReferenceCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a record, by their names in store.json (e.g. set enterprise E06 liabilityCompensation=\"保险 PL-1\").",
        discussion: """
            A store setting overrides a deadline's number for the province, with its reason:
              biopilot set setting deadline.lab-report=20 --reason "省局规定"
            Settings: \(Deadlines.settingKeys.joined(separator: ", ")). An empty value removes the override.
            The province's pilot summary sent to NMPA (one for the store), its date then its document number:
              biopilot set setting pilot.summary="2026-12-20 沪药监函〔2026〕88号" --reason "报送国家药监局"
            """)

    @OptionGroup var common: CommonOptions
    @Argument(help: "enterprise, site, product, staff, inspector, inspection, sampling or setting.") var kind: EntityKind
    @Argument(help: "The record's id; for a setting, KEY=VALUE.") var id: String
    @Argument(help: "FIELD=VALUE; an empty value clears an optional field; lists are comma separated.") var assignments: [String] = []
    @Option(name: .long, help: "Why the change was made (recorded in the journal).") var reason: String?

    func validate() throws {
        if kind != .setting && assignments.isEmpty { throw ValidationError("Missing expected argument '<assignments> ...'") }
    }

    func run(reference: ReferenceData) throws {
        try reporting {
            let store = try common.openStore(reference)
            if kind == .setting {
                emit(try saveSetting(store, reference: reference) + "\n")
                return
            }
            let saved = try RecordEditing.save(
                store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces,
                today: common.day
            ) { data in
                guard let before = data.record(kind, id: id) else {
                    throw CLIFailure.message(
                        Bilingual(
                            zh: "没有\(Strings.kindName(kind).zh) \(TerminalText.visible(id))",
                            en: "no \(kind.rawValue) \(TerminalText.visible(id))")[common.language], code: 1)
                }
                do {
                    return (before, try RecordPatch.apply(before, assignments))
                } catch {
                    throw CLIFailure.message(TerminalText.visible("\(kind.rawValue) \(id): \(error)"), code: 1)
                }
            }
            emit(saved.id + "\n")
        }
    }

    /// `KEY=VALUE`: sets the override (its reason kept with it); `KEY=` removes it.
    private func saveSetting(_ store: any Store, reference: ReferenceData) throws -> String {
        guard assignments.isEmpty, let equals = id.firstIndex(of: "=") else {
            throw CLIFailure.message(
                Bilingual(zh: "用法：biopilot set setting 键=值 --reason 理由", en: "usage: biopilot set setting KEY=VALUE --reason TEXT")[
                    common.language], code: 2)
        }
        let key = String(id[..<equals]).trimmed
        let value = String(id[id.index(after: equals)...]).trimmed
        if value.isEmpty {
            try store.commit(user: common.user, reason: reason) { data in
                guard let old = data.settings[id: key] else {
                    throw CLIFailure.message(
                        Bilingual(zh: "没有设置 \(TerminalText.visible(key))", en: "no setting \(TerminalText.visible(key))")[common.language],
                        code: 1)
                }
                return [.delete(.setting(old))]
            }
            return key
        }
        let saved = try RecordEditing.save(
            store, user: common.user, reason: reason, language: common.language, provinces: reference.provinces,
            today: common.day
        ) { data in
            (data.settings[id: key].map(AnyRecord.setting), .setting(Setting(id: key, value: value, reason: reason)))
        }
        return saved.id
    }
}
