import Diagnostics
import Foundation
import LuaBridge

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Annotations written to a file as they are made and read back one at a time, so that a run
/// need not hold a million of them in memory.
///
/// Each annotation is one record: its fields in a compact binary form (below) followed by a
/// 4-byte checksum of those bytes. Records go through a 1 MB buffer to the file; the spool keeps
/// only where each record starts (one `UInt64`, 8 bytes per annotation), and a record's end is
/// where the next one starts. Reads use `pread(2)` into a temporary buffer, never `mmap` and never
/// the whole file, so the records count toward the page cache, not the process's resident memory;
/// `pread` takes its own offset, so any number of threads may read at once.
///
/// The short strings that recur from record to record (codes, column keys, rule locations, trace
/// reasons, flag messages, file and sheet names) are kept once, in memory, in a vocabulary of at
/// most 32,768 strings of at most 128 bytes (a few megabytes at worst, however many records), and
/// records refer to them by number: a typical record is then mostly its comment's own text, and
/// reading it creates few strings. The file is therefore only readable through the spool that
/// wrote it, which is all a spool is for.
///
/// The record format, in field order (all integers little-endian):
/// - a *varint* is unsigned LEB128; a signed integer is zigzag-encoded into one;
/// - a *string* is a varint byte count and its UTF-8 bytes, exactly as the `String` holds them
///   (NFD stays NFD);
/// - a *word* is a varint: `2 × n + 1` for the vocabulary's string `n`, or `2 × count` followed
///   by that many UTF-8 bytes for a string the vocabulary does not hold;
/// - an *optional* is one tag byte, 0 for nil or 1 followed by the value; an optional Bool is one
///   byte, 0 nil, 1 false, 2 true;
/// - a *list* or *dictionary* is a varint count and its elements (keys before values) in order;
/// - a Double is its 8-byte IEEE bit pattern, so it comes back bit for bit;
/// - a `Severity` is one byte (0 info, 1 warning, 2 error);
/// - a `LuaValue` is one tag byte (the numbering of the Lua shim's codec: 0 nil, 1 false, 2 true,
///   3 integer, 4 number, 5 string, 6 map, 7 array), then a zigzag varint, 8 bytes, a string, or
///   a count and elements (a map's keys are words).
///
/// Comment: id, source (a location), level (word), cluster (word), fields and extras (word keys,
/// string values). Location: file, sheet?, row?, column?, line? (texts as words). Labels: group?,
/// area?, refs, stance?, hasData?, hasEvidence?, generic?, sixClear?, targetProposal? (a list of
/// name and Bool byte), corroboration?, response?, specificity?, flags (code, message, severity),
/// extra (name and `LuaValue`), every text a word. Then the trace (field, why, at?, as words) and
/// failure? (severity, code as a word, message, location?, record?).
///
/// `append` and `finishWriting` are used by one thread at a time; once `finishWriting` has
/// returned, `annotation(at:)` may be called from any number of threads until the next `append`
/// or `remove`. A spool released without `remove` closes its file but leaves it on disk.
final class AnnotationSpool: @unchecked Sendable {
    // Mutated only by append, finishWriting and remove, which the caller never runs alongside
    // reads; annotation(at:) only reads these, so concurrent readers share them safely.

    /// The spool file.
    private let url: URL
    /// The open file, or -1 once removed.
    private var fd: Int32
    /// Where each record starts in the file, in append order.
    private var offsets = ChunkedArray<UInt64>()
    /// Where the next record will start: the end of the last record appended.
    private var end: UInt64 = 0
    /// The encoder, with the records not yet written (starting at file offset `bufferStart`) and
    /// the vocabulary of recurring strings that records refer to.
    private var writer = RecordWriter()
    /// The file offset of the first byte not yet written.
    private var bufferStart: UInt64 = 0
    /// Records wholly in the file: those below this index can be read.
    private var written = 0

    /// How much is buffered before it is written.
    private static let bufferCapacity = 1 << 20
    /// The deepest `LuaValue` nesting kept (rules cannot return more than 64 levels).
    fileprivate static let maxDepth = 1000

    /// Creates (truncates) the spool file at `url`.
    init(url: URL) throws {
        self.url = url
        let fd = open(url.path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw DiagnosticError(Diagnostic(.error, code: "spool.create", "cannot create the annotation spool file: \(reason)", at: SourceLocation(file: url.path)))
        }
        self.fd = fd
        writer.out.reserveCapacity(Self.bufferCapacity + 64 * 1024)
    }

    /// Closes the file if `remove` has not; the file itself stays.
    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Appends one annotation; returns its index (0, 1, 2, … in append order). Called from one thread at a time.
    @discardableResult func append(_ annotation: Annotation) throws -> Int {
        guard fd >= 0 else { throw failure("spool.removed", "cannot append to the annotation spool: it was removed") }
        let before = writer.out.count
        do {
            try writer.annotation(annotation)
        } catch {
            writer.out.removeSubrange(before...)
            throw failure("spool.write", "cannot spool annotation \(annotation.comment.id): \(error)")
        }
        let checksum = writer.out.withUnsafeBytes { Self.checksum(UnsafeRawBufferPointer(rebasing: $0[before...])) }
        writer.u32(checksum)
        let index = offsets.count
        offsets.append(end)
        end += UInt64(writer.out.count - before)
        if writer.out.count >= Self.bufferCapacity { try flush() }
        return index
    }

    /// Number of annotations appended.
    var count: Int { offsets.count }

    /// Flushes what is buffered; after this, `annotation(at:)` may be called from any thread, concurrently.
    func finishWriting() throws {
        guard fd >= 0 else { throw failure("spool.removed", "cannot finish the annotation spool: it was removed") }
        try flush()
    }

    /// Writes the buffer at its place in the file. On failure the buffer is kept, so a later
    /// flush (`finishWriting`) writes it again from its start; the annotation whose `append`
    /// threw that failure is among those kept.
    private func flush() throws {
        if writer.out.isEmpty { written = offsets.count; return }
        if let reason = writer.out.withUnsafeBytes({ PositionedIO.write(fd, $0, at: bufferStart) }) {
            throw failure("spool.write", "cannot write the annotation spool (\(writer.out.count) bytes at offset \(bufferStart)): \(reason)")
        }
        bufferStart += UInt64(writer.out.count)
        writer.out.removeAll(keepingCapacity: true)
        written = offsets.count
    }

    /// The annotation at `index`, exactly as appended (every field, including extras, trace, failure).
    func annotation(at index: Int) throws -> Annotation {
        guard fd >= 0 else { throw failure("spool.removed", "cannot read annotation \(index) from the annotation spool: it was removed") }
        guard index >= 0 && index < offsets.count else {
            throw failure("spool.index", "no annotation \(index) in the annotation spool, which holds \(offsets.count)")
        }
        guard index < written else {
            throw failure("spool.unwritten", "annotation \(index) of the annotation spool is still buffered; call finishWriting() before reading it")
        }
        let start = offsets[index]
        let stop = index + 1 < offsets.count ? offsets[index + 1] : end
        let length = Int(stop - start)
        return try withUnsafeTemporaryAllocation(byteCount: length, alignment: 8) { record in
            let (done, error) = PositionedIO.read(fd, into: record, at: start)
            if let error {
                throw failure("spool.read", "cannot read annotation \(index) from the annotation spool (bytes \(start)..<\(stop)): \(error)")
            }
            if done < length {
                throw failure("spool.truncated", "the annotation spool is shorter than what was written to it: annotation \(index) is bytes \(start)..<\(stop), but the file ends at \(start + UInt64(done)); it was truncated or replaced while the run used it")
            }
            let bytes = UnsafeRawBufferPointer(record)
            guard length >= 4 else { throw failure("spool.corrupt", "annotation \(index) of the annotation spool is only \(length) bytes, too short to be a record") }
            let body = UnsafeRawBufferPointer(rebasing: bytes[..<(length - 4)])
            let stored = UInt32(bytes[length - 4]) | UInt32(bytes[length - 3]) << 8 | UInt32(bytes[length - 2]) << 16 | UInt32(bytes[length - 1]) << 24
            guard Self.checksum(body) == stored else {
                throw failure("spool.corrupt", "annotation \(index) of the annotation spool (bytes \(start)..<\(stop)) does not match its checksum; the file was changed while the run used it")
            }
            var reader = RecordReader(bytes: body, words: writer.vocabulary.words)
            do {
                let annotation = try reader.annotation()
                guard reader.at == body.count else { throw RecordReader.Malformed(what: "\(body.count - reader.at) bytes left over", at: reader.at) }
                return annotation
            } catch let malformed as RecordReader.Malformed {
                throw failure("spool.corrupt", "annotation \(index) of the annotation spool (bytes \(start)..<\(stop)) cannot be decoded: \(malformed.what) at byte \(malformed.at) of the record")
            }
        }
    }

    /// Closes and deletes the file.
    func remove() {
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        unlink(url.path)
        offsets = ChunkedArray()
        writer = RecordWriter()
        end = 0
        bufferStart = 0
        written = 0
    }

    /// A diagnostic error about the spool file.
    private func failure(_ code: String, _ message: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(.error, code: code, message, at: SourceLocation(file: url.path)))
    }

    /// A 32-bit checksum of a record's bytes (`ByteHash`, folded): a change confined to 8 bytes
    /// always changes the 64-bit hash, and the 32-bit sum misses it once in four billion times,
    /// enough to tell a record that was changed on disk from one that was not.
    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let h = ByteHash.hash64(bytes)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}

/// Encodes annotations in the spool's record format (see `AnnotationSpool`), into `out`.
private struct RecordWriter {
    /// Thrown for a value the format does not keep (a `LuaValue` nested deeper than `maxDepth`).
    struct Unencodable: Error, CustomStringConvertible {
        /// What could not be written.
        var description: String
    }

    /// Encoded records not yet written to the file.
    var out: [UInt8] = []
    /// The short strings that recur from record to record.
    var vocabulary = Vocabulary()

    /// Appends the record of `a`, without its checksum.
    mutating func annotation(_ a: Annotation) throws {
        comment(a.comment)
        try labels(a.labels)
        varint(UInt64(a.trace.count))
        for entry in a.trace {
            word(entry.field)
            word(entry.why)
            optionalWord(entry.at)
        }
        if let failure = a.failure {
            out.append(1)
            severity(failure.severity)
            word(failure.code)
            string(failure.message)
            if let location = failure.location {
                out.append(1)
                self.location(location)
            } else {
                out.append(0)
            }
            optionalString(failure.record)
        } else {
            out.append(0)
        }
    }

    /// A comment: id, source, level, cluster, fields, extras.
    mutating func comment(_ c: Comment) {
        string(c.id)
        location(c.source)
        word(c.level)
        word(c.cluster)
        dictionary(c.fields)
        dictionary(c.extras)
    }

    /// Labels, in their declaration order.
    mutating func labels(_ l: Labels) throws {
        optionalWord(l.group)
        optionalWord(l.area)
        varint(UInt64(l.refs.count))
        for ref in l.refs { word(ref) }
        optionalWord(l.stance)
        optional(l.hasData)
        optional(l.hasEvidence)
        optional(l.generic)
        optional(l.sixClear)
        optional(l.targetProposal)
        optionalWord(l.corroboration)
        optionalWord(l.response)
        if let specificity = l.specificity {
            out.append(1)
            u64(specificity.bitPattern)
        } else {
            out.append(0)
        }
        varint(UInt64(l.flags.count))
        for flag in l.flags {
            word(flag.code)
            word(flag.message)
            severity(flag.severity)
        }
        varint(UInt64(l.extra.count))
        for (key, value) in l.extra {
            word(key)
            try lua(value, depth: 0)
        }
    }

    /// A location: file, sheet?, row?, column?, line?.
    mutating func location(_ l: SourceLocation) {
        word(l.file)
        optionalWord(l.sheet)
        optional(l.row)
        optionalWord(l.column)
        optional(l.line)
    }

    /// A Lua value: a tag byte, then its payload.
    mutating func lua(_ value: LuaValue, depth: Int) throws {
        switch value {
        case .nil: out.append(LuaTag.nil)
        case .bool(let b): out.append(b ? LuaTag.true : LuaTag.false)
        case .integer(let i):
            out.append(LuaTag.integer)
            varint(zigzag(i))
        case .number(let d):
            out.append(LuaTag.number)
            u64(d.bitPattern)
        case .string(let s):
            out.append(LuaTag.string)
            string(s)
        case .array(let a):
            guard depth < AnnotationSpool.maxDepth else { throw Unencodable(description: "a value in extra is nested more than \(AnnotationSpool.maxDepth) levels deep") }
            out.append(LuaTag.array)
            varint(UInt64(a.count))
            for element in a { try lua(element, depth: depth + 1) }
        case .map(let m):
            guard depth < AnnotationSpool.maxDepth else { throw Unencodable(description: "a value in extra is nested more than \(AnnotationSpool.maxDepth) levels deep") }
            out.append(LuaTag.map)
            varint(UInt64(m.count))
            for (key, element) in m {
                word(key)
                try lua(element, depth: depth + 1)
            }
        }
    }

    /// A dictionary of cell texts: count, then key (a word) and value (a string) pairs.
    mutating func dictionary(_ d: [String: String]) {
        varint(UInt64(d.count))
        for (key, value) in d {
            word(key)
            string(value)
        }
    }

    /// A string: byte count and UTF-8 bytes.
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            out.append(contentsOf: utf8)
        }
    }

    /// A word: `2 × id + 1` for a string in the vocabulary, else `2 × byte count` and the bytes.
    mutating func word(_ word: String) {
        var s = word
        s.withUTF8 { utf8 in
            if let id = vocabulary.id(of: word, utf8: utf8) {
                varint(UInt64(id) << 1 | 1)
            } else {
                varint(UInt64(utf8.count) << 1)
                out.append(contentsOf: utf8)
            }
        }
    }

    /// An optional: tag byte 0 for nil, or 1 and the value written by `write`.
    private mutating func tagged<T>(_ value: T?, _ write: (inout RecordWriter, T) -> Void) {
        guard let value else { out.append(0); return }
        out.append(1)
        write(&self, value)
    }

    /// An optional string: tag byte, then the string.
    mutating func optionalString(_ s: String?) { tagged(s) { $0.string($1) } }

    /// An optional word: tag byte, then the word.
    mutating func optionalWord(_ s: String?) { tagged(s) { $0.word($1) } }

    /// An optional integer: tag byte, then a zigzag varint.
    mutating func optional(_ i: Int?) { tagged(i) { $0.varint($0.zigzag(Int64($1))) } }

    /// An optional Bool: one byte, 0 nil, 1 false, 2 true.
    mutating func optional(_ b: Bool?) {
        out.append(b.map { $0 ? 2 : 1 } ?? 0)
    }

    /// An optional checklist: tag byte, count, then name (a word) and Bool byte in order.
    mutating func optional(_ c: Checklist?) {
        tagged(c) { w, c in
            w.varint(UInt64(c.elements.count))
            for (name, present) in c.elements {
                w.word(name)
                w.out.append(present ? 1 : 0)
            }
        }
    }

    /// A severity as one byte.
    mutating func severity(_ s: Severity) {
        switch s {
        case .info: out.append(0)
        case .warning: out.append(1)
        case .error: out.append(2)
        }
    }

    /// Unsigned LEB128.
    @inline(__always) mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// A signed integer mapped so that small magnitudes are small varints.
    func zigzag(_ i: Int64) -> UInt64 { UInt64(bitPattern: (i << 1) ^ (i >> 63)) }

    /// Four bytes, little-endian.
    mutating func u32(_ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    /// Eight bytes, little-endian.
    mutating func u64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
}

/// The short strings that recur across records (codes, field names, rule locations, trace
/// reasons, flag messages), each kept once in memory and written as a small number: a national
/// run's records then hold little but their comments' own text, and reading one creates few
/// strings. Bounded, so that it costs a few megabytes at most however many records there are:
/// strings longer than `maxLength` bytes, and new strings once `maxWords` are known, are written
/// out in full instead.
///
/// Strings are matched by their UTF-8 bytes, not by `==`, which would take an NFD string for its
/// NFC twin and give back the other form.
private struct Vocabulary {
    /// The most strings kept.
    static let maxWords = 1 << 15
    /// The longest string kept, in UTF-8 bytes.
    static let maxLength = 128

    /// The strings, by id, exactly as first appended.
    private(set) var words: [String] = []
    /// Each word's hash, by id.
    private var hashes: [UInt64] = []
    /// Open addressing: word id, or -1 for an empty slot; at most half full.
    private var slots = [Int32](repeating: -1, count: 256)

    /// The id of `s` (whose bytes are `utf8`), adding it if there is room; nil when it is not kept.
    mutating func id(of s: String, utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard utf8.count <= Self.maxLength else { return nil }
        let hash = Self.hash(utf8)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash && Self.same(words[id], utf8) { return id }
            slot = (slot + 1) & mask
        }
        guard words.count < Self.maxWords else { return nil }
        let id = words.count
        words.append(s)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// Doubles the slots and places every word again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// Whether `word` has exactly these UTF-8 bytes.
    private static func same(_ word: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var word = word
        return word.withUTF8 { mine in
            mine.count == utf8.count && (mine.count == 0 || memcmp(mine.baseAddress!, utf8.baseAddress!, mine.count) == 0)
        }
    }

    /// A 64-bit hash of the bytes.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        ByteHash.hash64(UnsafeRawBufferPointer(utf8))
    }
}

/// The tag bytes of a `LuaValue`, numbered as the Lua shim's codec numbers them. (`LuaCodec`
/// itself is internal to LuaBridge, and writes lengths as 4 bytes and map keys in full; the spool
/// writes varints and words.)
private enum LuaTag {
    /// Nil.
    static let `nil`: UInt8 = 0
    /// False.
    static let `false`: UInt8 = 1
    /// True.
    static let `true`: UInt8 = 2
    /// An integer, then its zigzag varint.
    static let integer: UInt8 = 3
    /// A float, then its 8-byte bit pattern.
    static let number: UInt8 = 4
    /// A string.
    static let string: UInt8 = 5
    /// A table with string keys, then its count and key–value pairs.
    static let map: UInt8 = 6
    /// A sequence, then its count and elements.
    static let array: UInt8 = 7
}

/// Decodes a record written by `RecordWriter`, checking every length and tag against the bytes.
private struct RecordReader {
    /// A record that does not follow the format.
    struct Malformed: Error {
        /// What was wrong.
        var what: String
        /// The byte of the record where it was found.
        var at: Int
    }

    /// The record, without its checksum.
    let bytes: UnsafeRawBufferPointer
    /// The vocabulary the record's words refer to.
    let words: [String]
    /// The next byte to read.
    var at = 0

    /// Reads a whole annotation.
    mutating func annotation() throws -> Annotation {
        let comment = try self.comment()
        let labels = try self.labels()
        let traceCount = try count()
        var trace: [TraceEntry] = []
        trace.reserveCapacity(traceCount)
        for _ in 0..<traceCount {
            trace.append(TraceEntry(field: try word(), why: try word(), at: try optionalWord()))
        }
        var failure: Diagnostic?
        if try tag("failure") {
            let severity = try self.severity()
            let code = try word()
            let message = try string()
            let location = try tag("failure location") ? try self.location() : nil
            failure = Diagnostic(severity, code: code, message, at: location, record: try optionalString())
        }
        return Annotation(comment: comment, labels: labels, trace: trace, failure: failure)
    }

    /// Reads a comment.
    mutating func comment() throws -> Comment {
        let id = try string()
        let source = try location()
        let level = try word()
        let cluster = try word()
        let fields = try dictionary()
        let extras = try dictionary()
        return Comment(id: id, source: source, level: level, cluster: cluster, fields: fields, extras: extras)
    }

    /// Reads labels.
    mutating func labels() throws -> Labels {
        var l = Labels()
        l.group = try optionalWord()
        l.area = try optionalWord()
        let refCount = try count()
        l.refs.reserveCapacity(refCount)
        for _ in 0..<refCount { l.refs.append(try word()) }
        l.stance = try optionalWord()
        l.hasData = try optionalBool()
        l.hasEvidence = try optionalBool()
        l.generic = try optionalBool()
        l.sixClear = try optionalChecklist()
        l.targetProposal = try optionalChecklist()
        l.corroboration = try optionalWord()
        l.response = try optionalWord()
        if try tag("specificity") { l.specificity = Double(bitPattern: try u64()) }
        let flagCount = try count()
        l.flags.reserveCapacity(flagCount)
        for _ in 0..<flagCount {
            l.flags.append(RuleFlag(code: try word(), message: try word(), severity: try severity()))
        }
        let extraCount = try count()
        if extraCount > 0 {
            l.extra.reserveCapacity(extraCount)
            for _ in 0..<extraCount {
                let key = try word()
                l.extra[key] = try lua(depth: 0)
            }
        }
        return l
    }

    /// Reads a location.
    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try word(), sheet: try optionalWord(), row: try optionalInt(), column: try optionalWord(), line: try optionalInt())
    }

    /// Reads a Lua value.
    mutating func lua(depth: Int) throws -> LuaValue {
        let start = at
        switch try u8() {
        case LuaTag.nil: return .nil
        case LuaTag.false: return .bool(false)
        case LuaTag.true: return .bool(true)
        case LuaTag.integer: return .integer(unzigzag(try varint()))
        case LuaTag.number: return .number(Double(bitPattern: try u64()))
        case LuaTag.string: return .string(try string())
        case LuaTag.array:
            guard depth < AnnotationSpool.maxDepth else { throw Malformed(what: "a Lua table nested too deeply", at: start) }
            let n = try count()
            var a: [LuaValue] = []
            a.reserveCapacity(n)
            for _ in 0..<n { a.append(try lua(depth: depth + 1)) }
            return .array(a)
        case LuaTag.map:
            guard depth < AnnotationSpool.maxDepth else { throw Malformed(what: "a Lua table nested too deeply", at: start) }
            let n = try count()
            var m: [String: LuaValue] = [:]
            m.reserveCapacity(n)
            for _ in 0..<n {
                let key = try word()
                m[key] = try lua(depth: depth + 1)
            }
            return .map(m)
        case let other:
            throw Malformed(what: "unknown Lua value tag \(other)", at: start)
        }
    }

    /// Reads a dictionary of cell texts.
    mutating func dictionary() throws -> [String: String] {
        let n = try count()
        var d: [String: String] = [:]
        if n == 0 { return d }
        d.reserveCapacity(n)
        for _ in 0..<n {
            let key = try word()
            d[key] = try string()
        }
        return d
    }

    /// Reads a string.
    mutating func string() throws -> String {
        try text(count())
    }

    /// Reads a word: one of the vocabulary, or a string written out.
    mutating func word() throws -> String {
        let start = at
        let v = try varint()
        if v & 1 == 0 {
            let n = v >> 1
            guard n <= UInt64(bytes.count - at) else { throw Malformed(what: "length \(n) beyond the \(bytes.count - at) bytes left", at: start) }
            return text(Int(n))
        }
        let id = v >> 1
        guard id < UInt64(words.count) else { throw Malformed(what: "word \(id) beyond the \(words.count) known", at: start) }
        return words[Int(id)]
    }

    /// The next `n` bytes, which the caller has checked are there, as text.
    @inline(__always) mutating func text(_ n: Int) -> String {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
        at += n
        return text
    }

    /// Reads an optional string.
    mutating func optionalString() throws -> String? {
        try tag("optional text") ? try string() : nil
    }

    /// Reads an optional word.
    mutating func optionalWord() throws -> String? {
        try tag("optional text") ? try word() : nil
    }

    /// Reads an optional integer.
    mutating func optionalInt() throws -> Int? {
        guard try tag("optional number") else { return nil }
        let start = at
        let v = unzigzag(try varint())
        guard let i = Int(exactly: v) else { throw Malformed(what: "number \(v) out of range", at: start) }
        return i
    }

    /// Reads an optional Bool.
    mutating func optionalBool() throws -> Bool? {
        let start = at
        switch try u8() {
        case 0: return nil
        case 1: return false
        case 2: return true
        case let other: throw Malformed(what: "optional yes/no byte \(other)", at: start)
        }
    }

    /// Reads an optional checklist.
    mutating func optionalChecklist() throws -> Checklist? {
        guard try tag("checklist") else { return nil }
        let n = try count()
        var elements: [(String, Bool)] = []
        elements.reserveCapacity(n)
        for _ in 0..<n {
            let name = try word()
            let start = at
            switch try u8() {
            case 0: elements.append((name, false))
            case 1: elements.append((name, true))
            case let other: throw Malformed(what: "checklist yes/no byte \(other)", at: start)
            }
        }
        return Checklist(elements: elements)
    }

    /// Reads a severity.
    mutating func severity() throws -> Severity {
        let start = at
        switch try u8() {
        case 0: return .info
        case 1: return .warning
        case 2: return .error
        case let other: throw Malformed(what: "severity byte \(other)", at: start)
        }
    }

    /// Reads an optional's tag byte: true when a value follows.
    @inline(__always) mutating func tag(_ what: String) throws -> Bool {
        let start = at
        switch try u8() {
        case 0: return false
        case 1: return true
        case let other: throw Malformed(what: "\(what) tag byte \(other)", at: start)
        }
    }

    /// Reads a count or byte length, which cannot exceed the bytes left (every element takes at
    /// least one byte), so that a bad length fails here rather than allocating or reading past the end.
    @inline(__always) mutating func count() throws -> Int {
        let start = at
        let v = try varint()
        guard v <= UInt64(bytes.count - at) else { throw Malformed(what: "length \(v) beyond the \(bytes.count - at) bytes left", at: start) }
        return Int(v)
    }

    /// Reads an unsigned LEB128 varint.
    @inline(__always) mutating func varint() throws -> UInt64 {
        if at < bytes.count, bytes[at] < 0x80 {
            defer { at += 1 }
            return UInt64(bytes[at])
        }
        return try longVarint()
    }

    /// Reads a varint of more than one byte.
    mutating func longVarint() throws -> UInt64 {
        let start = at
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            guard shift < 64, shift < 63 || byte <= 1 else { throw Malformed(what: "varint longer than 64 bits", at: start) }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Reads one byte.
    @inline(__always) mutating func u8() throws -> UInt8 {
        guard at < bytes.count else { throw Malformed(what: "record ends early", at: at) }
        defer { at += 1 }
        return bytes[at]
    }

    /// Reads eight bytes, little-endian.
    mutating func u64() throws -> UInt64 {
        guard bytes.count - at >= 8 else { throw Malformed(what: "record ends early", at: at) }
        defer { at += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// The inverse of `RecordWriter.zigzag`.
    func unzigzag(_ v: UInt64) -> Int64 { Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1) }
}
