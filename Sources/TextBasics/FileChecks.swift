#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a path exists or can be read, asked of the system directly. `FileManager` answers the same
/// (both follow symbolic links), but its first use sets up a shared instance and maps its code: every
/// drift, smoke and describe asks for the golden template and the AWS config files at start-up.
public enum FileChecks {
    /// The path names something (a file, a directory, ...), following symbolic links.
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// This process may read the file the path names.
    public static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }
}
