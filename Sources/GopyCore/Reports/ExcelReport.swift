import Foundation
import Tabular

/// The reports as workbooks: the comment synthesis table in the common form (Nhóm vấn đề / Chủ
/// thể góp ý / Nội dung góp ý / Ý kiến tiếp thu, giải trình), then the indicators, the 6 rõ
/// check, the dossiers and the data appendix, one sheet each.
///
/// Every figure is read from `summary.json`; the comment rows come from the annotations because
/// the summary keeps only the comments a section quotes. Numbers are written as numbers (with a
/// display format, never rounded) so that a division can sort, filter and sum them.
enum ExcelReport {
    /// `bao-cao-<level>.xlsx` for each level with comments, and `tong-hop-toan-nganh.xlsx`, one job
    /// per workbook, for rendering them side by side; each workbook is written
    /// as a file in `scratch` (the system's temporary folder when nil).
    static func jobs(summary: JSON, annotations: AnnotationStore, findings: [RowFinding] = [], scratch: URL?) -> [@Sendable () -> [(String, ReportContent)]] {
        let flagged = findings.filter { !$0.flags.isEmpty }
        var jobs: [@Sendable () -> [(String, ReportContent)]] = []
        let levelNames = Dictionary((summary["levels"]?.items ?? []).compactMap { l in
            l["level"]?.stringValue.map { ($0, l["name"]?.stringValue ?? $0) }
        }, uniquingKeysWith: { a, _ in a })
        // Each level's comments by their place in `annotations`: positions, not copies.
        let byLevel = levelIndices(annotations)
        for level in summary["levels"]?.items ?? [] where (level["comments"]?.intValue ?? 0) > 0 {
            let code = level["level"]?.stringValue ?? ""
            let these = byLevel[code] ?? []
            jobs.append {
                let mine = flagged.filter { $0.row.level == code }
                return [("bao-cao-\(code).xlsx", pack(levelWorkbook(level, summary: summary, annotations: annotations, indices: these, findings: mine), in: scratch))]
            }
        }
        jobs.append {
            [("tong-hop-toan-nganh.xlsx", pack(sectorWorkbook(summary, annotations: annotations, findings: flagged, levelNames: levelNames), in: scratch))]
        }
        return jobs
    }

    /// The positions of each level's annotations, in input order.
    static func levelIndices(_ annotations: AnnotationStore) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for i in annotations.indices { out[annotations.digest(i).level, default: []].append(i) }
        return out
    }

    /// A workbook's file, written in `scratch` and handed over as a file, so that neither its
    /// sheets nor its bytes are held in memory. Writing can fail (a full disk, or a workbook this
    /// file built wrongly): the failure is handed over too, and the run reports it.
    private static func pack(_ workbook: XLSXWorkbook, in scratch: URL?) -> ReportContent {
        let folder = scratch ?? FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("gopy-\(UUID().uuidString).xlsx")
        do {
            try XLSXWriter.write(workbook, to: url)
            return .file(url)
        } catch {
            try? FileManager.default.removeItem(at: url)
            return .failed("\(error)")
        }
    }

    // MARK: - Workbooks

    /// A level's workbook, from the annotations at `indices` (that level's, in input order).
    static func levelWorkbook(_ level: JSON, summary: JSON, annotations: AnnotationStore, indices: [Int], findings: [RowFinding] = []) -> XLSXWorkbook {
        let code = level["level"]?.stringValue ?? ""
        let name = level["name"]?.stringValue ?? code
        let suffix = " — CẤP " + name.uppercased()
        let indicators = (summary["indicators"]?.items ?? []).filter { ($0["levels"]?.items ?? []).contains(.string(code)) }
        let dossiers = (summary["dossiers"]?.items ?? []).filter { $0["level"]?.stringValue == code }
        let appendix = level["data_appendix"] ?? .null
        return XLSXWorkbook(sheets: commentSheets(annotations, indices: indices, title: "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý" + suffix, levelNames: nil) + [
            indicatorSheet(indicators, title: "CHỈ TIÊU: HIỆN TRẠNG, MỤC TIÊU, TÍNH KHẢ THI" + suffix, levelNames: nil),
            sixClearSheet(annotations, perLevel: [(name, indices)], title: "ĐỀ XUẤT GIẢI PHÁP THEO YÊU CẦU 6 RÕ" + suffix, showLevel: false),
            agreementSheet(level["agreement"]?.items ?? [], name: "Thống nhất", title: "DANH MỤC NỘI DUNG THỐNG NHẤT, CHƯA THỐNG NHẤT" + suffix),
            dossierSheet(dossiers, title: "TÌNH HÌNH NỘP HỒ SƠ CÁC CỤM" + suffix, levelNames: nil),
            totalsSheet([(name, appendix["by_commune"]?.items ?? [])], name: "Số liệu theo xã", first: "Xã, phường", title: "SỐ LIỆU PHỤ LỤC THEO XÃ, PHƯỜNG" + suffix, showLevel: false),
            totalsSheet([(name, appendix["by_cluster"]?.items ?? [])], name: "Số liệu theo cụm", first: "Cụm", title: "SỐ LIỆU PHỤ LỤC THEO CỤM" + suffix, showLevel: false),
            discrepancySheet([(name, appendix["discrepancies"]?.items ?? [])], title: "CHÊNH LỆCH, SAI SÓT SỐ LIỆU PHỤ LỤC" + suffix, showLevel: false),
        ] + findingSheets(findings, title: "RÀ SOÁT SỐ LIỆU PHỤ LỤC: CƠ SỞ CÓ VẤN ĐỀ CẦN LƯU Ý" + suffix, levelNames: nil))
    }

    static func sectorWorkbook(_ summary: JSON, annotations: AnnotationStore, findings: [RowFinding] = [], levelNames: [String: String]) -> XLSXWorkbook {
        let levels = summary["levels"]?.items ?? []
        func perLevel(_ pick: (JSON) -> [JSON]) -> [(String, [JSON])] {
            levels.map { ($0["name"]?.stringValue ?? $0["level"]?.stringValue ?? "", pick($0)) }
        }
        let suffix = " — TOÀN NGÀNH"
        let byLevel = levelIndices(annotations)
        return XLSXWorkbook(sheets: commentSheets(annotations, indices: Array(annotations.indices), title: "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý" + suffix, levelNames: levelNames) + [
            divisionSheet(summary["sector"]?["divisions"]?.items ?? [], levelNames: levelNames),
            indicatorSheet(summary["indicators"]?.items ?? [], title: "CHỈ TIÊU: HIỆN TRẠNG, MỤC TIÊU, TÍNH KHẢ THI" + suffix, levelNames: levelNames),
            sixClearSheet(annotations, perLevel: levels.map { level in
                (level["name"]?.stringValue ?? level["level"]?.stringValue ?? "", byLevel[level["level"]?.stringValue ?? ""] ?? [])
            }, title: "ĐỀ XUẤT GIẢI PHÁP THEO YÊU CẦU 6 RÕ" + suffix, showLevel: true),
            agreementSheet(summary["sector"]?["not_agreed"]?.items ?? [], name: "Chưa thống nhất", title: "NỘI DUNG CHƯA THỐNG NHẤT, CẦN LÃNH ĐẠO SỞ QUYẾT ĐỊNH"),
            dossierSheet(summary["dossiers"]?.items ?? [], title: "LỊCH HỘI THẢO VÀ TÌNH HÌNH NỘP HỒ SƠ" + suffix, levelNames: levelNames),
            clusterQualitySheet(summary["clusters"]?.items ?? [], levelNames: levelNames),
            totalsSheet(perLevel { $0["data_appendix"]?["by_commune"]?.items ?? [] }, name: "Số liệu theo xã", first: "Xã, phường", title: "SỐ LIỆU PHỤ LỤC THEO XÃ, PHƯỜNG" + suffix, showLevel: true),
            totalsSheet(perLevel { $0["data_appendix"]?["by_cluster"]?.items ?? [] }, name: "Số liệu theo cụm", first: "Cụm", title: "SỐ LIỆU PHỤ LỤC THEO CỤM" + suffix, showLevel: true),
            discrepancySheet(perLevel { $0["data_appendix"]?["discrepancies"]?.items ?? [] }, title: "CHÊNH LỆCH, SAI SÓT SỐ LIỆU PHỤ LỤC" + suffix, showLevel: true),
        ] + findingSheets(findings, title: "RÀ SOÁT SỐ LIỆU PHỤ LỤC: CƠ SỞ CÓ VẤN ĐỀ CẦN LƯU Ý" + suffix, levelNames: levelNames))
    }

    /// Every appendix row the appendix rules flagged, with what they found (none: no sheet).
    /// The reports quote the first few per appendix; this lists them all.
    static func findingSheets(_ findings: [RowFinding], title: String, levelNames: [String: String]?) -> [XLSXWorksheet] {
        guard !findings.isEmpty else { return [] }
        var columns: [Column] = [("STT", 5)]
        if levelNames != nil { columns.append(("Cấp học", 14)) }
        columns += [("Cơ sở", 30), ("Mã cơ sở", 14), ("Cụm", 10), ("Phụ lục", 8), ("Vấn đề cần lưu ý", 70), ("Nơi trong hồ sơ", 40)]
        return tables("Rà soát phụ lục", title: title, columns: columns, count: findings.count) { n in
            let f = findings[n]
            var row: [XLSXCell] = [serial(n + 1)]
            if let levelNames { row.append(mark(levelNames[f.row.level] ?? f.row.level)) }
            row += [
                text(f.name), mark(f.row.institution), mark(f.row.cluster), serial(f.row.appendix),
                text(f.resolvedFlags.map(\.message).joined(separator: "\n")), text(f.row.source.rendered),
            ]
            return row
        }
    }

    // MARK: - Building blocks

    /// A column: header text and width in characters.
    typealias Column = (header: String, width: Double)

    /// A sheet holding one table: a title over the whole width in row 1, the bold header in row
    /// 2 (both frozen and printed on every page), filter buttons on the header, data from row 3.
    /// Tables wider than A4 landscape reads at a legible size print on A3.
    static func table(_ name: String, title: String, columns: [Column], rows: [[XLSXCell]]) -> XLSXWorksheet {
        let width = columns.map(\.width).reduce(0, +)
        var sheet = XLSXWorksheet(name: name, columnWidths: columns.map(\.width), frozenRows: 2, autoFilterRow: 2,
                                  merges: [MergedRange(firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: max(columns.count - 1, 0))],
                                  paper: width > 200 ? .a3 : .a4)
        sheet.append([.text(title, .title)])
        sheet.append(columns.map { .text($0.header, .header) })
        sheet.rows += rows
        return sheet
    }

    /// The same with its data rows made one at a time as the sheet is written: `count` rows,
    /// row `k` being `row(k)`, each as wide as `columns`.
    static func table(_ name: String, title: String, columns: [Column], count: Int, row: @escaping @Sendable (Int) -> [XLSXCell]) -> XLSXWorksheet {
        var sheet = table(name, title: title, columns: columns, rows: [])
        // Each row's texts are made and dropped: give the pages back every so many rows.
        sheet.generated = XLSXGeneratedRows(count: count, width: columns.count) { k in
            if k > 0 && k % Heap.rowsBetweenReleases == 0 { Heap.releaseFreePages() }
            return row(k)
        }
        return sheet
    }

    static func text(_ s: String?) -> XLSXCell { .text(s ?? "", .body) }
    static func mark(_ s: String?) -> XLSXCell { .text(s ?? "", .centered) }
    static func number(_ j: JSON?, _ format: XLSXNumberFormat = .general) -> XLSXCell { .number(j?.doubleValue, .number(format)) }
    static func integer(_ j: JSON?) -> XLSXCell { number(j, .integer) }
    static func serial(_ n: Int) -> XLSXCell { .number(n, .centered) }

    /// "Có" / "Không" for a label that may be unset.
    static func yesNo(_ b: Bool?) -> XLSXCell { mark(b.map { $0 ? "Có" : "Không" }) }
    static func yesNo(_ j: JSON?) -> XLSXCell {
        if case .bool(let b)? = j { return yesNo(b) }
        return mark(nil)
    }

    static let groupOrder = ["thuc_trang", "muc_tieu", "giai_phap", "khac"]
    static let areaOrder = ["quy_mo_mang_luoi", "doi_ngu", "dat_dai", "phong_hoc", "tai_chinh", "chat_luong", "chuyen_doi_so"]
    static let corroborationNames = ["khop": "Khớp", "mau_thuan": "Mâu thuẫn"]
    /// What each kind of appendix problem is called in the data appendix.
    static let discrepancyNames = [
        "appendix.duplicate-institution": "Một trường có trong phụ lục của hai cụm",
        "appendix.conflicting-figures": "Số liệu một trường khác nhau giữa các cụm",
        "cell.not-a-number": "Ô số liệu không phải là số",
        "cell.not-yes-no": "Ô Có/Không ghi sai",
        "appendix.no-code": "Dòng thiếu mã trường",
    ]

    // MARK: - Sheets

    /// The rows a sheet holds under its title and header: Excel stops at 1,048,576.
    static let rowsPerSheet = 1_048_576 - 2

    /// A table on as many sheets as its rows need: "Tổng hợp ý kiến", "Tổng hợp ý kiến (2)", …
    /// (a national run has about a million comments).
    static func tables(_ name: String, title: String, columns: [Column], rows: [[XLSXCell]], rowsPerSheet: Int = rowsPerSheet) -> [XLSXWorksheet] {
        guard rows.count > rowsPerSheet else { return [table(name, title: title, columns: columns, rows: rows)] }
        return stride(from: 0, to: rows.count, by: rowsPerSheet).enumerated().map { k, start in
            let part = Array(rows[start..<min(start + rowsPerSheet, rows.count)])
            return table(k == 0 ? name : "\(name) (\(k + 1))", title: k == 0 ? title : title + " (tiếp theo)", columns: columns, rows: part)
        }
    }

    /// The same with the rows made one at a time as the sheets are written.
    static func tables(_ name: String, title: String, columns: [Column], count: Int, rowsPerSheet: Int = rowsPerSheet,
                       row: @escaping @Sendable (Int) -> [XLSXCell]) -> [XLSXWorksheet] {
        guard count > rowsPerSheet else { return [table(name, title: title, columns: columns, count: count, row: row)] }
        return stride(from: 0, to: count, by: rowsPerSheet).enumerated().map { k, start in
            table(k == 0 ? name : "\(name) (\(k + 1))", title: k == 0 ? title : title + " (tiếp theo)", columns: columns,
                  count: min(rowsPerSheet, count - start), row: { row(start + $0) })
        }
    }

    /// Where a comment's group rank, area rank and position sit in its packed place (see
    /// `commentSheets`): 12 bits each for the ranks, 40 for the position.
    static let placeBits = (group: UInt64(52), area: UInt64(40), position: UInt64(1 << 40 - 1))

    /// The comment table of the annotations at `indices` (in input order). Its rows are made as
    /// the sheet is written: a national run lists a million comments.
    static func commentSheets(_ annotations: AnnotationStore, indices: [Int], title: String, levelNames: [String: String]?) -> [XLSXWorksheet] {
        // The common form reads by issue: current state, targets, solutions, then the rest; in
        // input order within an area. Each comment's place is worked out once, packed in one
        // word (group, area, position) and sorted in place: a million (group, area, position)
        // tuples and their sorted copy were the largest use of memory as a national run began
        // writing its reports.
        let groupRank = Dictionary(uniqueKeysWithValues: groupOrder.enumerated().map { ($1, $0) })
        let areaRank = Dictionary(uniqueKeysWithValues: areaOrder.enumerated().map { ($1, $0) })
        var places: [UInt64] = []
        places.reserveCapacity(indices.count)
        for i in indices {
            precondition(UInt64(i) <= placeBits.position, "a comment position beyond 2^40")
            let d = annotations.digest(i)
            let group = UInt64(groupRank[d.group ?? ""] ?? groupOrder.count)
            let area = UInt64(areaRank[d.area ?? ""] ?? areaOrder.count)
            places.append(group << placeBits.group | area << placeBits.area | UInt64(i))
        }
        places.sort()
        let ordered = places
        var columns: [Column] = [
            ("STT", 5), ("Nhóm vấn đề", 20), ("Chủ thể góp ý", 24), ("Nội dung góp ý", 60), ("Ý kiến tiếp thu, giải trình", 40),
            ("Mã chỉ tiêu, nhiệm vụ", 12), ("Loại ý kiến", 13), ("Chung chung", 10), ("Có số liệu", 9), ("Có minh chứng", 10), ("Đối chiếu phụ lục", 11),
        ]
        if levelNames != nil { columns.append(("Cấp học", 14)) }
        columns.append(("Mã ý kiến", 18))
        return tables("Tổng hợp ý kiến", title: title, columns: columns, count: ordered.count) { n in
            commentRow(n, annotations[Int(ordered[n] & placeBits.position)], levelNames: levelNames)
        }
    }

    /// Row `n` (0-based) of the comment table.
    static func commentRow(_ n: Int, _ a: Annotation, levelNames: [String: String]?) -> [XLSXCell] {
        let labels = a.labels
        var group = ReportBuilder.groupNames[labels.group ?? "null"] ?? "Chưa phân loại"
        if let area = labels.area { group += " – " + (ReportBuilder.areaNames[area] ?? area) }
        let unit = a.comment["unit"].ifEmpty("Không rõ đơn vị")
        var content = a.comment["text"]
        for (key, label) in [("proposal", "Đề xuất"), ("proposed_value", "Chỉ tiêu đề xuất"), ("basis", "Căn cứ")] where !a.comment[key].isEmpty {
            content += (content.isEmpty ? "" : "\n") + label + ": " + a.comment[key]
        }
        var row: [XLSXCell] = [
            serial(n + 1), text(group), text(unit + " (" + a.comment.cluster + ")"), text(content), text(labels.response),
            mark(labels.refs.joined(separator: ", ")), mark(labels.stance.map { ReportBuilder.stanceNames[$0] ?? $0 }),
            yesNo(labels.generic), yesNo(labels.hasData), yesNo(labels.hasEvidence),
            mark(labels.corroboration.map { corroborationNames[$0] ?? $0 }),
        ]
        if let levelNames { row.append(mark(levelNames[a.comment.level] ?? a.comment.level)) }
        row.append(mark(a.comment.id))
        return row
    }

    static let factorColumns: [(key: String, header: String)] = [
        ("land", "Điểm đất đai"), ("learners", "Điểm người học"), ("investment", "Điểm đầu tư"), ("resources", "Điểm nguồn lực"), ("pace", "Điểm tốc độ"),
    ]

    /// The indicator sheet's headers, shared with the test that checks its numbers.
    static func indicatorColumns(showLevels: Bool) -> [Column] {
        var columns: [Column] = [("Mã", 8), ("Chỉ tiêu", 32), ("Đơn vị tính", 8)]
        if showLevels { columns.append(("Cấp học", 14)) }
        columns += [("Hiện trạng", 10), ("Mục tiêu 2030", 10), ("Mục tiêu 2045", 10), ("Cần thay đổi mỗi năm", 11), ("Thay đổi mỗi năm (lịch sử)", 11)]
        columns += factorColumns.map { ($0.header, 9) }
        columns += [("Điểm khả thi", 9), ("Đánh giá", 12), ("Mức chỉ tiêu", 10), ("Số ý kiến", 8), ("Đề xuất điều chỉnh", 38),
                    ("Thống nhất giữa các cụm", 13), ("Ý kiến các cụm", 32), ("Căn cứ đánh giá", 36)]
        return columns
    }

    static func indicatorSheet(_ indicators: [JSON], title: String, levelNames: [String: String]?) -> XLSXWorksheet {
        var rows: [[XLSXCell]] = []
        for i in indicators {
            var row: [XLSXCell] = [mark(i["code"]?.stringValue), text(i["name"]?.stringValue), mark(i["unit"]?.stringValue)]
            if let levelNames {
                row.append(text((i["levels"]?.items ?? []).compactMap(\.stringValue).map { levelNames[$0] ?? $0 }.joined(separator: ", ")))
            }
            row += [number(i["baseline"]), number(i["target_2030"]), number(i["target_2045"]), number(i["needed_per_year"]), number(i["historical_per_year"])]
            row += factorColumns.map { number(i["factors"]?[$0.key]?["score"], .oneDecimal) }
            let proposals = (i["proposals"]?.items ?? []).map { p -> String in
                var s = (p["unit"]?.stringValue ?? "").ifEmpty("Không rõ đơn vị") + " (" + (p["cluster"]?.stringValue ?? "") + "): "
                s += ReportBuilder.stanceNames[p["stance"]?.stringValue ?? "null"] ?? ""
                if let v = p["proposed_value"]?.stringValue { s += ", đề xuất " + v }
                s += p["complete"] == .bool(true) ? " — đủ căn cứ" : " — thiếu " + ReportBuilder.missingText(p, names: ReportBuilder.targetNames)
                return s
            }
            row += [
                number(i["score"], .oneDecimal),
                mark(ReportBuilder.verdictNames[i["verdict"]?.stringValue ?? ""] ?? i["verdict"]?.stringValue),
                mark(ReportBuilder.heightNames[i["height"]?.stringValue ?? ""] ?? i["height"]?.stringValue),
                integer(i["comments"]?["total"]),
                text(proposals.joined(separator: "\n")),
                mark(i["agreement"]?["status"]?.stringValue.map { ReportBuilder.agreementNames[$0] ?? $0 }),
                text(i["agreement"]?["summary"]?.stringValue),
                text((i["reasons"]?.items ?? []).compactMap(\.stringValue).joined(separator: "\n")),
            ]
            rows.append(row)
        }
        return table("Chỉ tiêu", title: title, columns: indicatorColumns(showLevels: levelNames != nil), rows: rows)
    }

    /// Every solution proposal among the annotations at each level's positions, with its 6 rõ:
    /// `summary.json` quotes only the most specific, the workbook lists them all. The rows are
    /// made as the sheet is written.
    static func sixClearSheet(_ annotations: AnnotationStore, perLevel: [(String, [Int])], title: String, showLevel: Bool) -> XLSXWorksheet {
        var columns: [Column] = [("STT", 5)]
        if showLevel { columns.append(("Cấp học", 14)) }
        columns += [("Chủ thể góp ý", 24), ("Nội dung đề xuất", 55), ("Mã chỉ tiêu, nhiệm vụ", 12)]
        columns += ReportBuilder.sixNames.map { ("Rõ " + $0.1.lowercased(), 8) }
        columns += [("Đủ 6 rõ", 8), ("Còn thiếu", 26), ("Mã ý kiến", 18)]
        // Which level and which annotation each row shows.
        var places: [(level: Int, index: Int)] = []
        for (l, (_, indices)) in perLevel.enumerated() {
            for i in indices where annotations.digest(i).hasSixClear { places.append((l, i)) }
        }
        let levelNames = perLevel.map(\.0)
        let rows = places
        return table("6 rõ", title: title, columns: columns, count: rows.count) { n in
            let a = annotations[rows[n].index]
            return sixClearRow(n, levelName: levelNames[rows[n].level], SummarySections.checklist(a, a.labels.sixClear ?? Checklist(elements: [])), showLevel: showLevel)
        }
    }

    /// Row `n` (0-based) of the 6 rõ table: the checklist `p` of a proposal.
    static func sixClearRow(_ n: Int, levelName: String, _ p: JSON, showLevel: Bool) -> [XLSXCell] {
        var row: [XLSXCell] = [serial(n + 1)]
        if showLevel { row.append(mark(levelName)) }
        var content = p["text"]?.stringValue ?? ""
        if let proposal = p["proposal"]?.stringValue { content += (content.isEmpty ? "" : "\n") + "Đề xuất: " + proposal }
        row += [
            text((p["unit"]?.stringValue ?? "").ifEmpty("Không rõ đơn vị") + " (" + (p["cluster"]?.stringValue ?? "") + ")"),
            text(content), mark((p["refs"]?.items ?? []).compactMap(\.stringValue).joined(separator: ", ")),
        ]
        row += ReportBuilder.sixNames.map { mark(p["elements"]?[$0.0] == .bool(true) ? "✓" : "✗") }
        let complete = p["complete"] == .bool(true)
        row += [yesNo(complete), text(complete ? "" : ReportBuilder.missingText(p, names: ReportBuilder.sixNames.map { ($0.0, $0.1.lowercased()) })),
                mark(p["id"]?.stringValue)]
        return row
    }

    static func agreementSheet(_ items: [JSON], name: String, title: String) -> XLSXWorksheet {
        let columns: [Column] = [("STT", 5), ("Loại", 10), ("Mã", 8), ("Nội dung", 45), ("Tình trạng", 14), ("Ý kiến các cụm", 60)]
        let rows: [[XLSXCell]] = items.enumerated().map { n, item in
            let positions = (item["positions"]?.items ?? []).map { p in
                "\(p["cluster"]?.stringValue ?? "") (\(p["comments"]?.intValue ?? 0) ý kiến): \(p["position"]?.stringValue ?? "")"
            }
            return [
                serial(n + 1), mark(item["kind"]?.stringValue == "task" ? "Nhiệm vụ" : "Chỉ tiêu"), mark(item["code"]?.stringValue),
                text(item["name"]?.stringValue), mark(item["status"]?.stringValue.map { ReportBuilder.agreementNames[$0] ?? $0 }),
                text(positions.joined(separator: "\n")),
            ]
        }
        return table(name, title: title, columns: columns, rows: rows)
    }

    /// The dossier sheet's headers, shared with the test that checks it.
    static func dossierColumns(showLevel: Bool) -> [Column] {
        var columns: [Column] = [("STT", 5), ("Cụm", 9), ("Tên cụm", 45)]
        if showLevel { columns.append(("Cấp học", 14)) }
        columns += [("Ngày hội thảo", 12), ("Nhận hồ sơ", 16), ("Đúng hạn", 10), ("Thành phần còn thiếu", 30), ("Số liệu tại", 10), ("Đúng mốc số liệu", 10)]
        return columns
    }

    static func dossierSheet(_ dossiers: [JSON], title: String, levelNames: [String: String]?) -> XLSXWorksheet {
        let rows: [[XLSXCell]] = dossiers.enumerated().map { n, d in
            var row: [XLSXCell] = [serial(n + 1), mark(d["cluster"]?.stringValue), text(d["name"]?.stringValue)]
            if let levelNames { row.append(mark(d["level"]?.stringValue.map { levelNames[$0] ?? $0 })) }
            let onTime: String? = d["on_time"] == .bool(true) ? "Đúng hạn" : (d["on_time"] == .bool(false) ? "Muộn" : nil)
            let missing = (d["missing_parts"]?.items ?? []).compactMap(\.stringValue).joined(separator: "; ")
            row += [
                mark(ReportBuilder.date(d["workshop_date"]?.stringValue)), mark(ReportBuilder.date(d["received_at"]?.stringValue)),
                mark(onTime), text(missing.ifEmpty("Đủ")), mark(d["data_cutoff"]?.stringValue), yesNo(d["cutoff_matches"]),
            ]
            return row
        }
        return table("Hồ sơ", title: title, columns: dossierColumns(showLevel: levelNames != nil), rows: rows)
    }

    static let totalsColumns: [(key: String, header: String)] = [
        ("institutions", "Số trường"), ("classes", "Số lớp"), ("learners", "Số học sinh"), ("capacity", "Công suất thiết kế"),
        ("forecast_2030", "Dự báo học sinh 2030"), ("teachers", "Giáo viên"), ("teacher_norm", "Định mức giáo viên"),
        ("land_m2", "Diện tích đất (m²)"), ("extra_land_m2", "Đất bổ sung theo quy hoạch (m²)"), ("rooms", "Số phòng học"),
        ("temporary_rooms", "Phòng tạm"), ("national_standard", "Đạt chuẩn quốc gia"),
    ]

    static func totalsSheet(_ perLevel: [(String, [JSON])], name: String, first: String, title: String, showLevel: Bool) -> XLSXWorksheet {
        var columns: [Column] = [("STT", 5)]
        if showLevel { columns.append(("Cấp học", 14)) }
        columns.append((first, 24))
        columns += totalsColumns.map { ($0.header, 11) }
        var rows: [[XLSXCell]] = []
        for (levelName, items) in perLevel {
            for item in items {
                var row: [XLSXCell] = [serial(rows.count + 1)]
                if showLevel { row.append(mark(levelName)) }
                row.append(text(item["name"]?.stringValue))
                row += totalsColumns.map { integer(item[$0.key]) }
                rows.append(row)
            }
        }
        return table(name, title: title, columns: columns, rows: rows)
    }

    static func discrepancySheet(_ perLevel: [(String, [JSON])], title: String, showLevel: Bool) -> XLSXWorksheet {
        var columns: [Column] = [("STT", 5)]
        if showLevel { columns.append(("Cấp học", 14)) }
        columns += [("Loại chênh lệch", 30), ("Vị trí", 45), ("Chi tiết", 70)]
        var rows: [[XLSXCell]] = []
        for (levelName, items) in perLevel {
            for item in items {
                var row: [XLSXCell] = [serial(rows.count + 1)]
                if showLevel { row.append(mark(levelName)) }
                let code = item["code"]?.stringValue ?? ""
                row += [text(discrepancyNames[code] ?? code), text(item["place"]?.stringValue), text(item["message"]?.stringValue)]
                rows.append(row)
            }
        }
        return table("Chênh lệch số liệu", title: title, columns: columns, rows: rows)
    }

    static func divisionSheet(_ divisions: [JSON], levelNames: [String: String]) -> XLSXWorksheet {
        let columns: [Column] = [("Phòng chuyên môn", 36), ("Cấp học", 30), ("Số cụm", 8), ("Số ý kiến", 9), ("Ý kiến chung chung", 10),
                                 ("Tỷ lệ chung chung", 10), ("Nhận định mâu thuẫn phụ lục", 12), ("Hồ sơ cần đôn đốc", 10)]
        let rows: [[XLSXCell]] = divisions.map { d in
            [text(d["name"]?.stringValue), text((d["levels"]?.items ?? []).compactMap(\.stringValue).map { levelNames[$0] ?? $0 }.joined(separator: ", ")),
             integer(d["clusters"]), integer(d["comments"]), integer(d["generic"]), number(d["generic_share"], .percent),
             integer(d["contradicted_claims"]), integer(d["dossiers_to_follow_up"])]
        }
        return table("Các phòng", title: "TỔNG HỢP THEO PHÒNG CHUYÊN MÔN", columns: columns, rows: rows)
    }

    static func clusterQualitySheet(_ clusters: [JSON], levelNames: [String: String]) -> XLSXWorksheet {
        let columns: [Column] = [("Cụm", 9), ("Cấp học", 16), ("Số ý kiến", 9), ("Chung chung", 10), ("Tỷ lệ chung chung", 10), ("Có số liệu", 9),
                                 ("Tỷ lệ có số liệu", 10), ("Có minh chứng", 10), ("Tỷ lệ có minh chứng", 10), ("Đề xuất giải pháp", 10),
                                 ("Đủ 6 rõ", 8), ("Đề xuất chỉ tiêu", 10), ("Đủ căn cứ", 9)]
        let rows: [[XLSXCell]] = clusters.map { c in
            [mark(c["cluster"]?.stringValue), mark(c["level"]?.stringValue.map { levelNames[$0] ?? $0 }), integer(c["comments"]),
             integer(c["generic"]), number(c["generic_share"], .percent), integer(c["with_data"]), number(c["with_data_share"], .percent),
             integer(c["with_evidence"]), number(c["with_evidence_share"], .percent),
             integer(c["solution_proposals"]?["total"]), integer(c["solution_proposals"]?["complete"]),
             integer(c["target_proposals"]?["total"]), integer(c["target_proposals"]?["complete"])]
        }
        return table("Chất lượng ý kiến", title: "CHẤT LƯỢNG Ý KIẾN THEO CỤM (TỶ LỆ Ý KIẾN CHUNG CHUNG)", columns: columns, rows: rows)
    }
}
