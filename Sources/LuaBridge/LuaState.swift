import LuaShim

/// The limits a rule call runs under. Each call starts with a fresh instruction budget; the memory
/// cap covers the whole state (loaded rules plus what the call allocates).
public struct LuaLimits: Sendable, Hashable {
    /// Lua VM instructions one call may run (20 million ≈ 0.1 s): an endless loop stops here.
    public var instructionBudget: UInt64
    /// Bytes one Lua state may hold: a memory bomb stops here.
    public var memoryBytes: Int
    /// Values one call may return (entries of nested tables counted): a runaway result stops here.
    public var maxResultValues: UInt32

    /// Creates limits; the defaults suit the default rule set with a wide margin.
    public init(instructionBudget: UInt64 = 20_000_000, memoryBytes: Int = 128 << 20, maxResultValues: UInt32 = 200_000) {
        self.instructionBudget = instructionBudget
        self.memoryBytes = memoryBytes
        self.maxResultValues = maxResultValues
    }

    /// The defaults.
    public static let `default` = LuaLimits()
}

/// Why a call into Lua failed.
public struct LuaFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: String, Sendable, Hashable {
        /// An error raised by Lua code, including syntax errors.
        case runtime
        /// The memory cap was reached.
        case memory
        /// The instruction budget was used up.
        case budget
        /// A returned value could not cross to the host.
        case result
        /// An error while handling an error (for instance a failing `__tostring`).
        case handler
        /// Misuse of the host itself.
        case host
    }

    /// The kind of failure.
    public var kind: Kind
    /// The error message, as Lua gave it (usually `file:line: text`).
    public var message: String
    /// Lua's stack traceback, when one could be taken.
    public var traceback: String?
    /// The rule file of the innermost rule frame at the time of the error.
    public var file: String?
    /// The line in that file.
    public var line: Int?

    /// `message` and, if known, the place.
    public var description: String {
        if let file, let line { return "\(file):\(line): \(message)" }
        return message
    }
}

/// The error a host function reports to the rule that called it (as a Lua error at the call).
public struct HostFunctionError: Error, Sendable {
    /// What went wrong, in words for the rule's author.
    public var message: String
    /// Creates the error.
    public init(_ message: String) { self.message = message }
}

/// A Swift function callable from Lua as `gopy.<name>(...)`. It runs on the thread that owns the
/// state; it must be `@Sendable` because the same function serves every worker's state.
public typealias HostFunction = @Sendable ([LuaValue]) throws(HostFunctionError) -> [LuaValue]

/// A host function that reads its arguments' bytes and writes its results' bytes itself, for
/// the functions rules call many times per record: building `LuaValue`s for them and encoding
/// those again cost more than the functions. It returns how many values it wrote to the
/// results. Same threading and error rules as `HostFunction`.
public typealias RawHostFunction = @Sendable (HostArguments, inout HostResults) throws(HostFunctionError) -> Int

/// The arguments of a host call, as the bytes that crossed from Lua. Valid only during the call.
public struct HostArguments {
    /// The encoded arguments, back to back.
    let bytes: UnsafeRawBufferPointer

    /// All the arguments decoded, as a `HostFunction` gets them.
    public func values() throws(HostFunctionError) -> [LuaValue] {
        do {
            return try LuaCodec.decode(bytes)
        } catch {
            throw HostFunctionError("malformed arguments")
        }
    }

    /// Where argument `index` (0-based) starts, or nil if there are fewer arguments.
    private func offset(of index: Int) -> Int? {
        var at = 0
        for _ in 0..<index {
            guard let next = LuaCodec.skip(bytes, at) else { return nil }
            at = next
        }
        return at < bytes.count ? at : nil
    }

    /// The bytes of argument `index` (0-based) when it is a string; nil otherwise. The bytes are
    /// as Lua holds them: not checked to be UTF-8.
    public func stringBytes(at index: Int) -> UnsafeRawBufferPointer? {
        guard let at = offset(of: index), bytes[at] == UInt8(GOPY_TAG_STRING), bytes.count - at >= 5 else { return nil }
        let n = Int(LuaCodec.u32(bytes, at + 1))
        guard bytes.count - (at + 5) >= n else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[(at + 5)..<(at + 5 + n)])
    }

    /// Argument `index` (0-based) as a Double when it is a number (integer or float), as
    /// `LuaValue.doubleValue` gives it; nil otherwise.
    public func double(at index: Int) -> Double? {
        guard let at = offset(of: index), bytes.count - at >= 9 else { return nil }
        switch Int(bytes[at]) {
        case GOPY_TAG_INT: return Double(Int64(bitPattern: LuaCodec.u64(bytes, at + 1)))
        case GOPY_TAG_FLOAT: return Double(bitPattern: LuaCodec.u64(bytes, at + 1))
        default: return nil
        }
    }
}

/// The results of a host call, written in the codec's bytes (see `gopy_shim.h`).
public struct HostResults {
    /// The bytes written so far.
    public internal(set) var bytes: [UInt8]

    init(reusing buffer: [UInt8]) {
        bytes = buffer
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends a value.
    public mutating func append(_ value: LuaValue) { LuaCodec.encode(value, into: &bytes) }

    /// Appends values already encoded (as `encode(_:)` gives them).
    public mutating func append(encoded: [UInt8]) { bytes.append(contentsOf: encoded) }

    /// Appends an integer.
    public mutating func append(integer: Int64) { LuaCodec.appendInteger(integer, to: &bytes) }

    /// Starts an array of `count` values: the next `count` values written are its elements.
    public mutating func beginArray(count: Int) { LuaCodec.appendArrayHeader(UInt32(count), to: &bytes) }

    /// The bytes of `values`, for `append(encoded:)`; the same bytes as appending each value.
    public static func encode(_ values: [LuaValue]) -> [UInt8] { LuaCodec.encode(values) }
}

final class HostBox {
    enum Body {
        case values(HostFunction)
        case raw(RawHostFunction)
    }

    let name: String
    let body: Body
    /// The raw function's result buffer, kept between calls (one state, one thread).
    var scratch: [UInt8] = []

    init(name: String, body: Body) {
        self.name = name
        self.body = body
    }
}

/// Runs inside the C trampoline: decodes, calls Swift, encodes. Touches no Lua API, so nothing can
/// longjmp over it; errors go back as a message that the trampoline raises.
private func hostThunk(
    _ context: UnsafeMutableRawPointer?, _ args: UnsafePointer<UInt8>?, _ length: Int, _ out: UnsafeMutablePointer<GopyOut>?
) -> Int32 {
    guard let context, let out else { return -1 }
    let box = Unmanaged<HostBox>.fromOpaque(context).takeUnretainedValue()
    func fail(_ message: String) -> Int32 {
        var message = message
        message.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { gopy_out_set_error(out, $0.baseAddress, $0.count) }
        }
        return -1
    }
    let function: HostFunction
    switch box.body {
    case .values(let f):
        function = f
    case .raw(let raw):
        var results = HostResults(reusing: box.scratch)
        box.scratch = []
        let count: Int
        do {
            count = try raw(HostArguments(bytes: UnsafeRawBufferPointer(start: args, count: length)), &results)
        } catch {
            return fail(error.message)
        }
        let ok = results.bytes.withUnsafeBufferPointer { gopy_out_append(out, $0.baseAddress, $0.count) }
        box.scratch = results.bytes
        return ok == 0 ? fail("out of memory") : Int32(count)
    }
    let arguments: [LuaValue]
    do {
        arguments = try LuaCodec.decode(UnsafeRawBufferPointer(start: args, count: length))
    } catch {
        return fail("malformed arguments")
    }
    let results: [LuaValue]
    do {
        results = try function(arguments)
    } catch {
        return fail(error.message)
    }
    let bytes = LuaCodec.encode(results)
    let ok = bytes.withUnsafeBufferPointer { gopy_out_append(out, $0.baseAddress, $0.count) }
    return ok == 0 ? fail("out of memory") : Int32(results.count)
}

/// One sandboxed Lua 5.4 state.
///
/// Every call is protected (`lua_pcall` with a traceback handler) and bounded by `limits`. The
/// state belongs to one thread at a time: make one per worker.
public final class LuaState {
    private let handle: OpaquePointer
    private var boxes: [Unmanaged<HostBox>] = []

    /// The limits applied to each following call.
    public var limits: LuaLimits {
        didSet { applyLimits() }
    }

    /// Creates a state, installs the host functions and builds the sandbox.
    ///
    /// - Parameters:
    ///   - limits: the limits for every call.
    ///   - hostFunctions: Swift functions the rules reach as `gopy.<name>`; `print` is used for
    ///     the rules' `print`.
    ///   - rawHostFunctions: more of them, working on the encoded bytes; a name in both lists is
    ///     the raw one.
    public init(
        limits: LuaLimits = .default, hostFunctions: [String: HostFunction] = [:], rawHostFunctions: [String: RawHostFunction] = [:]
    ) throws(LuaFailure) {
        guard let handle = gopy_open(limits.memoryBytes > 0 ? limits.memoryBytes : 0) else {
            throw LuaFailure(kind: .memory, message: "could not create a Lua state")
        }
        self.handle = handle
        self.limits = limits
        var functions = hostFunctions.mapValues(HostBox.Body.values)
        for (name, raw) in rawHostFunctions { functions[name] = .raw(raw) }
        if functions["print"] == nil {
            functions["print"] = .values { _ in [] }
        }
        for name in functions.keys.sorted() {
            let box = Unmanaged.passRetained(HostBox(name: name, body: functions[name]!))
            boxes.append(box)
            guard gopy_register(handle, name, hostThunk, box.toOpaque()) != 0 else {
                throw LuaFailure(kind: .host, message: "too many host functions")
            }
        }
        applyLimits()
        var result = GopyResult()
        preludeSource.utf8CString.withUnsafeBufferPointer { source in
            gopy_bootstrap(handle, source.baseAddress, source.count - 1, "=gopy-host", &result)
        }
        defer { gopy_result_free(&result) }
        if result.status != Int32(GOPY_OK.rawValue) {
            throw Self.failure(from: result)
        }
    }

    deinit {
        gopy_close(handle)
        for box in boxes { box.release() }
    }

    private func applyLimits() {
        gopy_set_limits(handle, limits.instructionBudget, max(limits.memoryBytes, 0), limits.maxResultValues)
    }

    /// Counts, from now on, where the rules spend their instructions (a sample every 1,000).
    public func enableProfile() { gopy_profile_enable(handle, 1) }

    /// The samples per rule line so far: file, line, samples.
    public func profile() -> [(file: String, line: Int, samples: UInt64)] {
        var entries = [GopyProfileEntry](repeating: GopyProfileEntry(), count: Int(GOPY_PROFILE_SLOTS))
        let n = entries.withUnsafeMutableBufferPointer { gopy_profile_read(handle, $0.baseAddress, $0.count) }
        return entries.prefix(n).map { (String(cString: $0.source), Int($0.line), $0.samples) }
    }

    /// Bytes the state holds now.
    public var memoryUsed: Int { gopy_memory_used(handle) }

    /// Frees now everything the rules no longer reach, rather than when the collector's pace
    /// would: after a call whose arguments were large, so that they are not still held while
    /// the next call's are made.
    public func collectGarbage() { gopy_collect_garbage(handle) }

    /// Calls the prelude's entry point `entry` with `arguments`, under the limits.
    public func call(_ entry: String, _ arguments: [LuaValue]) -> Result<[LuaValue], LuaFailure> {
        call(entry, encoded: LuaCodec.encode(arguments))
    }

    /// Calls the prelude's entry point `entry` with the arguments `write` appends (each
    /// encoded as it is written), under the limits.
    public func call(_ entry: String, writing write: (inout LuaArgumentWriter) -> Void) -> Result<[LuaValue], LuaFailure> {
        var writer = LuaArgumentWriter()
        write(&writer)
        return call(entry, encoded: writer.bytes)
    }

    private func call(_ entry: String, encoded bytes: [UInt8]) -> Result<[LuaValue], LuaFailure> {
        var result = GopyResult()
        bytes.withUnsafeBufferPointer { args in
            gopy_call(handle, entry, args.baseAddress, args.count, &result)
        }
        defer { gopy_result_free(&result) }
        guard result.status == Int32(GOPY_OK.rawValue) else {
            return .failure(Self.failure(from: result))
        }
        do {
            let values = try LuaCodec.decode(UnsafeRawBufferPointer(start: result.data, count: result.length))
            return .success(values)
        } catch {
            return .failure(LuaFailure(kind: .host, message: "gopy host: malformed result encoding"))
        }
    }

    private static func failure(from result: GopyResult) -> LuaFailure {
        let kind: LuaFailure.Kind
        switch result.status {
        case Int32(GOPY_ERR_MEMORY.rawValue): kind = .memory
        case Int32(GOPY_ERR_BUDGET.rawValue): kind = .budget
        case Int32(GOPY_ERR_RESULT.rawValue): kind = .result
        case Int32(GOPY_ERR_HANDLER.rawValue): kind = .handler
        case Int32(GOPY_ERR_HOST.rawValue): kind = .host
        default: kind = .runtime
        }
        return LuaFailure(
            kind: kind,
            message: result.message.map { String(cString: $0) } ?? "unknown error",
            traceback: result.traceback.map { String(cString: $0) },
            file: result.source.map { String(cString: $0) },
            line: result.line > 0 ? Int(result.line) : nil
        )
    }
}
