import ArgumentParser
import Live

/// `--stacks-file F` and `--shard I/N`: a fleet of stacks, or this run's share of it.
struct FleetOptions: ParsableArguments {
    @Option(help: "A JSON or YAML list of {name, region?, profile?, roleArn?, template?}: the stacks to check.")
    var stacksFile: String?

    @Option(help: "Only this share of the stacks: I/N with 0 <= I < N (stable by name and region).")
    var shard: String?

    func validate() throws {
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be I/N with 0 <= I < N, such as 0/4, not '\(shard)'")
        }
    }

    /// The `--stack` names (in the run's own region) and the stacks file's entries, then the shard's share.
    func stacks(named names: [String]) throws -> [FleetStack] {
        var all = names.map { FleetStack(name: $0) }
        if let stacksFile {
            do {
                all += try FleetFile.read(path: stacksFile)
            } catch {
                throw CLIFailure.undecided("\(error)")
            }
        }
        if let entry = all.first(where: { $0.roleArn != nil }) {
            throw CLIFailure.undecided(
                "error: stack \(entry.name) has a roleArn: assuming a role per stack is not supported yet; "
                    + "run with credentials for that account (or a profile with role_arn)")
        }
        return shard.flatMap(Shard.init).map { $0.select(all) } ?? all
    }
}
