import Diagnostics
import LuaBridge

/// `gopy rules test`: runs the Lua test cases in `Rules/tests/*.lua` and the `examples` declared
/// inside rule files, like `opa test`: one PASS or FAIL per case, with its file and line.
///
/// A case is written with `gopy.example { ... }` (which records its line):
///
/// ```lua
/// gopy.example {
///   name = "đề nghị giảm chỉ tiêu",
///   level = "thcs",                                   -- the level file that judges it
///   comment = { text = "...", proposal = "..." },     -- the columns of the comment form
///   expect = { group = "muc_tieu", stance = "sua_doi", refs = { "CT2.03" } },
/// }
/// gopy.example {
///   name = "phòng học tạm", appendix = 3, level = "thcs",
///   row = { ma_truong = "X", phong_hoc = 10, phong_kien_co = 8, phong_tam = 2 },
///   expect = { flags = { "phong_tam" } },              -- flag codes that must be raised
/// }
/// ```
public enum RuleTest {
    /// One case's result.
    public struct Outcome: Sendable {
        public var file: String
        public var line: Int?
        public var name: String
        public var problems: [String]
        public var passed: Bool { problems.isEmpty }
        /// `PASS Rules/tests/x.lua:12 name` or `FAIL ...: problems`.
        public var description: String {
            let place = file + (line.map { ":\($0)" } ?? "")
            return (passed ? "PASS " : "FAIL ") + place + " " + name + (passed ? "" : ": " + problems.joined(separator: "; "))
        }
    }

    /// Runs every case; throws when the rules themselves do not load.
    public static func run(rules root: String, limits: LuaLimits = .default, library: HostLibrary = HostLibrary()) throws(DiagnosticError) -> [Outcome] {
        let set = try RuleSet.load(root)
        let worker = try RuleWorker(rules: set, limits: limits, library: library)
        var outcomes: [Outcome] = []
        var loadFailures: [Diagnostic] = []

        for source in set.tests {
            switch worker.host.load(source) {
            case .failure(let d):
                loadFailures.append(d)
            case .success(let rule):
                switch worker.host.value(rule) {
                case .failure(let d): loadFailures.append(d)
                case .success(let value):
                    guard let cases = value.arrayValue else {
                        loadFailures.append(Diagnostic(.error, code: "rules.test-shape", "a test file returns a list of cases: return { gopy.example { ... }, ... }", at: SourceLocation(file: source.path)))
                        continue
                    }
                    for (n, c) in cases.enumerated() {
                        outcomes.append(run(c, index: n + 1, file: source.path, defaultLevel: nil, defaultAppendix: nil, worker: worker))
                    }
                }
            }
        }
        let owners: [(RuleSource, String?, Int?, LoadedRule?)] =
            set.levels.sorted(by: { $0.key < $1.key }).map { ($0.value, $0.key, nil, worker.levelRules[$0.key]) }
            + set.appendices.sorted(by: { $0.key < $1.key }).map { ($0.value, nil, $0.key, worker.appendixRules[$0.key]) }
        for (source, level, appendix, rule) in owners {
            guard let rule, rule.fields.contains("examples") else { continue }
            switch worker.host.field(rule, "examples") {
            case .failure(let d): loadFailures.append(d)
            case .success(let value):
                for (n, c) in (value.arrayValue ?? []).enumerated() {
                    outcomes.append(run(c, index: n + 1, file: source.path, defaultLevel: level, defaultAppendix: appendix, worker: worker))
                }
            }
        }
        if !loadFailures.isEmpty { throw DiagnosticError(loadFailures) }
        return outcomes
    }

    static func run(_ c: LuaValue, index: Int, file: String, defaultLevel: String?, defaultAppendix: Int?, worker: RuleWorker) -> Outcome {
        let name = c["name"].stringValue ?? "case \(index)"
        let place = c["file"].stringValue ?? file
        let line = c["line"].doubleValue.map { Int($0) }
        var outcome = Outcome(file: place, line: line, name: name, problems: [])
        let level = c["level"].stringValue ?? defaultLevel ?? ""
        let expect = c["expect"].mapValue ?? [:]
        if case .map(let columns) = c["comment"] {
            guard worker.levelRules[level] != nil else {
                outcome.problems.append("no rule file for level “\(level)” (give level = \"thcs\" or another level code)")
                return outcome
            }
            var fields: [String: String] = [:]
            for (k, v) in columns { if let s = v.stringValue, !s.isEmpty { fields[k] = s } }
            let comment = Comment(id: "\(level)/test/\(line ?? index)", source: SourceLocation(file: place, line: line), level: level, cluster: "test", fields: fields, extras: [:])
            let annotation = worker.annotate(comment)
            if let failure = annotation.failure { outcome.problems.append("rule error: " + failure.description) }
            outcome.problems += compare(annotation.labels, expect)
        } else if case .map(let rowValues) = c["row"] {
            let n = c["appendix"].doubleValue.map { Int($0) } ?? defaultAppendix ?? 0
            var values: [String: CellValue] = [:]
            for (k, v) in rowValues {
                switch v {
                case .string(let s): values[k] = .text(s)
                case .integer(let i): values[k] = .number(Double(i))
                case .number(let d): values[k] = .number(d)
                case .bool(let b): values[k] = .bool(b)
                default: break
                }
            }
            let institution = rowValues["ma_truong"]?.stringValue ?? "TEST"
            let row = AppendixRow(appendix: n, id: "\(level)/test/PL\(n)/\(line ?? index)", source: SourceLocation(file: place, line: line), level: level, cluster: "test", institution: institution, values: AppendixValues(values), extras: [:])
            let (finding, failure) = worker.check(row)
            if let failure { outcome.problems.append("rule error: " + failure.description) }
            let codes = finding.flags.map(\.code)
            for wanted in (expect["flags"]?.arrayValue ?? []).compactMap(\.stringValue) where !codes.contains(wanted) {
                outcome.problems.append("flag \(wanted) expected, got \(codes.isEmpty ? "none" : codes.joined(separator: ", "))")
            }
            for unwanted in (expect["no_flags"]?.arrayValue ?? []).compactMap(\.stringValue) where codes.contains(unwanted) {
                outcome.problems.append("flag \(unwanted) not expected")
            }
        } else {
            outcome.problems.append("a case needs `comment = { ... }` or `row = { ... }`")
        }
        return outcome
    }

    /// Compares the labels with the expected fields (only the fields given are checked; `false`
    /// for `area`, `six_clear` or `target_proposal` means "none").
    static func compare(_ labels: Labels, _ expect: [String: LuaValue]) -> [String] {
        var problems: [String] = []
        func check(_ field: String, _ got: String?) {
            guard let want = expect[field] else { return }
            let wanted: String? = want == .bool(false) ? nil : (want.stringValue ?? want.brief)
            if wanted != got { problems.append("\(field) expected \(wanted ?? "nil"), got \(got ?? "nil")") }
        }
        check("group", labels.group)
        check("area", labels.area)
        check("stance", labels.stance)
        for (field, got) in [("has_data", labels.hasData), ("has_evidence", labels.hasEvidence), ("generic", labels.generic)] {
            if let want = expect[field]?.boolValue, want != got {
                problems.append("\(field) expected \(want), got \(got.map { String($0) } ?? "nil")")
            }
        }
        if let want = expect["refs"]?.arrayValue {
            let wanted = want.compactMap(\.stringValue)
            if Set(wanted) != Set(labels.refs) {
                problems.append("refs expected {\(wanted.joined(separator: ", "))}, got {\(labels.refs.joined(separator: ", "))}")
            }
        }
        for (field, got) in [("six_clear", labels.sixClear), ("target_proposal", labels.targetProposal)] {
            guard let want = expect[field] else { continue }
            if want == .bool(false) {
                if got != nil { problems.append("\(field) expected none, got \(got!.missing.isEmpty ? "complete" : "missing " + got!.missing.joined(separator: ", "))") }
                continue
            }
            guard let got else {
                problems.append("\(field) expected, got none")
                continue
            }
            for (key, value) in (want.mapValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                let actual: Bool? = key == "complete" ? got.complete : got.elements.first { $0.0 == key }?.1
                if value.boolValue != actual {
                    problems.append("\(field).\(key) expected \(value.brief), got \(actual.map { String($0) } ?? "nil")")
                }
            }
        }
        let codes = labels.flags.map(\.code)
        for wanted in (expect["flags"]?.arrayValue ?? []).compactMap(\.stringValue) where !codes.contains(wanted) {
            problems.append("flag \(wanted) expected, got \(codes.isEmpty ? "none" : codes.joined(separator: ", "))")
        }
        return problems
    }
}
