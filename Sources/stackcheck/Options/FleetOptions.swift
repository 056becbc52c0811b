import ArgumentParser
import Live

/// `--stacks-file F` and `--shard I/N`: a fleet of stacks, or this run's share of it.
struct FleetOptions: ParsableArguments {
    @Option(help: "A JSON or YAML list of {name, region?, profile?, roleArn?, template?}: the stacks to check.")
    var stacksFile: String?

    @Option(help: "Only this share of the stacks: I/N with 0 <= I < N (stable by name and region).")
    var shard: String?

    @Option(help: "Stacks checked at once in any one region (default: no limit beyond the run's own).")
    var maxPerRegion: Int?

    @Option(help: "Stacks checked at once in any one account: a roleArn's account, else a profile.")
    var maxPerAccount: Int?

    func validate() throws {
        for (flag, value) in [("--max-per-region", maxPerRegion), ("--max-per-account", maxPerAccount)] {
            if let value, value < 1 { throw ValidationError("\(flag) must be at least 1") }
        }
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
                throw CLIFailure.from(error)
            }
        }
        return shard.flatMap(Shard.init).map { $0.select(all) } ?? all
    }

    /// At most `total` stacks at once, and the per-region and per-account limits given.
    func limits(total: Int) -> FleetLimits {
        FleetLimits(total: total, perRegion: maxPerRegion, perAccount: maxPerAccount)
    }
}
