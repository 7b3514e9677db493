import Diagnostics
import LuaBridge

/// `gopy explain`: every decision the rules made about one record, with the rule file and line
/// that made it, for an analyst asking "why did gopy say that?".
public enum Explain {
    /// Runs the rules on the record `id` (a comment `thcs/cum-03/17` or an appendix row
    /// `thcs/cum-03/PL3/5`) and returns the explanation as lines of text.
    public static func run(dataset path: String, id: String, rules root: String, limits: LuaLimits) throws(DiagnosticError) -> [String] {
        let dataset = try DatasetLoader().load(path)
        let set = try RuleSet.load(root)
        let worker = try RuleWorker(rules: set, limits: limits, library: HostLibrary(dataset: dataset))
        if let comment = dataset.comments.first(where: { $0.id == id }) {
            let annotation = worker.annotate(comment)
            var lines = ["\(comment.id)  \(comment.source.rendered)", "rule file: \(set.levels[comment.level]?.path ?? "(none for level \(comment.level))")", ""]
            for key in Columns.commentContentKeys + ["unit"] {
                if let value = comment.fields[key] { lines.append("  \(key): \(value)") }
            }
            lines.append("")
            let l = annotation.labels
            let decided: [(String, String)] = [
                ("group", l.group ?? "null"), ("area", l.area ?? "null"), ("appendix", l.appendix.map(String.init) ?? "null"),
                ("refs", l.refs.isEmpty ? "[]" : l.refs.joined(separator: ", ")), ("stance", l.stance ?? "null"),
                ("has_data", l.hasData.map { String($0) } ?? "null"), ("has_evidence", l.hasEvidence.map { String($0) } ?? "null"),
                ("generic", l.generic.map { String($0) } ?? "null"),
                ("six_clear", l.sixClear.map { $0.complete ? "complete" : "missing " + $0.missing.joined(separator: ", ") } ?? "null"),
                ("target_proposal", l.targetProposal.map { $0.complete ? "complete" : "missing " + $0.missing.joined(separator: ", ") } ?? "null"),
            ]
            for (field, value) in decided {
                lines.append("\(field) = \(value)")
                for entry in annotation.trace where entry.field == field {
                    lines.append("    \(entry.at ?? "?")\(entry.why.isEmpty ? "" : "  " + entry.why)")
                }
                if field == "appendix" { lines.append("    (follows from area, FORMATS.md)") }
            }
            for flag in l.flags { lines.append("flag \(flag.code) [\(flag.severity.rawValue)]: \(flag.message)") }
            if let failure = annotation.failure { lines.append("error: \(failure.description)") }
            return lines
        }
        if let row = dataset.appendixRows.first(where: { $0.id == id }) {
            let (finding, failure) = worker.check(row)
            var lines = ["\(row.id)  \(row.source.rendered)", "rule file: \(set.appendices[row.appendix]?.path ?? "(none for appendix \(row.appendix))")", ""]
            for (key, value) in row.values.sorted(by: { $0.key < $1.key }) { lines.append("  \(key): \(CrossChecks.describe(value))") }
            lines.append("")
            if finding.flags.isEmpty { lines.append("no flags") }
            for flag in finding.flags { lines.append("flag \(flag.code) [\(flag.severity.rawValue)]: \(flag.message)") }
            for entry in finding.trace { lines.append("    \(entry.at ?? "?")  \(entry.why)") }
            if let failure { lines.append("error: \(failure.description)") }
            return lines
        }
        let near = dataset.comments.map(\.id).filter { $0.hasPrefix(id.split(separator: "/").prefix(2).joined(separator: "/")) }.prefix(5)
        throw DiagnosticError(Diagnostic(.error, code: "explain.unknown-id", "no comment or appendix row with id \(id) in \(path)" + (near.isEmpty ? "" : "; ids nearby: " + near.joined(separator: ", "))))
    }
}
