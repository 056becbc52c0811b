/// The bounds every reader enforces, so hostile input fails fast with a clear error instead of
/// exhausting memory or time.
public enum TemplateLimits {
    /// CloudFormation's own limit for a template body (S3-hosted templates); anything larger cannot deploy.
    public static let maxBytes = 1_000_000
    /// Real templates nest about a dozen levels; 128 leaves room for generated ones and keeps the
    /// recursive writers far from the stack limit.
    public static let maxDepth = 128
    /// Nodes that YAML aliases may add in total. CloudFormation templates have no use for aliases, but
    /// small ones are harmless; a "billion laughs" file hits this bound after a few levels.
    public static let maxAliasNodes = 100_000
}
