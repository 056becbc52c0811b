import Foundation

/// Whether cfn-lint's decoder (`cfnlint.decode.decode_str`, PyYAML underneath) reads other files exactly as
/// it reads an original: kinds (bool, int, float, str, null), values, key order. Two allowances, each
/// because JSON cannot say more: NaN equals NaN, and a timestamp (a date PyYAML built from a plain
/// `2001-12-14`) equals a string from which PyYAML builds the same timestamp, since neither JSON nor
/// CloudFormation has a timestamp type.
public enum CfnLintSameReading {
    /// For each original: nil when every other file reads the same, else what differs, keyed by path.
    public static func compare(_ cases: [(original: URL, others: [URL])]) async throws -> [String: String] {
        try await CfnLintDecoder.mismatches(
            running: script, on: cases.map { [$0.original.path] + $0.others.map(\.path) })
    }

    private static let script =
        CfnLintDecoder.comparing + #"""
            import yaml

            def timestamp(text):
                try:
                    return yaml.SafeLoader("").construct_yaml_timestamp(yaml.ScalarNode("tag:yaml.org,2002:timestamp", text))
                except Exception:
                    return None

            def allow(a, b, where):
                if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
                    return ""
                if isinstance(a, datetime.date) and isinstance(b, str):
                    built = timestamp(b)
                    same = built == a and type(built) is type(a)
                    return "" if same else f"{where}: timestamp {a!r} read back as the string {b!r}"
                return None

            def differs(a, b):
                return diff(a, b, "", lambda x, y: f"{x} read back as {y}", " read back as ", allow)

            def decode(path):
                with open(path, encoding="utf-8") as f:
                    template, matches = decode_str(f.read())
                return template, (str(matches[0]) if matches else None)

            for paths in json.load(sys.stdin):
                original, problem = decode(paths[0])
                if problem:
                    print(f"MISMATCH {paths[0]}\tcfn-lint could not decode the original: {problem}")
                    continue
                for other in paths[1:]:
                    template, problem = decode(other)
                    found = f"cfn-lint could not decode it: {problem}" if problem else differs(original, template)
                    if found:
                        print(f"MISMATCH {other}\t{found}")
            """#
}
