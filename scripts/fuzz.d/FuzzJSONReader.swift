/// libFuzzer entry point for the JSON reader, compiled by `scripts/fuzz json` into the Template module's
/// sources (so it reaches the internal reader directly). Any input must end in a node or a
/// `TemplateError`: a crash, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    FuzzCheck.read(bytes, format: .json)
    return 0
}
