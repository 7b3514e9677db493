import Foundation
import XCTest

/// The sample in Inputs/ read end to end: every comment accounted for, and every deliberate
/// defect listed in Inputs/hai-phong-mau/README.md found where it is.
final class SampleTests: XCTestCase {
    let h = Harness()
    static let sample = "Inputs/hai-phong-mau"

    func testTheSampleIsReadWholeAndItsDefectsAreFound() throws {
        let out = h.temporary("sample")
        let r = try h.gopy(["run", Self.sample, "--out", out])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("437 comments read, 437 annotated, 0 rejected, 0 rule errors"), r.stderr)

        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        let totals = summary["totals"] as! [String: Any]
        XCTAssertEqual(totals["clusters"] as? Int, 11)
        XCTAssertEqual(totals["appendix_rows"] as? Int, 4 * 167)
        XCTAssertEqual(totals["indicators"] as? Int, 52)
        XCTAssertEqual(totals["tasks"] as? Int, 48)
        for file in summary["files"] as! [[String: Any]] {
            XCTAssertEqual(file["rows_read"] as? Int, (file["rows_kept"] as! Int) + (file["rows_rejected"] as! Int), "\(file)")
        }
        let levels = (summary["levels"] as! [[String: Any]]).map { $0["level"] as! String }
        XCTAssertEqual(levels, ["mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "gdnn", "dai_hoc"])

        let diagnostics = try h.lines(out + "/diagnostics.jsonl")
        func find(_ code: String, _ fileSuffix: String) -> [[String: Any]] {
            diagnostics.filter { $0["code"] as? String == code && ($0["file"] as? String ?? "").hasSuffix(fileSuffix) }
        }
        let bad = find("cell.not-a-number", "cum-03/phu-luc-1.csv")
        XCTAssertEqual(bad.count, 1)
        XCTAssertEqual(bad.first?["row"] as? Int, 9)
        XCTAssertEqual(bad.first?["column"] as? String, "F")
        XCTAssertEqual(find("dossier.late", "cum-04/ho-so.toml").count, 1)
        XCTAssertEqual(find("dossier.cutoff", "cum-09/ho-so.toml").count, 1)
        XCTAssertEqual(find("dossier.missing-part", "cum-10").count, 1)
        XCTAssertEqual(diagnostics.filter { $0["code"] as? String == "dossier.late" }.count, 1, "only cum-04 is late")
        let legacy = find("text.legacy-encoding", "cum-08/gop-y.csv")
        XCTAssertEqual(legacy.count, 1)
        XCTAssertTrue((legacy.first?["message"] as? String ?? "").contains("5 row(s): 13, 14, 15, 16, 17"))
        let duplicates = diagnostics.filter { $0["code"] as? String == "appendix.duplicate-institution" }.compactMap { $0["message"] as? String }
        XCTAssertEqual(duplicates.count, 2)
        XCTAssertTrue(duplicates.contains { $0.hasPrefix("institution HP-TH-019 ") })
        XCTAssertTrue(duplicates.contains { $0.hasPrefix("institution HP-THPT-015 ") })
        XCTAssertEqual(diagnostics.filter { $0["code"] as? String == "appendix.conflicting-figures" }.compactMap { $0["message"] as? String },
                       ["institution HP-THPT-015: hoc_sinh is 1312 here but 1245 in cluster cum-07"])

        // The TCVN3 rows read as the Unicode the school meant.
        let annotations = try h.lines(out + "/annotations.jsonl")
        XCTAssertEqual(annotations.count, 437)
        let converted = annotations.first { $0["id"] as? String == "thpt/cum-08/14" }
        XCTAssertEqual(converted?["text"] as? String, "Đề nghị có chính sách nhà công vụ cho giáo viên trẻ công tác tại các xã ven biển Vĩnh Bảo, Tiên Lãng.")

        // The appendix rules find the rate above 100 and the rooms that do not add up.
        let findings = try h.lines(out + "/appendix-findings.jsonl")
        let counts = summary["appendix_findings"] as! [String: Any]
        XCTAssertEqual(counts["rows_flagged"] as? Int, findings.count)
        XCTAssertEqual((counts["by_code"] as! [String: Int]).values.reduce(0, +), findings.reduce(0) { $0 + ($1["flags"] as! [Any]).count })
        XCTAssertEqual(counts["file"] as? String, "appendix-findings.jsonl")
        func flagged(_ institution: String, _ code: String) -> Bool {
            findings.contains { $0["institution"] as? String == institution && ($0["flags"] as! [[String: Any]]).contains { $0["code"] as? String == code } }
        }
        XCTAssertTrue(flagged("HP-THCS-009", "ty_le_sai"))
        XCTAssertTrue(flagged("HP-THPT-024", "tong_khong_khop"))
    }

    func testCheckNeedsNoRules() throws {
        let r = try h.gopy(["check", Self.sample])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("437 comment rows read, 0 would be rejected"), r.stderr)
    }
}

extension SampleTests {
    func testEveryIndicatorIsScoredAndDisagreementsAreFound() throws {
        let out = h.temporary("sample-synthesis")
        XCTAssertEqual(try h.gopy(["run", Self.sample, "--out", out]).status, 1)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        let indicators = summary["indicators"] as! [[String: Any]]
        XCTAssertEqual(indicators.count, 52)
        for indicator in indicators {
            XCTAssertNotNil(indicator["verdict"] as? String, "\(indicator["code"]!)")
            let score = indicator["score"] as! Double
            XCTAssertTrue((0...100).contains(score))
        }
        // The sample's clusters propose different values for CT1.01 (README: cum-01 45 %, cum-02 55 %).
        let ct101 = indicators.first { $0["code"] as? String == "CT1.01" }!
        XCTAssertEqual((ct101["agreement"] as? [String: Any])?["status"] as? String, "chua_thong_nhat")
        XCTAssertEqual((summary["tasks"] as! [Any]).count, 48)
    }
}

extension SampleTests {
    /// The nine comments the sample's README lists as contradicting their own appendix rows,
    /// and no other, are flagged.
    func testClaimsAreCheckedAgainstTheAppendices() throws {
        let out = h.temporary("sample-claims")
        XCTAssertEqual(try h.gopy(["run", Self.sample, "--out", out]).status, 1)
        let annotations = try h.lines(out + "/annotations.jsonl")
        let contradicted = annotations.filter { a in
            (a["flags"] as! [[String: Any]]).contains { $0["code"] as? String == "mau_thuan_phu_luc" }
        }.compactMap { $0["id"] as? String }
        XCTAssertEqual(Set(contradicted), [
            "mam_non/cum-01/14", "mam_non/cum-01/17", "mam_non/cum-02/16", "tieu_hoc/cum-03/13", "tieu_hoc/cum-04/9",
            "thcs/cum-05/15", "thcs/cum-06/18", "thpt/cum-07/16", "thpt/cum-08/18",
        ])
        let supported = annotations.filter { a in
            (a["flags"] as! [[String: Any]]).contains { $0["code"] as? String == "khop_phu_luc" }
        }
        XCTAssertGreaterThan(supported.count, 15)
    }
}
