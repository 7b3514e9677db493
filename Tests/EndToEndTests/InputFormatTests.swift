import Foundation
import Tabular
import XCTest

/// The same comment table saved by different writers gives the same annotations, and a broken
/// table is one diagnostic with its place while the rest of the batch goes on.
final class InputFormatTests: XCTestCase {
    let e2e = Harness()

    /// A copy of the mini dataset whose cum-01 comment table is `file` (saved as `name`).
    func dataset(commentTable file: String?, as name: String, contents: Data? = nil) throws -> String {
        let dir = e2e.temporary("dataset")
        try FileManager.default.copyItem(atPath: Harness.mini, toPath: dir)
        try FileManager.default.removeItem(atPath: dir + "/cum/cum-01/gop-y.csv")
        let target = dir + "/cum/cum-01/" + name
        if let file {
            try FileManager.default.copyItem(atPath: file, toPath: target)
        } else {
            try (contents ?? Data()).write(to: URL(fileURLWithPath: target))
        }
        return dir
    }

    /// The annotations without their `source` (file and sheet differ by design).
    func labels(_ out: String) throws -> [String] {
        try e2e.lines(out + "/annotations.jsonl").map { object in
            var o = object
            o.removeValue(forKey: "source")
            let data = try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    func testEveryWriterGivesTheSameAnnotations() throws {
        let baselineOut = e2e.temporary("base")
        XCTAssertEqual(try e2e.gopy(["run", Harness.mini, "--out", baselineOut]).status, 1)
        let baseline = try labels(baselineOut)
        XCTAssertEqual(baseline.count, 9)
        let interop = Harness.root + "/Tests/Fixtures/interop/"
        let variants = [
            ("gop-y.openpyxl.xlsx", "gop-y.xlsx"), ("gop-y.libreoffice.xlsx", "gop-y.xlsx"),
            ("gop-y.utf8.csv", "gop-y.csv"), ("gop-y.utf8-bom.csv", "gop-y.csv"),
            ("gop-y.utf16.txt", "gop-y.txt"), ("gop-y.semicolon.csv", "gop-y.csv"),
        ]
        for (fixture, name) in variants {
            let dir = try dataset(commentTable: interop + fixture, as: name)
            let out = e2e.temporary("variant")
            let r = try e2e.gopy(["run", dir, "--out", out])
            XCTAssertEqual(r.status, 1, fixture + ": " + r.stderr)
            XCTAssertEqual(try labels(out), baseline, fixture)
        }
    }

    func testBrokenTablesAreReportedAndTheBatchGoesOn() throws {
        let broken = Harness.root + "/Tests/TabularTests/Fixtures/"
        let missingColumn = Data("STT,Đơn vị góp ý,Ghi chú\n1,Trường THCS Lê Lợi,x\n".utf8)
        let cases: [(String?, String, Data?, String)] = [
            (broken + "broken-truncated.xlsx", "gop-y.xlsx", nil, "gop-y.xlsx"),
            (broken + "broken-sheet-not-xml.xlsx", "gop-y.xlsx", nil, "gop-y.xlsx"),
            (nil, "gop-y.csv", Data(), "gop-y.csv"),
            (nil, "gop-y.csv", missingColumn, "required column “Nội dung góp ý” not found in the header row; the columns found are: STT | Đơn vị góp ý | Ghi chú"),
        ]
        for (file, name, contents, expected) in cases {
            let dir = try dataset(commentTable: file, as: name, contents: contents)
            let out = e2e.temporary("broken")
            let r = try e2e.gopy(["run", dir, "--out", out])
            XCTAssertEqual(r.status, 1, name + ": " + r.stderr)
            XCTAssertTrue(r.stderr.contains(dir + "/cum/cum-01/gop-y") && r.stderr.contains(expected), expected + "\n" + r.stderr)
            let annotations = try e2e.lines(out + "/annotations.jsonl")
            XCTAssertEqual(annotations.filter { ($0["cluster"] as? String) == "cum-02" }.count, 3, "the other cluster is still read")
        }
    }

    /// A workbook with the comments split over two sheets: only one is read, and the other is
    /// named in an error, never dropped without a word.
    func testASecondCommentSheetIsReported() throws {
        let header: [XLSXCell] = [.text("STT"), .text("Đơn vị góp ý"), .text("Nội dung góp ý")]
        let first = XLSXWorksheet(name: "Đợt 1", rows: [header, [.number(1), .text("Trường THCS Lê Lợi"), .text("Nhất trí với dự thảo.")]])
        let second = XLSXWorksheet(name: "Đợt 2", rows: [header, [.number(1), .text("Trường THCS Trần Phú"), .text("Đề nghị bổ sung phòng học bộ môn.")]])
        let dir = try dataset(commentTable: nil, as: "gop-y.xlsx", contents: try XLSXWorkbook(sheets: [first, second]).data())
        let out = e2e.temporary("two-sheets")
        let r = try e2e.gopy(["run", dir, "--out", out])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("gop-y.xlsx!Đợt 2: error: this sheet also holds comments but only sheet “Đợt 1” is read"), r.stderr)
    }
}
