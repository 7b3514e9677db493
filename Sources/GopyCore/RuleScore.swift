import Diagnostics
import Foundation
import LuaBridge

/// `gopy rules score`: measures the rules against a labelled set of comments (JSON Lines with
/// the input columns and an `expect` object of labels), per label, against the bars the rule
/// set must reach.
public enum RuleScore {
    /// One measured label.
    public struct Metric: Sendable {
        public var name: String
        public var value: Double
        /// The minimum the default rules must reach, when there is one.
        public var bar: Double?
        /// How many cases the figure is over.
        public var cases: Int
        public var passes: Bool { bar.map { value >= $0 } ?? true }
    }

    /// A case where the rules and the label disagree.
    public struct Miss: Sendable {
        public var id: String
        public var field: String
        public var expected: String
        public var got: String
        public var text: String
    }

    /// The outcome.
    public struct Report: Sendable {
        public var metrics: [Metric]
        public var misses: [Miss]
        public var ruleErrors: [Diagnostic]
        public var passes: Bool { metrics.allSatisfy(\.passes) && ruleErrors.isEmpty }
    }

    /// Counts agreements per label.
    struct Tally {
        var correct: [String: Int] = [:]
        var total: [String: Int] = [:]
        var misses: [Miss] = []
        var tp = 0, fp = 0, fn = 0

        static func show(_ value: Any?) -> String {
            switch value {
            case let s as String: return s
            case let b as Bool: return b ? "true" : "false"
            case let a as [Any]: return a.map { show($0) }.joined(separator: ",")
            default: return "null"
            }
        }

        mutating func count(_ field: String, _ expected: String, _ got: String, _ comment: Comment) {
            total[field, default: 0] += 1
            if expected == got {
                correct[field, default: 0] += 1
            } else {
                misses.append(Miss(id: comment.id, field: field, expected: expected, got: got, text: comment["text"].isEmpty ? comment["proposal"] : comment["text"]))
            }
        }

        mutating func score(_ comment: Comment, labels: Labels, expect: [String: Any]) {
            let show = Tally.show
            count("group", show(expect["group"]), labels.group ?? "null", comment)
            count("area", show(expect["area"]), labels.area ?? "null", comment)
            count("stance", show(expect["stance"]), labels.stance ?? "null", comment)
            count("has_data", show(expect["has_data"]), labels.hasData.map { $0 ? "true" : "false" } ?? "null", comment)
            count("has_evidence", show(expect["has_evidence"]), labels.hasEvidence.map { $0 ? "true" : "false" } ?? "null", comment)
            let expectedRefs = (expect["refs"] as? [String] ?? []).sorted()
            count("refs", expectedRefs.joined(separator: ","), labels.refs.sorted().joined(separator: ","), comment)
            let expectedGeneric = expect["generic"] as? Bool ?? false
            let gotGeneric = labels.generic ?? false
            if expectedGeneric && gotGeneric { tp += 1 } else if gotGeneric { fp += 1 } else if expectedGeneric { fn += 1 }
            count("generic", show(expectedGeneric), show(gotGeneric), comment)
            checklist("six_clear", LabelCodes.sixClear, labels.sixClear, expect, comment)
            checklist("target_proposal", LabelCodes.targetProposal, labels.targetProposal, expect, comment)
        }

        mutating func checklist(_ field: String, _ names: [String], _ got: Checklist?, _ expect: [String: Any], _ comment: Comment) {
            guard let expected = expect[field] as? [String: Any] else { return }
            for name in names {
                let value = got?.elements.first { $0.0 == name }?.1 ?? false
                count(field + "." + name, Tally.show(expected[name] as? Bool ?? false), Tally.show(value), comment)
            }
        }
    }

    static let inputKeys = ["unit", "unit_code", "location", "ref", "text", "proposal", "basis", "proposed_value", "conditions", "timeline"] + LabelCodes.sixClear

    /// Scores the rules in `rules` on the labelled file.
    public static func run(labelled path: String, rules root: String, limits: LuaLimits = .default) throws(DiagnosticError) -> Report {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(.error, code: "score.missing", "cannot read the labelled file", at: SourceLocation(file: path)))
        }
        var cases: [(Comment, [String: Any])] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let expect = object["expect"] as? [String: Any]
            else {
                throw DiagnosticError(Diagnostic(.error, code: "score.bad-line", "not a JSON object with an `expect` object", at: SourceLocation(file: path, line: n + 1)))
            }
            var fields: [String: String] = [:]
            for key in inputKeys {
                if let v = object[key] as? String, !v.isEmpty { fields[key] = v }
            }
            let id = object["id"] as? String ?? "line \(n + 1)"
            let level = object["level"] as? String ?? ""
            let comment = Comment(id: id, source: SourceLocation(file: path, line: n + 1), level: level, cluster: "", fields: fields, extras: [:])
            cases.append((comment, expect))
        }
        let set = try RuleSet.load(root)
        let worker = try RuleWorker(rules: set, limits: limits, library: HostLibrary())

        var tally = Tally()
        var ruleErrors: [Diagnostic] = []
        for (comment, expect) in cases {
            let annotation = worker.annotate(comment)
            if let failure = annotation.failure { ruleErrors.append(failure) }
            tally.score(comment, labels: annotation.labels, expect: expect)
        }
        let correct = tally.correct
        let total = tally.total
        let misses = tally.misses
        let (tp, fp, fn) = (tally.tp, tally.fp, tally.fn)
        func accuracy(_ field: String, bar: Double?) -> Metric {
            let n = total[field] ?? 0
            return Metric(name: field, value: n == 0 ? 0 : Double(correct[field] ?? 0) / Double(n), bar: bar, cases: n)
        }
        var metrics = [
            accuracy("group", bar: 0.90), accuracy("area", bar: 0.85), accuracy("stance", bar: 0.85),
            accuracy("refs", bar: 0.95), accuracy("has_data", bar: nil), accuracy("has_evidence", bar: nil),
        ]
        let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
        metrics.append(Metric(name: "generic (F1)", value: precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), bar: 0.85, cases: tp + fn))
        for name in LabelCodes.sixClear { metrics.append(accuracy("six_clear." + name, bar: 0.90)) }
        for name in LabelCodes.targetProposal { metrics.append(accuracy("target_proposal." + name, bar: 0.90)) }
        return Report(metrics: metrics, misses: misses, ruleErrors: ruleErrors)
    }
}
