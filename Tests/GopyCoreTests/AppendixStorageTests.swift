import Diagnostics
import Foundation
import XCTest

@testable import GopyCore

/// Appendix rows share their table's storage; they must still read, compare and change like
/// plain values.
final class AppendixStorageTests: XCTestCase {
    func testRowsReadFromATableReadLikeTheFormSaysThem() throws {
        let dataset = try DatasetLoader().load(miniDataset)
        let row = dataset.appendixRows.first { $0.institution == "HP-THCS-002" && $0.appendix == 1 }!
        XCTAssertEqual(row.id, "thcs/cum-01/PL1/3")
        XCTAssertEqual(row.source, SourceLocation(file: miniDataset + "/cum/cum-01/phu-luc-1.csv", row: 3))
        XCTAssertEqual(row.level, "thcs")
        XCTAssertEqual(row.cluster, "cum-01")
        XCTAssertEqual(row.extras, [:])
        // The form's column order, absent cells skipped.
        XCTAssertEqual(row.values.keys, ["ma_truong", "ten_truong", "cap_hoc", "xa_phuong", "loai_hinh", "so_lop", "hoc_sinh", "cong_suat", "du_bao_2030"])
        XCTAssertEqual(row.values["ten_truong"], .text("Trường THCS Trần Phú"))
        XCTAssertEqual(row.values["so_lop"], .number(20))
        XCTAssertNil(row.values["giao_vien"], "a key of another appendix")
        XCTAssertEqual(row.values.count, 9)
        let fuzzy = dataset.appendixRows.first { $0.institution == "HP-THCS-003" && $0.appendix == 1 }!
        XCTAssertEqual(fuzzy.values.count, 8)
        XCTAssertFalse(fuzzy.values.keys.contains("hoc_sinh"))
        XCTAssertEqual(fuzzy.values.dictionary.count, 8)
    }

    func testARowMadeFromItsPartsEqualsTheRowRead() throws {
        let dataset = try DatasetLoader().load(miniDataset)
        for row in dataset.appendixRows {
            let copy = AppendixRow(
                appendix: row.appendix, id: row.id, source: row.source, level: row.level, cluster: row.cluster,
                institution: row.institution, values: AppendixValues(row.values.dictionary), extras: row.extras)
            XCTAssertEqual(copy, row)
            XCTAssertEqual(copy.hashValue, row.hashValue)
            XCTAssertEqual(copy.values.keys, row.values.keys.sorted(), "values made from a dictionary iterate in key order")
        }
        let a = dataset.appendixRows[0], b = dataset.appendixRows[1]
        XCTAssertNotEqual(a, b)
    }

    func testSettingAPartChangesOnlyThatRow() throws {
        let dataset = try DatasetLoader().load(miniDataset)
        let row = dataset.appendixRows[0]
        var changed = row
        changed.institution = "HP-KHAC"
        changed.extras = ["Ghi chú": "mới"]
        XCTAssertEqual(changed.institution, "HP-KHAC")
        XCTAssertEqual(changed.extras, ["Ghi chú": "mới"])
        XCTAssertEqual(changed.values, row.values)
        XCTAssertEqual(changed.id, row.id)
        XCTAssertEqual(changed.source, row.source)
        XCTAssertEqual(dataset.appendixRows[0], row, "the table the row was read from is untouched")
        XCTAssertEqual(dataset.appendixRows[0].institution, row.institution)
        changed.values = ["so_lop": .number(3), "ghi_chu": .text("x")]
        XCTAssertEqual(changed.values["so_lop"], .number(3))
        XCTAssertEqual(changed.values.keys, ["ghi_chu", "so_lop"])
        XCTAssertNotEqual(changed, row)
    }

    func testValuesCompareByContentNotByOrderOrStorage() {
        let a: AppendixValues = ["b": .number(1), "a": .text("Có"), "c": .bool(false)]
        let b = AppendixValues(["c": .bool(false), "a": .text("Có"), "b": .number(1)])
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.hashValue, b.hashValue)
        XCTAssertNotEqual(a, ["b": .number(1), "a": .text("Có")])
        XCTAssertNotEqual(a, ["b": .number(2), "a": .text("Có"), "c": .bool(false)])
        XCTAssertTrue(AppendixValues([:]).isEmpty)
        XCTAssertEqual(Array(a.map(\.key)), ["a", "b", "c"])
        XCTAssertEqual(a.dictionary, ["a": .text("Có"), "b": .number(1), "c": .bool(false)])
    }

    func testTextsAreKeptExactlyAsTyped() {
        // “ồ” precomposed and decomposed are equal Strings but different bytes: each keeps its own.
        let composed = "H\u{1ED3}ng", decomposed = "Ho\u{0302}\u{0300}ng"
        var pool = TextPool()
        let first = pool.intern(composed), second = pool.intern(decomposed), again = pool.intern(composed)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(Array(pool.texts[Int(second)].utf8), Array(decomposed.utf8))
    }

    func testExtraColumnsAreKeptByHeader() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-extras-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: miniDataset, toPath: root)
        defer { try? FileManager.default.removeItem(atPath: root) }
        // Two columns with the same unknown header: the later non-empty cell wins, as a
        // dictionary filled column by column would have it.
        try """
        Mã trường,Tên trường,Ghi chú,Số lớp,Ghi chú,Người lập
        HP-THCS-001,Trường THCS Lê Lợi,gấp,27,,Lan
        HP-THCS-002,Trường THCS Trần Phú,,20,xem lại,
        HP-THCS-003,Trường THCS Ngô Quyền,,18,,

        """.write(toFile: root + "/cum/cum-01/phu-luc-1.csv", atomically: true, encoding: .utf8)
        let dataset = try DatasetLoader().load(root)
        let rows = dataset.appendixRows.filter { $0.appendix == 1 && $0.cluster == "cum-01" }
        XCTAssertEqual(rows.map(\.extras), [["Ghi chú": "gấp", "Người lập": "Lan"], ["Ghi chú": "xem lại"], [:]])
        XCTAssertEqual(rows.map { $0.values["so_lop"] }, [.number(27), .number(20), .number(18)])
    }

    func testCrossChecksFindRepeatsAndConflicts() {
        func row(_ institution: String, _ appendix: Int, _ cluster: String, _ number: Int, _ values: [String: CellValue]) -> AppendixRow {
            AppendixRow(
                appendix: appendix, id: "thcs/\(cluster)/PL\(appendix)/\(number)", source: SourceLocation(file: cluster + ".csv", row: number),
                level: "thcs", cluster: cluster, institution: institution, values: AppendixValues(values), extras: [:])
        }
        let rows = [
            row("A", 1, "c1", 2, ["so_lop": .number(10), "ten_truong": .text("Trường A")]),
            row("A", 1, "c1", 3, ["so_lop": .number(10)]),
            row("A", 1, "c2", 2, ["so_lop": .number(11)]),
            row("B", 5, "c1", 4, [:]),
            row("B", 5, "c1", 5, [:]),
            row("A", 2, "c1", 2, ["ten_truong": .text("Trường Bê")]),
        ]
        var diagnostics: [Diagnostic] = []
        let found = CrossChecks.run(rows: rows, diagnostics: &diagnostics)
        // The comments' side comes after, as the comments are read.
        var check = CommentCheck(rows: rows)
        check.add([Comment(id: "thcs/c1/7", source: SourceLocation(file: "c1.csv", row: 7), level: "thcs", cluster: "c1", fields: ["unit_code": "C", "unit": "Trường C"], extras: [:])])
        diagnostics += check.diagnostics
        XCTAssertEqual(diagnostics.map(\.code), [
            "appendix.repeated-row", "appendix.duplicate-institution", "appendix.conflicting-figures",
            "appendix.repeated-row", "appendix.name-differs", "appendix.no-comments", "comments.unit-not-in-appendix",
        ])
        XCTAssertEqual(diagnostics.map { $0.location?.rendered ?? "" }, ["c1.csv:3", "c2.csv:2", "c2.csv:2", "c1.csv:5", "c1.csv:2", "", "c1.csv:7"])
        XCTAssertEqual(diagnostics[2].message, "institution A: so_lop is 11 here but 10 in cluster c1")
        XCTAssertEqual(diagnostics[5].message, "2 institution(s) have appendix rows but sent no comment: A, B")
        XCTAssertEqual(diagnostics[6].message, "unit C (Trường C) comments but has no row in any appendix")
        XCTAssertEqual(found.map(\.kind), [.repeatedRow, .duplicateInstitution, .conflictingFigures, .repeatedRow, .nameDiffers])
    }
}
