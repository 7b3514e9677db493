import Foundation
import XCTest

/// The reports people read: one per level with comments and the sector synthesis, every figure
/// taken from summary.json.
final class ReportTests: XCTestCase {
    let h = Harness()

    /// "1.234,5" → 1234.5; "85,5%" → 85.5; "–" → nil.
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        return Double(cleaned.trimmingCharacters(in: .whitespaces))
    }

    /// The rows of the Markdown table whose caption starts with `caption`.
    static func table(_ markdown: String, caption: String) -> [[String]] {
        let lines = markdown.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("*" + caption) }) else { return [] }
        var rows: [[String]] = []
        for line in lines[(start + 4)...] {
            guard line.hasPrefix("|") else { break }
            rows.append(line.dropFirst(2).dropLast(2).components(separatedBy: " | "))
        }
        return rows
    }

    func testMarkdownReportsShowTheSummaryFigures() throws {
        let out = h.temporary("reports")
        XCTAssertEqual(try h.gopy(["run", "Inputs/hai-phong-mau", "--out", out]).status, 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(names, ["bao-cao-dai_hoc.md", "bao-cao-gdnn.md", "bao-cao-gdtx.md", "bao-cao-mam_non.md", "bao-cao-thcs.md", "bao-cao-thpt.md", "bao-cao-tieu_hoc.md", "tong-hop-toan-nganh.md"])
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        let md = try String(contentsOfFile: out + "/bao-cao-thcs.md", encoding: .utf8)
        for heading in ["## I. HỒ SƠ CÁC CỤM", "## II. SỐ LIỆU", "## III. THỰC TRẠNG", "## IV. MỤC TIÊU, CHỈ TIÊU", "## V. NHIỆM VỤ, GIẢI PHÁP", "## VI. DANH MỤC NỘI DUNG THỐNG NHẤT", "## VII. PHỤ LỤC SỐ LIỆU"] {
            XCTAssertTrue(md.contains(heading), heading)
        }
        // Every indicator row equals summary.json.
        let indicators = Dictionary(uniqueKeysWithValues: (summary["indicators"] as! [[String: Any]]).map { ($0["code"] as! String, $0) })
        let rows = Self.table(md, caption: "Bảng 5.")
        XCTAssertGreaterThan(rows.count, 10)
        for row in rows {
            let indicator = try XCTUnwrap(indicators[row[0]], row[0])
            XCTAssertEqual(Self.number(row[2]) ?? -1, ((indicator["baseline"] as? Double) ?? -1), accuracy: 0.051, row[0])
            XCTAssertEqual(Self.number(row[3]) ?? -1, ((indicator["target_2030"] as? Double) ?? -1), accuracy: 0.051, row[0])
            XCTAssertEqual(Self.number(row[6]) ?? -1, ((indicator["score"] as? Double) ?? -1), accuracy: 0.51, row[0])
        }
        // The comment counts by group equal summary.json.
        let level = (summary["levels"] as! [[String: Any]]).first { $0["level"] as? String == "thcs" }!
        let byGroup = level["by_group"] as! [String: Int]
        let groups = Dictionary(uniqueKeysWithValues: Self.table(md, caption: "Bảng 2.").map { ($0[0], Int($0[1])!) })
        XCTAssertEqual(groups["Thực trạng"], byGroup["thuc_trang"])
        XCTAssertEqual(groups["Mục tiêu, chỉ tiêu"], byGroup["muc_tieu"])
        XCTAssertEqual(groups["Nhiệm vụ, giải pháp"], byGroup["giai_phap"])
        // Every cluster row of Bảng 4 and every commune row of Bảng 9 equals summary.json.
        let clusters = Dictionary(uniqueKeysWithValues: (summary["clusters"] as! [[String: Any]]).map { ($0["cluster"] as! String, $0) })
        let clusterRows = Self.table(md, caption: "Bảng 4.")
        XCTAssertEqual(clusterRows.count, 2)
        for row in clusterRows {
            let cluster = try XCTUnwrap(clusters[row[0]])
            XCTAssertEqual(Int(row[1]), cluster["comments"] as? Int, row[0])
            XCTAssertEqual(Self.number(row[2]) ?? -1, ((cluster["generic_share"] as? Double) ?? -1) * 100, accuracy: 0.051, row[0])
        }
        let communes = ((level["data_appendix"] as! [String: Any])["by_commune"] as! [[String: Any]])
        let communeRows = Self.table(md, caption: "Bảng 9.")
        XCTAssertEqual(communeRows.count, communes.count)
        let columns = ["institutions", "classes", "learners", "capacity", "forecast_2030", "teachers", "teacher_norm", "land_m2", "rooms", "temporary_rooms", "national_standard"]
        for (row, commune) in zip(communeRows, communes) {
            XCTAssertEqual(row[0], commune["name"] as? String)
            for (i, key) in columns.enumerated() {
                XCTAssertEqual(Self.number(row[i + 1]) ?? -1, (commune[key] as? Double) ?? Double(commune[key] as? Int ?? -1), accuracy: 0.51, "\(row[0]) \(key)")
            }
        }
        let sector = try String(contentsOfFile: out + "/tong-hop-toan-nganh.md", encoding: .utf8)
        XCTAssertTrue(sector.contains("# BÁO CÁO TỔNG HỢP TOÀN NGÀNH"))
        XCTAssertTrue(sector.contains("cum-04 – "), "the late cluster is in the follow-up list")
    }
}
