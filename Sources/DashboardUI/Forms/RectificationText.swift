import PilotCore

/// One line on where an inspection's rectification stands, worded from the rules in force: the report due
/// (with its period and any override), the report received, the assessment due or made.
enum RectificationText {
    /// "，整改报告期限 2027-01-05" / ", assessed compliant": the next event, for the status line.
    static func short(_ i: Inspection, state: AppState) -> Bilingual {
        guard
            let r = RectificationStatus(
                i, deadlines: state.model.index.data.deadlines, today: state.model.today, calendar: state.model.calendar)
        else { return Bilingual(zh: "", en: "") }
        if let a = r.assessment { return Bilingual(zh: "，综合评定：\(a.label.zh)", en: ", assessed \(a.label.en)") }
        if let due = r.assessmentDue { return Bilingual(zh: "，综合评定期限 \(due.due)", en: ", assessment due \(due.due)") }
        return Bilingual(zh: "，整改报告期限 \(r.reportDue.due)", en: ", rectification report due \(r.reportDue.due)")
    }

    static func summary(_ i: Inspection, state: AppState) -> Bilingual {
        let deadlines = state.model.index.data.deadlines
        guard let r = RectificationStatus(i, deadlines: deadlines, today: state.model.today, calendar: state.model.calendar) else {
            return Bilingual(zh: "无需整改", en: "no rectification due")
        }
        let reissue =
            i.defectListReissuedOn != nil
            ? Bilingual(
                zh: "，缺陷清单重发后延长 \(deadlines.defectListReissue.period.zh)",
                en: ", plus \(deadlines.defectListReissue.period.en) after the re-issued list")
            : Bilingual(zh: "", en: "")
        var text = Bilingual(
            zh: "整改报告期限 \(r.reportDue.due)（检查结束后 \(deadlines.rectificationReport.period.zh)\(reissue.zh)）",
            en: "rectification report due \(r.reportDue.due) (\(deadlines.rectificationReport.period.en) after the end\(reissue.en))")
        if let received = r.reportReceivedOn, let due = r.assessmentDue {
            let made =
                r.assessment.map { a in
                    Bilingual(
                        zh: "综合评定：\(a.label.zh)\(r.assessedOn.map { "（\($0)）" } ?? "")",
                        en: "assessed \(a.label.en)\(r.assessedOn.map { " on \($0)" } ?? "")")
                }
                ?? Bilingual(
                    zh: "综合评定期限 \(due.due)（收到报告后 \(deadlines.overallAssessment.period.zh)）",
                    en: "assessment due \(due.due) (\(deadlines.overallAssessment.period.en) after the report)")
            text = Bilingual(
                zh: text.zh + "；报告 \(received) 收到；" + made.zh, en: text.en + "; report received \(received); " + made.en)
        }
        if let note = StatutoryHoliday.estimateNote(years: r.estimatedYears) {
            text = Bilingual(zh: text.zh + "；" + note.zh, en: text.en + "; " + note.en)
        }
        return text
    }
}
