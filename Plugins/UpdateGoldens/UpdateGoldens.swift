import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory update-goldens`: re-records Golden/ by running
/// `stackcheck golden record`, which prints what changed and leaves unchanged files untouched.
///
/// Thin on purpose: the CLI owns generation, comparison and atomic writes, so the plugin and a plain
/// `stackcheck golden record` can never disagree.
@main
struct UpdateGoldens: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        guard arguments.isEmpty else {
            Diagnostics.error("update-goldens takes no arguments (got \(arguments.joined(separator: " ")))")
            return
        }
        let tool = try context.tool(named: "stackcheck")
        let goldenDirectory = context.package.directoryURL.appendingPathComponent("Golden").path
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["golden", "record", "--golden-dir", goldenDirectory]
        // Output goes straight to the user's terminal: one line per golden, saying what changed.
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("stackcheck golden record exited with status \(process.terminationStatus)")
            return
        }
    }
}
