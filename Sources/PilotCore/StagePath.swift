/// Moving a product along the pilot path: the next step records its date and who did it; going back or
/// skipping steps needs a reason, kept on the step (and in the journal).
public enum StagePath {
    public enum Refusal: Error, Equatable, Sendable {
        case reasonRequired(Bilingual)
        case dateBeforePreviousStep(CivilDate)
        case nothingToUndo
    }

    public static func next(after stage: PilotStage?) -> PilotStage? {
        guard let stage else { return .application }
        let all = PilotStage.allCases
        let i = all.firstIndex(of: stage)!
        return i + 1 < all.count ? all[i + 1] : nil
    }

    /// Records `stage` on `date`. A step past the next one needs a reason (the skipped steps are reported by rule R7).
    public static func advance(_ p: PilotProduct, to stage: PilotStage, on date: CivilDate, by user: String, reason: String?)
        throws(Refusal) -> PilotProduct
    {
        let expected = next(after: p.stage)
        let givenReason = reason?.trimmed.isEmpty == false ? reason : nil
        if stage != expected && givenReason == nil {
            throw .reasonRequired(
                Bilingual(
                    zh: "“\(stage.label.zh)”不是下一步（应为“\(expected?.label.zh ?? "—")”），需填写理由",
                    en: "\"\(stage.label.en)\" is not the next step (\"\(expected?.label.en ?? "—")\"); a reason is required"))
        }
        if let last = p.steps.max(by: { $0.date < $1.date }), date < last.date, givenReason == nil {
            throw .dateBeforePreviousStep(last.date)
        }
        var out = p
        out.steps.removeAll { $0.stage == stage }
        out.steps.append(StageStep(stage: stage, date: date, by: user, reason: givenReason))
        out.steps.sort { $0.stage < $1.stage }
        return out
    }

    /// Takes back the furthest step; always needs a reason.
    public static func goBack(_ p: PilotProduct, reason: String?) throws(Refusal) -> PilotProduct {
        guard let stage = p.stage else { throw .nothingToUndo }
        guard let reason, !reason.trimmed.isEmpty else {
            throw .reasonRequired(Bilingual(zh: "撤回“\(stage.label.zh)”需填写理由", en: "taking back \"\(stage.label.en)\" needs a reason"))
        }
        var out = p
        out.steps.removeAll { $0.stage == stage }
        return out
    }
}
