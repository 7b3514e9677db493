import Diagnostics

/// The synthesis of a run: every figure the reports show, as data (`summary.json`).
public struct Summary: Sendable {
    public var json: JSON

    /// Builds the summary from the dataset, the annotations and the appendix findings.
    static func build(dataset: Dataset, annotations: [Annotation], findings: [RowFinding], synthesis: Synthesis.Output, ruleErrors: Int, rulesRoot: String) -> Summary {
        func counts(_ values: [String?], order: [String]) -> JSON {
            var tally: [String: Int] = [:]
            for v in values { tally[v ?? "null", default: 0] += 1 }
            let keys = order + ["null"]
            return .object(keys.compactMap { key in tally[key].map { (key, JSON.int($0)) } })
        }
        func block(_ items: [Annotation]) -> JSON {
            let n = items.count
            let generic = items.filter { $0.labels.generic == true }.count
            let withData = items.filter { $0.labels.hasData == true }.count
            let withEvidence = items.filter { $0.labels.hasEvidence == true }.count
            let proposals = items.compactMap(\.labels.sixClear)
            let targets = items.compactMap(\.labels.targetProposal)
            func share(_ k: Int) -> JSON { n == 0 ? .null : .double((Double(k) / Double(n) * 1000).rounded() / 1000) }
            return .obj([
                "comments": .int(n),
                "by_group": counts(items.map(\.labels.group), order: LabelCodes.groups),
                "by_area": counts(items.map(\.labels.area), order: LabelCodes.areas),
                "by_stance": counts(items.map(\.labels.stance), order: LabelCodes.stances),
                "generic": .int(generic), "generic_share": share(generic),
                "with_data": .int(withData), "with_data_share": share(withData),
                "with_evidence": .int(withEvidence), "with_evidence_share": share(withEvidence),
                "solution_proposals": .obj(["total": .int(proposals.count), "complete": .int(proposals.filter(\.complete).count)]),
                "target_proposals": .obj(["total": .int(targets.count), "complete": .int(targets.filter(\.complete).count)]),
                "rule_errors": .int(items.filter { $0.failure != nil }.count),
            ])
        }
        // Positions, not copies: each level's or cluster's annotations are gathered when its
        // block is made.
        var byLevelPositions: [String: [Int]] = [:]
        var byClusterPositions: [String: [Int]] = [:]
        for (i, a) in annotations.enumerated() {
            byLevelPositions[a.comment.level, default: []].append(i)
            byClusterPositions[a.comment.cluster, default: []].append(i)
        }
        func of(_ positions: [Int]?) -> [Annotation] { (positions ?? []).map { annotations[$0] } }
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
            "all": block(annotations),
            "levels": .array(levels),
            "clusters": .array(clusters),
            "sector": .object(SummarySections.sector(dataset: dataset, annotations: annotations, synthesis: synthesis)),
            "indicators": .array(synthesis.indicators),
            "tasks": .array(synthesis.tasks),
            "dossiers": .array(dossiers),
            "files": .array(files),
            "appendix_findings": .obj([
                "rows_checked": .int(findings.count),
                "rows_flagged": .int(flagged.count),
                "items": .array(flagged.map(\.json)),
            ]),
        ])
        return Summary(json: json)
    }
}
