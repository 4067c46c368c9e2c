extension RecordChecks {
    /// An inspection's dates against each other and today: it cannot be completed before it ends, its
    /// rectification report cannot be received before the inspection ended (the period runs from the end), and the
    /// overall assessment cannot precede the report it assesses.
    public static func inspection(_ i: Inspection, today: CivilDate) -> [Problem<InspectionField>] {
        var out: [Problem<InspectionField>] = []
        if i.status == .completed && i.end > today {
            out.append(
                error(
                    .end, "结束日期 \(i.end) 晚于今天（\(today)），检查尚未结束，不能登记完成",
                    "ends \(i.end), after today (\(today)): an inspection cannot be completed before it ends"))
        }
        if let received = i.reportReceivedOn, received < i.end {
            out.append(
                error(
                    .reportReceivedOn, "整改报告收到日期 \(received) 早于检查结束日期 \(i.end)",
                    "report received \(received), before the inspection ended (\(i.end))"))
        }
        // The overall assessment judges the rectification report, so it follows the report (and the inspection).
        if let assessed = i.overallAssessmentOn {
            if let received = i.rectificationReportReceivedOn, assessed < received {
                out.append(
                    error(
                        .overallAssessmentOn, "综合评定日期 \(assessed) 早于整改报告收到日期 \(received)",
                        "assessed \(assessed), before the rectification report was received (\(received))"))
            } else if assessed < i.end {
                out.append(
                    error(
                        .overallAssessmentOn, "综合评定日期 \(assessed) 早于检查结束日期 \(i.end)",
                        "assessed \(assessed), before the inspection ended (\(i.end))"))
            }
        }
        return out
    }

    /// A sampling's dates in the order they happen: sampled, received by the lab, reported.
    public static func sampling(_ s: Sampling) -> [Problem<SamplingField>] {
        var out: [Problem<SamplingField>] = []
        if let received = s.receivedOn, received < s.sampledOn {
            out.append(
                error(
                    .receivedOn, "收样日期 \(received) 早于抽样日期 \(s.sampledOn)", "received \(received), before the sampling date \(s.sampledOn)"))
        }
        if let reported = s.reportDate {
            if reported < s.sampledOn {
                out.append(
                    error(
                        .reportDate, "报告日期 \(reported) 早于抽样日期 \(s.sampledOn)",
                        "report date \(reported) is before the sampling date \(s.sampledOn)"))
            } else if let received = s.receivedOn, reported < received {
                out.append(
                    error(
                        .reportDate, "报告日期 \(reported) 早于收样日期 \(received)",
                        "report date \(reported) is before the lab received the sample (\(received))"
                    ))
            }
        }
        return out
    }

    /// Scheduling an inspection that starts before today. Entering an inspection that already took place is
    /// legitimate (the record is often made afterwards), so this is a warning to confirm, never a refusal.
    public static func startsInPast(_ start: CivilDate, today: CivilDate) -> Bilingual? {
        guard start < today else { return nil }
        return Bilingual(zh: "开始日期 \(start) 已过去", en: "the start, \(start), is in the past")
    }
}
