import AWS
import ArgumentParser

@main
struct StackCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stackcheck",
        abstract: "Keep a CloudFormation stack honest from source to production.",
        version: StackCheckVersion.current,
        subcommands: [
            Roundtrip.self, Convert.self, Diff.self, Generate.self, GoldenCommand.self,
            Whoami.self, ConfigCommand.self, Describe.self, Deploy.self, Drift.self, Smoke.self, Watch.self,
            Delete.self, TestCommand.self,
            IAMPolicyCommand.self, ReportCommand.self,
        ])
}
