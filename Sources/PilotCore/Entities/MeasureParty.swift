/// Who owes what a risk-control measure asks for: the enterprise that must carry it out, or the regulator that
/// must still act on it (a decision, an investigation, a hand-over).
public enum MeasureParty: String, CaseIterable, Hashable, Sendable, Codable {
    /// The holder (上市许可持有人), who answers for its product at every site, contract sites included (药品管理法
    /// 第三十条): it rectifies, recalls, stops production, sales or use, attends the interview.
    case enterprise
    /// The unit that decided the measure, which owes the next act itself.
    case regulator
}
