import Foundation
import XCTest

/// Broken and malicious tables through `gopy run`: each gives a diagnostic that names the file
/// (and the place in it, when there is one), and the rest of the batch goes on: the other
/// cluster's comments are annotated, with no crash and no hang.
final class HostileInputTests: XCTestCase {
    let e2e = Harness()
    static let tabular = Harness.root + "/Tests/TabularTests/Fixtures/"

    struct Case {
        var name: String
        var file: String
        var data: Data
        /// What the diagnostic about the file must say, after `<dataset>/cum/cum-01/<file>`.
        var expected: String
    }

    /// A copy of the mini dataset whose cum-01 comment table is `data`, saved as `name`.
    func dataset(_ name: String, _ data: Data) throws -> String {
        let dir = e2e.temporary("dataset")
        try FileManager.default.copyItem(atPath: Harness.mini, toPath: dir)
        try FileManager.default.removeItem(atPath: dir + "/cum/cum-01/gop-y.csv")
        try data.write(to: URL(fileURLWithPath: dir + "/cum/cum-01/" + name))
        return dir
    }

    @discardableResult
    func run(_ c: Case, file: StaticString = #filePath, line: UInt = #line) throws -> (Harness.Result, String, String) {
        let dataset = try dataset(c.file, c.data)
        let out = e2e.temporary("hostile-input")
        let started = Date()
        let r = try e2e.gopy(["run", dataset, "--out", out])
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "\(c.name): no hang", file: file, line: line)
        XCTAssertTrue([1, 2].contains(r.status), "\(c.name): a bad table is a finding, not a crash (exit \(r.status))\n\(r.stderr)", file: file, line: line)
        XCTAssertTrue(r.stderr.contains(dataset + "/cum/cum-01/" + c.file + c.expected), "\(c.name): expected …/cum/cum-01/\(c.file)\(c.expected)\n\(r.stderr.prefix(3000))", file: file, line: line)
        let annotations = (try? e2e.lines(out + "/annotations.jsonl")) ?? []
        let others = annotations.filter { ($0["id"] as? String ?? "").hasPrefix("thpt/cum-02/") }
        XCTAssertEqual(others.count, 3, "\(c.name): the other cluster's comments are all annotated", file: file, line: line)
        return (r, dataset, out)
    }

    func testMaliciousWorkbooksAreRefusedAndTheBatchGoesOn() throws {
        let cases = [
            ("broken-billion-laughs.xlsx", "!Dữ liệu: error: Sheet \"Dữ liệu\" (xl/worksheets/sheet1.xml) contains a document type declaration (DTD)"),
            ("broken-external-entity.xlsx", "!Dữ liệu: error: Sheet \"Dữ liệu\" (xl/worksheets/sheet1.xml) contains a document type declaration (DTD)"),
            ("broken-zip-slip.xlsx", ": error: "),
            ("broken-target-escape.xlsx", "!Dữ liệu: error: Sheet \"Dữ liệu\" points outside the archive (../../../etc/sheet1.xml); the file was refused."),
            ("broken-truncated.xlsx", ": error: "),
        ]
        for (fixture, expected) in cases {
            let data = try Data(contentsOf: URL(fileURLWithPath: Self.tabular + fixture))
            try run(Case(name: fixture, file: "gop-y.xlsx", data: data, expected: expected))
        }
    }

    func testBrokenCSVFilesGiveThePlaceAndTheBatchGoesOn() throws {
        let header = "STT,Đơn vị góp ý,Mã đơn vị,Vị trí trong Đề án,Mã chỉ tiêu/nhiệm vụ,Nội dung góp ý,Đề xuất\n"
        var mixed = Data((header + "1,Trường THCS Lê Lợi,HP-THCS-001,,,Đề nghị bổ sung phòng học bộ môn,\n").utf8)
        // A row pasted from an old Windows-1252 file: "Trường" is no longer valid UTF-8.
        mixed += Data("2,Tr".utf8) + Data([0xF0, 0x9D]) + Data("ng THCS Tr\u{E2}n Ph\u{FA},HP-THCS-002,,,Can co giai phap,\n".utf8.map { $0 })
        var nul = Data((header + "1,Trường THCS Lê Lợi,HP-THCS-001,,,Đề nghị bổ sung").utf8)
        nul += Data([0, 0, 0]) + Data(" phòng học,\n".utf8)
        let unbalanced = Data((header + "1,Trường THCS Lê Lợi,HP-THCS-001,,,\"Đề nghị bổ sung phòng học,\n2,Trường THCS Trần Phú,HP-THCS-002,,,Nhất trí,\n").utf8)
        let cases = [
            Case(name: "unbalanced quotes", file: "gop-y.csv", data: unbalanced, expected: "!F2: warning: A quote (\") opens this cell but is never closed"),
            Case(name: "NUL bytes", file: "gop-y.csv", data: nul, expected: ":2: warning: 3 NUL byte(s) were removed (first on line 2)"),
            Case(name: "mixed encodings", file: "gop-y.csv", data: mixed, expected: ":3: warning: "),
        ]
        for c in cases { try run(c) }
    }

    /// A 50 MB line (a whole file pasted into one cell, or a file without line ends): generated
    /// here, never committed.
    func testFiftyMegabyteLine() throws {
        let header = "STT,Đơn vị góp ý,Mã đơn vị,Vị trí trong Đề án,Mã chỉ tiêu/nhiệm vụ,Nội dung góp ý,Đề xuất\n"
        var data = Data((header + "1,Trường THCS Lê Lợi,HP-THCS-001,,,").utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 50 << 20))
        data.append(Data(",\n2,Trường THCS Trần Phú,HP-THCS-002,,,Nhất trí với dự thảo.,\n".utf8))
        let (_, _, out) = try run(Case(name: "50 MB line", file: "gop-y.csv", data: data, expected: ""))
        let ids = try e2e.lines(out + "/annotations.jsonl").compactMap { $0["id"] as? String }
        XCTAssertTrue(ids.contains("thcs/cum-01/3"), "the row after the long line is read: \(ids)")
    }
}
