import Foundation
import Tabular
import XCTest

/// The .xlsx reports of a run on the sample: every figure equals the one in summary.json (read
/// back with gopy's own reader), and the files open in openpyxl and LibreOffice.
final class ExcelReportTests: XCTestCase {
    let h = Harness()

    struct Run {
        var out: String
        var summary: [String: Any]
    }

    func runSample() throws -> Run {
        let out = h.temporary("xlsx-report")
        let r = try h.gopy(["run", SampleTests.sample, "--out", out])
        XCTAssertEqual(r.status, 1, r.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        return Run(out: out, summary: summary)
    }

    /// The sheet's rows under its header (row 2), as header text → cell.
    func table(_ file: String, _ sheetName: String) throws -> [[String: Cell]] {
        let (sheets, diagnostics) = try TableReader.read(URL(fileURLWithPath: file), displayPath: file)
        XCTAssertEqual(diagnostics.count, 0, "\(diagnostics)")
        let sheet = try XCTUnwrap(sheets.first { $0.name == sheetName }, "no sheet \(sheetName) in \(file)")
        let header = try XCTUnwrap(sheet.row(2)).cells.map(\.text)
        return sheet.rows.filter { $0.number > 2 }.map { row in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, row.cell(at: $0)) })
        }
    }

    /// A number of the summary as the report must show it: the same Double, or an empty cell for null.
    func assertNumber(_ cell: Cell?, _ value: Any?, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        if let n = value as? NSNumber {
            // Foundation on Linux parses JSON numbers as decimals and its `doubleValue` can miss
            // the last digit (12.499999999999956 → 12.49999999999996); the decimal text is exact.
            let exact = Double(n.stringValue) ?? n.doubleValue
            XCTAssertEqual(cell?.number, exact, what, file: file, line: line)
            if case .number? = cell {} else { XCTFail("\(what): \(String(describing: cell)) is not a number cell", file: file, line: line) }
        } else {
            XCTAssertEqual(cell ?? .empty, .empty, what, file: file, line: line)
        }
    }

    /// `2026-02-03` → `03/02/2026`; `2026-02-05T16:20:00+07:00` → `16:20 05/02/2026`.
    func vietnameseDate(_ iso: String) -> String {
        let day = "\(iso.dropFirst(8).prefix(2))/\(iso.dropFirst(5).prefix(2))/\(iso.prefix(4))"
        return iso.count >= 16 ? "\(iso.dropFirst(11).prefix(5)) \(day)" : day
    }

    func testEveryFigureOfTheWorkbooksIsTheSummarys() throws {
        let run = try runSample()
        let indicators = run.summary["indicators"] as! [[String: Any]]
        let dossiers = run.summary["dossiers"] as! [[String: Any]]
        let levels = run.summary["levels"] as! [[String: Any]]
        let factors = [("land", "Điểm đất đai"), ("learners", "Điểm người học"), ("investment", "Điểm đầu tư"), ("resources", "Điểm nguồn lực"), ("pace", "Điểm tốc độ")]
        let files = levels.filter { ($0["comments"] as? Int ?? 0) > 0 }.map { ($0["level"] as! String, run.out + "/bao-cao-\($0["level"] as! String).xlsx") }
            + [("", run.out + "/tong-hop-toan-nganh.xlsx")]
        XCTAssertEqual(files.count, 8)

        for (level, file) in files {
            let expected = level.isEmpty ? indicators : indicators.filter { ($0["levels"] as! [String]).contains(level) }
            let rows = try table(file, "Chỉ tiêu")
            XCTAssertEqual(rows.map { $0["Mã"]?.text }, expected.map { $0["code"] as? String }, file)
            for (row, indicator) in zip(rows, expected) {
                let code = indicator["code"] as! String
                for (key, header) in [("baseline", "Hiện trạng"), ("target_2030", "Mục tiêu 2030"), ("target_2045", "Mục tiêu 2045"),
                                      ("needed_per_year", "Cần thay đổi mỗi năm"), ("historical_per_year", "Thay đổi mỗi năm (lịch sử)"), ("score", "Điểm khả thi")] {
                    assertNumber(row[header], indicator[key], "\(file) \(code) \(key)")
                }
                for (key, header) in factors {
                    assertNumber(row[header], ((indicator["factors"] as? [String: Any])?[key] as? [String: Any])?["score"], "\(file) \(code) factor \(key)")
                }
                assertNumber(row["Số ý kiến"], (indicator["comments"] as? [String: Any])?["total"], "\(file) \(code) comments")
                let verdict = ["kha_thi": "Khả thi", "kho_kha_thi": "Khó khả thi", "khong_kha_thi": "Không khả thi"][indicator["verdict"] as? String ?? ""]
                XCTAssertEqual(row["Đánh giá"]?.text, verdict, "\(file) \(code)")
            }

            let expectedDossiers = level.isEmpty ? dossiers : dossiers.filter { $0["level"] as? String == level }
            let dossierRows = try table(file, "Hồ sơ")
            XCTAssertEqual(dossierRows.count, expectedDossiers.count, file)
            for (n, (row, dossier)) in zip(dossierRows, expectedDossiers).enumerated() {
                assertNumber(row["STT"], n + 1, "\(file) dossier \(n + 1)")
                XCTAssertEqual(row["Cụm"]?.text, dossier["cluster"] as? String)
                XCTAssertEqual(row["Tên cụm"]?.text, dossier["name"] as? String)
                XCTAssertEqual(row["Ngày hội thảo"]?.text, vietnameseDate(dossier["workshop_date"] as! String))
                XCTAssertEqual(row["Nhận hồ sơ"]?.text, vietnameseDate(dossier["received_at"] as! String))
                XCTAssertEqual(row["Đúng hạn"]?.text, (dossier["on_time"] as? Bool) == true ? "Đúng hạn" : "Muộn")
                XCTAssertEqual(row["Số liệu tại"]?.text, dossier["data_cutoff"] as? String)
                XCTAssertEqual(row["Đúng mốc số liệu"]?.text, (dossier["cutoff_matches"] as? Bool) == true ? "Có" : "Không")
                let missing = (dossier["missing_parts"] as? [String] ?? []).joined(separator: "; ")
                XCTAssertEqual(row["Thành phần còn thiếu"]?.text, missing.isEmpty ? "Đủ" : missing)
            }

            // The appendix totals per cluster, figure by figure.
            let perCluster = (level.isEmpty ? levels : levels.filter { $0["level"] as? String == level })
                .flatMap { ($0["data_appendix"] as! [String: Any])["by_cluster"] as! [[String: Any]] }
            let totals = try table(file, "Số liệu theo cụm")
            XCTAssertEqual(totals.map { $0["Cụm"]?.text }, perCluster.map { $0["name"] as? String }, file)
            let columns = [("institutions", "Số trường"), ("classes", "Số lớp"), ("learners", "Số học sinh"), ("capacity", "Công suất thiết kế"),
                           ("forecast_2030", "Dự báo học sinh 2030"), ("teachers", "Giáo viên"), ("teacher_norm", "Định mức giáo viên"),
                           ("land_m2", "Diện tích đất (m²)"), ("extra_land_m2", "Đất bổ sung theo quy hoạch (m²)"), ("rooms", "Số phòng học"),
                           ("temporary_rooms", "Phòng tạm"), ("national_standard", "Đạt chuẩn quốc gia")]
            for (row, cluster) in zip(totals, perCluster) {
                for (key, header) in columns { assertNumber(row[header], cluster[key], "\(file) \(cluster["name"] ?? "") \(key)") }
            }
        }

        // The comment synthesis lists every comment once, in the common form's columns.
        let comments = try table(run.out + "/tong-hop-toan-nganh.xlsx", "Tổng hợp ý kiến")
        XCTAssertEqual(comments.count, 437)
        XCTAssertEqual(Set(comments.compactMap { $0["Mã ý kiến"]?.text }).count, 437)
        let thcs = try table(run.out + "/bao-cao-thcs.xlsx", "Tổng hợp ý kiến")
        XCTAssertEqual(thcs.count, levels.first { $0["level"] as? String == "thcs" }?["comments"] as? Int)
        let annotations = try h.lines(run.out + "/annotations.jsonl")
        let byID = Dictionary(uniqueKeysWithValues: annotations.map { ($0["id"] as! String, $0) })
        for row in thcs {
            let annotation = try XCTUnwrap(byID[row["Mã ý kiến"]?.text ?? ""])
            XCTAssertTrue(row["Nội dung góp ý"]?.text.hasPrefix(annotation["text"] as! String) == true)
            XCTAssertEqual(row["Ý kiến tiếp thu, giải trình"]?.text ?? "", annotation["response"] as? String ?? "")
        }
    }

    func testTheWorkbooksOpenInOpenpyxlAndLibreOffice() throws {
        let run = try runSample()
        let files = try FileManager.default.contentsOfDirectory(atPath: run.out).filter { $0.hasSuffix(".xlsx") }.sorted()
        XCTAssertEqual(files.count, 8)
        if (try? h.python("import openpyxl"))?.status == 0 {
            // openpyxl sees the same sheets and the same values as gopy's reader.
            let script = """
                import json, sys, openpyxl
                out = {}
                for path in sys.argv[1:]:
                    wb = openpyxl.load_workbook(path)
                    out[path] = {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}
                print(json.dumps(out, ensure_ascii=False))
                """
            let r = try h.python(script, files.map { run.out + "/" + $0 })
            XCTAssertEqual(r.status, 0, r.err)
            let books = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: [String: [[Any]]]]
            for file in files {
                let path = run.out + "/" + file
                let (sheets, _) = try TableReader.read(URL(fileURLWithPath: path), displayPath: path)
                let book = try XCTUnwrap(books[path])
                XCTAssertEqual(Set(book.keys), Set(sheets.compactMap(\.name)), file)
                for sheet in sheets {
                    let theirs = book[sheet.name!]!
                    // gopy's reader copies a merged title into every cell it spans; openpyxl
                    // leaves all but the first empty, as the file stores it.
                    let spanned = Set(sheet.merges.flatMap { m in
                        (m.firstRow...m.lastRow).flatMap { r in (m.firstColumn...m.lastColumn).map { "\(r):\($0)" } }.dropFirst()
                    })
                    for row in sheet.rows {
                        for (c, cell) in row.cells.enumerated() where !spanned.contains("\(row.number):\(c)") {
                            let value = theirs[row.number - 1][c]
                            switch cell {
                            case .text(let s): XCTAssertEqual(value as? String, s, "\(file) \(sheet.name!) \(row.number):\(c)")
                            case .number(let d, _): XCTAssertEqual((value as? NSNumber).map { Double($0.stringValue) ?? $0.doubleValue }, d, "\(file) \(sheet.name!) \(row.number):\(c)")
                            case .empty: XCTAssertTrue(value is NSNull, "\(file) \(sheet.name!) \(row.number):\(c)")
                            default: XCTFail("unexpected cell \(cell)")
                            }
                        }
                    }
                }
            }
        } else {
            print("openpyxl is not installed: skipped (scripts/install-deps.sh --interop)")
        }
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("LibreOffice is not installed (scripts/install-deps.sh --interop)")
        }
        // LibreOffice opens and prints every workbook (to PDF) without an error.
        let converted = h.temporary("lo-xlsx")
        let profile = h.temporary("lo-profile")
        let r = try h.command(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", converted] + files.map { run.out + "/" + $0 })
        XCTAssertEqual(r.status, 0, r.err)
        for file in files {
            let pdf = converted + "/" + file.replacingOccurrences(of: ".xlsx", with: ".pdf")
            let size = ((try? FileManager.default.attributesOfItem(atPath: pdf))?[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size, 10_000, "\(file) did not convert: \(r.out) \(r.err)")
        }
    }

    /// At national scale a level has thousands of proposals: summary.json and the Word, web and
    /// Markdown reports quote the 200 most specific and say how many there are; the workbook's
    /// 6 rõ sheet lists every one.
    func testLongListsAreQuotedShortAndListedInFullInTheWorkbook() throws {
        let data = h.temporary("long-lists-data")
        XCTAssertEqual(try h.gopy(["bench-data", "--institutions", "30", "--comments", "1000", "--seed", "3", "--out", data]).status, 0)
        let out = h.temporary("long-lists")
        let r = try h.gopy(["run", data, "--out", out])
        XCTAssertTrue([0, 1].contains(r.status), r.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        let level = try XCTUnwrap((summary["levels"] as! [[String: Any]]).first { ($0["comments"] as? Int ?? 0) > 0 })
        let code = level["level"] as! String
        let proposals = level["proposals"] as! [String: Any]
        let listed = proposals["solutions"] as! [[String: Any]]
        let total = proposals["solutions_total"] as! Int
        XCTAssertEqual(listed.count, 200)
        XCTAssertGreaterThan(total, 200)
        XCTAssertEqual((level["solution_proposals"] as! [String: Any])["total"] as? Int, total)

        // The listed ones are proposals of the run, in input order.
        let annotations = try h.lines(out + "/annotations.jsonl")
        let order = Dictionary(uniqueKeysWithValues: annotations.enumerated().map { ($1["id"] as! String, $0) })
        let positions = listed.map { order[$0["id"] as! String] }
        XCTAssertFalse(positions.contains(nil))
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertEqual(annotations.filter { $0["level"] as? String == code && !($0["six_clear"] is NSNull) }.count, total)

        // Each task quotes at most 20 comments and counts them all.
        for task in level["solutions"] as! [[String: Any]] {
            XCTAssertLessThanOrEqual((task["comments"] as! [Any]).count, 20)
            XCTAssertGreaterThanOrEqual(task["comment_count"] as! Int, (task["comments"] as! [Any]).count)
        }

        let markdown = try String(contentsOfFile: out + "/bao-cao-\(code).md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("Dưới đây nêu 200 ý kiến cụ thể nhất; danh sách đầy đủ"), "the report says the list is short")
        XCTAssertEqual(try table(out + "/bao-cao-\(code).xlsx", "6 rõ").filter { !($0["Mã ý kiến"]?.text ?? "").isEmpty }.count, total)
    }
}
