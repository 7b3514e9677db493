import Diagnostics
import LuaBridge

/// The label codes of FORMATS.md: the only values a rule may return.
public enum LabelCodes {
    public static let groups = ["thuc_trang", "muc_tieu", "giai_phap", "khac"]
    public static let areas = ["quy_mo_mang_luoi", "doi_ngu", "dat_dai", "phong_hoc", "tai_chinh", "chat_luong", "chuyen_doi_so"]
    public static let stances = ["dong_y", "sua_doi", "bo_sung", "khong_dong_y", "khac"]
    public static let sixClear = ["viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem"]
    public static let targetProposal = ["value", "basis", "conditions", "timeline"]
    /// What the appendices say of a comment's claims about its own institution.
    public static let corroboration = ["khop", "mau_thuan"]

    /// The appendix an area is tied to (FORMATS.md: "appendix follows from it").
    public static func appendix(for area: String?) -> Int? {
        switch area {
        case "quy_mo_mang_luoi": return 1
        case "doi_ngu": return 2
        case "dat_dai", "phong_hoc": return 3
        case "chat_luong": return 4
        default: return nil
        }
    }
}

/// A rule's message about a record.
public struct RuleFlag: Sendable, Hashable {
    /// A short stable code (`ngoai_tham_quyen`, `mau_thuan_phu_luc`).
    public var code: String
    /// The message, in Vietnamese, for the report's reader.
    public var message: String
    /// `info`, `warning` or `error`.
    public var severity: Severity
}

/// A set of named booleans with what is missing: `six_clear` and `target_proposal`.
public struct Checklist: Sendable, Hashable {
    /// Element name → present, in the contract's order.
    public var elements: [(String, Bool)]

    public static func == (a: Checklist, b: Checklist) -> Bool {
        a.elements.map(\.0) == b.elements.map(\.0) && a.elements.map(\.1) == b.elements.map(\.1)
    }

    public func hash(into hasher: inout Hasher) {
        for (k, v) in elements { hasher.combine(k); hasher.combine(v) }
    }

    /// Elements that are false.
    public var missing: [String] { elements.filter { !$0.1 }.map(\.0) }
    /// All elements present.
    public var complete: Bool { missing.isEmpty }

    var json: JSON {
        .object(elements.map { ($0.0, JSON.bool($0.1)) } + [("missing", .array(missing.map(JSON.string))), ("complete", .bool(complete))])
    }
}

/// What the rules decided about one comment.
public struct Labels: Sendable, Hashable {
    public var group: String?
    public var area: String?
    public var refs: [String] = []
    public var stance: String?
    public var hasData: Bool?
    public var hasEvidence: Bool?
    public var generic: Bool?
    public var sixClear: Checklist?
    public var targetProposal: Checklist?
    /// `khop` when the appendices support the comment's claims about its own institution,
    /// `mau_thuan` when they contradict one; nil when it makes none that can be checked.
    public var corroboration: String?
    /// The rules' suggested answer of the drafting team (Ý kiến tiếp thu, giải trình), in Vietnamese.
    public var response: String?
    /// How specific the comment is, as the rules weigh it: the reports quote the most specific first.
    public var specificity: Double?
    public var flags: [RuleFlag] = []
    /// Fields a rule returned beyond the contract, kept for reports and later rules.
    public var extra: [String: LuaValue] = [:]

    /// The appendix the area is tied to.
    public var appendix: Int? { LabelCodes.appendix(for: area) }

    public init() {}
}

/// Checks a rule's returned table against the contract, field by field, so that a wrong value
/// is reported as `classify returned stance = 42, expected one of dong_y, …`.
struct LabelValidator {
    let hook: String
    var problems: [String] = []

    init(hook: String) { self.hook = hook }

    private mutating func problem(_ field: String, _ value: LuaValue, _ expected: String) {
        problems.append("\(hook) returned \(field) = \(value.brief), expected \(expected)")
    }

    mutating func code(_ value: LuaValue, _ field: String, _ allowed: [String]) -> String? {
        if value.isNil { return nil }
        guard let s = value.stringValue, allowed.contains(s) else {
            problem(field, value, "one of " + allowed.joined(separator: ", "))
            return nil
        }
        return s
    }

    mutating func bool(_ value: LuaValue, _ field: String) -> Bool? {
        if value.isNil { return nil }
        guard let b = value.boolValue else {
            problem(field, value, "true or false")
            return nil
        }
        return b
    }

    mutating func refs(_ value: LuaValue) -> [String] {
        if value.isNil { return [] }
        guard let list = value.arrayValue else {
            problem("refs", value, "a list of codes such as { \"CT2.03\", \"NV5.02\" }")
            return []
        }
        var out: [String] = []
        for item in list {
            guard let s = item.stringValue, Self.isCode(s) else {
                problem("refs", item, "codes written CTg.nn or NVg.nn (CT2.03)")
                continue
            }
            if !out.contains(s) { out.append(s) }
        }
        return out
    }

    static func isCode(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 6, (u[0] == 67 && u[1] == 84) || (u[0] == 78 && u[1] == 86) else { return false }
        let rest = s.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false)
        return rest.count == 2 && !rest[0].isEmpty && rest[0].allSatisfy(\.isNumber) && rest[1].count == 2 && rest[1].allSatisfy(\.isNumber)
    }

    mutating func checklist(_ value: LuaValue, _ field: String, _ names: [String]) -> Checklist? {
        if value.isNil { return nil }
        guard case .map(let map) = value else {
            problem(field, value, "nil or a table of " + names.joined(separator: ", "))
            return nil
        }
        var elements: [(String, Bool)] = []
        for name in names {
            let v = map[name] ?? .nil
            if let b = v.boolValue {
                elements.append((name, b))
            } else if v.isNil {
                elements.append((name, false))
            } else {
                problem(field + "." + name, v, "true or false")
                elements.append((name, false))
            }
        }
        return Checklist(elements: elements)
    }

    mutating func flags(_ value: LuaValue) -> [RuleFlag] {
        if value.isNil { return [] }
        guard let list = value.arrayValue else {
            problem("flags", value, "a list of messages")
            return []
        }
        var out: [RuleFlag] = []
        for item in list {
            switch item {
            case .string(let s):
                out.append(RuleFlag(code: "rule", message: s, severity: .warning))
            case .map(let m):
                guard let message = m["message"]?.stringValue else {
                    problem("flags[].message", m["message"] ?? .nil, "a message text")
                    continue
                }
                let severity = m["severity"]?.stringValue.flatMap(Severity.init(rawValue:)) ?? .warning
                out.append(RuleFlag(code: m["code"]?.stringValue ?? "rule", message: message, severity: severity))
            default:
                problem("flags[]", item, "a message text or { code = ..., message = ... }")
            }
        }
        return out
    }

    /// Reads a `classify` result. Unknown fields are kept in `extra`.
    mutating func labels(_ value: LuaValue) -> Labels {
        var labels = Labels()
        if value.isNil { return labels }
        guard case .map(let m) = value else {
            problems.append("\(hook) returned \(value.brief), expected a table of labels or nil")
            return labels
        }
        labels.group = code(m["group"] ?? .nil, "group", LabelCodes.groups)
        labels.area = code(m["area"] ?? .nil, "area", LabelCodes.areas)
        labels.refs = refs(m["refs"] ?? .nil)
        labels.stance = code(m["stance"] ?? .nil, "stance", LabelCodes.stances)
        labels.hasData = bool(m["has_data"] ?? .nil, "has_data")
        labels.hasEvidence = bool(m["has_evidence"] ?? .nil, "has_evidence")
        labels.generic = bool(m["generic"] ?? .nil, "generic")
        labels.sixClear = checklist(m["six_clear"] ?? .nil, "six_clear", LabelCodes.sixClear)
        labels.targetProposal = checklist(m["target_proposal"] ?? .nil, "target_proposal", LabelCodes.targetProposal)
        labels.corroboration = code(m["corroboration"] ?? .nil, "corroboration", LabelCodes.corroboration)
        if let v = m["specificity"], !v.isNil {
            if let d = v.doubleValue { labels.specificity = d } else { problems.append("\(hook) returned specificity = \(v.brief), expected a number") }
        }
        if let r = m["response"], !r.isNil {
            if let text = r.stringValue { labels.response = text } else { problems.append("\(hook) returned response = \(r.brief), expected a text") }
        }
        labels.flags = flags(m["flags"] ?? .nil)
        let known: Set<String> = ["response", "specificity", "group", "area", "refs", "stance", "has_data", "has_evidence", "generic", "six_clear", "target_proposal", "corroboration", "flags", "appendix"]
        for (key, v) in m where !known.contains(key) { labels.extra[key] = v }
        return labels
    }
}

/// One annotated comment: the comment, the labels, and how they were decided.
public struct Annotation: Sendable {
    public var comment: Comment
    public var labels: Labels
    public var trace: [TraceEntry]
    /// The rule failure for this record, if any (then the labels are those decided before it, or none).
    public var failure: Diagnostic?

    /// The JSON Lines object of `annotations.jsonl`, keys in FORMATS.md order.
    public var json: JSON {
        var pairs: [(String, JSON)] = [
            ("id", .string(comment.id)),
            ("source", .obj(["file": .string(comment.source.file), "sheet": .str(comment.source.sheet), "row": .num(comment.source.row)])),
            ("level", .string(comment.level)),
            ("cluster", .string(comment.cluster)),
            ("unit", .string(comment["unit"])),
            ("text", .string(comment["text"])),
            ("group", .str(labels.group)),
            ("area", .str(labels.area)),
            ("appendix", .num(labels.appendix)),
            ("refs", .array(labels.refs.map(JSON.string))),
            ("stance", .str(labels.stance)),
            ("has_data", labels.hasData.map(JSON.bool) ?? .null),
            ("has_evidence", labels.hasEvidence.map(JSON.bool) ?? .null),
            ("generic", labels.generic.map(JSON.bool) ?? .null),
            ("six_clear", labels.sixClear?.json ?? .null),
            ("target_proposal", labels.targetProposal?.json ?? .null),
            ("corroboration", .str(labels.corroboration)),
            ("response", .str(labels.response)),
            ("flags", .array(labels.flags.map { .obj(["code": .string($0.code), "severity": .string($0.severity.rawValue), "message": .string($0.message)]) })),
            ("trace", .array(trace.map { .obj(["field": .string($0.field), "rule": .str($0.at), "why": .string($0.why)]) })),
        ]
        if !labels.extra.isEmpty {
            pairs.append(("extra", .object(labels.extra.keys.sorted().map { ($0, JSON(lua: labels.extra[$0]!)) })))
        }
        if let failure {
            pairs.append(("error", .string(failure.description)))
        }
        return .object(pairs)
    }
}

extension JSON {
    /// A Lua value as JSON; map keys sorted so the bytes never vary.
    init(lua value: LuaValue) {
        switch value {
        case .nil: self = .null
        case .bool(let b): self = .bool(b)
        case .integer(let i): self = .int(Int(i))
        case .number(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(JSON.init(lua:)))
        case .map(let m): self = .object(m.keys.sorted().map { ($0, JSON(lua: m[$0]!)) })
        }
    }
}

/// What an appendix rule found about one row.
public struct RowFinding: Sendable, Hashable {
    public var row: AppendixRow
    /// The flags; in a run, their messages are in `messages` and here "" (see `resolvedFlags`).
    public var flags: [RuleFlag]
    public var trace: [TraceEntry]
    /// Where the flags' messages went, when a run moved them out of memory: the store, and the
    /// number of the first flag's message (the others follow).
    var messages: MessagePlace?

    /// The place of a row's flag messages in a `FlagMessages` store.
    struct MessagePlace: Sendable, Hashable {
        let store: FlagMessages
        let first: Int

        static func == (a: MessagePlace, b: MessagePlace) -> Bool { a.store === b.store && a.first == b.first }
        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(store))
            hasher.combine(first)
        }
    }

    /// A finding as the rules returned it.
    public init(row: AppendixRow, flags: [RuleFlag], trace: [TraceEntry]) {
        self.row = row
        self.flags = flags
        self.trace = trace
    }

    /// The flags with their messages, read back from the store when they were moved there.
    var resolvedFlags: [RuleFlag] {
        guard let messages else { return flags }
        return flags.enumerated().map { i, flag in
            var flag = flag
            flag.message = messages.store.message(messages.first + i)
            return flag
        }
    }

    /// The institution's name as the row gives it, if it does.
    var name: String? {
        if case .text(let n)? = row.values["ten_truong"] { return n }
        return nil
    }

    /// The line of `appendix-findings.jsonl`.
    var json: JSON {
        .obj([
            "id": .string(row.id), "institution": .string(row.institution), "name": .str(name), "cluster": .string(row.cluster),
            "level": .string(row.level), "appendix": .int(row.appendix),
            "source": .obj(["file": .string(row.source.file), "sheet": .str(row.source.sheet), "row": .num(row.source.row)]),
            "flags": .array(resolvedFlags.map { .obj(["code": .string($0.code), "severity": .string($0.severity.rawValue), "message": .string($0.message)]) }),
        ])
    }

    /// What a level's summary quotes of the row.
    var brief: JSON {
        .obj([
            "institution": .string(row.institution), "name": .str(name), "cluster": .string(row.cluster), "appendix": .int(row.appendix),
            "flags": .array(resolvedFlags.map { .obj(["code": .string($0.code), "severity": .string($0.severity.rawValue), "message": .string($0.message)]) }),
        ])
    }
}
