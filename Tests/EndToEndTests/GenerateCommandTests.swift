import Foundation
import Testing

/// `biopilot generate` (issue 15): a synthetic store that opens, validates with every reference resolved, and
/// matches the published schema.
@Suite(.serialized) struct GenerateCommandTests {
    let today = "2026-11-26"

    @Test func aGeneratedStorePassesTheStructuralChecks() throws {
        let store = TempStore()
        let made = try CLI.run([
            "generate", store.path, "--products", "30", "--years", "2", "--provinces", "5", "--today", today, "--lang", "en",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("30 products"), "\(made.stdout)")
        let validated = try CLI.run(["validate", "--store", store.path, "--today", today, "--format", "json"])
        // 1: the pilot's rules find problems (the generator makes some); 2 would be a store that cannot be read.
        #expect(validated.status == 0 || validated.status == 1, "\(validated.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: validated.stdoutBytes) as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(!findings.contains { $0["rule"] as? String == "reference" }, "\(findings.filter { $0["rule"] as? String == "reference" })")

        let schema = try CLI.run(["schema"])
        let file = store.path + "/schema.json"
        try schema.stdoutBytes.write(to: URL(fileURLWithPath: file))
        let check = try CLI.python(
            """
            import json, sys, jsonschema
            jsonschema.Draft202012Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
            """, [file, store.path + "/store.json"])
        #expect(check.status == 0, "\(check.stderr)")

        // Never over an existing store, and a size is required.
        #expect(try CLI.run(["generate", store.path, "--products", "3", "--today", today]).status == 1)
        #expect(try CLI.run(["generate", TempStore().path, "--today", today]).status == 64)
    }
}
