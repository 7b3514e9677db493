import Foundation
import XCTest

/// `gopy template` writes forms that come back without a single mapping problem: a school
/// fills them in another program (openpyxl here, as Excel would) and gopy reads exactly what
/// was typed.
final class TemplateTests: XCTestCase {
    let h = Harness()

    func testTheFormsAreWrittenForEveryCluster() throws {
        let out = h.temporary("forms")
        let r = try h.gopy(["template", SampleTests.sample, "--out", out])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("55 forms for 11 clusters"), r.stderr)
        for cluster in (1...11).map({ String(format: "cum-%02d", $0) }) {
            for name in ["gop-y", "phu-luc-1", "phu-luc-2", "phu-luc-3", "phu-luc-4"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: "\(out)/\(cluster)/\(name).xlsx"), "\(cluster)/\(name)")
            }
        }
        // The same dataset gives the same bytes.
        let again = h.temporary("forms-again")
        _ = try h.gopy(["template", SampleTests.sample, "--out", again])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out + "/cum-05/gop-y.xlsx")), try Data(contentsOf: URL(fileURLWithPath: again + "/cum-05/gop-y.xlsx")))
    }

    /// What the Python script types into the forms, and what gopy must read back.
    static let comments: [[String: String]] = [
        ["unit": "Trường THCS Hồng Bàng", "unit_code": "HP-THCS-001", "ref": "CT2.03",
         "text": "Tỷ lệ giáo viên THCS đạt chuẩn trình độ đào tạo của trường hiện là 96,5%; đề nghị giữ chỉ tiêu 2030 là 100%.",
         "basis": "Phụ lục 2, dòng HP-THCS-001", "proposed_value": "100%", "conditions": "Bồi dưỡng 3 giáo viên", "timeline": "2027"],
        ["unit": "Trường THCS Chu Văn An", "unit_code": "HP-THCS-004", "ref": "NV5.02",
         "text": "Đề nghị bổ sung nhiệm vụ xây 4 phòng học bộ môn\ncho trường (dòng 2 của ô).",
         "proposal": "Bổ sung vào NV5.02", "viec": "Xây 4 phòng bộ môn", "muc_tieu": "Đủ phòng bộ môn theo chuẩn", "san_pham": "4 phòng",
         "tien_do": "2026-2027", "nguon_luc": "Ngân sách thành phố 6 tỷ đồng", "trach_nhiem": "UBND phường Lê Chân"],
        ["unit": "Tổ Toán liên trường cụm THCS số 1", "location": "Phần III, mục 2",
         "text": "Nhất trí với dự thảo; đề nghị rà soát lỗi chính tả “tầm nhìn 2045” ở trang 12 & số liệu <bảng 3>."],
    ]

    func testAFormFilledWithOpenpyxlReadsBackExactly() throws {
        guard (try? h.python("import openpyxl"))?.status == 0 else { throw XCTSkip("openpyxl is not installed (scripts/install-deps.sh --interop)") }
        let forms = h.temporary("filled-forms")
        let r = try h.gopy(["template", SampleTests.sample, "--out", forms])
        XCTAssertEqual(r.status, 0, r.stderr)

        // A dataset of one cluster: the sample's plan, catalogues and manifest, the filled forms,
        // and the dossier's other parts copied from the sample so the dossier check is quiet.
        let dataset = h.temporary("filled-dataset")
        let fm = FileManager.default
        let sample = Harness.root + "/" + SampleTests.sample
        try fm.createDirectory(atPath: dataset + "/cum/cum-05", withIntermediateDirectories: true)
        try fm.copyItem(atPath: sample + "/ke-hoach.toml", toPath: dataset + "/ke-hoach.toml")
        try fm.copyItem(atPath: sample + "/de-an", toPath: dataset + "/de-an")
        for part in ["ho-so.toml", "bien-ban.pdf", "gop-y.pdf", "phu-luc.pdf", "minh-chung.csv"] {
            try fm.copyItem(atPath: sample + "/cum/cum-05/" + part, toPath: dataset + "/cum/cum-05/" + part)
        }
        let comments = try JSONSerialization.data(withJSONObject: Self.comments)
        let script = """
            import json, sys, openpyxl
            src, dst, comments = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
            keys = {"STT": "stt", "Đơn vị góp ý": "unit", "Mã đơn vị": "unit_code", "Vị trí trong Đề án": "location",
                    "Mã chỉ tiêu/nhiệm vụ": "ref", "Nội dung góp ý": "text", "Đề xuất (chỉnh sửa, bổ sung)": "proposal",
                    "Căn cứ, minh chứng": "basis", "Chỉ tiêu đề xuất": "proposed_value", "Điều kiện thực hiện": "conditions",
                    "Mốc thời gian": "timeline", "Rõ việc": "viec", "Rõ mục tiêu": "muc_tieu", "Rõ sản phẩm": "san_pham",
                    "Rõ tiến độ": "tien_do", "Rõ nguồn lực": "nguon_luc", "Rõ trách nhiệm": "trach_nhiem"}
            wb = openpyxl.load_workbook(src + "/gop-y.xlsx")
            ws = wb["Góp ý"]
            column = {keys[c.value]: c.column for c in ws[3]}
            assert len(column) == len(keys), column
            for i, comment in enumerate(comments):
                ws.cell(row=4 + i, column=column["stt"], value=i + 1)
                for key, value in comment.items():
                    ws.cell(row=4 + i, column=column[key], value=value)
            wb.save(dst + "/gop-y.xlsx")
            totals = {}
            for n in range(1, 5):
                wb = openpyxl.load_workbook(src + "/phu-luc-%d.xlsx" % n)
                ws = wb["PL%d" % n]
                header = [c.value for c in ws[3]]
                for row in range(4, ws.max_row + 1):
                    if not ws.cell(row=row, column=1).value:
                        continue
                    for col, name in enumerate(header, start=1):
                        if name in ("Mã trường", "Tên trường", "Cấp học", "Xã/phường", "Loại hình"):
                            continue
                        if name == "Dự án đầu tư":
                            value = "Đã phê duyệt"
                        elif name == "Đạt chuẩn quốc gia":
                            value = "Có" if row % 2 else "Không"
                            totals["Có"] = totals.get("Có", 0) + (value == "Có")
                        elif name == "Mức kiểm định":
                            value = "Cấp độ 2"
                        else:
                            value = row * 10 + col
                        ws.cell(row=row, column=col, value=value)
                        if isinstance(value, int):
                            totals[name] = totals.get(name, 0) + value
                wb.save(dst + "/phu-luc-%d.xlsx" % n)
            print(json.dumps(totals, ensure_ascii=False))
            """
        let filled = try h.python(script, [forms + "/cum-05", dataset + "/cum/cum-05", String(decoding: comments, as: UTF8.self)])
        XCTAssertEqual(filled.status, 0, filled.err)
        let totals = try JSONSerialization.jsonObject(with: Data(filled.out.utf8)) as! [String: Int]

        let check = try h.gopy(["check", dataset])
        XCTAssertTrue(check.stderr.contains("3 comment rows read, 0 would be rejected"), check.stderr)
        let out = h.temporary("filled-out")
        let run = try h.gopy(["run", dataset, "--out", out])
        XCTAssertLessThanOrEqual(run.status, 1, run.stderr)

        // No problem with a header, a column, a cell or a row: the only findings may be about
        // the rest of the plan (clusters and levels this one-cluster dataset does not have) and
        // the content (15 of the cluster's schools sent no comment, which is true).
        let diagnostics = try h.lines(out + "/diagnostics.jsonl")
        let formProblems = diagnostics.filter { d in
            let code = d["code"] as? String ?? ""
            return code != "appendix.no-comments" && ["table.", "comments.", "appendix.", "cell.", "xlsx.", "text."].contains { code.hasPrefix($0) }
        }
        XCTAssertEqual(formProblems.count, 0, "\(formProblems)")

        let annotations = try h.lines(out + "/annotations.jsonl")
        XCTAssertEqual(annotations.count, Self.comments.count)
        for (annotation, typed) in zip(annotations, Self.comments) {
            XCTAssertEqual(annotation["text"] as? String, typed["text"])
            XCTAssertEqual(annotation["unit"] as? String, typed["unit"])
            if let ref = typed["ref"] { XCTAssertTrue((annotation["refs"] as? [String] ?? []).contains(ref), "\(annotation)") }
        }
        XCTAssertEqual(annotations.map { ($0["source"] as? [String: Any])?["row"] as? Int }, [4, 5, 6])
        // The split 6 rõ columns reach the rules: every element was written for the second comment.
        let six = annotations[1]["six_clear"] as? [String: Any]
        XCTAssertEqual(six?["complete"] as? Bool, true, "\(annotations[1])")

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        for file in summary["files"] as! [[String: Any]] {
            XCTAssertEqual(file["rows_rejected"] as? Int, 0, "\(file)")
            XCTAssertEqual(file["rows_read"] as? Int, file["rows_kept"] as? Int, "\(file)")
        }
        let level = (summary["levels"] as! [[String: Any]]).first { $0["level"] as? String == "thcs" }!
        let cluster = ((level["data_appendix"] as! [String: Any])["by_cluster"] as! [[String: Any]]).first { $0["name"] as? String == "cum-05" }!
        XCTAssertEqual(cluster["institutions"] as? Int, 17)
        XCTAssertEqual(cluster["classes"] as? Int, totals["Số lớp"])
        XCTAssertEqual(cluster["learners"] as? Int, totals["Số học sinh"])
        XCTAssertEqual(cluster["teachers"] as? Int, totals["Giáo viên"])
        XCTAssertEqual(cluster["land_m2"] as? Int, totals["Diện tích đất (m²)"])
        XCTAssertEqual(cluster["temporary_rooms"] as? Int, totals["Phòng tạm"])
        XCTAssertEqual(cluster["national_standard"] as? Int, totals["Có"])
    }
}
