import PilotCore

/// A generated province product sheet for timing imports: every row a new product with its own new holder
/// and site, the case that made `import products` quadratic (audit D9).
enum ProductSheet {
    static func generate(rows: Int) -> String {
        var text = "name,type,holder,holder_credit_code,holder_province,ds_site_address,dp_site_address,stage,application\n"
        text.reserveCapacity(rows * 160)
        for i in 0..<rows {
            let digits = String(i)
            let first17 = "91310000MA" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
            let code = first17 + String(CreditCode.checkCharacter(for: first17) ?? "0")
            text += "测试单抗\(i),antibody,测试生物\(i)有限公司,\(code),上海市,上海市浦东新区张江路\(i)号,上海市浦东新区张江路\(i)号,application,2025-05-05\n"
        }
        return text
    }
}
