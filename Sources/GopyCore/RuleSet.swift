import Diagnostics
import Foundation
import LuaBridge

/// The rule files of a rules folder, read from disk once and shared by every worker.
///
/// Layout: `levels/<level>.lua` (one per level code), `appendices/phu-luc-<n>.lua`,
/// `lib/<name>.lua` (shared helpers, reached with `require("name")`), `tests/*.lua`, and
/// `plan.lua` (feasibility of each indicator, agreement across clusters).
public struct RuleSet: Sendable {
    /// The folder as the user named it (`Rules`).
    public var root: String
    /// Level rule files by level code.
    public var levels: [String: RuleSource]
    /// Appendix rule files by appendix number.
    public var appendices: [Int: RuleSource]
    /// Helper modules by module name.
    public var libraries: [String: RuleSource]
    /// Rule test files.
    public var tests: [RuleSource]
    /// `plan.lua`: the plan-wide judgement (indicator feasibility, agreement across clusters).
    public var plan: RuleSource?

    /// The hooks each kind of rule file may define; anything else is reported by `rules check`.
    public static let levelHooks: Set<String> = ["classify"]
    /// Hooks of appendix rule files.
    public static let appendixHooks: Set<String> = ["check_row"]
    /// Hooks of `plan.lua`.
    public static let planHooks: Set<String> = ["score_indicator", "agreement"]

    /// Reads every `.lua` file under `root`.
    public static func load(_ root: String) throws(DiagnosticError) -> RuleSet {
        let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.error, code: "rules.missing", "no rules folder here (expected levels/, appendices/ and lib/ with .lua files); give one with --rules", at: SourceLocation(file: base)))
        }
        func files(_ sub: String) -> [(String, String)] {
            let folder = base + "/" + sub
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".lua") }.sorted()
            return names.map { (String($0.dropLast(4)), folder + "/" + $0) }
        }
        var diagnostics: [Diagnostic] = []
        func read(_ path: String) -> RuleSource? {
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(.error, code: "rules.unreadable", "cannot read the rule file", at: SourceLocation(file: path)))
                return nil
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, code: "rules.encoding", "the rule file is not UTF-8 text: save it as UTF-8", at: SourceLocation(file: path)))
                return nil
            }
            return RuleSource(path: path, text: text)
        }
        var set = RuleSet(root: base, levels: [:], appendices: [:], libraries: [:], tests: [], plan: nil)
        if FileManager.default.fileExists(atPath: base + "/plan.lua") { set.plan = read(base + "/plan.lua") }
        for (name, path) in files("levels") { set.levels[name] = read(path) }
        for (name, path) in files("appendices") {
            guard name.hasPrefix("phu-luc-"), let n = Int(name.dropFirst(8)), (1...4).contains(n) else {
                diagnostics.append(Diagnostic(.warning, code: "rules.unknown-file", "appendix rule files are named phu-luc-1.lua … phu-luc-4.lua; this one is not used", at: SourceLocation(file: path)))
                continue
            }
            set.appendices[n] = read(path)
        }
        for (name, path) in files("lib") { set.libraries[name] = read(path) }
        for (_, path) in files("tests") { if let t = read(path) { set.tests.append(t) } }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return set
    }
}
