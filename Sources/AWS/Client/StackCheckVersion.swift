/// The version every part reports (`stackcheck --version`, the User-Agent).
public enum StackCheckVersion {
    public static let current = "0.1.0"
}
