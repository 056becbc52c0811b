/// libFuzzer entry point for the XML reader of AWS answers (XMLByteReader), compiled by `scripts/fuzz xml`
/// with the AWS module's XML sources only. Every input ends in a tree or a Failure naming line and
/// column; a tree's texts are valid strings and its depth within the limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let tree = try XMLTreeParser.parse(Array(UnsafeBufferPointer(start: data, count: size)))
        precondition(depth(tree) <= XMLTreeParser.maxDepth, "a tree deeper than the limit")
    } catch let failure as XMLTreeParser.Failure {
        precondition(failure.description.contains(" at line "), "a failure without a place: \(failure)")
    } catch {
        preconditionFailure("an error that is not a Failure: \(error)")
    }
    return 0
}

private func depth(_ tree: XMLTree) -> Int {
    var deepest = 0
    var pending = [(tree, 1)]
    while let (node, level) = pending.popLast() {
        deepest = max(deepest, level)
        pending += node.children.map { ($0, level + 1) }
    }
    return deepest
}
