import Diagnostics
import Foundation
import XCTest
@testable import Tabular

final class HeaderMatcherTests: XCTestCase {
    /// The columns gopy expects in a comment table.
    let specs: [ColumnSpec] = [
        ColumnSpec(key: "stt", aliases: ["STT", "TT", "Số thứ tự"]),
        ColumnSpec(key: "noiDung", aliases: ["Nội dung góp ý", "Nội dung ý kiến", "Ý kiến góp ý"]),
        ColumnSpec(key: "nguoiGopY", aliases: ["Người góp ý", "Họ và tên", "Họ tên"]),
        ColumnSpec(key: "ngay", aliases: ["Ngày góp ý", "Ngày"]),
        ColumnSpec(key: "kinhPhi", aliases: ["Kinh phí"]),
        ColumnSpec(key: "viec", aliases: ["Việc", "Công việc"]),
        ColumnSpec(key: "mucTieu", aliases: ["Mục tiêu"]),
        ColumnSpec(key: "nguoiThucHien", aliases: ["Người thực hiện", "Người phụ trách"]),
        ColumnSpec(key: "thoiGian", aliases: ["Thời gian", "Thời hạn"]),
        ColumnSpec(key: "tyLe", aliases: ["Tỷ lệ hoàn thành", "Tỉ lệ hoàn thành"]),
        ColumnSpec(key: "donVi", aliases: ["Đơn vị"], required: false),
        ColumnSpec(key: "minhChung", aliases: ["Minh chứng"]),
    ]

    let expectedColumns: [String: Int] = [
        "stt": 0, "noiDung": 1, "nguoiGopY": 2, "ngay": 3, "kinhPhi": 4,
        "viec": 5, "mucTieu": 6, "nguoiThucHien": 7, "thoiGian": 8, "tyLe": 9,
    ]

    func testKeyFolding() {
        XCTAssertEqual(HeaderMatcher.key("Nội dung góp ý"), "noidunggopy")
        XCTAssertEqual(HeaderMatcher.key("Nội dung góp ý".decomposedStringWithCanonicalMapping), "noidunggopy")
        XCTAssertEqual(HeaderMatcher.key("  ĐƠN VỊ  "), "donvi")
        XCTAssertEqual(HeaderMatcher.key("Tỷ lệ (%)"), "tyle")
        XCTAssertEqual(HeaderMatcher.key("Người\u{00A0}thực-hiện/phụ_trách"), "nguoithuchienphutrach")
        XCTAssertEqual(HeaderMatcher.key("Ưu tiên: Ơ, Ă, Â, Ê, Ô"), "uutienoaaeo")
        XCTAssertEqual(HeaderMatcher.key("6 rõ"), "6ro")
        XCTAssertEqual(HeaderMatcher.key("STT\n(1)"), "stt1")
        XCTAssertEqual(HeaderMatcher.key("Ðơn vị"), "donvi")              // Icelandic Ð typed for Đ
        XCTAssertEqual(HeaderMatcher.key(""), "")
    }

    func testWorkbookWithTitleRowsAndMergedHeader() throws {
        for file in ["basic-openpyxl.xlsx", "basic-libreoffice.xlsx"] {
            let sheets = try Fixtures.read(file).sheets
            let s = try XCTUnwrap(sheets.first { $0.name == "Góp ý" })
            let m = try XCTUnwrap(HeaderMatcher.match(s, columns: specs), file)
            // Merged cells were filled, so row 5 alone carries every header.
            XCTAssertEqual(m.headerRow, 5, file)
            XCTAssertEqual(m.firstHeaderRow, 5, file)
            XCTAssertEqual(m.columns, expectedColumns, file)
            XCTAssertEqual(m.extras, [ExtraColumn(header: "Ghi chú", index: 10)], file)
            XCTAssertEqual(m.missing, ["minhChung"], file)           // required; donVi is optional
        }
    }

    func testCSVWithTwoRowHeader() throws {
        for file in ["basic-utf8.csv", "basic-semicolon.csv", "basic-utf16-tab.txt"] {
            let s = try Fixtures.read(file).sheets[0]
            let m = try XCTUnwrap(HeaderMatcher.match(s, columns: specs), file)
            // CSV keeps merged text only in the first cell: "6 rõ" on row 4, sub-headers on row 5.
            XCTAssertEqual(m.headerRow, 5, file)
            XCTAssertEqual(m.firstHeaderRow, 4, file)
            XCTAssertEqual(m.columns, expectedColumns, file)
            XCTAssertEqual(m.extras, [ExtraColumn(header: "Ghi chú", index: 10)], file)
            XCTAssertEqual(m.missing, ["minhChung"], file)
            // Data rows are those below the header.
            let data = s.rows.filter { $0.number > m.headerRow && !$0.cell(at: m.columns["noiDung"]!).isBlank }
            XCTAssertEqual(data.map(\.number), [6, 7, 8, 9, 10])
        }
    }

    func testAliasesOnAnotherSheet() throws {
        let sheets = try Fixtures.read("basic-libreoffice.xlsx").sheets
        let s = try XCTUnwrap(sheets.first { $0.name == "Tổng hợp" })
        let m = try XCTUnwrap(HeaderMatcher.match(s, columns: specs))
        XCTAssertEqual(m.headerRow, 1)
        XCTAssertEqual(m.columns, ["stt": 0, "nguoiGopY": 1, "noiDung": 2, "ngay": 3])
        XCTAssertEqual(m.extras.map(\.header), ["Số HS", "Diện tích", "Đạt", "Kiểm tra"])
        XCTAssertEqual(m.missing, ["kinhPhi", "viec", "mucTieu", "nguoiThucHien", "thoiGian", "tyLe", "minhChung"])
    }

    func sheet(_ rows: [[String]], startingAt first: Int = 1) -> Sheet {
        Sheet(file: "t.csv", name: nil, rows: rows.enumerated().map { i, cells in
            SheetRow(number: first + i, cells: cells.map { $0.isEmpty ? .empty : .text($0) })
        })
    }

    func testRemarksNumberingAndCaseVariants() throws {
        let s = sheet([
            ["UBND HUYỆN X", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHÒNG GD&ĐT", "", "Độc lập - Tự do - Hạnh phúc"],
            [],
            ["số thứ tự", "NỘI DUNG GÓP Ý (ghi rõ, cụ thể)", "1. Người góp ý", "Thời hạn [dự kiến]", "cột lạ"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["1", "Nội dung", "An", "T10"],
        ])
        let m = try XCTUnwrap(HeaderMatcher.match(s, columns: specs))
        XCTAssertEqual(m.headerRow, 4)
        XCTAssertEqual(m.firstHeaderRow, 4)
        XCTAssertEqual(m.columns, ["stt": 0, "noiDung": 1, "nguoiGopY": 2, "thoiGian": 3])
        XCTAssertEqual(m.extras, [ExtraColumn(header: "cột lạ", index: 4)])
    }

    func testNoHeaderAndHeaderTooLow() {
        XCTAssertNil(HeaderMatcher.match(sheet([["a", "b"], ["c", "d"]]), columns: specs))
        XCTAssertNil(HeaderMatcher.match(sheet([]), columns: specs))
        // Only the first 30 rows are searched.
        XCTAssertNil(HeaderMatcher.match(sheet([["STT", "Nội dung góp ý"]], startingAt: 31), columns: specs))
        XCTAssertNotNil(HeaderMatcher.match(sheet([["STT", "Nội dung góp ý"]], startingAt: 30), columns: specs))
    }

    func testEachColumnUsedOnce() throws {
        // Two columns both titled "Ngày": the first maps, the second is an extra.
        let s = sheet([["Ngày", "Ngày", "Nội dung"]])
        let m = try XCTUnwrap(HeaderMatcher.match(s, columns: specs))
        XCTAssertEqual(m.columns["ngay"], 0)
        XCTAssertEqual(m.extras, [ExtraColumn(header: "Ngày", index: 1)])
    }

    func testBestSheet() throws {
        let sheets = try Fixtures.read("basic-libreoffice.xlsx").sheets
        XCTAssertEqual(HeaderMatcher.bestSheet(sheets, nameHints: ["gop y"], columns: specs)?.name, "Góp ý")
        XCTAssertEqual(HeaderMatcher.bestSheet(sheets, nameHints: [], columns: specs)?.name, "Góp ý")
        XCTAssertEqual(HeaderMatcher.bestSheet(sheets, nameHints: ["TỔNG HỢP"], columns: specs)?.name, "Tổng hợp")
        // A hinted sheet without any header loses to one with a header.
        XCTAssertEqual(HeaderMatcher.bestSheet(sheets, nameHints: ["Hướng dẫn"], columns: specs)?.name, "Góp ý")
        // No columns: the hint alone decides.
        XCTAssertEqual(HeaderMatcher.bestSheet(sheets, nameHints: ["ẩn"], columns: [])?.name, "Ẩn")
        XCTAssertNil(HeaderMatcher.bestSheet([], nameHints: ["x"], columns: specs))
    }
}
