extension DueList {
    /// The 药品生产许可证 of each enterprise in a pilot product (the holder and every contract manufacturer): the
    /// re-issue application six months before it expires, and the expiry itself. 药品管理法 第四十一条: the licence
    /// states its validity and is re-examined when it expires; 药品生产监督管理办法（2020）第十九条: to go on producing,
    /// apply to the issuing authority 有效期届满前六个月. Once expired only the expiry stays (overdue until a new
    /// expiry is entered). Listed from a year before the expiry (the application then falls within six months), so
    /// five-year licences do not fill the list. Like the other product items, no task-force member owns them.
    static func licenceItems(_ c: Context) -> [DueItem] {
        // Only licences in their last year are listed, so those enterprises are found first (most have none); then
        // each is given the first pilot product (by id) it holds or makes, in one pass without allocating per product.
        var listed = Set<String>()
        for e in c.data.enterprises.records {
            if let shown = e.licence?.validUntil?.adding(months: -12), shown <= c.today { listed.insert(e.id) }
        }
        guard !listed.isEmpty else { return [] }
        var productOf: [String: PilotProduct] = [:]
        func take(_ id: String, _ p: PilotProduct) {
            if listed.contains(id), productOf[id].map({ p.id < $0.id }) ?? true { productOf[id] = p }
        }
        for p in c.data.products.records where p.basis != ProductBasis.none {
            take(p.holderId, p)
            for segment in p.segments { if let owner = c.data.sites[id: segment.siteId]?.enterpriseId { take(owner, p) } }
        }
        var out: [DueItem] = []
        for (id, product) in productOf {
            guard let e = c.data.enterprises[id: id], let licence = e.licence, let expiry = licence.validUntil,
                let shown = expiry.adding(months: -12), shown <= c.today
            else { continue }
            let from = Bilingual(zh: e.name, en: e.displayName(.en))
            let ref = Finding.RecordRef(.enterprise, e.id)
            if let apply = licence.renewalApplicationDue, c.today <= expiry {
                out.append(
                    c.item(
                        .licenceRenewal, due: apply, product: product,
                        what: Bilingual(
                            zh: "许可证 \(licence.number) 申请重新发放（\(expiry) 到期）",
                            en: "licence \(licence.number): apply to re-issue (expires \(expiry))"),
                        from: from, record: ref))
            }
            out.append(
                c.item(
                    .licenceExpiry, due: expiry, product: product,
                    what: Bilingual(zh: "许可证 \(licence.number) 有效期届满", en: "licence \(licence.number) expires"),
                    from: from, record: ref))
        }
        return out
    }
}
