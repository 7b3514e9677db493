import Foundation

/// Builds the reports people read from `summary.json`: one level summary report (Báo cáo tổng
/// hợp cấp học) per level with comments, and the Office's sector synthesis. Everything shown is
/// read from the summary; this file only words and arranges it, in Vietnamese.
public enum ReportBuilder {
    /// The documents of a run.
    public static func documents(summary: JSON) -> [ReportDocument] {
        var out: [ReportDocument] = []
        for level in summary["levels"]?.items ?? [] where (level["comments"]?.intValue ?? 0) > 0 {
            out.append(levelReport(level, summary: summary))
        }
        out.append(sectorReport(summary))
        return out
    }

    // MARK: - Wording

    static let groupNames: [String: String] = [
        "thuc_trang": "Thực trạng", "muc_tieu": "Mục tiêu, chỉ tiêu", "giai_phap": "Nhiệm vụ, giải pháp", "khac": "Ngoài trọng tâm", "null": "Chưa phân loại",
    ]
    static let areaNames: [String: String] = [
        "quy_mo_mang_luoi": "Quy mô, mạng lưới", "doi_ngu": "Đội ngũ", "dat_dai": "Đất đai", "phong_hoc": "Phòng học, thiết bị",
        "tai_chinh": "Tài chính", "chat_luong": "Chất lượng", "chuyen_doi_so": "Chuyển đổi số, cải cách hành chính", "null": "Không có chủ đề riêng",
    ]
    static let stanceNames: [String: String] = [
        "dong_y": "Đồng ý", "sua_doi": "Đề nghị sửa", "bo_sung": "Đề nghị bổ sung", "khong_dong_y": "Không đồng ý", "khac": "Ý kiến khác", "null": "Chưa phân loại",
    ]
    static let verdictNames: [String: String] = ["kha_thi": "Khả thi", "kho_kha_thi": "Khó khả thi", "khong_kha_thi": "Không khả thi"]
    static let heightNames: [String: String] = ["cao": "Cao", "thap": "Thấp", "phu_hop": "Phù hợp"]
    static let agreementNames: [String: String] = ["thong_nhat": "Thống nhất", "chua_thong_nhat": "Chưa thống nhất"]
    static let sixNames = [("viec", "Việc"), ("muc_tieu", "Mục tiêu"), ("san_pham", "Sản phẩm"), ("tien_do", "Tiến độ"), ("nguon_luc", "Nguồn lực"), ("trach_nhiem", "Trách nhiệm")]
    static let targetNames = [("value", "giá trị đề xuất"), ("basis", "căn cứ"), ("conditions", "điều kiện"), ("timeline", "mốc thời gian")]
    static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    static let letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]

    /// A number the Vietnamese way: "1.234", "85,5".
    static func vn(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        let rounded = (value * pow(10, Double(decimals))).rounded() / pow(10, Double(decimals))
        let negative = rounded < 0
        let whole = Int64(abs(rounded).rounded(.down))
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let fraction = abs(rounded) - Double(whole)
        var text = grouped
        if decimals > 0, fraction > 0.000_000_1 {
            var f = String(format: "%.\(decimals)f", fraction).dropFirst(2)
            while f.hasSuffix("0") { f = f.dropLast() }
            if !f.isEmpty { text += "," + f }
        }
        return (negative ? "-" : "") + text
    }

    static func percent(_ share: Double?) -> String { share.map { vn($0 * 100) + "%" } ?? "–" }

    static func date(_ iso: String?) -> String {
        guard let iso, iso.count >= 10 else { return "–" }
        let y = iso.prefix(4), m = iso.dropFirst(5).prefix(2), d = iso.dropFirst(8).prefix(2)
        var text = "\(d)/\(m)/\(y)"
        if iso.count >= 16 { text = String(iso.dropFirst(11).prefix(5)) + " " + text }
        return text
    }

    static func placeAndDate(_ iso: String?) -> String {
        guard let iso, iso.count >= 10 else { return "Hải Phòng" }
        return "Hải Phòng, ngày \(iso.dropFirst(8).prefix(2)) tháng \(iso.dropFirst(5).prefix(2)) năm \(iso.prefix(4))"
    }

    /// "2025-10" → "10/2025".
    static func month(_ cutoff: String?) -> String {
        guard let cutoff, cutoff.count == 7 else { return cutoff ?? "–" }
        return String(cutoff.suffix(2)) + "/" + String(cutoff.prefix(4))
    }

    /// A level's Vietnamese name from its code.
    static func levelName(_ code: String?, summary: JSON) -> String {
        guard let code else { return "–" }
        for level in summary["levels"]?.items ?? [] where level["level"]?.stringValue == code {
            return level["name"]?.stringValue ?? code
        }
        return code
    }

    static func divisionName(_ code: String, summary: JSON) -> String {
        for d in summary["sector"]?["divisions"]?.items ?? [] where d["code"]?.stringValue == code {
            return d["name"]?.stringValue ?? code
        }
        return code
    }

    static func counts(_ object: JSON?, names: [String: String], total: Int) -> [[String]] {
        guard case .object(let pairs)? = object else { return [] }
        return pairs.map { key, value in
            let n = value.intValue ?? 0
            return [names[key] ?? key, vn(Double(n), decimals: 0), total > 0 ? percent(Double(n) / Double(total)) : "–"]
        }
    }

    static func source(_ comment: JSON) -> String {
        let unit = comment["unit"]?.stringValue ?? ""
        let id = comment["id"]?.stringValue ?? ""
        return "\(unit.isEmpty ? "Không rõ đơn vị" : unit) (\(id))"
    }

    // MARK: - The level summary report

    static func levelReport(_ level: JSON, summary: JSON) -> ReportDocument {
        let code = level["level"]?.stringValue ?? ""
        let name = level["name"]?.stringValue ?? code
        let division = divisionName(level["division"]?.stringValue ?? "", summary: summary)
        let total = level["comments"]?.intValue ?? 0
        var blocks: [ReportDocument.Block] = []
        var section = 0
        func heading(_ text: String) {
            blocks.append(.heading(level: 1, number: romans[section] + ".", text: text))
            section += 1
        }

        // I. Dossiers
        heading("HỒ SƠ CÁC CỤM CHUYÊN MÔN")
        let dossiers = (summary["dossiers"]?.items ?? []).filter { $0["level"]?.stringValue == code }
        let late = dossiers.filter { $0["on_time"] == .bool(false) }
        let incomplete = dossiers.filter { !($0["missing_parts"]?.items ?? []).isEmpty }
        blocks.append(.paragraph("Cấp \(name) có \(dossiers.count) cụm chuyên môn tổ chức hội thảo; \(dossiers.count - late.count) cụm nộp hồ sơ đúng hạn, \(late.count) cụm nộp muộn; \(incomplete.count) cụm thiếu thành phần hồ sơ."))
        blocks.append(.table(.init(
            caption: "Bảng 1. Hồ sơ các cụm chuyên môn",
            header: ["Cụm", "Tên cụm", "Ngày hội thảo", "Nhận hồ sơ", "Đúng hạn", "Thiếu thành phần", "Số liệu tại"],
            rows: dossiers.map { d in
                [d["cluster"]?.stringValue ?? "", d["name"]?.stringValue ?? "", date(d["workshop_date"]?.stringValue), date(d["received_at"]?.stringValue),
                 d["on_time"] == .bool(true) ? "Đúng hạn" : (d["on_time"] == .bool(false) ? "Muộn" : "–"),
                 (d["missing_parts"]?.items ?? []).compactMap(\.stringValue).joined(separator: "; ").ifEmpty("Đủ"),
                 month(d["data_cutoff"]?.stringValue) + (d["cutoff_matches"] == .bool(false) ? " (khác mốc)" : "")]
            },
            widths: [0.08, 0.27, 0.12, 0.15, 0.1, 0.18, 0.1])))

        // II. Figures on the comments
        heading("SỐ LIỆU VỀ Ý KIẾN GÓP Ý")
        let solutions = level["solution_proposals"]
        let targets = level["target_proposals"]
        blocks.append(.paragraph(
            "Tổng số \(vn(Double(total), decimals: 0)) ý kiến; \(percent(level["generic_share"]?.doubleValue)) ý kiến chung chung, "
                + "\(percent(level["with_data_share"]?.doubleValue)) có số liệu, \(percent(level["with_evidence_share"]?.doubleValue)) có minh chứng. "
                + "Đề xuất giải pháp mới: \(solutions?["total"]?.intValue ?? 0) ý kiến, trong đó \(solutions?["complete"]?.intValue ?? 0) đủ “6 rõ”; "
                + "đề xuất điều chỉnh chỉ tiêu: \(targets?["total"]?.intValue ?? 0) ý kiến, trong đó \(targets?["complete"]?.intValue ?? 0) đủ giá trị, căn cứ, điều kiện và mốc thời gian."))
        blocks.append(.table(.init(caption: "Bảng 2. Ý kiến theo nhóm nội dung", header: ["Nhóm nội dung", "Số ý kiến", "Tỷ lệ"], rows: counts(level["by_group"], names: groupNames, total: total), widths: [0.6, 0.2, 0.2], numeric: [1, 2])))
        blocks.append(.table(.init(caption: "Bảng 3. Ý kiến theo lĩnh vực", header: ["Lĩnh vực", "Số ý kiến", "Tỷ lệ"], rows: counts(level["by_area"], names: areaNames, total: total), widths: [0.6, 0.2, 0.2], numeric: [1, 2])))
        let clusters = (summary["clusters"]?.items ?? []).filter { $0["level"]?.stringValue == code }
        blocks.append(.table(.init(
            caption: "Bảng 4. Ý kiến theo cụm",
            header: ["Cụm", "Số ý kiến", "Chung chung", "Có số liệu", "Có minh chứng", "Giải pháp đủ 6 rõ"],
            rows: clusters.map { c in
                [c["cluster"]?.stringValue ?? "", vn(c["comments"]?.doubleValue, decimals: 0), percent(c["generic_share"]?.doubleValue),
                 percent(c["with_data_share"]?.doubleValue), percent(c["with_evidence_share"]?.doubleValue),
                 "\(c["solution_proposals"]?["complete"]?.intValue ?? 0)/\(c["solution_proposals"]?["total"]?.intValue ?? 0)"]
            }, widths: [0.15, 0.15, 0.17, 0.17, 0.18, 0.18], numeric: [1, 2, 3, 4, 5])))
        let groupKeys = ["thuc_trang", "muc_tieu", "giai_phap", "khac"]
        blocks.append(.chart(.init(
            kind: .stackedBars, title: "Biểu đồ 1. Ý kiến theo cụm và nhóm nội dung",
            categories: clusters.map { $0["cluster"]?.stringValue ?? "" },
            series: groupKeys.map { g in (name: groupNames[g]!, values: clusters.map { $0["by_group"]?[g]?.doubleValue ?? 0 }) },
            unit: "ý kiến")))

        // III. Current state, per area
        heading("THỰC TRẠNG")
        let claims = level["claims"]
        let contradicted = claims?["contradicted"]?.items ?? []
        let contradictedTotal = claims?["contradicted_total"]?.intValue ?? contradicted.count
        blocks.append(.paragraph("Đối chiếu với các phụ lục: \(claims?["supported"]?.intValue ?? 0) ý kiến nêu số liệu của đơn vị khớp với phụ lục, \(contradictedTotal) ý kiến mâu thuẫn với phụ lục." + shortList(contradicted.count, of: contradictedTotal)))
        if !contradicted.isEmpty {
            blocks.append(.bullets(contradicted.map { c in
                "\(source(c)): \((c["checks"]?.items ?? []).compactMap(\.stringValue).joined(separator: "; "))"
            }))
        }
        let findings = level["appendix_findings"]?["by_appendix"]?.items ?? []
        let areaSections: [(String, [String], [Int], Set<String>)] = [
            ("Về quy mô, mạng lưới (Phụ lục 1)", ["quy_mo_mang_luoi"], [1], []),
            ("Về đội ngũ (Phụ lục 2)", ["doi_ngu"], [2], []),
            ("Về cơ sở vật chất: đất đai, phòng học (Phụ lục 3)", ["dat_dai", "phong_hoc"], [3], []),
            ("Về nguồn lực tài chính", ["tai_chinh"], [], []),
            ("Về chất lượng giáo dục (Phụ lục 4)", ["chat_luong"], [4], []),
            ("Về chuyển đổi số, cải cách hành chính", ["chuyen_doi_so"], [], []),
        ]
        let states = level["current_state"]?.items ?? []
        for (n, (title, areas, appendices, _)) in areaSections.enumerated() {
            blocks.append(.heading(level: 2, number: letters[n] + ")", text: title))
            let here = states.filter { areas.contains($0["area"]?.stringValue ?? "") }
            let count = here.reduce(0) { $0 + ($1["comments"]?.intValue ?? 0) }
            blocks.append(.paragraph("\(count) ý kiến về thực trạng lĩnh vực này\(count > 0 ? "; các ý kiến cụ thể nhất:" : ".")"))
            for c in here.flatMap({ $0["top"]?.items ?? [] }).prefix(6) {
                var text = c["text"]?.stringValue ?? ""
                let checks = (c["checks"]?.items ?? []).compactMap(\.stringValue)
                if !checks.isEmpty { text += " [" + checks.joined(separator: "; ") + "]" }
                blocks.append(.quote(text: text, source: source(c)))
            }
            let reviewed = findings.filter { appendices.contains($0["appendix"]?.intValue ?? 0) }
            let flagged = reviewed.reduce(0) { $0 + ($1["flagged"]?.intValue ?? 0) }
            let quoted = reviewed.flatMap { $0["items"]?.items ?? [] }.prefix(SummarySections.findingsQuoted)
            if flagged > 0 {
                blocks.append(.paragraph("Kết quả rà soát phụ lục: \(flagged) cơ sở có vấn đề cần lưu ý:"))
                var items = quoted.map { f in
                    "\(f["name"]?.stringValue ?? f["institution"]?.stringValue ?? "") (\(f["institution"]?.stringValue ?? ""), \(f["cluster"]?.stringValue ?? "")): "
                        + (f["flags"]?.items ?? []).compactMap { $0["message"]?.stringValue }.joined(separator: "; ")
                }
                if flagged > quoted.count { items.append("và \(flagged - quoted.count) cơ sở khác (xem bảng “Rà soát phụ lục” trong tệp Excel).") }
                blocks.append(.bullets(items))
            }
        }

        // IV. Targets
        heading("MỤC TIÊU, CHỈ TIÊU")
        let indicators = (summary["indicators"]?.items ?? []).filter { ind in
            let levels = (ind["levels"]?.items ?? []).compactMap(\.stringValue)
            return levels.isEmpty || levels.contains(code)
        }
        blocks.append(.paragraph("Các chỉ tiêu áp dụng cho cấp \(name): \(indicators.count) chỉ tiêu. Đánh giá khả thi dựa trên quỹ đất, số người học, tiến độ đầu tư và nguồn lực, so sánh mức thay đổi cần đạt mỗi năm với tốc độ các năm trước."))
        blocks.append(.table(.init(
            caption: "Bảng 5. Đánh giá các chỉ tiêu",
            header: ["Mã", "Chỉ tiêu", "Hiện trạng", "Mục tiêu 2030", "Cần/năm", "Các năm trước/năm", "Điểm", "Đánh giá", "Mức", "Ý kiến các cụm"],
            rows: indicators.map { ind in
                [ind["code"]?.stringValue ?? "", ind["name"]?.stringValue ?? "", vn(ind["baseline"]?.doubleValue), vn(ind["target_2030"]?.doubleValue),
                 vn(ind["needed_per_year"]?.doubleValue, decimals: 2), vn(ind["historical_per_year"]?.doubleValue, decimals: 2), vn(ind["score"]?.doubleValue),
                 verdictNames[ind["verdict"]?.stringValue ?? ""] ?? "–", heightNames[ind["height"]?.stringValue ?? ""] ?? "–",
                 ind["agreement"]?["status"]?.stringValue.flatMap { agreementNames[$0] } ?? "Chưa có ý kiến"]
            }, widths: [0.07, 0.27, 0.08, 0.08, 0.08, 0.09, 0.06, 0.1, 0.07, 0.1], numeric: [2, 3, 4, 5, 6])))
        blocks.append(.chart(.init(
            kind: .horizontalBars, title: "Biểu đồ 2. Điểm khả thi các chỉ tiêu (0–100)",
            categories: indicators.map { $0["code"]?.stringValue ?? "" },
            series: [(name: "Điểm khả thi", values: indicators.map { $0["score"]?.doubleValue ?? 0 })], unit: "điểm")))
        let hard = indicators.filter { $0["verdict"]?.stringValue != "kha_thi" }
        if !hard.isEmpty {
            blocks.append(.paragraph("Các chỉ tiêu khó khả thi hoặc không khả thi:"))
            blocks.append(.bullets(hard.map { ind in
                "\(ind["code"]?.stringValue ?? "") – \(ind["name"]?.stringValue ?? ""): " + (ind["reasons"]?.items ?? []).compactMap(\.stringValue).joined(separator: "; ")
            }))
        }
        let targetProposals = level["proposals"]?["targets"]?.items ?? []
        let targetTotal = level["proposals"]?["targets_total"]?.intValue ?? targetProposals.count
        if targetTotal > targetProposals.count {
            blocks.append(.paragraph("Có \(vn(Double(targetTotal), decimals: 0)) đề xuất điều chỉnh chỉ tiêu." + shortList(targetProposals.count, of: targetTotal)))
        }
        if !targetProposals.isEmpty {
            blocks.append(.table(.init(
                caption: "Bảng 6. Đề xuất điều chỉnh chỉ tiêu",
                header: ["Đơn vị", "Chỉ tiêu", "Đề xuất", "Giá trị đề xuất", "Còn thiếu"],
                rows: targetProposals.map { p in
                    [source(p), (p["refs"]?.items ?? []).compactMap(\.stringValue).joined(separator: ", "), (p["proposal"]?.stringValue ?? p["text"]?.stringValue ?? ""),
                     p["proposed_value"]?.stringValue ?? "–", missingText(p, names: targetNames)]
                }, widths: [0.2, 0.1, 0.4, 0.1, 0.2])))
        }

        // V. Solutions
        heading("NHIỆM VỤ, GIẢI PHÁP")
        let tasks = level["solutions"]?.items ?? []
        if tasks.isEmpty {
            blocks.append(.paragraph("Không có ý kiến nêu mã nhiệm vụ cụ thể."))
        } else {
            blocks.append(.paragraph("Ý kiến theo nhiệm vụ của Đề án (số ý kiến nêu là giải pháp then chốt hoặc đồng ý trong ngoặc):"))
            blocks.append(.bullets(tasks.map { t in
                "\(t["code"]?.stringValue ?? "") \(t["name"]?.stringValue ?? ""): \(t["comment_count"]?.intValue ?? (t["comments"]?.items ?? []).count) ý kiến (\(t["key_solution"]?.intValue ?? 0) đồng ý)"
            }))
        }
        let newProposals = level["proposals"]?["solutions"]?.items ?? []
        let newTotal = level["proposals"]?["solutions_total"]?.intValue ?? newProposals.count
        let newComplete = level["solution_proposals"]?["complete"]?.intValue ?? newProposals.filter { $0["complete"] == .bool(true) }.count
        blocks.append(.paragraph("Đề xuất giải pháp mới hoặc sửa đổi: \(vn(Double(newTotal), decimals: 0)) ý kiến, \(vn(Double(newComplete), decimals: 0)) đủ “6 rõ” (rõ việc, rõ mục tiêu, rõ sản phẩm, rõ tiến độ, rõ nguồn lực, rõ trách nhiệm)." + shortList(newProposals.count, of: newTotal)))
        if !newProposals.isEmpty {
            blocks.append(.table(.init(
                caption: "Bảng 7. Kiểm tra “6 rõ” của các đề xuất giải pháp",
                header: ["Đơn vị", "Đề xuất"] + sixNames.map(\.1) + ["Còn thiếu"],
                rows: newProposals.map { p in
                    [source(p), p["proposal"]?.stringValue ?? p["text"]?.stringValue ?? ""]
                        + sixNames.map { p["elements"]?[$0.0] == .bool(true) ? "✓" : "✗" } + [missingText(p, names: sixNames.map { ($0.0, $0.1.lowercased()) })]
                }, widths: [0.15, 0.33, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.16])))
        }

        // VI. Agreed / not agreed
        heading("DANH MỤC NỘI DUNG THỐNG NHẤT, CHƯA THỐNG NHẤT")
        let agreement = level["agreement"]?.items ?? []
        let notAgreed = agreement.filter { $0["status"]?.stringValue == "chua_thong_nhat" }
        blocks.append(.paragraph("\(agreement.count - notAgreed.count) nội dung các cụm thống nhất, \(notAgreed.count) nội dung chưa thống nhất."))
        blocks.append(.table(.init(
            caption: "Bảng 8. Nội dung thống nhất và chưa thống nhất",
            header: ["Mã", "Nội dung", "Tình trạng", "Ý kiến các cụm"],
            rows: (notAgreed + agreement.filter { $0["status"]?.stringValue != "chua_thong_nhat" }).map { a in
                [a["code"]?.stringValue ?? "", a["name"]?.stringValue ?? "", agreementNames[a["status"]?.stringValue ?? ""] ?? "–", a["summary"]?.stringValue ?? ""]
            }, widths: [0.08, 0.32, 0.15, 0.45])))

        // VII. Data appendix
        heading("PHỤ LỤC SỐ LIỆU")
        let appendix = level["data_appendix"]
        let totalsHeader = ["Trường", "Lớp", "Người học", "Công suất", "Dự báo 2030", "Giáo viên", "Định mức GV", "Đất (m²)", "Phòng học", "Phòng tạm", "Đạt chuẩn QG"]
        func totalsRows(_ rows: [JSON]) -> [[String]] {
            rows.map { r in
                [r["name"]?.stringValue ?? "", vn(r["institutions"]?.doubleValue, decimals: 0), vn(r["classes"]?.doubleValue, decimals: 0), vn(r["learners"]?.doubleValue, decimals: 0),
                 vn(r["capacity"]?.doubleValue, decimals: 0), vn(r["forecast_2030"]?.doubleValue, decimals: 0), vn(r["teachers"]?.doubleValue, decimals: 0),
                 vn(r["teacher_norm"]?.doubleValue, decimals: 0), vn(r["land_m2"]?.doubleValue, decimals: 0), vn(r["rooms"]?.doubleValue, decimals: 0),
                 vn(r["temporary_rooms"]?.doubleValue, decimals: 0), vn(r["national_standard"]?.doubleValue, decimals: 0)]
            }
        }
        let widths = [0.16] + Array(repeating: 0.84 / 11, count: 11)
        blocks.append(.table(.init(caption: "Bảng 9. Tổng hợp số liệu theo xã, phường, đặc khu", header: ["Xã, phường"] + totalsHeader, rows: totalsRows(appendix?["by_commune"]?.items ?? []), widths: widths, numeric: Set(1...11))))
        blocks.append(.table(.init(caption: "Bảng 10. Tổng hợp số liệu theo cụm", header: ["Cụm"] + totalsHeader, rows: totalsRows(appendix?["by_cluster"]?.items ?? []), widths: widths, numeric: Set(1...11))))
        let discrepancies = appendix?["discrepancies"]?.items ?? []
        blocks.append(.paragraph(discrepancies.isEmpty ? "Không phát hiện sai lệch số liệu giữa các cụm." : "Sai lệch số liệu phát hiện khi đối chiếu (\(discrepancies.count)):"))
        if !discrepancies.isEmpty {
            blocks.append(.bullets(discrepancies.map { ($0["place"]?.stringValue ?? "") + ": " + ($0["message"]?.stringValue ?? "") }))
        }

        return ReportDocument(
            name: "bao-cao-\(code)", issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", unit: division.uppercased(),
            placeAndDate: placeAndDate(summary["plan"]?["level_report_deadline"]?.stringValue),
            title: "BÁO CÁO TỔNG HỢP CẤP HỌC",
            subtitle: "Kết quả hội thảo góp ý dự thảo Đề án phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045 — cấp \(name)",
            blocks: blocks)
    }

    /// Said under a list that quotes only the most specific comments of a longer one.
    static func shortList(_ shown: Int, of total: Int) -> String {
        guard total > shown else { return "" }
        return " Dưới đây nêu \(vn(Double(shown), decimals: 0)) ý kiến cụ thể nhất; danh sách đầy đủ \(vn(Double(total), decimals: 0)) ý kiến ở bảng tổng hợp Excel và tệp annotations.jsonl."
    }

    static func missingText(_ proposal: JSON, names: [(String, String)]) -> String {
        let missing = (proposal["missing"]?.items ?? []).compactMap(\.stringValue)
        if missing.isEmpty { return "Đủ" }
        return missing.map { key in names.first { $0.0 == key }?.1 ?? key }.joined(separator: ", ")
    }

    // MARK: - The sector synthesis

    static func sectorReport(_ summary: JSON) -> ReportDocument {
        var blocks: [ReportDocument.Block] = []
        var section = 0
        func heading(_ text: String) {
            blocks.append(.heading(level: 1, number: romans[section] + ".", text: text))
            section += 1
        }
        let totals = summary["totals"]
        let all = summary["all"]

        heading("TỔ CHỨC HỘI THẢO VÀ TIẾP NHẬN HỒ SƠ")
        let dossiers = summary["dossiers"]?.items ?? []
        let follow = dossiers.filter { $0["on_time"] == .bool(false) || !($0["missing_parts"]?.items ?? []).isEmpty || $0["cutoff_matches"] == .bool(false) }
        let institutions = (summary["levels"]?.items ?? []).flatMap { $0["data_appendix"]?["by_cluster"]?.items ?? [] }.reduce(0) { $0 + ($1["institutions"]?.intValue ?? 0) }
        blocks.append(.paragraph("Toàn ngành có \(dossiers.count) cụm chuyên môn tổ chức hội thảo, gửi \(vn(totals?["comments"]?.doubleValue, decimals: 0)) ý kiến góp ý và số liệu phụ lục của \(vn(Double(institutions), decimals: 0)) cơ sở giáo dục; \(follow.count) cụm cần đôn đốc, hoàn thiện hồ sơ."))
        blocks.append(.table(.init(
            caption: "Bảng 1. Lịch hội thảo và tình trạng hồ sơ",
            header: ["Cụm", "Cấp học", "Tên cụm", "Ngày hội thảo", "Nhận hồ sơ", "Tình trạng"],
            rows: dossiers.map { d in
                var status: [String] = []
                if d["on_time"] == .bool(false) { status.append("nộp muộn") }
                let missing = (d["missing_parts"]?.items ?? []).compactMap(\.stringValue)
                if !missing.isEmpty { status.append("thiếu " + missing.joined(separator: ", ")) }
                if d["cutoff_matches"] == .bool(false) { status.append("số liệu tại tháng \(month(d["data_cutoff"]?.stringValue))") }
                return [d["cluster"]?.stringValue ?? "", levelName(d["level"]?.stringValue, summary: summary), d["name"]?.stringValue ?? "", date(d["workshop_date"]?.stringValue),
                        date(d["received_at"]?.stringValue), status.isEmpty ? "Đầy đủ, đúng hạn" : status.joined(separator: "; ")]
            }, widths: [0.08, 0.1, 0.3, 0.12, 0.15, 0.25])))
        if !follow.isEmpty {
            blocks.append(.paragraph("Các cụm cần đôn đốc:"))
            blocks.append(.bullets(follow.map { "\($0["cluster"]?.stringValue ?? "") – \($0["name"]?.stringValue ?? "")" }))
        }

        heading("KẾT QUẢ GÓP Ý THEO PHÒNG CHUYÊN MÔN")
        blocks.append(.paragraph("Tổng số \(vn(all?["comments"]?.doubleValue, decimals: 0)) ý kiến, \(percent(all?["generic_share"]?.doubleValue)) chung chung, \(percent(all?["with_data_share"]?.doubleValue)) có số liệu, \(percent(all?["with_evidence_share"]?.doubleValue)) có minh chứng."))
        let divisions = summary["sector"]?["divisions"]?.items ?? []
        blocks.append(.table(.init(
            caption: "Bảng 2. So sánh ba phòng chuyên môn",
            header: ["Phòng", "Cấp học", "Số cụm", "Số ý kiến", "Chung chung", "Mâu thuẫn phụ lục", "Hồ sơ cần đôn đốc"],
            rows: divisions.map { d in
                [d["name"]?.stringValue ?? "", (d["levels"]?.items ?? []).map { levelName($0.stringValue, summary: summary) }.joined(separator: ", "),
                 vn(d["clusters"]?.doubleValue, decimals: 0), vn(d["comments"]?.doubleValue, decimals: 0), percent(d["generic_share"]?.doubleValue),
                 vn(d["contradicted_claims"]?.doubleValue, decimals: 0), vn(d["dossiers_to_follow_up"]?.doubleValue, decimals: 0)]
            }, widths: [0.3, 0.16, 0.08, 0.1, 0.12, 0.12, 0.12], numeric: [2, 3, 4, 5, 6])))

        heading("CÁC CHỈ TIÊU CỦA ĐỀ ÁN")
        let indicators = summary["indicators"]?.items ?? []
        let counted = Dictionary(grouping: indicators, by: { $0["verdict"]?.stringValue ?? "" }).mapValues(\.count)
        blocks.append(.paragraph("\(indicators.count) chỉ tiêu: \(counted["kha_thi"] ?? 0) khả thi, \(counted["kho_kha_thi"] ?? 0) khó khả thi, \(counted["khong_kha_thi"] ?? 0) không khả thi."))
        blocks.append(.table(.init(
            caption: "Bảng 3. Chỉ tiêu theo các cấp học",
            header: ["Mã", "Chỉ tiêu", "Cấp học", "Hiện trạng", "Mục tiêu 2030", "Điểm", "Đánh giá", "Mức", "Ý kiến"],
            rows: indicators.map { ind in
                [ind["code"]?.stringValue ?? "", ind["name"]?.stringValue ?? "", (ind["levels"]?.items ?? []).map { levelName($0.stringValue, summary: summary) }.joined(separator: ", "),
                 vn(ind["baseline"]?.doubleValue), vn(ind["target_2030"]?.doubleValue), vn(ind["score"]?.doubleValue),
                 verdictNames[ind["verdict"]?.stringValue ?? ""] ?? "–", heightNames[ind["height"]?.stringValue ?? ""] ?? "–",
                 vn(ind["comments"]?["total"]?.doubleValue, decimals: 0)]
            }, widths: [0.07, 0.33, 0.14, 0.08, 0.08, 0.06, 0.1, 0.07, 0.07], numeric: [3, 4, 5, 8])))

        heading("NỘI DUNG CHƯA THỐNG NHẤT CẦN LÃNH ĐẠO XEM XÉT, QUYẾT ĐỊNH")
        let notAgreed = summary["sector"]?["not_agreed"]?.items ?? []
        blocks.append(.paragraph(notAgreed.isEmpty ? "Các cụm thống nhất ở mọi nội dung." : "\(notAgreed.count) nội dung các cụm chưa thống nhất:"))
        if !notAgreed.isEmpty {
            blocks.append(.table(.init(
                caption: "Bảng 4. Nội dung chưa thống nhất",
                header: ["Mã", "Nội dung", "Ý kiến các cụm"],
                rows: notAgreed.map { [$0["code"]?.stringValue ?? "", $0["name"]?.stringValue ?? "", $0["summary"]?.stringValue ?? ""] },
                widths: [0.1, 0.35, 0.55])))
        }

        heading("CHẤT LƯỢNG Ý KIẾN THEO CỤM")
        let clusters = summary["clusters"]?.items ?? []
        blocks.append(.paragraph("Kế hoạch yêu cầu hạn chế tối đa ý kiến chung chung; tỷ lệ ý kiến chung chung theo cụm:"))
        blocks.append(.table(.init(
            caption: "Bảng 5. Ý kiến chung chung theo cụm",
            header: ["Cụm", "Cấp học", "Số ý kiến", "Chung chung", "Tỷ lệ"],
            rows: clusters.map { c in
                [c["cluster"]?.stringValue ?? "", levelName(c["level"]?.stringValue, summary: summary), vn(c["comments"]?.doubleValue, decimals: 0),
                 vn(c["generic"]?.doubleValue, decimals: 0), percent(c["generic_share"]?.doubleValue)]
            }, widths: [0.2, 0.2, 0.2, 0.2, 0.2], numeric: [2, 3, 4])))
        blocks.append(.chart(.init(
            kind: .horizontalBars, title: "Biểu đồ 1. Tỷ lệ ý kiến chung chung theo cụm (%)",
            categories: clusters.map { $0["cluster"]?.stringValue ?? "" },
            series: [(name: "Tỷ lệ chung chung", values: clusters.map { ($0["generic_share"]?.doubleValue ?? 0) * 100 })], unit: "%")))

        return ReportDocument(
            name: "tong-hop-toan-nganh", issuer: "UBND THÀNH PHỐ HẢI PHÒNG", unit: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            placeAndDate: placeAndDate(summary["plan"]?["level_report_deadline"]?.stringValue),
            title: "BÁO CÁO TỔNG HỢP TOÀN NGÀNH",
            subtitle: "Kết quả hội thảo góp ý dự thảo Đề án phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045",
            blocks: blocks)
    }
}

extension JSON {
    /// The elements of an array, or none.
    var items: [JSON] {
        if case .array(let a) = self { return a }
        return []
    }

    /// The value as text.
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as an integer.
    var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded(): return Int(d)
        default: return nil
        }
    }

    /// The value as a number.
    var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
}

extension String {
    func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
