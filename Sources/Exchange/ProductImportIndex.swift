import PilotCore

/// How a product sheet's rows find what is already there, in O(1) instead of a scan of the table per row
/// (which made a 100k-row import quadratic, audit D9): enterprises by credit code and by exact name, sites by
/// enterprise and exact address, products by name and holder. Each map holds the first record in table
/// order, as `first(where:)` would find it.
struct ProductImportIndex {
    struct SiteKey: Hashable {
        let enterpriseId: String
        let address: String
    }
    struct ProductKey: Hashable {
        let name: String
        let holderId: String
    }

    private(set) var enterpriseByCode: [String: Int] = [:]
    private(set) var enterpriseByName: [String: Int] = [:]
    private(set) var siteByKey: [SiteKey: Int] = [:]
    private(set) var products: Set<ProductKey> = []

    init(_ data: PilotData) {
        for (i, e) in data.enterprises.enumerated() { addEnterprise(e, at: i) }
        for (i, s) in data.sites.enumerated() { addSite(s, at: i) }
        for p in data.products { addProduct(p) }
    }

    /// The position of the first enterprise with this credit code (when one is given) or this name.
    func enterprise(code: String, name: String) -> Int? {
        let byCode = code.isEmpty ? nil : enterpriseByCode[code]
        let byName = enterpriseByName[name]
        switch (byCode, byName) {
        case (let a?, let b?): return min(a, b)
        case (let a, let b): return a ?? b
        }
    }

    func site(_ key: SiteKey) -> Int? { siteByKey[key] }

    func hasProduct(name: String, holderId: String) -> Bool { products.contains(ProductKey(name: name, holderId: holderId)) }

    mutating func addEnterprise(_ e: Enterprise, at position: Int) {
        if enterpriseByCode[e.creditCode] == nil { enterpriseByCode[e.creditCode] = position }
        if enterpriseByName[e.name] == nil { enterpriseByName[e.name] = position }
    }

    mutating func addSite(_ s: Site, at position: Int) {
        let key = SiteKey(enterpriseId: s.enterpriseId, address: s.address)
        if siteByKey[key] == nil { siteByKey[key] = position }
    }

    mutating func addProduct(_ p: PilotProduct) { products.insert(ProductKey(name: p.name, holderId: p.holderId)) }
}
