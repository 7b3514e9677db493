import Diagnostics
import Foundation
import TOMLKit

/// A TOML document converted at once into plain Swift values, so that nothing of the parser
/// (which is not Sendable) outlives the read.
indirect enum TomlValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case day(Day)
    case moment(Moment)
    case localTime(String)
    case array([TomlValue])
    case table([String: TomlValue])

    init(_ value: TOMLValueConvertible) {
        if let s = value.string { self = .string(s); return }
        if let i = value.int { self = .int(i); return }
        if let d = value.double { self = .double(d); return }
        if let b = value.bool { self = .bool(b); return }
        if let d = value.date { self = .day(Day(year: d.year, month: d.month, day: d.day)); return }
        if let dt = value.dateTime {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0)!
            let components = DateComponents(
                year: dt.date.year, month: dt.date.month, day: dt.date.day,
                hour: dt.time.hour, minute: dt.time.minute, second: dt.time.second)
            let local = Int(calendar.date(from: components)?.timeIntervalSince1970 ?? 0)
            // A date-time without an offset is read as Vietnam time: that is what the plan means.
            let offset = dt.offset?.offset ?? 7 * 60
            self = .moment(Moment(epochSeconds: local - offset * 60, offsetMinutes: offset))
            return
        }
        if let t = value.time { self = .localTime(String(format: "%02d:%02d:%02d", t.hour, t.minute, t.second)); return }
        if let a = value.array { self = .array(a.map { TomlValue($0) }); return }
        if let t = value.table {
            var out: [String: TomlValue] = [:]
            for (k, v) in t { out[k] = TomlValue(v) }
            self = .table(out)
            return
        }
        self = .string("")
    }

    subscript(key: String) -> TomlValue? {
        if case .table(let t) = self { return t[key] }
        return nil
    }

    var string: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .day(let d): return d.description
        default: return nil
        }
    }

    var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded(): return Int(d)
        default: return nil
        }
    }

    var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    var array: [TomlValue] {
        if case .array(let a) = self { return a }
        return []
    }

    var strings: [String] { array.compactMap(\.string) }

    var typeName: String {
        switch self {
        case .string: return "text"
        case .int, .double: return "a number"
        case .bool: return "true/false"
        case .day: return "a date"
        case .moment: return "a date and time"
        case .localTime: return "a time"
        case .array: return "a list"
        case .table: return "a table"
        }
    }

    /// Parses TOML text; a syntax error becomes a diagnostic at its line and column.
    static func parse(_ text: String, file: String) throws(DiagnosticError) -> TomlValue {
        do {
            let table = try TOMLTable(string: text)
            return TomlValue(table)
        } catch let error as TOMLParseError {
            throw DiagnosticError(Diagnostic(
                .error, code: "toml.syntax",
                "not valid TOML: \(error.description) (column \(error.source.begin.column))",
                at: SourceLocation(file: file, line: error.source.begin.line)))
        } catch {
            throw DiagnosticError(Diagnostic(.error, code: "toml.syntax", "not valid TOML: \(error)", at: SourceLocation(file: file)))
        }
    }
}

/// Reads typed fields out of a TOML table and records a diagnostic for every field that is
/// missing or of the wrong type, so that one pass reports every problem of a manifest.
struct TomlReader {
    let table: TomlValue
    let file: String
    let context: String
    var diagnostics: [Diagnostic] = []

    init(_ table: TomlValue, file: String, context: String = "") {
        self.table = table
        self.file = file
        self.context = context
    }

    private mutating func problem(_ key: String, _ message: String, severity: Severity = .error) {
        let name = context.isEmpty ? key : context + "." + key
        diagnostics.append(Diagnostic(severity, code: "manifest.field", "`\(name)` \(message)", at: SourceLocation(file: file)))
    }

    mutating func string(_ key: String, required: Bool = true) -> String? {
        guard let value = table[key] else {
            if required { problem(key, "is missing") }
            return nil
        }
        guard let s = value.string else {
            problem(key, "should be text, found \(value.typeName)")
            return nil
        }
        return s
    }

    mutating func int(_ key: String, required: Bool = true) -> Int? {
        guard let value = table[key] else {
            if required { problem(key, "is missing") }
            return nil
        }
        guard let i = value.int else {
            problem(key, "should be a whole number, found \(value.typeName)")
            return nil
        }
        return i
    }

    mutating func double(_ key: String) -> Double? {
        guard let value = table[key] else { return nil }
        guard let d = value.double else {
            problem(key, "should be a number, found \(value.typeName)")
            return nil
        }
        return d
    }

    mutating func day(_ key: String, required: Bool = true) -> Day? {
        guard let value = table[key] else {
            if required { problem(key, "is missing (write it as 2026-02-03)") }
            return nil
        }
        switch value {
        case .day(let d): return d
        case .moment(let m):
            let s = m.description
            return Day(year: Int(s.prefix(4))!, month: Int(s.dropFirst(5).prefix(2))!, day: Int(s.dropFirst(8).prefix(2))!)
        case .string(let s):
            if let d = Manifests.parseDay(s) { return d }
            problem(key, "is not a date: \"\(s)\" (write it as 2026-02-03)")
            return nil
        default:
            problem(key, "should be a date, found \(value.typeName)")
            return nil
        }
    }

    mutating func moment(_ key: String, required: Bool = true) -> Moment? {
        guard let value = table[key] else {
            if required { problem(key, "is missing (write it as 2026-02-06T17:00:00+07:00)") }
            return nil
        }
        switch value {
        case .moment(let m): return m
        case .day(let d):
            // A bare date is read as the end of that day, Vietnam time: the most lenient reading.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
            let date = calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 23, minute: 59, second: 59))!
            return Moment(epochSeconds: Int(date.timeIntervalSince1970), offsetMinutes: 7 * 60)
        default:
            problem(key, "should be a date and time such as 2026-02-06T17:00:00+07:00, found \(value.typeName)")
            return nil
        }
    }

    func strings(_ key: String) -> [String] { table[key]?.strings ?? [] }
}

/// Loading of `ke-hoach.toml` and `ho-so.toml`.
public enum Manifests {
    static func parseDay(_ s: String) -> Day? {
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[0] > 1000 { return Day(year: parts[0], month: parts[1], day: parts[2]) }
        if parts[2] > 1000 { return Day(year: parts[2], month: parts[1], day: parts[0]) }
        return nil
    }

    /// Reads the plan. Throws when it cannot be used at all; otherwise returns it with findings.
    public static func loadPlan(text: String, file: String) throws(DiagnosticError) -> (Plan, [Diagnostic]) {
        let root = try TomlValue.parse(text, file: file)
        var r = TomlReader(root, file: file)
        let title = r.string("title", required: false) ?? "Kế hoạch"
        let cutoff = r.string("data_cutoff") ?? ""
        var cal = TomlReader(root["calendar"] ?? .table([:]), file: file, context: "calendar")
        let from = cal.day("workshops_from")
        let to = cal.day("workshops_to")
        let deadline = cal.moment("cluster_deadline")
        let levelDeadline = cal.day("level_report_deadline")
        var cat = TomlReader(root["catalogue"] ?? .table([:]), file: file, context: "catalogue")
        let expected = (cat.int("indicator_groups", required: false), cat.int("indicators", required: false),
                        cat.int("task_groups", required: false), cat.int("tasks", required: false))

        var diagnostics: [Diagnostic] = []
        var divisions: [Division] = []
        for (n, entry) in (root["divisions"]?.array ?? []).enumerated() {
            var d = TomlReader(entry, file: file, context: "divisions[\(n + 1)]")
            if let code = d.string("code") {
                divisions.append(Division(code: code, name: d.string("name", required: false) ?? code, levels: d.strings("levels")))
            }
            diagnostics += d.diagnostics
        }
        var levels: [Level] = []
        for (n, entry) in (root["levels"]?.array ?? []).enumerated() {
            var l = TomlReader(entry, file: file, context: "levels[\(n + 1)]")
            if let code = l.string("code") {
                let division = l.string("division", required: false) ?? divisions.first(where: { $0.levels.contains(code) })?.code ?? ""
                if division.isEmpty {
                    diagnostics.append(Diagnostic(.warning, code: "plan.level-division", "level `\(code)` belongs to no division: add it to a [[divisions]] levels list", at: SourceLocation(file: file)))
                }
                levels.append(Level(code: code, name: l.string("name", required: false) ?? code, division: division, classSizeNorm: l.double("class_size_norm")))
            }
            diagnostics += l.diagnostics
        }
        if levels.isEmpty {
            diagnostics.append(Diagnostic(.error, code: "plan.levels", "the plan declares no [[levels]]: add one table per school level (code, name, division)", at: SourceLocation(file: file)))
        }
        var parts: [DossierPart] = []
        for (n, entry) in (root["dossier"]?["parts"]?.array ?? []).enumerated() {
            var p = TomlReader(entry, file: file, context: "dossier.parts[\(n + 1)]")
            if let code = p.string("code") {
                let formats = (entry["formats"]?.array ?? []).map { $0.strings.map { $0.lowercased() } }.filter { !$0.isEmpty }
                parts.append(DossierPart(code: code, name: p.string("name", required: false) ?? code, files: p.strings("files"), formats: formats))
            }
            diagnostics += p.diagnostics
        }
        diagnostics = r.diagnostics + cal.diagnostics + cat.diagnostics + diagnostics
        guard let from, let to, let deadline, let levelDeadline else {
            throw DiagnosticError(diagnostics)
        }
        let plan = Plan(
            title: title, dataCutoff: cutoff, workshopsFrom: from, workshopsTo: to, clusterDeadline: deadline,
            levelReportDeadline: levelDeadline,
            expectedIndicatorGroups: expected.0, expectedIndicators: expected.1, expectedTaskGroups: expected.2, expectedTasks: expected.3,
            divisions: divisions, levels: levels, dossierParts: parts)
        return (plan, diagnostics)
    }

    /// Reads a cluster manifest; `folder` is the cluster's folder relative to the dataset.
    public static func loadCluster(text: String, file: String, folder: String, files: [String]) throws(DiagnosticError) -> (Cluster, [Diagnostic]) {
        let root = try TomlValue.parse(text, file: file)
        var r = TomlReader(root, file: file)
        let folderName = folder.split(separator: "/").last.map(String.init) ?? folder
        let code = r.string("code") ?? folderName
        let level = r.string("level") ?? ""
        let cluster = Cluster(
            code: code, name: r.string("name", required: false) ?? code, level: level,
            host: r.string("host", required: false) ?? "",
            workshopDate: r.day("workshop_date"), receivedAt: r.moment("received_at"),
            dataCutoff: r.string("data_cutoff"), communes: r.strings("communes"),
            folder: folder, files: files)
        var diagnostics = r.diagnostics
        if code != folderName {
            diagnostics.append(Diagnostic(.warning, code: "cluster.code", "the cluster code `\(code)` differs from its folder name `\(folderName)`; comment ids use the code", at: SourceLocation(file: file)))
        }
        guard !level.isEmpty else { throw DiagnosticError(diagnostics) }
        return (cluster, diagnostics)
    }
}
