import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Builds an `XMLTree` with Foundation's event parser. External entities are never resolved.
public enum XMLTreeParser {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        // From a stream, the parser reads the answer in chunks: given one buffer, libxml2 refuses any
        // document over 10 MB ("huge input lookup") unless told otherwise, which Foundation never does.
        // The answer's own bytes, read in place: a 64 MiB answer must not be held twice.
        let (parsed, parser, builder) = bytes.withUnsafeBytes { buffer in
            let parser = XMLParser(stream: BufferStream(buffer))
            parser.shouldResolveExternalEntities = false
            let builder = Builder()
            parser.delegate = builder
            return (parser.parse(), parser, builder)
        }
        guard parsed, let root = builder.root else {
            // Our own words: Foundation's ("The operation could not be completed. (NSXMLParserErrorDomain
            // error 4.)") tell a user nothing.
            let what = parser.parserError == nil ? "no root element" : "not well-formed XML"
            throw Failure(description: "\(what) at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }

    /// Builds the tree with memory in proportion to the content: element names are shared (a long list
    /// repeats a few names thousands of times), and the indentation between child elements is dropped.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?
        var names: [String: String] = [:]

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let name = names[elementName] ?? elementName
            if names.count < 4096 { names[name] = name }
            stack.append(XMLTree(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard var done = stack.popLast() else { return }
            if !done.children.isEmpty {
                if done.text.allSatisfy(\.isWhitespace) { done.text = "" }
                // Appending left up to twice the room needed; a list of thousands keeps only what it holds.
                if done.children.capacity > done.children.count {
                    done.children = done.children.withUnsafeBufferPointer { Array($0) }
                }
            }
            if stack.isEmpty {
                root = done
            } else {
                stack[stack.count - 1].children.append(done)
            }
        }
    }

    /// An input stream over bytes the caller keeps alive for the parse (InputStream(data:) copies them).
    private final class BufferStream: InputStream {
        private let base: UnsafeRawBufferPointer
        private var offset = 0

        init(_ base: UnsafeRawBufferPointer) {
            self.base = base
            super.init(data: Data())
        }

        override func open() {}
        override func close() {}
        override var streamStatus: Stream.Status { offset < base.count ? .open : .atEnd }
        override var hasBytesAvailable: Bool { offset < base.count }

        override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
            let count = min(length, base.count - offset)
            guard count > 0, let start = base.baseAddress else { return 0 }
            UnsafeMutableRawPointer(buffer).copyMemory(from: start + offset, byteCount: count)
            offset += count
            return count
        }
    }
}
