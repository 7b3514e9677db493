import Diagnostics
import Foundation
import LuaBridge
import Tabular
import VietText

/// Per indicator and per task: the facts gathered from the appendices and the comments
/// (mechanics, here), handed to `Rules/plan.lua` for the judgement (feasibility, agreement).
enum Synthesis {
    static let verdicts = ["kha_thi", "kho_kha_thi", "khong_kha_thi"]
    static let heights = ["cao", "thap", "phu_hop"]
    static let agreements = ["thong_nhat", "chua_thong_nhat"]
    /// How many proposals are quoted per indicator and task.
    static let proposalLimit = 30

    /// The year of a `yyyy-mm` cut-off.
    static func year(_ cutoff: String) -> Int? { Int(cutoff.prefix(4)) }

    /// One appendix row per institution and appendix (the first cluster's, when two report it).
    /// The appendices seen are kept as bits per institution: a set of (institution, appendix)
    /// pairs for the national 212,000 rows took 19 MB at the run's peak.
    static func distinctRows(_ rows: [AppendixRow]) -> [AppendixRow] {
        var seen: [String: UInt64] = [:]
        var unusual: Set<InstitutionAppendix> = []
        func firstTime(_ appendix: Int, _ bits: inout UInt64) -> Bool {
            let bit: UInt64 = 1 << UInt64(appendix)
            defer { bits |= bit }
            return bits & bit == 0
        }
        return rows.filter { row in
            let appendix = row.appendix
            guard (0..<64).contains(appendix) else {
                return unusual.insert(InstitutionAppendix(institution: row.institution, appendix: appendix)).inserted
            }
            return firstTime(appendix, &seen[row.institution, default: 0])
        }
    }

    /// Sums and counts of every number and yes/no column, and the flags the appendix rules
    /// raised, over the institutions of some levels.
    static func appendixFacts(levels: [String], rows: [AppendixRow], findings: [AppendixRow.StorageKey: [RuleFlag]]) -> LuaValue {
        let scoped = rows.filter { levels.isEmpty || levels.contains($0.level) }
        var columns: [String: LuaValue] = [:]
        var institutions: Set<String> = []
        var projects: [String: Int] = [:]
        for n in 1...4 {
            let these = scoped.filter { $0.appendix == n }
            for column in Columns.appendices[n] ?? [] where column.kind != .text {
                var sum = 0.0, count = 0, yes = 0
                for row in these {
                    switch row.values[column.spec.key] {
                    case .number(let v)?: sum += v; count += 1
                    case .bool(let b)?: count += 1; if b { yes += 1 }
                    default: break
                    }
                }
                columns["PL\(n).\(column.spec.key)"] = ["sum": .number(sum), "count": .integer(Int64(count)), "yes": .integer(Int64(yes)), "rows": .integer(Int64(these.count))]
            }
            for row in these { institutions.insert(row.institution) }
        }
        for row in scoped where row.appendix == 3 {
            if case .text(let status)? = row.values["du_an_dau_tu"] {
                let key = VietText.matchKey(status).replacingOccurrences(of: " ", with: "_")
                projects[key, default: 0] += 1
            }
        }
        var flags: [String: Int] = [:]
        var flagged: [String: Set<String>] = [:]
        for row in scoped {
            for flag in findings[row.storageKey] ?? [] where flagged[flag.code, default: []].insert(row.institution).inserted {
                flags[flag.code, default: 0] += 1
            }
        }
        return [
            "institutions": .integer(Int64(institutions.count)),
            "columns": .map(columns),
            "projects": .map(projects.mapValues { .integer(Int64($0)) }),
            "flags": .map(flags.mapValues { .integer(Int64($0)) }),
        ]
    }

    /// What the comment at `i` says, for the agreement policy (read back from `annotations`).
    static func position(_ i: Int, in annotations: AnnotationStore) -> LuaValue {
        let a = annotations[i]
        let proposed = a.comment.fields["proposed_value"].flatMap { NumberParser.parse($0)?.value }
        return [
            "id": .string(a.comment.id), "cluster": .string(a.comment.cluster), "level": .string(a.comment.level),
            "unit": .string(a.comment["unit"]), "stance": LuaValue(a.labels.stance), "group": LuaValue(a.labels.group),
            "proposed_value": LuaValue(proposed), "text": .string(opening(a.comment.fields["text"])),
            "proposal": .string(opening(a.comment.fields["proposal"])),
            "complete": LuaValue(a.labels.targetProposal?.complete ?? a.labels.sixClear?.complete),
        ]
    }

    /// The first 400 characters of a text: the whole text when it has no more bytes than that
    /// (counting characters walks the text grapheme by grapheme).
    static func opening(_ text: String?) -> String {
        guard let text else { return "" }
        return text.utf8.count <= 400 ? text : String(text.prefix(400))
    }

    /// What each comment at `list` says, an array of `position`s, each encoded as soon as it is
    /// read back (slices of the list on every core at once): a national indicator's 20,000
    /// positions are never held as values, and the bytes serve both of the indicator's calls.
    static func encodedPositions(_ list: [Int], in annotations: AnnotationStore) -> LuaArgumentWriter.Encoded {
        LuaArgumentWriter.encodedArray(count: list.count, parts: ProcessInfo.processInfo.activeProcessorCount) { position(list[$0], in: annotations) }
    }

    struct Output {
        var indicators: [JSON] = []
        var tasks: [JSON] = []
        var diagnostics: [Diagnostic] = []
    }

    static func run(dataset: Dataset, annotations: AnnotationStore, findings: [RowFinding], worker: RuleWorker?) -> Output {
        var output = Output()
        // Each code's comments by position (once per mention, in input order); a code's list is
        // read back when its turn comes, so that a national run never holds a copy per reference.
        var positionsByCode: [String: [Int]] = [:]
        for i in annotations.indices {
            for code in annotations.digest(i).refs { positionsByCode[code, default: []].append(i) }
        }
        func comments(about code: String) -> [Int] { positionsByCode[code] ?? [] }
        let findingsByRow = Dictionary(findings.lazy.filter { !$0.flags.isEmpty }.map { ($0.row.storageKey, $0.flags) }, uniquingKeysWith: { a, _ in a })
        let rows = distinctRows(dataset.appendixRows)
        let cutoff = year(dataset.plan.dataCutoff) ?? 2025

        // The positions of a national indicator are some 20,000 comments: `write` encodes them
        // as they are read back, and the call's Lua tables are freed after it, not alongside
        // the next call's.
        func call(_ hook: String, record: String, writing write: (inout LuaArgumentWriter) -> Void) -> (LuaValue, [TraceEntry], String?)? {
            guard let worker, let rule = worker.planRule else { return nil }
            defer { worker.host.state.collectGarbage() }
            switch worker.host.invoke(rule, hook: hook, record: record, writing: write) {
            case .noHook: return nil
            case .failure(let d):
                output.diagnostics.append(d)
                return nil
            case .value(let v, let trace, let at): return (v, trace, at)
            }
        }
        func commentsJSON(_ list: [Int]) -> JSON {
            var stances: [String: Int] = [:]
            var clusters: Set<String> = [], levels: Set<String> = []
            for i in list {
                let d = annotations.digest(i)
                stances[d.stance ?? "null", default: 0] += 1
                clusters.insert(d.cluster)
                levels.insert(d.level)
            }
            return .obj([
                "total": .int(list.count),
                "by_stance": .object(LabelCodes.stances.compactMap { s in stances[s].map { (s, JSON.int($0)) } }),
                "clusters": .array(clusters.sorted().map(JSON.string)),
                "levels": .array(levels.sorted().map(JSON.string)),
            ])
        }
        // The proposals about one code, the most specific (a cell of the Excel sheet holds
        // 32,767 characters at most); `comments.total` counts them all.
        func proposalsJSON(_ list: [Int]) -> JSON {
            let proposals = list.filter { i in
                let d = annotations.digest(i)
                return d.hasTargetProposal || d.hasSixClear
            }
            return .array(annotations.mostSpecific(proposals, limit: proposalLimit).compactMap { i -> JSON? in
                let a = annotations[i]
                guard let checklist = a.labels.targetProposal ?? a.labels.sixClear else { return nil }
                return .obj([
                    "id": .string(a.comment.id), "cluster": .string(a.comment.cluster), "unit": .string(a.comment["unit"]),
                    "stance": .str(a.labels.stance), "proposed_value": .str(a.comment.fields["proposed_value"]),
                    "text": .string(a.comment["proposal"].isEmpty ? a.comment["text"] : a.comment["proposal"]),
                    "complete": .bool(checklist.complete), "missing": .array(checklist.missing.map(JSON.string)),
                ])
            })
        }
        func agreementJSON(kind: String, code: String, name: String, list: [Int], positions: LuaArgumentWriter.Encoded?) -> JSON {
            guard !list.isEmpty, let (value, _, at) = call("agreement", record: code, writing: { writer in
                writer.append(["kind": .string(kind), "code": .string(code), "name": .string(name)])
                writer.append(positions ?? encodedPositions(list, in: annotations))
            }) else {
                return .null
            }
            var validator = LabelValidator(hook: "agreement")
            let status = validator.code(value["status"], "status", agreements)
            if !validator.problems.isEmpty {
                output.diagnostics.append(Diagnostic(.error, code: "rule.result-shape", validator.problems.joined(separator: "; "), at: RuleWorker.location(at), record: code))
            }
            var pairs: [(String, JSON)] = [("status", .str(status))]
            if let summary = value["summary"].stringValue { pairs.append(("summary", .string(summary))) }
            if case .array(let items) = value["positions"] { pairs.append(("positions", JSON(lua: .array(items)))) }
            return .object(pairs)
        }

        // Indicators of the same levels share their appendix facts: worked out once per set of levels.
        var factsByLevels: [[String]: LuaValue] = [:]
        for indicator in dataset.indicators {
            let list = comments(about: indicator.code)
            let stated = encodedPositions(list, in: annotations)
            let appendix = factsByLevels[indicator.levels] ?? appendixFacts(levels: indicator.levels, rows: rows, findings: findingsByRow)
            factsByLevels[indicator.levels] = appendix
            let target = indicator.target2030
            let years = Double(max(1, 2030 - cutoff))
            let needed = (target != nil && indicator.baseline != nil) ? (target! - indicator.baseline!) / years : nil
            var historical: Double?
            if let first = indicator.history.first, let last = indicator.history.last, last.year > first.year {
                historical = (last.value - first.value) / Double(last.year - first.year)
            }
            let facts: [String: LuaValue] = [
                "cutoff_year": .integer(Int64(cutoff)), "target_year": 2030,
                "needed_per_year": LuaValue(needed), "historical_per_year": LuaValue(historical),
                "history_from": LuaValue(indicator.history.first?.year), "history_to": LuaValue(indicator.history.last?.year),
                "appendix": appendix,
                "comments": .integer(Int64(list.count)),
            ]
            var pairs: [(String, JSON)] = [
                ("code", .string(indicator.code)), ("group", .int(indicator.group)), ("name", .string(indicator.name)),
                ("unit", .string(indicator.unit)), ("levels", .array(indicator.levels.map(JSON.string))),
                ("direction", .string(indicator.direction)), ("baseline", .num(indicator.baseline)),
                ("target_2030", .num(target)), ("target_2045", .num(indicator.target2045)),
                ("needed_per_year", .num(needed.map { ($0 * 1000).rounded() / 1000 })),
                ("historical_per_year", .num(historical.map { ($0 * 1000).rounded() / 1000 })),
            ]
            let scored = call("score_indicator", record: indicator.code) { writer in
                writer.append(HostLibrary.indicator(indicator))
                writer.appendMap(facts, key: "positions") { $0.append(stated) }
            }
            if let (value, trace, at) = scored {
                var validator = LabelValidator(hook: "score_indicator")
                var score: Double?
                if let s = value["score"].doubleValue, s >= 0, s <= 100 {
                    score = (s * 10).rounded() / 10
                } else if !value["score"].isNil {
                    validator.problems.append("score_indicator returned score = \(value["score"].brief), expected a number from 0 to 100")
                }
                let verdict = validator.code(value["verdict"], "verdict", verdicts)
                let height = validator.code(value["height"], "height", heights)
                let reasons = (value["reasons"].arrayValue ?? []).compactMap(\.stringValue)
                if !validator.problems.isEmpty {
                    output.diagnostics.append(Diagnostic(.error, code: "rule.result-shape", validator.problems.joined(separator: "; "), at: RuleWorker.location(at), record: indicator.code))
                }
                pairs += [
                    ("factors", JSON(lua: value["factors"])), ("score", .num(score)), ("verdict", .str(verdict)), ("height", .str(height)),
                    ("reasons", .array(reasons.map(JSON.string))),
                    ("trace", .array(trace.map { .obj(["field": .string($0.field), "rule": .str($0.at), "why": .string($0.why)]) })),
                ]
            } else {
                pairs += [("factors", .null), ("score", .null), ("verdict", .null), ("height", .null), ("reasons", .array([])), ("trace", .array([]))]
            }
            pairs += [
                ("comments", commentsJSON(list)), ("proposals", proposalsJSON(list)),
                ("agreement", agreementJSON(kind: "indicator", code: indicator.code, name: indicator.name, list: list, positions: stated)),
            ]
            output.indicators.append(.object(pairs))
        }
        for task in dataset.tasks {
            let list = comments(about: task.code)
            output.tasks.append(.obj([
                "code": .string(task.code), "group": .int(task.group), "group_name": .string(task.groupName), "name": .string(task.name),
                "lead": .string(task.lead), "timeline": .string(task.timeline),
                "comments": commentsJSON(list), "proposals": proposalsJSON(list),
                "key_solution": .int(list.filter { annotations.digest($0).stance == "dong_y" }.count),
                "agreement": agreementJSON(kind: "task", code: task.code, name: task.name, list: list, positions: nil),
            ]))
        }
        return output
    }
}
