import ArgumentParser

@main
struct Biopilot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "biopilot",
        abstract: "Terminal dashboard for task forces overseeing NMPA's biologics segmented-production pilot (生物制品分段生产试点).",
        discussion: """
        The store is --store DIR, else $BIOPILOT_STORE, else $XDG_DATA_HOME/biopilot/store. \
        --demo uses a demo store in $XDG_DATA_HOME/biopilot/demo, created on first use.
        """,
        subcommands: [
            DashboardCommand.self, InitCommand.self, DemoCommand.self, ValidateCommand.self, CoverageCommand.self, ScheduleCommand.self, PlanCommand.self, AddCommand.self, SetCommand.self, StageCommand.self,
            ExportCommand.self, ImportCommand.self, ReportCommand.self, RenderCommand.self, LogCommand.self, DoctorCommand.self, SchemaCommand.self, CompactCommand.self, StressWriteCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
