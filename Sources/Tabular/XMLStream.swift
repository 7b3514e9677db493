import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A bounded hand-over of decompressed chunks from a producer thread to the XML parser.
final class ChunkChannel: @unchecked Sendable {
    enum Item { case data(Data), end, failure(any Error) }

    private let condition = NSCondition()
    private var queue: [Data] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var producerDone = false
    private let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    struct Cancelled: Error {}

    /// Producer: blocks while the queue is full; throws once the consumer has cancelled.
    func put(_ data: Data) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(data)
        condition.broadcast()
    }

    /// Producer: no more data (with the error that stopped it, if any).
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next chunk, the end, or the producer's error.
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        if !queue.isEmpty {
            let d = queue.removeFirst()
            condition.broadcast()
            return .data(d)
        }
        if let failure { return .failure(failure) }
        return .end
    }

    /// Consumer: stop the producer and wait until it has returned (so the archive is idle).
    func cancelAndJoin() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        while !producerDone { condition.wait() }
        condition.unlock()
    }

    /// The producer's error after `cancelAndJoin`, ignoring the cancellation itself.
    var producerError: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        if failure is Cancelled { return nil }
        return failure
    }
}

/// Looks at the XML prolog (everything before the root element) and refuses any document type
/// declaration: xlsx parts never have one, and a DTD is how entity expansion attacks
/// ("billion laughs") and external entities get in. XMLParser on Linux substitutes entities
/// (libxml2 XML_PARSE_NOENT), so this check must come before the parser sees the bytes.
struct PrologGuard {
    enum Verdict { case undecided, ok, refused }
    private var buffer: [UInt8] = []
    private(set) var verdict: Verdict = .undecided

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard verdict == .undecided else { return }
        // NUL bytes are skipped so that UTF-16 prologs are checked too.
        for b in bytes where b != 0 { buffer.append(b) }
        verdict = PrologGuard.scan(buffer)
        if verdict == .undecided && buffer.count > 1 << 20 { verdict = .refused }
    }

    static func scan(_ b: [UInt8]) -> Verdict {
        var i = 0
        let n = b.count
        func starts(_ s: String, at k: Int) -> Bool {
            let u = Array(s.utf8)
            guard k + u.count <= n else { return false }
            for j in 0..<u.count where b[k + j] != u[j] { return false }
            return true
        }
        func find(_ s: String, from k: Int) -> Int? {
            var j = k
            while j < n { if starts(s, at: j) { return j }; j += 1 }
            return nil
        }
        while i < n {
            let c = b[i]
            if c != 0x3C { i += 1; continue } // '<'
            guard i + 1 < n else { return .undecided }
            let d = b[i + 1]
            if d == 0x3F { // "<?" processing instruction / XML declaration
                guard let e = find("?>", from: i + 2) else { return .undecided }
                i = e + 2
            } else if d == 0x21 { // "<!"
                guard i + 3 < n else { return .undecided }
                if starts("<!--", at: i) {
                    guard let e = find("-->", from: i + 4) else { return .undecided }
                    i = e + 3
                } else {
                    return .refused // <!DOCTYPE, <!ENTITY, <![CDATA[ outside an element...
                }
            } else {
                return .ok // the root element starts
            }
        }
        return .undecided
    }
}

/// Validates UTF-8 across chunk boundaries.
///
/// Needed for safety, not only correctness: XMLParser in swift-corelibs-foundation force-unwraps
/// element and attribute names decoded as UTF-8, so one invalid byte in a tag name (a damaged
/// or hostile part) traps and kills the process. Bytes are checked before the parser sees them.
struct UTF8StreamValidator {
    private var carry: [UInt8] = []
    private(set) var offset = 0

    /// False when the bytes so far cannot be UTF-8.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if carry.isEmpty {
            return check(bytes.bindMemory(to: UInt8.self))
        }
        var joined = carry
        joined.append(contentsOf: bytes)
        carry.removeAll()
        return joined.withUnsafeBufferPointer { check($0) }
    }

    /// False when the stream ended inside a multi-byte sequence.
    func finish() -> Bool { carry.isEmpty }

    private mutating func check(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var tail = 0
        var i = 1
        while i <= min(3, n) {
            let c = b[n - i]
            if c & 0xC0 == 0x80 { i += 1; continue }
            if c >= 0xC0 {
                let needed = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2)
                if needed > i { tail = i }
            }
            break
        }
        let body = UnsafeBufferPointer(rebasing: b[0..<(n - tail)])
        if TextDecoding.firstInvalidUTF8(body, from: 0) != nil { return false }
        offset += n - tail
        carry = Array(b[(n - tail)..<n])
        return true
    }
}

/// An InputStream that reads from a `ChunkChannel`, checking the prolog (no DTD) and the
/// encoding (valid UTF-8 unless the part declares UTF-16 or another encoding) on the way.
final class ChannelInputStream: InputStream {
    private let channel: ChunkChannel
    private var current = Data()
    private var offset = 0
    private var status: Stream.Status = .notOpen
    private var failure: (any Error)?
    private var prolog = PrologGuard()
    private var validator: UTF8StreamValidator?
    private var started = false
    private(set) var refusedDTD = false
    private(set) var invalidUTF8At: Int?
    private(set) var bytesRead = 0

    init(channel: ChunkChannel) {
        self.channel = channel
        super.init(data: Data())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { failure }
    override var hasBytesAvailable: Bool { status == .open }

    /// UTF-8 is checked unless the part is UTF-16 (BOM or `<` followed by a zero byte) or declares
    /// a single-byte encoding (ISO-8859-x, windows-125x, ASCII) that libxml2 converts itself.
    static func needsUTF8Check(_ head: UnsafeRawBufferPointer) -> Bool {
        let b = Array(head.prefix(256))
        if b.count >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) ||
                            (b[0] == 0x3C && b[1] == 0) || (b[0] == 0 && b[1] == 0x3C)) { return false }
        let text = String(decoding: b, as: UTF8.self)
        guard text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"),
              let end = text.range(of: "?>"),
              let enc = text[..<end.lowerBound].range(of: "encoding") else { return true }
        let rest = text[enc.upperBound..<end.lowerBound].drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
        let name = rest.prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " }).lowercased()
        // Only single-byte encodings that libxml2 converts byte by byte are trusted; a part that
        // claims "UTF-16" but is 8-bit is parsed as UTF-8 by libxml2 and must be checked.
        let converted = name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125") || name.hasPrefix("cp125") ||
            name == "us-ascii" || name == "ascii" || name == "latin1"
        return !converted
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        if refusedDTD || invalidUTF8At != nil { return -1 }
        while offset >= current.count {
            switch channel.take() {
            case .data(let d):
                current = d
                offset = 0
                if !started && !d.isEmpty {
                    started = true
                    if d.withUnsafeBytes({ ChannelInputStream.needsUTF8Check($0) }) { validator = UTF8StreamValidator() }
                }
            case .end:
                if let v = validator, !v.finish() {
                    invalidUTF8At = v.offset
                    status = .error
                    return -1
                }
                status = .atEnd
                return 0
            case .failure(let e):
                failure = e
                status = .error
                return -1
            }
        }
        let n = min(len, current.count - offset)
        let accepted: Bool = current.withUnsafeBytes { raw in
            let slice = UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + n)])
            if prolog.verdict == .undecided {
                prolog.feed(slice)
                if prolog.verdict == .refused { refusedDTD = true; return false }
            }
            if validator != nil, !validator!.feed(slice) {
                invalidUTF8At = validator!.offset
                return false
            }
            buffer.update(from: slice.bindMemory(to: UInt8.self).baseAddress!, count: n)
            return true
        }
        if !accepted {
            status = .error
            return -1
        }
        offset += n
        bytesRead += n
        return n
    }
}

/// Why streaming an XML part failed.
enum XMLPartFailure: Error {
    case zip(ZipReader.Failure)
    case dtd
    case notXML(String)
}

/// A SAX delegate that can tell whether the part had the expected root element.
protocol PartDelegate: XMLParserDelegate {
    var sawRoot: Bool { get }
}

enum XMLPart {
    /// Parses one archive entry with XMLParser, streaming: a producer thread inflates chunks into
    /// a small bounded queue, the parser pulls them through an InputStream. Memory stays at a few
    /// chunks whatever the size of the part. Returns the uncompressed byte count.
    static func parse(_ zip: ZipReader, _ entry: ZipReader.Entry, budget: Int, delegate: any PartDelegate) throws(XMLPartFailure) -> Int {
        let channel = ChunkChannel()
        let thread = Thread { [zip, entry, channel] in
            do {
                try zip.extract(entry, budget: budget) { chunk in try channel.put(chunk) }
                channel.finish(nil)
            } catch {
                channel.finish(error)
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
        let stream = ChannelInputStream(channel: channel)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = delegate
        let ok = parser.parse()
        channel.cancelAndJoin()
        let used = stream.bytesRead
        if stream.refusedDTD { throw .dtd }
        if let at = stream.invalidUTF8At { throw .notXML("invalid UTF-8 near byte \(at)") }
        if let e = channel.producerError {
            if let z = e as? ZipReader.Failure { throw .zip(z) }
            throw .zip(.corrupt("\(entry.path): \(e)"))
        }
        // In recover mode XMLParser may return true and still record an error: both count.
        if !ok || parser.parserError != nil || !delegate.sawRoot {
            let detail = parser.parserError.map { "XML error \(($0 as NSError).code) at line \(parser.lineNumber)" } ?? "no root element"
            throw .notXML(detail)
        }
        return used
    }
}

/// The local part of a possibly prefixed element name ("x:row" -> "row").
@inline(__always) func localName(_ name: String) -> Substring {
    if let i = name.utf8.lastIndex(of: 0x3A) { return name[name.index(after: i)...] }
    return name[...]
}

/// The value of an attribute by local name ("r:id" matches "id" when `prefixed`).
func attribute(_ attrs: [String: String], _ local: String, prefixed: Bool = false) -> String? {
    if !prefixed, let v = attrs[local] { return v }
    for (k, v) in attrs {
        if let i = k.utf8.lastIndex(of: 0x3A), k[k.index(after: i)...] == local, !k.hasPrefix("xmlns") { return v }
    }
    return nil
}

/// Decodes OOXML `_xHHHH_` escapes (`_x000D_` -> CR); `_x005F_` is an escaped underscore.
func decodeOOXMLEscapes(_ s: String) -> String {
    guard s.utf8.contains(0x5F), s.contains("_x") else { return s }
    var out: [UInt8] = []
    let u = Array(s.utf8)
    out.reserveCapacity(u.count)
    var i = 0
    func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
    while i < u.count {
        if u[i] == 0x5F, i + 6 < u.count, u[i + 1] == 0x78, u[i + 6] == 0x5F,
           let a = hex(u[i + 2]), let b = hex(u[i + 3]), let c = hex(u[i + 4]), let d = hex(u[i + 5]) {
            let v = a << 12 | b << 8 | c << 4 | d
            if let scalar = Unicode.Scalar(v) {
                TextDecoding.appendUTF8(scalar.value, to: &out)
                i += 7
                continue
            }
        }
        out.append(u[i])
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}
