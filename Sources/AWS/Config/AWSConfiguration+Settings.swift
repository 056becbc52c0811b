import FoundationEssentials
import TextBasics

/// A configured value and where it came from (`AWS_MAX_ATTEMPTS`, `profile "ci" max_attempts`, `default`),
/// for `stackcheck config` and for error messages.
public struct ConfiguredValue<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var source: String

    public init(_ value: Value, source: String) {
        self.value = value
        self.source = source
    }
}

/// The SDKs' retry modes. `legacy` (botocore's old default) is read as `standard`.
public enum RetryMode: String, Sendable, Equatable {
    case standard, adaptive
}

extension AWSConfiguration {
    /// The environment variable, else the profile's key, as botocore's config chain reads them.
    func raw(environment variable: String, profile key: String) -> ConfiguredValue<String>? {
        if let text = environment[variable]?.trimmed(.whitespaces), !text.isEmpty {
            return ConfiguredValue(text, source: variable)
        }
        if let text = files.profile(profileName)[key], !text.isEmpty {
            return ConfiguredValue(text, source: "profile \"\(profileName)\" \(key)")
        }
        return nil
    }

    /// `AWS_USE_FIPS_ENDPOINT` / `use_fips_endpoint`: only `true` (any case) turns it on, as in botocore.
    public var useFIPSEndpoint: ConfiguredValue<Bool> {
        flag(environment: "AWS_USE_FIPS_ENDPOINT", profile: "use_fips_endpoint")
    }

    /// `AWS_USE_DUALSTACK_ENDPOINT` / `use_dualstack_endpoint`.
    public var useDualStackEndpoint: ConfiguredValue<Bool> {
        flag(environment: "AWS_USE_DUALSTACK_ENDPOINT", profile: "use_dualstack_endpoint")
    }

    public var endpointVariant: EndpointVariant {
        EndpointVariant(fips: useFIPSEndpoint.value, dualStack: useDualStackEndpoint.value)
    }

    private func flag(environment variable: String, profile key: String) -> ConfiguredValue<Bool> {
        guard let raw = raw(environment: variable, profile: key) else {
            return ConfiguredValue(false, source: "default")
        }
        return ConfiguredValue(raw.value.lowercased() == "true", source: raw.source)
    }

    /// `AWS_CA_BUNDLE` / `ca_bundle`: a PEM file that replaces the system's trusted certificates.
    /// - Throws: `ConfigError` when the file cannot be read.
    public func caBundle() throws -> ConfiguredValue<String?> {
        guard let raw = raw(environment: "AWS_CA_BUNDLE", profile: "ca_bundle") else {
            return ConfiguredValue(nil, source: "default")
        }
        let path = SharedConfigFiles.expand(raw.value, environment)
        guard FileChecks.isReadable(path) else {
            throw ConfigError(.setting(raw.source), "cannot read the CA bundle \(path), and check the path")
        }
        return ConfiguredValue(path, source: raw.source)
    }

    /// `AWS_MAX_ATTEMPTS` / `max_attempts`: attempts per call, the first included (default 3).
    public func maxAttempts() throws -> ConfiguredValue<Int> {
        guard let raw = raw(environment: "AWS_MAX_ATTEMPTS", profile: "max_attempts") else {
            return ConfiguredValue(3, source: "default")
        }
        guard let count = Int(raw.value), count >= 1 else {
            throw ConfigError(
                .setting(raw.source), "`\(raw.value)` is not a whole number of attempts, and give 1 or more")
        }
        return ConfiguredValue(count, source: raw.source)
    }

    /// `AWS_RETRY_MODE` / `retry_mode`: `standard` (default) or `adaptive`; `legacy` reads as `standard`.
    public func retryMode() throws -> ConfiguredValue<RetryMode> {
        guard let raw = raw(environment: "AWS_RETRY_MODE", profile: "retry_mode") else {
            return ConfiguredValue(.standard, source: "default")
        }
        switch raw.value.lowercased() {
        case "standard", "legacy": return ConfiguredValue(.standard, source: raw.source)
        case "adaptive": return ConfiguredValue(.adaptive, source: raw.source)
        default:
            throw ConfigError(
                .setting(raw.source), "retry mode `\(raw.value)` is not known, and use standard or adaptive")
        }
    }

    /// A retry policy with this configuration's attempts and mode over the caller's other settings.
    public func retryPolicy(_ base: RetryPolicy = .standard) throws -> RetryPolicy {
        var policy = base
        policy.maxAttempts = try maxAttempts().value
        if try retryMode().value == .adaptive, policy.rateLimiter == nil { policy.rateLimiter = ClientRateLimiter() }
        return policy
    }
}
