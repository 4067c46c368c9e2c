/// Who goes on an inspection, by jurisdiction: one inspector of every province the product is made in (the
/// holder's first, then each partner province, not only the first), then more of the holder's province, then
/// anyone, until the team has two (rule 13's companion: a team of at least two; a site in another province
/// needs that province on the team).
public enum TeamChoice {
    public static let minimumTeam = 2

    /// `available` in preference order (free, without a conflict of interest); `provinces` lead first.
    /// `missing` are the provinces nobody available belongs to.
    public static func choose(_ available: [Inspector], provinces: [String]) -> (team: [Inspector], missing: [String]) {
        var team: [Inspector] = []
        var missing: [String] = []
        for code in provinces {
            if let inspector = available.first(where: { $0.provinceCode == code && !team.contains($0) }) {
                team.append(inspector)
            } else {
                missing.append(code)
            }
        }
        let lead = provinces.first
        let rest = available.filter { !team.contains($0) }
        for inspector in rest.filter({ $0.provinceCode == lead }) + rest.filter({ $0.provinceCode != lead }) where team.count < minimumTeam
        {
            team.append(inspector)
        }
        return (team, missing)
    }
}
