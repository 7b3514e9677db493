import Diagnostics

/// The text of one rule file and the path diagnostics show for it (`Rules/levels/thcs.lua`).
public struct RuleSource: Sendable, Hashable {
    /// The path as the analyst knows it, relative to the working folder.
    public var path: String
    /// The Lua source.
    public var text: String

    /// Creates a rule source.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A rule file loaded into one state: which hooks it has and which other fields (examples,
/// metadata).
public struct LoadedRule: Sendable, Hashable {
    /// The id the state gave it.
    public var id: Int64
    /// The rule file's path.
    public var path: String
    /// Hook functions the file returned, by name.
    public var hooks: Set<String>
    /// Non-function fields of the returned table.
    public var fields: [String]
}

/// One recorded reason for a decision: which field, why, and the rule file and line that decided.
public struct TraceEntry: Sendable, Hashable, Codable {
    /// The output field decided (`group`, `stance`, ...).
    public var field: String
    /// The reason given by the rule, in the analyst's words.
    public var why: String
    /// `Rules/levels/thcs.lua:42`.
    public var at: String?

    /// Creates a trace entry.
    public init(field: String, why: String, at: String?) {
        self.field = field
        self.why = why
        self.at = at
    }
}

/// What calling a hook gave.
public enum HookOutcome: Sendable {
    /// The rule file has no such hook: no opinion.
    case noHook
    /// The hook ran and returned `value` (possibly `.nil`: no opinion), with the reasons it recorded
    /// and where the hook function is defined.
    case value(LuaValue, trace: [TraceEntry], definedAt: String?)
    /// The hook failed; the diagnostic names file, line and record.
    case failure(Diagnostic)
}

/// A Lua state loaded with rule files: the host the rules run in.
///
/// Each worker thread owns one `RuleHost`; all hosts of a run load the same sources, so a record
/// gets the same answer on any worker.
public final class RuleHost {
    static let hostChunkName = "gopy-host"

    /// The underlying state.
    public let state: LuaState
    private var loaded: [String: LoadedRule] = [:]
    private let libraryPaths: [String]
    private var knownPaths: [String] { libraryPaths + loaded.keys.sorted() }

    /// Creates a host whose rules can `require` the given library modules.
    ///
    /// - Parameters:
    ///   - libraries: `Rules/lib/*.lua` by module name (`"text"` for `Rules/lib/text.lua`).
    ///   - limits: the limits of every call.
    ///   - hostFunctions: the Swift functions of the `gopy` library.
    ///   - rawHostFunctions: more of them, working on the encoded bytes (see `RawHostFunction`).
    public init(
        libraries: [String: RuleSource], limits: LuaLimits = .default, hostFunctions: [String: HostFunction] = [:],
        rawHostFunctions: [String: RawHostFunction] = [:]
    ) throws(DiagnosticError) {
        do {
            state = try LuaState(limits: limits, hostFunctions: hostFunctions, rawHostFunctions: rawHostFunctions)
        } catch {
            throw DiagnosticError(Diagnostic(.error, code: "rule.host", "could not start the Lua host: \(error.message)"))
        }
        libraryPaths = libraries.values.map(\.path).sorted()
        var modules: [String: LuaValue] = [:]
        for (name, source) in libraries {
            modules[name] = ["source": .string(source.text), "chunkname": .string(source.path)]
        }
        if case .failure(let failure) = state.call("set_modules", [.map(modules)]) {
            throw DiagnosticError(Self.diagnostic(for: failure, file: nil, record: nil, code: "rule.host"))
        }
    }

    /// Loads (runs) a rule file. Its top level runs under the same limits as a hook, so a file that
    /// loops or allocates without end at load time is refused with its file and line.
    public func load(_ source: RuleSource) -> Result<LoadedRule, Diagnostic> {
        if let rule = loaded[source.path] { return .success(rule) }
        switch state.call("load_rule", [.string(source.path), .string(source.text)]) {
        case .failure(let failure):
            return .failure(Self.diagnostic(for: failure, file: source.path, record: nil, code: "rule.load", knownPaths: knownPaths))
        case .success(let values):
            guard values.count == 3, case .integer(let id) = values[0] else {
                return .failure(Diagnostic(.error, code: "rule.host", "unexpected answer from the rule loader", at: SourceLocation(file: source.path)))
            }
            let hooks = Set((values[1].arrayValue ?? []).compactMap(\.stringValue))
            let fields = (values[2].arrayValue ?? []).compactMap(\.stringValue)
            let rule = LoadedRule(id: id, path: source.path, hooks: hooks, fields: fields)
            loaded[source.path] = rule
            return .success(rule)
        }
    }

    /// Calls `hook` of `rule` with `arguments`. `record` is the id diagnostics name
    /// (`thcs/cum-03/17`).
    public func invoke(_ rule: LoadedRule, hook: String, arguments: [LuaValue], record: String?) -> HookOutcome {
        invoke(rule, hook: hook, record: record) { writer in
            for argument in arguments { writer.append(argument) }
        }
    }

    /// Calls `hook` of `rule` with the arguments `write` appends, each encoded as it is written
    /// (for arguments too big to build whole first); otherwise as `invoke(_:hook:arguments:record:)`.
    public func invoke(_ rule: LoadedRule, hook: String, record: String?, writing write: (inout LuaArgumentWriter) -> Void) -> HookOutcome {
        guard rule.hooks.contains(hook) else { return .noHook }
        let outcome = state.call("invoke") { writer in
            writer.append(.integer(rule.id))
            writer.append(.string(hook))
            write(&writer)
        }
        switch outcome {
        case .failure(let failure):
            return .failure(Self.diagnostic(for: failure, file: rule.path, record: record, code: "rule.\(failure.kind.rawValue)", knownPaths: knownPaths))
        case .success(let values):
            let value = values.first ?? .nil
            let trace: [TraceEntry] = (values.count > 1 ? values[1].arrayValue ?? [] : []).map { entry in
                TraceEntry(field: entry["field"].stringValue ?? "?", why: entry["why"].stringValue ?? "", at: entry["at"].stringValue)
            }
            let definedAt = values.count > 2 ? values[2].stringValue : nil
            return .value(value, trace: trace, definedAt: definedAt)
        }
    }

    /// A non-function field of a rule file (for example its `examples` table).
    public func field(_ rule: LoadedRule, _ name: String) -> Result<LuaValue, Diagnostic> {
        switch state.call("field", [.integer(rule.id), .string(name)]) {
        case .failure(let failure):
            return .failure(Self.diagnostic(for: failure, file: rule.path, record: nil, code: "rule.field"))
        case .success(let values):
            return .success(values.first ?? .nil)
        }
    }

    /// The whole table a file returned, for files that hold data rather than hooks (tests).
    public func value(_ rule: LoadedRule) -> Result<LuaValue, Diagnostic> {
        switch state.call("value", [.integer(rule.id)]) {
        case .failure(let failure):
            return .failure(Self.diagnostic(for: failure, file: rule.path, record: nil, code: "rule.value", knownPaths: knownPaths))
        case .success(let values):
            return .success(values.first ?? .nil)
        }
    }

    /// Turns a failure into the one diagnostic shape, with the rule's file and line.
    ///
    /// Lua puts `file:line:` in front of most messages; that becomes the location, and the
    /// message keeps only the text, so it reads
    /// `Rules/levels/thcs.lua:42: error: [thcs/cum-03/17] attempt to index a nil value`.
    public static func diagnostic(for failure: LuaFailure, file: String?, record: String?, code: String, knownPaths: [String] = []) -> Diagnostic {
        var message = failure.message
        var location: SourceLocation?
        // A `file:line:` prefix is where the error was raised on purpose (error(msg, 2) points at
        // the caller); the innermost rule frame is the fallback. The host's own chunk is never a
        // place to report.
        if let (prefixFile, line, rest) = splitLocation(message) {
            message = rest
            if prefixFile != hostChunkName {
                // Lua shortens long chunk names to "...<end of path>"; put the full path back.
                var full = prefixFile
                if prefixFile.hasPrefix("...") {
                    let tail = prefixFile.dropFirst(3)
                    full = ([failure.file, file].compactMap { $0 } + knownPaths).first { $0.hasSuffix(tail) } ?? prefixFile
                }
                location = SourceLocation(file: full, line: line)
            }
        }
        if location == nil, let f = failure.file ?? file {
            location = SourceLocation(file: f, line: failure.file != nil ? failure.line : nil)
        }
        switch failure.kind {
        case .budget where message.hasPrefix("instruction budget exceeded"):
            message += " — the rule may loop without end; if it really needs more, raise --max-instructions"
        case .budget:
            // A pattern refused before it ran: its message already says what to change.
            break
        case .memory:
            message += " — the rule may build ever larger tables or strings; if it really needs more, raise --max-memory"
        case .result:
            message = "the hook's result cannot be used: " + message
        default:
            break
        }
        return Diagnostic(.error, code: code, message, at: location, record: record)
    }

    /// Splits `Rules/x.lua:42: text` into its parts; nil when the message has no such prefix.
    static func splitLocation(_ message: String) -> (String, Int, String)? {
        // The file part of a rule chunk never contains ": ", so the first ":<digits>: " ends it.
        var search = message[...]
        while let colon = search.firstIndex(of: ":") {
            let afterColon = message.index(after: colon)
            let digits = message[afterColon...].prefix(while: \.isNumber)
            if !digits.isEmpty, let line = Int(digits) {
                let end = message.index(afterColon, offsetBy: digits.count)
                if message[end...].hasPrefix(": ") {
                    let file = String(message[..<colon])
                    if !file.isEmpty, !file.contains(" ") || file.hasSuffix(".lua") {
                        return (file, line, String(message[message.index(end, offsetBy: 2)...]))
                    }
                }
            }
            search = message[afterColon...]
        }
        return nil
    }
}
