import Foundation

/// The provinces biopilot knows, in GB/T 2260 order, with lookup by code. Part of `ReferenceData`.
public struct ProvinceTable: Sendable {
    public let all: [Province]
    private let byCode: [String: Province]

    public init(_ provinces: [Province]) {
        all = provinces
        byCode = Dictionary(provinces.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func named(code: String) -> Province? { byCode[code] }

    private struct File: Decodable { let provinces: [Province] }

    /// Reads the `provinces.json` format: `{"provinces": [{code, name, short, en}, …]}`.
    public init(json data: Data) throws {
        self.init(try JSONDecoder().decode(File.self, from: data).provinces)
    }
}
