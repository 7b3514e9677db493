import Diagnostics

/// The synthesis of a run: every figure the reports show, as data (`summary.json`).
public struct Summary: Sendable {
    public var json: JSON

    /// Builds the summary from the dataset, the annotations and the appendix findings (the
    /// flagged rows; every row of the dataset counts as checked).
    static func build(dataset: Dataset, annotations: AnnotationStore, findings: [RowFinding], synthesis: Synthesis.Output, ruleErrors: Int, rulesRoot: String) -> Summary {
        func counts(_ tally: [String: Int], order: [String]) -> JSON {
            let keys = order + ["null"]
            return .object(keys.compactMap { key in tally[key].map { (key, JSON.int($0)) } })
        }
        func block(_ positions: [Int]) -> JSON {
            let n = positions.count
            var groups: [String: Int] = [:], areas: [String: Int] = [:], stances: [String: Int] = [:]
            var generic = 0, withData = 0, withEvidence = 0, failed = 0
            var proposals = 0, completeProposals = 0, targets = 0, completeTargets = 0
            for i in positions {
                let d = annotations.digest(i)
                groups[d.group ?? "null", default: 0] += 1
                areas[d.area ?? "null", default: 0] += 1
                stances[d.stance ?? "null", default: 0] += 1
                if d.generic == true { generic += 1 }
                if d.hasData == true { withData += 1 }
                if d.hasEvidence == true { withEvidence += 1 }
                if d.hasSixClear { proposals += 1 }
                if d.sixClearComplete { completeProposals += 1 }
                if d.hasTargetProposal { targets += 1 }
                if d.targetProposalComplete { completeTargets += 1 }
                if d.failed { failed += 1 }
            }
            func share(_ k: Int) -> JSON { n == 0 ? .null : .double((Double(k) / Double(n) * 1000).rounded() / 1000) }
            return .obj([
                "comments": .int(n),
                "by_group": counts(groups, order: LabelCodes.groups),
                "by_area": counts(areas, order: LabelCodes.areas),
                "by_stance": counts(stances, order: LabelCodes.stances),
                "generic": .int(generic), "generic_share": share(generic),
                "with_data": .int(withData), "with_data_share": share(withData),
                "with_evidence": .int(withEvidence), "with_evidence_share": share(withEvidence),
                "solution_proposals": .obj(["total": .int(proposals), "complete": .int(completeProposals)]),
                "target_proposals": .obj(["total": .int(targets), "complete": .int(completeTargets)]),
                "rule_errors": .int(failed),
            ])
        }
        // Positions, not copies: each level's or cluster's block reads their digests.
        var byLevelPositions: [String: [Int]] = [:]
        var byClusterPositions: [String: [Int]] = [:]
        for i in annotations.indices {
            let d = annotations.digest(i)
            byLevelPositions[d.level, default: []].append(i)
            byClusterPositions[d.cluster, default: []].append(i)
        }
        func of(_ positions: [Int]?) -> [Int] { positions ?? [] }
        let levels: [JSON] = dataset.plan.levels.map { level in
            var b = block(of(byLevelPositions[level.code]))
            if case .object(var pairs) = b {
                pairs.insert(("level", .string(level.code)), at: 0)
                pairs.insert(("name", .string(level.name)), at: 1)
                pairs.insert(("division", .string(level.division)), at: 2)
                pairs.insert(("clusters", .array(dataset.clusters.filter { $0.level == level.code }.map { .string($0.code) })), at: 3)
                pairs += SummarySections.level(level.code, dataset: dataset, annotations: annotations, findings: findings, synthesis: synthesis)
                b = .object(pairs)
            }
            return b
        }
        let clusters: [JSON] = dataset.clusters.map { cluster in
            var b = block(of(byClusterPositions[cluster.code]))
            if case .object(var pairs) = b {
                pairs.insert(("cluster", .string(cluster.code)), at: 0)
                pairs.insert(("level", .string(cluster.level)), at: 1)
                b = .object(pairs)
            }
            return b
        }
        let dossiers: [JSON] = dataset.dossiers.map { d in
            .obj([
                "cluster": .string(d.cluster), "level": .string(d.level), "name": .string(d.name),
                "workshop_date": .str(d.workshopDate?.description), "received_at": .str(d.receivedAt?.description),
                "on_time": d.onTime.map(JSON.bool) ?? .null,
                "missing_parts": .array(d.missingParts.map(JSON.string)),
                "data_cutoff": .str(d.dataCutoff), "cutoff_matches": .bool(d.cutoffMatches), "level_known": .bool(d.levelKnown),
            ])
        }
        let files: [JSON] = dataset.tallies.map { t in
            .obj(["file": .string(t.file), "table": .string(t.table), "rows_read": .int(t.rowsRead), "rows_kept": .int(t.rowsKept), "rows_rejected": .int(t.rowsRejected)])
        }
        let flagged = findings.filter { !$0.flags.isEmpty }
        var flagCounts: [String: Int] = [:]
        for f in flagged { for flag in f.flags { flagCounts[flag.code, default: 0] += 1 } }
        let severities = dataset.diagnostics.reduce(into: [String: Int]()) { $0[$1.severity.rawValue, default: 0] += 1 }
        let json = JSON.obj([
            "dataset": .string(dataset.root),
            "rules": .string(rulesRoot),
            "plan": .obj([
                "title": .string(dataset.plan.title), "data_cutoff": .string(dataset.plan.dataCutoff),
                "workshops_from": .string(dataset.plan.workshopsFrom.description), "workshops_to": .string(dataset.plan.workshopsTo.description),
                "cluster_deadline": .string(dataset.plan.clusterDeadline.description),
                "level_report_deadline": .string(dataset.plan.levelReportDeadline.description),
            ]),
            "totals": .obj([
                "clusters": .int(dataset.clusters.count),
                "comments": .int(annotations.count),
                "appendix_rows": .int(dataset.appendixRows.count),
                "indicators": .int(dataset.indicators.count),
                "tasks": .int(dataset.tasks.count),
                "rows_rejected": .int(dataset.tallies.reduce(0) { $0 + $1.rowsRejected }),
                "rule_errors": .int(ruleErrors),
                "input_diagnostics": .object(Severity.allCases.reversed().map { ($0.rawValue, JSON.int(severities[$0.rawValue] ?? 0)) }),
            ]),
            "all": block(Array(annotations.indices)),
            "levels": .array(levels),
            "clusters": .array(clusters),
            "sector": .object(SummarySections.sector(dataset: dataset, annotations: annotations, synthesis: synthesis)),
            "indicators": .array(synthesis.indicators),
            "tasks": .array(synthesis.tasks),
            "dossiers": .array(dossiers),
            "files": .array(files),
            "appendix_findings": .obj([
                "rows_checked": .int(dataset.appendixRows.count),
                "rows_flagged": .int(flagged.count),
                "by_code": .object(flagCounts.keys.sorted().map { ($0, JSON.int(flagCounts[$0]!)) }),
                "file": .string("appendix-findings.jsonl"),
            ]),
        ])
        return Summary(json: json)
    }
}
