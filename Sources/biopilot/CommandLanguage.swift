import ArgumentParser
import Foundation
import PilotCore

/// A command with the common options, whose `--lang` its errors follow.
protocol WithCommonOptions {
    var common: CommonOptions { get }
}

extension AddEnterprise: WithCommonOptions {}
extension AddInspector: WithCommonOptions {}
extension AddProduct: WithCommonOptions {}
extension AddSite: WithCommonOptions {}
extension AddStaff: WithCommonOptions {}
extension CompactCommand: WithCommonOptions {}
extension CoverageCommand: WithCommonOptions {}
extension DashboardCommand: WithCommonOptions {}
extension DemoCommand: WithCommonOptions {}
extension DoctorCommand: WithCommonOptions {}
extension GenerateCommand: WithCommonOptions {}
extension ExportCommand.ICSExport: WithCommonOptions {}
extension ExportCommand.CSVExport: WithCommonOptions {}
extension ExportCommand.JSONExport: WithCommonOptions {}
extension ImportCommand.Products: WithCommonOptions {}
extension ImportCommand.Samplings: WithCommonOptions {}
extension LogCommand: WithCommonOptions {}
extension PlanCommand: WithCommonOptions {}
extension RenderCommand: WithCommonOptions {}
extension ReportCommand.Annual: WithCommonOptions {}
extension ReportCommand.Summary: WithCommonOptions {}
extension ReportCommand.Sampling: WithCommonOptions {}
extension ScheduleCommand: WithCommonOptions {}
extension SetCommand: WithCommonOptions {}
extension StageCommand: WithCommonOptions {}
extension StressWriteCommand: WithCommonOptions {}
extension ValidateCommand: WithCommonOptions {}

extension ParsableCommand {
    /// The language of this command's messages: `--lang`, else the locale.
    var messageLanguage: Language {
        (self as? WithCommonOptions)?.common.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
