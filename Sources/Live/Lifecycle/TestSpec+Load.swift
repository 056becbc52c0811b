import Findings
import FoundationEssentials
import Template
import TextBasics

extension TestSpec {
    /// Reads and checks a spec; every error names the file, line and column it is about.
    public static func load(path: String) throws(TestSpecError) -> TestSpec {
        let root: Node
        do {
            root = try TemplateReader.read(path: path)
        } catch let error as TemplateError {
            throw TestSpecError(error.diagnostic)
        } catch {
            throw TestSpecError(Diagnostic(mark: .file(path), message: "cannot read the spec: \(error)"))
        }
        guard let mapping = root.mappingValue else {
            throw TestSpecError(root.mark, "the spec must be a mapping with template, stackNamePrefix and regions")
        }
        for entry in mapping.entries where !keys.contains(entry.key) {
            throw TestSpecError(
                entry.keyMark ?? entry.value.mark,
                "unknown key '\(entry.key)'; the spec takes \(keys.joined(separator: ", "))")
        }
        let templateNode = try required(mapping, "template", in: root, path: path)
        let template = try text(templateNode, "template")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let templatePath =
            template.hasPrefix("/") ? template : folder.appendingPathComponent(template).standardized.path
        guard FileChecks.exists(templatePath) else {
            throw TestSpecError(
                templateNode.mark, "template \(templatePath) not found (paths are relative to the spec)")
        }
        let prefixNode = try required(mapping, "stackNamePrefix", in: root, path: path)
        let prefix = try text(prefixNode, "stackNamePrefix")
        let validPrefix =
            prefix.first?.isLetter == true && prefix.count <= 100
            && prefix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard validPrefix else {
            throw TestSpecError(
                prefixNode.mark,
                "stackNamePrefix '\(prefix)' must start with a letter and hold only letters, digits "
                    + "and hyphens (at most 100)")
        }
        let regionsNode = try required(mapping, "regions", in: root, path: path)
        let regions = try texts(regionsNode, "regions")
        guard !regions.isEmpty, Set(regions).count == regions.count else {
            throw TestSpecError(regionsNode.mark, "regions must list at least one region, each once")
        }
        let capabilities = try mapping["capabilities"].map { node throws(TestSpecError) in
            try texts(node, "capabilities")
        }
        for capability in capabilities ?? [] where !capabilityNames.contains(capability) {
            throw TestSpecError(
                mapping["capabilities"]?.mark,
                "unknown capability '\(capability)'; use \(capabilityNames.joined(separator: ", "))")
        }
        var regionParameters: [String: [(key: String, value: String, mark: SourceMark?)]] = [:]
        if let node = mapping["regionParameters"] {
            guard let byRegion = node.mappingValue else {
                throw TestSpecError(node.mark, "regionParameters must map a region to its parameters")
            }
            for entry in byRegion.entries {
                guard regions.contains(entry.key) else {
                    throw TestSpecError(
                        entry.keyMark ?? entry.value.mark,
                        "regionParameters names \(entry.key), which is not in regions")
                }
                regionParameters[entry.key] = try parameterList(entry.value, "regionParameters.\(entry.key)")
            }
        }
        var spec = TestSpec(
            path: path, template: templatePath, stackNamePrefix: prefix, regions: regions,
            capabilities: capabilities ?? [],
            parameters: try mapping["parameters"].map { node throws(TestSpecError) in
                try parameterList(node, "parameters")
            } ?? [],
            regionParameters: regionParameters, smokeTimeout: .seconds(600), deployTimeout: .seconds(3600),
            driftTimeout: .seconds(300), deleteTimeout: .seconds(1800))
        for (key, keyPath) in [
            ("smokeTimeout", \TestSpec.smokeTimeout), ("deployTimeout", \.deployTimeout),
            ("driftTimeout", \.driftTimeout), ("deleteTimeout", \.deleteTimeout),
        ] {
            guard let node = mapping[key] else { continue }
            let value = try scalar(node, key)
            guard let duration = DurationText.parse(value) else {
                throw TestSpecError(node.mark, "\(key) must be a duration such as 90s, 10m or 1h, not '\(value)'")
            }
            spec[keyPath: keyPath] = duration
        }
        // Placeholders are checked now, so a typo fails before any stack is made.
        for region in regions { _ = try spec.parameters(region: region, token: "check") }
        return spec
    }

    private static func required(_ mapping: Mapping, _ key: String, in root: Node, path: String) throws(TestSpecError)
        -> Node
    {
        guard let node = mapping[key] else { throw TestSpecError(root.mark, "the spec needs '\(key)'", file: path) }
        return node
    }

    private static func text(_ node: Node, _ key: String) throws(TestSpecError) -> String {
        guard let value = node.stringValue, !value.isEmpty else {
            throw TestSpecError(node.mark, "\(key) must be a non-empty string")
        }
        return value
    }

    private static func texts(_ node: Node, _ key: String) throws(TestSpecError) -> [String] {
        guard let items = node.listValue else { throw TestSpecError(node.mark, "\(key) must be a list") }
        return try items.map { item throws(TestSpecError) in try text(item, key) }
    }

    /// A string, number or boolean as CloudFormation takes parameter values: text.
    private static func scalar(_ node: Node, _ key: String) throws(TestSpecError) -> String {
        switch node.value {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: throw TestSpecError(node.mark, "\(key) must be a string, a number or a boolean")
        }
    }

    private static func parameterList(_ node: Node, _ key: String) throws(TestSpecError)
        -> [(key: String, value: String, mark: SourceMark?)]
    {
        guard let mapping = node.mappingValue else {
            throw TestSpecError(node.mark, "\(key) must map parameter names to values")
        }
        return try mapping.entries.map { entry throws(TestSpecError) in
            let value: String
            if let list = entry.value.listValue {
                // A list parameter may be written as a list; CloudFormation takes it comma-separated.
                value = try list.map { item throws(TestSpecError) in try scalar(item, "\(key).\(entry.key)") }
                    .joined(separator: ",")
            } else {
                value = try scalar(entry.value, "\(key).\(entry.key)")
            }
            return (entry.key, value, entry.value.mark)
        }
    }
}
