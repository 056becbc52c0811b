import Foundation

/// Runs cfn-lint's own template decoder (`cfnlint.decode.decode_str`, PyYAML underneath) over YAML
/// files in one Python process and compares what it reads with the JSON we expect, strictly: kinds
/// (bool, int, float, str, null), values and key order.
public enum CfnLintDecoder {
    /// Why the comparison cannot run here, or nil when python3 with cfnlint is available.
    public static func unavailableReason() async -> String? {
        guard let result = try? await Python.run(["-c", "import cfnlint.decode"]) else {
            return "python3 not found: install Python 3 and run scripts/setup"
        }
        return result.status == 0 ? nil : "python3 cannot import cfnlint: run scripts/setup (pip install cfn-lint)"
    }

    /// For each (yaml, json) pair: nil when cfn-lint reads the YAML as exactly the JSON, else what differs.
    public static func compare(_ pairs: [(yaml: URL, json: URL)]) async throws -> [String: String] {
        try await mismatches(running: script, on: pairs.map { [$0.yaml.path, $0.json.path] })
    }

    /// Runs a comparison script on groups of file paths (JSON on stdin); it prints `MISMATCH <path>\t<why>`
    /// for each group that reads differently.
    static func mismatches(running script: String, on groups: [[String]]) async throws -> [String: String] {
        let input = try JSONSerialization.data(withJSONObject: groups)
        let result = try await Python.run(["-c", script], stdin: input)
        guard result.status == 0 else { throw CfnLintDecoderError(detail: result.stderr) }
        var mismatches: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") where line.hasPrefix("MISMATCH ") {
            let rest = line.dropFirst("MISMATCH ".count)
            let path = rest.prefix { $0 != "\t" }
            mismatches[String(path)] = String(rest.dropFirst(path.count + 1))
        }
        return mismatches
    }

    /// The Python both comparisons share: `kind` of a value as cfn-lint's decoder builds it, and `diff`, strict on
    /// kinds, values and key order, where `says(x, y)` words two differing values, `joins` two keys lists or
    /// lengths, and `allow(a, b, where)` settles a pair first ("" the same, text how it differs, None no rule).
    static let comparing = #"""
        import datetime, json, math, sys
        from cfnlint.decode import decode_str

        def kind(x):
            for t in (bool, int, float, str, dict, list, datetime.datetime, datetime.date):
                if isinstance(x, t):
                    return t.__name__
            return "null" if x is None else type(x).__name__

        def diff(a, b, path, says, joins, allow=lambda a, b, where: None):
            where = path or "/"
            allowed = allow(a, b, where)
            if allowed is not None:
                return allowed or None
            if kind(a) != kind(b):
                return f"{where}: {says(f'{kind(a)} {a!r}', f'{kind(b)} {b!r}')}"
            if isinstance(a, dict):
                if list(a.keys()) != list(b.keys()):
                    return f"{where}: keys {list(a.keys())}{joins}{list(b.keys())}"
                return next((d for k in a for d in [diff(a[k], b[k], f"{path}/{k}", says, joins, allow)] if d), None)
            if isinstance(a, list):
                if len(a) != len(b):
                    return f"{where}: a list of {len(a)}{joins}{len(b)}"
                pairs = enumerate(zip(a, b))
                return next((d for i, (x, y) in pairs for d in [diff(x, y, f"{path}/{i}", says, joins, allow)] if d), None)
            return None if a == b else f"{where}: {says(repr(a), repr(b))}"

        """#

    private static let script =
        comparing + #"""
            def differs(a, b):
                return diff(a, b, "", lambda x, y: f"cfn-lint read {x}, expected {y}", " vs ")

            for yaml_path, json_path in json.load(sys.stdin):
                with open(yaml_path, encoding="utf-8") as f:
                    template, matches = decode_str(f.read())
                if matches:
                    print(f"MISMATCH {yaml_path}\tcfn-lint could not decode it: {matches[0]}")
                    continue
                with open(json_path, encoding="utf-8") as f:
                    expected = json.load(f)
                found = differs(template, expected)
                if found:
                    print(f"MISMATCH {yaml_path}\t{found}")
            """#
}

public struct CfnLintDecoderError: Error, CustomStringConvertible {
    public var detail: String
    public var description: String { "cfn-lint decoder run failed: \(detail)" }
}
