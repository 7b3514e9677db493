import Diagnostics
import LuaBridge

/// `gopy rules check`: loads every rule file without data and checks what each returns.
public enum RuleCheck {
    /// The outcome: how many files were looked at and what was found.
    public struct Report: Sendable {
        public var files: Int
        public var diagnostics: [Diagnostic]
    }

    /// Loads the rules folder and reports load errors, unknown hooks and files without hooks.
    public static func run(rules root: String, limits: LuaLimits) -> Report {
        let rules: RuleSet
        do {
            rules = try RuleSet.load(root)
        } catch {
            return Report(files: 0, diagnostics: error.diagnostics)
        }
        let fileCount = rules.levels.count + rules.appendices.count + rules.libraries.count + (rules.plan == nil ? 0 : 1)
        let host: RuleHost
        do {
            host = try RuleHost(libraries: rules.libraries, limits: limits, hostFunctions: HostLibrary().functions)
        } catch {
            return Report(files: fileCount, diagnostics: error.diagnostics)
        }
        var diagnostics: [Diagnostic] = []
        let kinds: [(RuleSource, Set<String>)] =
            rules.levels.sorted(by: { $0.key < $1.key }).map { ($0.value, RuleSet.levelHooks) }
            + rules.appendices.sorted(by: { $0.key < $1.key }).map { ($0.value, RuleSet.appendixHooks) }
            + (rules.plan.map { [($0, RuleSet.planHooks)] } ?? [])
        for (source, allowed) in kinds {
            switch host.load(source) {
            case .failure(let d):
                diagnostics.append(d)
            case .success(let rule):
                for hook in rule.hooks.sorted() where !allowed.contains(hook) {
                    diagnostics.append(Diagnostic(.warning, code: "rules.unknown-hook", "`\(hook)` is not a hook gopy calls (this kind of file may define: \(allowed.sorted().joined(separator: ", "))); a misspelt name?", at: SourceLocation(file: source.path)))
                }
                if rule.hooks.isDisjoint(with: allowed) {
                    diagnostics.append(Diagnostic(.warning, code: "rules.no-hooks", "the file defines none of \(allowed.sorted().joined(separator: ", ")): it has no effect", at: SourceLocation(file: source.path)))
                }
            }
        }
        // A library that fails to load is found when a rule requires it; load each once more
        // on its own so that an unused library's errors show too.
        for (name, source) in rules.libraries.sorted(by: { $0.key < $1.key }) {
            let probe = RuleSource(path: source.path + "#require", text: "return { probe = require(\"\(name)\") and nil }")
            if case .failure(let d) = host.load(probe) { diagnostics.append(d) }
        }
        return Report(files: fileCount, diagnostics: diagnostics)
    }
}
