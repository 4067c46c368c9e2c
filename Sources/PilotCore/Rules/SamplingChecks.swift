/// Sampling results: failures (with the re-test window) and lab reports past their deadline.
enum SamplingChecks {
    static func findings(_ p: PilotProduct, _ index: PilotIndex, today: CivilDate, calendar: WorkingCalendar) -> [Finding] {
        var out: [Finding] = []
        let name = ProductRules.names(p)
        let deadlines = index.data.deadlines
        index.samplings(of: p.id).forEachInPlace { s in
            let ref = Finding.RecordRef(.sampling, s.id)
            switch s.conclusion {
            case .pending:
                guard let status = SamplingStatus(s.record, deadlines: deadlines, today: today, calendar: calendar).report else { return }
                let note = InspectionChecks.notes(s.reportDueExtendedTo == nil ? deadlines.labReport : .labReport, status)
                let extended =
                    s.reportDueExtendedTo.map { _ in Bilingual(zh: "（已批准延期）", en: " (extension approved)") } ?? Bilingual(zh: "", en: "")
                if status.isOverdue {
                    out.append(
                        Finding(
                            .error, .samplingReportDeadline, productId: p.id, record: ref,
                            Bilingual(
                                zh:
                                    "抽检 \(s.id)（\(name.zh) 批号 \(s.batch)）：\(s.lab) 报告应于 \(status.due)\(extended.zh) 前出具，已逾期 \(status.overdueBy) 个工作日\(note.zh)",
                                en:
                                    "Sampling \(s.id) (\(name.en) batch \(s.batch)): report from \(s.lab) was due \(status.due)\(extended.en), \(status.overdueBy) working days overdue\(note.en)"
                            )))
                }
            case .fail:
                var windowZh = ""
                var windowEn = ""
                let status = SamplingStatus(s.record, deadlines: deadlines, today: today, calendar: calendar)
                if s.retest == nil, let window = status.retestWindow {
                    let note = InspectionChecks.notes(deadlines.retestRequest, window)
                    windowZh = (window.isOverdue ? "；复验申请期已于 \(window.due) 届满" : "；复验可申请至 \(window.due)") + note.zh
                    windowEn =
                        (window.isOverdue ? "; the re-test window closed \(window.due)" : "; re-test may be requested until \(window.due)")
                        + note.en
                } else if status.retestWindowUnknown {
                    windowZh = "；报告送达日期未录入，复验申请期暂无法计算"
                    windowEn = "; the report's service date is not recorded, so the re-test window cannot be computed yet"
                } else if let retest = s.retest {
                    windowZh = "；已于 \(retest.requestedOn) 申请复验" + (retest.result.map { "，复验结论：\($0.label.zh)" } ?? "")
                    windowEn =
                        "; re-test requested \(retest.requestedOn)" + (retest.result.map { ", re-test result: \($0.label.en)" } ?? "")
                }
                // A re-test that passed overturns the result; the record stays visible as information.
                let overturned = s.retest?.result == .pass
                out.append(
                    Finding(
                        overturned ? .info : .error, .failedSampling, productId: p.id, record: ref,
                        Bilingual(
                            zh: "抽检 \(s.id)（\(name.zh) \(s.segment.label.zh) 批号 \(s.batch)）不符合规定\(windowZh)",
                            en: "Sampling \(s.id) (\(name.en) \(s.segment.label.en) batch \(s.batch)) failed\(windowEn)")))
            case .pass:
                break
            }
        }
        return out
    }
}
