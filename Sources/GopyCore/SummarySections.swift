import Diagnostics

/// The sections of the level report and of the sector synthesis, as data: the reports render
/// these and compute nothing themselves, so every figure they show is in `summary.json`.
enum SummarySections {
    /// The areas of the current state, in the plan's order a–e.
    static let areaOrder = ["quy_mo_mang_luoi", "doi_ngu", "dat_dai", "phong_hoc", "tai_chinh", "chat_luong", "chuyen_doi_so"]

    /// How many comments a list of `summary.json` (and so the Word, web and Markdown reports)
    /// quotes at most: at national scale a level has tens of thousands of proposals, which no
    /// reader reads and no Word table holds. Counts are always over all of them, and the Excel
    /// workbook and `annotations.jsonl` list every comment.
    static let listLimit = 200
    /// The same for the comments quoted under each task.
    static let taskCommentLimit = 20
    /// The flagged appendix rows a level's summary quotes per appendix (the report shows them).
    static let findingsQuoted = 15

    static func brief(_ a: Annotation) -> JSON {
        .obj([
            "id": .string(a.comment.id), "unit": .string(a.comment["unit"]), "cluster": .string(a.comment.cluster),
            "text": .string(a.comment["text"]), "proposal": .str(a.comment.fields["proposal"]),
            "group": .str(a.labels.group), "area": .str(a.labels.area), "stance": .str(a.labels.stance),
            "refs": .array(a.labels.refs.map(JSON.string)),
            "has_data": a.labels.hasData.map(JSON.bool) ?? .null, "has_evidence": a.labels.hasEvidence.map(JSON.bool) ?? .null,
            "generic": a.labels.generic.map(JSON.bool) ?? .null, "corroboration": .str(a.labels.corroboration),
            "checks": .array(a.labels.flags.filter { $0.code == "khop_phu_luc" || $0.code == "mau_thuan_phu_luc" }.map { .string($0.message) }),
            "response": .str(a.labels.response),
        ])
    }

    static func checklist(_ a: Annotation, _ c: Checklist) -> JSON {
        var pairs: [(String, JSON)] = []
        if case .object(let b) = brief(a) { pairs = b }
        pairs.append(("elements", .object(c.elements.map { ($0.0, JSON.bool($0.1)) })))
        pairs.append(("missing", .array(c.missing.map(JSON.string))))
        pairs.append(("complete", .bool(c.complete)))
        pairs.append(("proposed_value", .str(a.comment.fields["proposed_value"])))
        return .object(pairs)
    }

    /// Indicators and tasks, each with its kind.
    static func items(_ synthesis: Synthesis.Output) -> [(String, JSON)] {
        let indicators: [(String, JSON)] = synthesis.indicators.map { ("indicator", $0) }
        let tasks: [(String, JSON)] = synthesis.tasks.map { ("task", $0) }
        return indicators + tasks
    }

    /// One line of the agreed / not agreed list.
    static func agreementItem(kind: String, item: JSON) -> JSON {
        let agreement: JSON = item["agreement"] ?? .null
        let status: JSON = agreement["status"] ?? .null
        let summary: JSON = agreement["summary"] ?? .null
        let positions: JSON = agreement["positions"] ?? .array([])
        return .obj(["kind": .string(kind), "code": item["code"] ?? .null, "name": item["name"] ?? .null, "status": status, "summary": summary, "positions": positions])
    }

    /// Sections 3, 5, 6 and 7 of a level's report.
    static func level(_ code: String, dataset: Dataset, annotations: AnnotationStore, findings: [RowFinding], synthesis: Synthesis.Output) -> [(String, JSON)] {
        // Positions in `annotations`: the digests say what each comment is; only the comments
        // quoted are read back whole.
        let mine = annotations.positions { $0.level == code }
        let clusters = Set(dataset.clusters.filter { $0.level == code }.map(\.code))
        func digest(_ i: Int) -> AnnotationStore.Digest { annotations.digest(i) }
        func briefs(_ positions: some Sequence<Int>) -> [JSON] { positions.map { brief(annotations[$0]) } }

        // 3. Current state, per area: the most specific comments first, and the checks.
        let state = mine.filter { digest($0).group == "thuc_trang" }
        let currentState: [JSON] = areaOrder.map { area in
            let these = annotations.bySpecificity(state.filter { digest($0).area == area })
            return .obj([
                "area": .string(area), "appendix": .num(LabelCodes.appendix(for: area)), "comments": .int(these.count),
                "top": .array(briefs(these.prefix(8))),
            ])
        }
        let contradictedAll = mine.filter { digest($0).corroboration == "mau_thuan" }
        let contradicted = briefs(annotations.mostSpecific(contradictedAll, limit: listLimit))
        let supported = mine.filter { digest($0).corroboration == "khop" }.count
        // The flagged appendix rows: how many per appendix and the first few, for the report;
        // every one is in appendix-findings.jsonl and in the workbook's review sheet.
        let flaggedHere = findings.filter { $0.row.level == code && !$0.flags.isEmpty }
        let byAppendix: [JSON] = (1...4).compactMap { n in
            let these = flaggedHere.filter { $0.row.appendix == n }
            guard !these.isEmpty else { return nil }
            return .obj(["appendix": .int(n), "flagged": .int(these.count), "items": .array(these.prefix(findingsQuoted).map(\.brief))])
        }
        let levelFindings: JSON = .obj(["flagged": .int(flaggedHere.count), "by_appendix": .array(byAppendix)])

        // 5. Solutions: tasks commented on by this level, new proposals with their 6 rõ.
        var taskComments: [String: [Int]] = [:]
        for i in mine { for ref in digest(i).refs where ref.hasPrefix("NV") { taskComments[ref, default: []].append(i) } }
        let solutions: [JSON] = dataset.tasks.compactMap { task in
            guard let list = taskComments[task.code] else { return nil }
            return .obj([
                "code": .string(task.code), "group": .int(task.group), "group_name": .string(task.groupName), "name": .string(task.name),
                "comments": .array(briefs(annotations.mostSpecific(list, limit: taskCommentLimit))), "comment_count": .int(list.count),
                "key_solution": .int(list.filter { digest($0).stance == "dong_y" }.count),
            ])
        }
        let unassigned = annotations.bySpecificity(mine.filter { i in
            let d = digest(i)
            return d.group == "giai_phap" && !d.refs.contains { $0.hasPrefix("NV") }
        })
        let newProposals = mine.filter { digest($0).hasSixClear }
        let targetProposals = mine.filter { digest($0).hasTargetProposal }

        // 6. Agreed / not agreed: the items this level's clusters commented on.
        func relevant(_ item: JSON) -> Bool {
            guard case .array(let levels)? = item["comments"]?["levels"] else { return false }
            return levels.contains(.string(code))
        }
        let agreement: [JSON] = items(synthesis).filter { relevant($0.1) }.map { agreementItem(kind: $0.0, item: $0.1) }

        // 7. The data appendix reconciled: totals per commune and per cluster, discrepancies.
        let rows = Synthesis.distinctRows(dataset.appendixRows).filter { $0.level == code }
        let clusterFolders = dataset.clusters.filter { $0.level == code }.map { dataset.root + "/" + $0.folder + "/" }
        var discrepancies: [JSON] = dataset.discrepancies.filter { $0.level == code }.map { d in
            let message: String
            switch d.kind {
            case .duplicateInstitution:
                message = "Cơ sở \(d.institution) được cả cụm \(d.cluster) và cụm \(d.otherCluster ?? "?") báo cáo (Phụ lục \(d.appendix))"
            case .conflictingFigures:
                message = "Cơ sở \(d.institution): \(d.column ?? "") là \(d.value ?? "") ở cụm \(d.cluster) nhưng \(d.otherValue ?? "") ở cụm \(d.otherCluster ?? "?")"
            case .repeatedRow:
                message = "Cơ sở \(d.institution) có hai dòng trong Phụ lục \(d.appendix) của cụm \(d.cluster)"
            case .nameDiffers:
                message = "Cơ sở \(d.institution) có tên “\(d.value ?? "")” ở Phụ lục \(d.appendix) nhưng “\(d.otherValue ?? "")” ở phụ lục khác"
            }
            return .obj(["kind": .string(d.kind.rawValue), "place": .string(d.place.rendered), "message": .string(message)])
        }
        // Cells that could not be read are figures missing from the totals.
        for d in dataset.diagnostics where (d.code == "cell.not-a-number" || d.code == "cell.not-yes-no") && clusterFolders.contains(where: { d.location?.file.hasPrefix($0) == true }) {
            discrepancies.append(.obj(["kind": .string("o_khong_doc_duoc"), "place": .str(d.location?.rendered), "message": .string("Ô \(d.location?.rendered ?? "") không đọc được thành số liệu; chưa tính vào tổng")]))
        }

        return [
            ("current_state", .array(currentState)),
            ("claims", .obj(["supported": .int(supported), "contradicted": .array(contradicted), "contradicted_total": .int(contradictedAll.count)])),
            ("appendix_findings", levelFindings),
            ("solutions", .array(solutions)),
            ("other_solutions", .array(briefs(unassigned.prefix(20)))),
            ("proposals", .obj([
                "solutions": .array(annotations.mostSpecific(newProposals, limit: listLimit).map { i in
                    let a = annotations[i]
                    return checklist(a, a.labels.sixClear ?? Checklist(elements: []))
                }),
                "targets": .array(annotations.mostSpecific(targetProposals, limit: listLimit).map { i in
                    let a = annotations[i]
                    return checklist(a, a.labels.targetProposal ?? Checklist(elements: []))
                }),
                "solutions_total": .int(newProposals.count), "targets_total": .int(targetProposals.count),
            ])),
            ("agreement", .array(agreement)),
            ("data_appendix", .obj([
                "by_commune": totals(rows, key: { inst in inst["xa_phuong"] }),
                "by_cluster": totals(rows.filter { clusters.contains($0.cluster) }, key: { inst in inst["cluster"] }),
                "discrepancies": .array(discrepancies),
            ])),
        ]
    }

    /// Appendix totals grouped by a key read from an institution's rows (commune, cluster).
    static func totals(_ rows: [AppendixRow], key: ([String: String]) -> String?) -> JSON {
        let byInstitution = Dictionary(grouping: rows, by: \.institution)
        var groups: [String: [AppendixRow]] = [:]
        for (_, instRows) in byInstitution {
            var info: [String: String] = ["cluster": instRows[0].cluster]
            for row in instRows { if case .text(let c)? = row.values["xa_phuong"] { info["xa_phuong"] = c } }
            groups[key(info) ?? "(không rõ)", default: []] += instRows
        }
        let measures: [(String, Int, String)] = [
            ("classes", 1, "so_lop"), ("learners", 1, "hoc_sinh"), ("capacity", 1, "cong_suat"), ("forecast_2030", 1, "du_bao_2030"),
            ("teachers", 2, "giao_vien"), ("teacher_norm", 2, "dinh_muc_giao_vien"), ("land_m2", 3, "dien_tich_dat"),
            ("extra_land_m2", 3, "dat_bo_sung"), ("rooms", 3, "phong_hoc"), ("temporary_rooms", 3, "phong_tam"),
        ]
        return .array(groups.keys.sorted().map { name in
            let these = groups[name]!
            var pairs: [(String, JSON)] = [("name", .string(name)), ("institutions", .int(Set(these.map(\.institution)).count))]
            for (field, appendix, column) in measures {
                var sum = 0.0
                for row in these where row.appendix == appendix {
                    if case .number(let v)? = row.values[column] { sum += v }
                }
                pairs.append((field, .double(sum)))
            }
            let standard = these.filter { $0.appendix == 4 && $0.values["dat_chuan_quoc_gia"] == .bool(true) }.count
            pairs.append(("national_standard", .int(standard)))
            return .object(pairs)
        })
    }

    /// The sector synthesis: divisions side by side and the items that need the leaders' decision.
    static func sector(dataset: Dataset, annotations: AnnotationStore, synthesis: Synthesis.Output) -> [(String, JSON)] {
        let notAgreed: [JSON] = items(synthesis).filter { $0.1["agreement"]?["status"] == .string("chua_thong_nhat") }.map { agreementItem(kind: $0.0, item: $0.1) }
        let divisions: [JSON] = dataset.plan.divisions.map { division in
            var count = 0, generic = 0, contradicted = 0
            for i in annotations.indices {
                let d = annotations.digest(i)
                guard division.levels.contains(d.level) else { continue }
                count += 1
                if d.generic == true { generic += 1 }
                if d.corroboration == "mau_thuan" { contradicted += 1 }
            }
            let clusters = dataset.clusters.filter { division.levels.contains($0.level) }
            let late = dataset.dossiers.filter { d in clusters.contains { $0.code == d.cluster } && (d.onTime == false || !d.missingParts.isEmpty) }.count
            return .obj([
                "code": .string(division.code), "name": .string(division.name), "levels": .array(division.levels.map(JSON.string)),
                "clusters": .int(clusters.count), "comments": .int(count), "generic": .int(generic),
                "generic_share": count == 0 ? .null : .double((Double(generic) / Double(count) * 1000).rounded() / 1000),
                "contradicted_claims": .int(contradicted),
                "dossiers_to_follow_up": .int(late),
            ])
        }
        return [("divisions", .array(divisions)), ("not_agreed", .array(notAgreed))]
    }
}
