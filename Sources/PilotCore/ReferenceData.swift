import Foundation

/// The reference data biopilot works with: the working-day calendar and the province table.
/// Loaded once where a program starts (`ReferenceData.load()`) and passed down explicitly;
/// nothing in PilotCore reads these files on its own.
public struct ReferenceData: Sendable {
    public let calendar: WorkingCalendar
    public let provinces: ProvinceTable

    public init(calendar: WorkingCalendar, provinces: ProvinceTable) {
        self.calendar = calendar
        self.provinces = provinces
    }

    /// A bundled reference file that is missing or cannot be read; names the file.
    public struct LoadError: Error, CustomStringConvertible {
        public let file: String
        public let reason: String
        public var description: String { "biopilot's bundled \(file) \(reason); reinstall biopilot" }
    }

    /// Reads the bundled `holidays-cn.json` and `provinces.json`.
    public static func load() throws -> ReferenceData {
        func read(_ name: String) throws -> Data {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
                throw LoadError(file: "\(name).json", reason: "is missing")
            }
            do { return try Data(contentsOf: url) } catch {
                throw LoadError(file: "\(name).json", reason: "cannot be read (\(error.localizedDescription))")
            }
        }
        let calendar: WorkingCalendar
        do { calendar = try WorkingCalendar(json: read("holidays-cn")) } catch let e as LoadError { throw e } catch {
            throw LoadError(file: "holidays-cn.json", reason: "is invalid (\(error))")
        }
        let provinces: ProvinceTable
        do { provinces = try ProvinceTable(json: read("provinces")) } catch let e as LoadError { throw e } catch {
            throw LoadError(file: "provinces.json", reason: "is invalid (\(error))")
        }
        return ReferenceData(calendar: calendar, provinces: provinces)
    }
}
