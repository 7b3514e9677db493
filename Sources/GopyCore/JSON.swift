import Foundation

/// A JSON value whose objects keep their key order.
///
/// gopy's outputs are read by people and diffed between runs: keys come in the order FORMATS.md
/// gives them, and the same data always gives the same bytes, which `JSONEncoder` promises
/// neither of.
public enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    /// An object from ordered pairs.
    public static func obj(_ pairs: KeyValuePairs<String, JSON>) -> JSON {
        .object(pairs.map { ($0.key, $0.value) })
    }

    /// `.string` or `.null`.
    public static func str(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    /// `.int` or `.null`.
    public static func num(_ i: Int?) -> JSON { i.map(JSON.int) ?? .null }
    /// `.double` or `.null`; whole numbers print without a fraction.
    public static func num(_ d: Double?) -> JSON { d.map(JSON.double) ?? .null }

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// The field `key` of an object.
    public subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first(where: { $0.0 == key })?.1 }
        return nil
    }

    /// Compact JSON on one line (for JSON Lines).
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented JSON for files people open.
    public func pretty() -> String {
        var out = ""
        write(to: &out, indent: "  ", depth: 0)
        out += "\n"
        return out
    }

    /// The same text as `pretty()`, handed to `emit` in pieces of about `size` UTF-8 bytes as it
    /// is made, so a large summary is written to its file without ever being one string: the
    /// national run's summary.json is 160 MB, which as a string and then as `Data` took twice that.
    public func pretty(pieces size: Int, _ emit: (String) -> Void) {
        withoutActuallyEscaping(emit) { emit in
            var out = Pieces(size: size, emit: emit)
            write(to: &out, indent: "  ", depth: 0)
            out.write("\n")
            out.finish()
        }
    }

    /// Collects text and passes it on whenever `size` bytes have gathered.
    private struct Pieces: TextOutputStream {
        let size: Int
        let emit: (String) -> Void
        var buffer = ""

        init(size: Int, emit: @escaping (String) -> Void) {
            self.size = size
            self.emit = emit
        }

        mutating func write(_ string: String) {
            buffer += string
            if buffer.utf8.count >= size {
                emit(buffer)
                buffer = ""
            }
        }

        mutating func finish() {
            if !buffer.isEmpty { emit(buffer) }
            buffer = ""
        }
    }

    private func write<Out: TextOutputStream>(to out: inout Out, indent: String?, depth: Int) {
        switch self {
        case .null: out.write("null")
        case .bool(let b): out.write(b ? "true" : "false")
        case .int(let i): out.write(String(i))
        case .double(let d): out.write(JSON.format(d))
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.write("[]"); return }
            out.write("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.write(",") }
                if let indent { out.write("\n" + String(repeating: indent, count: depth + 1)) }
                item.write(to: &out, indent: indent, depth: depth + 1)
            }
            if let indent { out.write("\n" + String(repeating: indent, count: depth)) }
            out.write("]")
        case .object(let pairs):
            if pairs.isEmpty { out.write("{}"); return }
            out.write("{")
            for (n, (key, value)) in pairs.enumerated() {
                if n > 0 { out.write(",") }
                if let indent { out.write("\n" + String(repeating: indent, count: depth + 1)) }
                JSON.quote(key, into: &out)
                out.write(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, depth: depth + 1)
            }
            if let indent { out.write("\n" + String(repeating: indent, count: depth)) }
            out.write("}")
        }
    }

    /// Numbers print the shortest way that reads back the same; integral values without ".0";
    /// non-finite values (which JSON cannot hold) as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    static func quote<Out: TextOutputStream>(_ s: String, into out: inout Out) {
        out.write("\"")
        // Most text needs no escaping: append it whole instead of scalar by scalar.
        var clean = true
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in s.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                clean = false
                break
            }
            previous = (previous.1, byte)
        }
        if clean {
            out.write(s)
            out.write("\"")
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.write("\\\"")
            case "\\": out.write("\\\\")
            case "\n": out.write("\\n")
            case "\r": out.write("\\r")
            case "\t": out.write("\\t")
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out.write(String(format: "\\u%04x", scalar.value))
            default: out.write(String(scalar))
            }
        }
        out.write("\"")
    }
}
