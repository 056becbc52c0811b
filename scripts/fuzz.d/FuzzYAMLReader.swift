/// libFuzzer entry point for the YAML reader (libyaml events, merge keys, aliases, tags, scalars),
/// compiled by `scripts/fuzz yaml` into the Template module's sources.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    FuzzCheck.read(bytes, format: .yaml)
    return 0
}
