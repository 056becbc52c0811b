import PackagePlugin

// PLACEHOLDER: the golden stream replaces this file.
@main
struct UpdateGoldens: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        Diagnostics.error("update-goldens is not built yet")
    }
}
