import Dispatch
import LuaShim

/// A Lua value as the host sees it: what rules receive and what they return.
///
/// Tables arrive split the way rules use them: a sequence (`{ "a", "b" }`) is `.array`, anything
/// with other keys is `.map` keyed by string (integer and boolean keys are written in decimal /
/// `true`/`false`, since no rule result needs them as numbers).
public enum LuaValue: Sendable, Hashable {
    case `nil`
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([LuaValue])
    case map([String: LuaValue])

    /// The Lua type name, as `type()` would say it (`"table"` for arrays and maps).
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .bool: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .array, .map: return "table"
        }
    }

    /// The value as a string, when it is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as a Bool, when it is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The value as a Double, when it is a number (integer or float).
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    /// True for `nil`.
    public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }

    /// The elements of a sequence; an empty table (which Lua cannot tell from an empty map) is an
    /// empty array.
    public var arrayValue: [LuaValue]? {
        switch self {
        case .array(let a): return a
        case .map(let m) where m.isEmpty: return []
        default: return nil
        }
    }

    /// The fields of a table with string keys; an empty table is an empty map.
    public var mapValue: [String: LuaValue]? {
        switch self {
        case .map(let m): return m
        case .array(let a) where a.isEmpty: return [:]
        default: return nil
        }
    }

    /// The field `key` of a map, or `.nil`.
    public subscript(key: String) -> LuaValue {
        if case .map(let m) = self { return m[key] ?? .nil }
        return .nil
    }

    /// A short rendering for diagnostics: strings quoted, tables summarised.
    public var brief: String {
        switch self {
        case .nil: return "nil"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .string(let s):
            let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "\"" + cut + "\""
        case .array(let a): return "a list of \(a.count)"
        case .map: return "a table"
        }
    }
}

extension LuaValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// `"text"` is `.string`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `42` is `.integer`.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// `4.2` is `.number`.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` is `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `[a, b]` is `.array`.
    public init(arrayLiteral elements: LuaValue...) { self = .array(elements) }
    /// `["k": v]` is `.map`.
    public init(dictionaryLiteral elements: (String, LuaValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    /// `nil` is `.nil`.
    public init(nilLiteral: ()) { self = .nil }
}

extension LuaValue {
    /// `.string(s)`, or `.nil` for a nil optional.
    public init(_ string: String?) { self = string.map(LuaValue.string) ?? .nil }
    /// `.integer(n)`, or `.nil` for a nil optional.
    public init(_ int: Int?) { self = int.map { .integer(Int64($0)) } ?? .nil }
    /// `.number(d)`, or `.nil` for a nil optional.
    public init(_ double: Double?) { self = double.map(LuaValue.number) ?? .nil }
    /// `.bool(b)`, or `.nil` for a nil optional.
    public init(_ bool: Bool?) { self = bool.map(LuaValue.bool) ?? .nil }
    /// `.array` of strings.
    public init(_ strings: [String]) { self = .array(strings.map(LuaValue.string)) }
}

/// A rule call's arguments, encoded as they are written rather than built whole first: for an
/// argument too big to hold twice, such as a national indicator's positions (some 20,000
/// comments, each a map), whose elements are made one at a time and encoded at once.
///
/// The bytes are the ones `LuaValue`s give: appending `.array(items)` or writing the same
/// items with `appendArray` makes the same call.
public struct LuaArgumentWriter {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    /// Appends one value.
    public mutating func append(_ value: LuaValue) {
        LuaCodec.encode(value, into: &bytes)
    }

    /// Appends an array of `count` values, each made by `element` when its turn comes.
    public mutating func appendArray(count: Int, _ element: (Int) -> LuaValue) {
        LuaCodec.appendArrayHeader(UInt32(count), to: &bytes)
        for i in 0..<count { LuaCodec.encode(element(i), into: &bytes) }
    }

    /// Appends a value encoded before (see `encoded(_:)`), for one value passed to several calls.
    public mutating func append(_ value: Encoded) {
        for part in value.parts { bytes.append(contentsOf: part) }
    }

    /// One value encoded once, to be appended to several calls' arguments without being made
    /// or encoded again: its bytes, in one or more parts that follow one another.
    public struct Encoded: Sendable {
        let parts: [[UInt8]]
    }

    /// The value `write` appends (one value), encoded.
    public static func encoded(_ write: (inout LuaArgumentWriter) -> Void) -> Encoded {
        var writer = LuaArgumentWriter()
        write(&writer)
        return Encoded(parts: [writer.bytes])
    }

    /// An array of `count` values, each made by `element`, encoded in `parts` slices at once
    /// (one thread each): the bytes `appendArray` gives, for long arrays whose elements take
    /// time to make (a national indicator's positions, read back from disk). Each slice has at
    /// least 32 values.
    public static func encodedArray(count: Int, parts: Int, _ element: @escaping @Sendable (Int) -> LuaValue) -> Encoded {
        var header: [UInt8] = []
        LuaCodec.appendArrayHeader(UInt32(count), to: &header)
        let slices = max(1, min(parts, count / 32))
        let out = SliceBuffer(count: slices)
        defer { out.free() }
        DispatchQueue.concurrentPerform(iterations: slices) { k in
            var bytes: [UInt8] = []
            for i in (k * count / slices)..<((k + 1) * count / slices) { LuaCodec.encode(element(i), into: &bytes) }
            out.set(k, bytes)
        }
        return Encoded(parts: [header] + out.all())
    }

    /// Slots written by one thread each (distinct indices), read after all have finished.
    private final class SliceBuffer: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<[UInt8]>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [])
        }

        func set(_ k: Int, _ bytes: [UInt8]) { slots[k] = bytes }

        func all() -> [[UInt8]] { Array(slots) }

        func free() {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    /// Appends a map of `entries` and one more entry, `key`, whose value `write` appends (one
    /// value) when its turn comes in key order. `key` replaces an entry of the same name.
    public mutating func appendMap(_ entries: [String: LuaValue], key: String, _ write: (inout LuaArgumentWriter) -> Void) {
        var keys = Array(entries.keys)
        if entries[key] == nil { keys.append(key) }
        keys.sort()
        bytes.append(UInt8(GOPY_TAG_MAP))
        LuaCodec.appendU32(UInt32(keys.count), to: &bytes)
        for k in keys {
            LuaCodec.encode(.string(k), into: &bytes)
            if k == key { write(&self) } else { LuaCodec.encode(entries[k]!, into: &bytes) }
        }
    }
}

/// The byte encoding shared with the C shim (see `gopy_shim.h`): values cross between Swift and
/// Lua as bytes, so that Swift never calls a Lua function that can raise.
enum LuaCodec {
    static func encode(_ values: [LuaValue]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        for value in values { encode(value, into: &out) }
        return out
    }

    static func encode(_ value: LuaValue, into out: inout [UInt8]) {
        switch value {
        case .nil: out.append(UInt8(GOPY_TAG_NIL))
        case .bool(let b): out.append(UInt8(b ? GOPY_TAG_TRUE : GOPY_TAG_FALSE))
        case .integer(let i):
            out.append(UInt8(GOPY_TAG_INT))
            appendU64(UInt64(bitPattern: i), to: &out)
        case .number(let d):
            out.append(UInt8(GOPY_TAG_FLOAT))
            appendU64(d.bitPattern, to: &out)
        case .string(let s):
            out.append(UInt8(GOPY_TAG_STRING))
            var s = s
            s.withUTF8 { bytes in
                appendU32(UInt32(bytes.count), to: &out)
                out.append(contentsOf: bytes)
            }
        case .array(let a):
            out.append(UInt8(GOPY_TAG_ARRAY))
            appendU32(UInt32(a.count), to: &out)
            for element in a { encode(element, into: &out) }
        case .map(let m):
            out.append(UInt8(GOPY_TAG_MAP))
            appendU32(UInt32(m.count), to: &out)
            // Sorted so that the bytes, and so Lua's table layout, never depend on Swift's hash seed.
            for key in m.keys.sorted() {
                encode(.string(key), into: &out)
                encode(m[key]!, into: &out)
            }
        }
    }

    static func appendU32(_ v: UInt32, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func appendU64(_ v: UInt64, to out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    /// Appends an integer value, as `encode(.integer(v))` would.
    static func appendInteger(_ v: Int64, to out: inout [UInt8]) {
        out.append(UInt8(GOPY_TAG_INT))
        appendU64(UInt64(bitPattern: v), to: &out)
    }

    /// Appends the head of an array of `count` values, as `encode(.array(...))` starts.
    static func appendArrayHeader(_ count: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(GOPY_TAG_ARRAY))
        appendU32(count, to: &out)
    }

    /// The little-endian u32 at `at` (the caller checked the bounds).
    static func u32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    /// The little-endian u64 at `at` (the caller checked the bounds).
    static func u64(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// Where the value starting at `at` ends; nil when the bytes are malformed or end first.
    static func skip(_ bytes: UnsafeRawBufferPointer, _ at: Int, depth: Int = 0) -> Int? {
        guard at < bytes.count, depth <= 80 else { return nil }
        var at = at
        let tag = Int(bytes[at])
        at += 1
        switch tag {
        case GOPY_TAG_NIL, GOPY_TAG_FALSE, GOPY_TAG_TRUE: return at
        case GOPY_TAG_INT, GOPY_TAG_FLOAT: return bytes.count - at >= 8 ? at + 8 : nil
        case GOPY_TAG_STRING:
            guard bytes.count - at >= 4 else { return nil }
            let n = Int(u32(bytes, at))
            return bytes.count - (at + 4) >= n ? at + 4 + n : nil
        case GOPY_TAG_ARRAY, GOPY_TAG_MAP:
            guard bytes.count - at >= 4 else { return nil }
            let n = Int(u32(bytes, at)) * (tag == GOPY_TAG_MAP ? 2 : 1)
            at += 4
            for _ in 0..<n {
                guard let next = skip(bytes, at, depth: depth + 1) else { return nil }
                at = next
            }
            return at
        default: return nil
        }
    }

    struct DecodeError: Error {}

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> [LuaValue] {
        var reader = Reader(bytes: bytes)
        var values: [LuaValue] = []
        while reader.at < bytes.count { values.append(try reader.value()) }
        return values
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func u8() throws -> UInt8 {
            guard at < bytes.count else { throw DecodeError() }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func u32() throws -> UInt32 {
            guard bytes.count - at >= 4 else { throw DecodeError() }
            defer { at += 4 }
            return LuaCodec.u32(bytes, at)
        }

        mutating func u64() throws -> UInt64 {
            guard bytes.count - at >= 8 else { throw DecodeError() }
            defer { at += 8 }
            return LuaCodec.u64(bytes, at)
        }

        mutating func string() throws -> String {
            let n = Int(try u32())
            guard bytes.count - at >= n else { throw DecodeError() }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)])
            at += n
            // Lua strings are bytes; rules may build invalid UTF-8, which is repaired, not trusted.
            return String(decoding: slice, as: UTF8.self)
        }

        mutating func value() throws -> LuaValue {
            let tag = Int(try u8())
            switch tag {
            case GOPY_TAG_NIL: return .nil
            case GOPY_TAG_FALSE: return .bool(false)
            case GOPY_TAG_TRUE: return .bool(true)
            case GOPY_TAG_INT: return .integer(Int64(bitPattern: try u64()))
            case GOPY_TAG_FLOAT: return .number(Double(bitPattern: try u64()))
            case GOPY_TAG_STRING: return .string(try string())
            case GOPY_TAG_ARRAY:
                let n = Int(try u32())
                var a: [LuaValue] = []
                a.reserveCapacity(min(n, 4096))
                for _ in 0..<n { a.append(try value()) }
                return .array(a)
            case GOPY_TAG_MAP:
                let n = Int(try u32())
                var m: [String: LuaValue] = [:]
                for _ in 0..<n {
                    let key = try value()
                    let v = try value()
                    switch key {
                    case .string(let s): m[s] = v
                    case .integer(let i): m[String(i)] = v
                    case .number(let d): m[String(d)] = v
                    case .bool(let b): m[b ? "true" : "false"] = v
                    default: throw DecodeError()
                    }
                }
                return .map(m)
            default:
                throw DecodeError()
            }
        }
    }
}
