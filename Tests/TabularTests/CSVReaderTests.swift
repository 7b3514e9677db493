import Diagnostics
import Foundation
import XCTest
@testable import Tabular

final class CSVReaderTests: XCTestCase {
    func read(_ text: String, name: String = "t.csv", limits: ReadLimits = .default) throws -> (Sheet, [Diagnostic]) {
        try read(Array(text.utf8), name: name, limits: limits)
    }

    func read(_ bytes: [UInt8], name: String = "t.csv", limits: ReadLimits = .default) throws -> (Sheet, [Diagnostic]) {
        let tmp = TempDir()
        let url = tmp.write(name, bytes)
        let (sheets, diags) = try TableReader.read(url, displayPath: name, limits: limits)
        XCTAssertEqual(sheets.count, 1)
        return (sheets[0], diags)
    }

    func texts(_ sheet: Sheet) -> [[String]] { sheet.rows.map { $0.cells.map(\.text) } }

    // MARK: Fixtures written by LibreOffice

    func testLibreOfficeUTF8() throws {
        let (sheets, diags) = try Fixtures.read("basic-utf8.csv")
        XCTAssertEqual(diags, [])
        let s = sheets[0]
        XCTAssertNil(s.name)
        XCTAssertEqual(s.text(1, "A"), "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý KẾ HOẠCH GIÁO DỤC NĂM HỌC 2024-2025")
        XCTAssertEqual(s.text(2, "A"), "Trường THCS Nguyễn Du – Quận 1")
        XCTAssertNil(s.row(3))                                   // blank row not stored, numbering kept
        XCTAssertEqual(s.text(4, "F"), "6 rõ")
        XCTAssertEqual(s.text(5, "F"), "Việc")
        XCTAssertEqual(s.text(6, "B"), "Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh")
        XCTAssertEqual(s.text(6, "D"), "15/09/2024")
        XCTAssertEqual(s.text(6, "E"), "12,500,000")
        XCTAssertEqual(s.text(7, "B"), "Tăng cường giáo dục kỹ năng sống\nvà hoạt động trải nghiệm")
        XCTAssertEqual(s.row(7)?.line, 7)
        XCTAssertEqual(s.row(8)?.line, 9)                        // the quoted line break moved the text lines on
        XCTAssertEqual(s.text(8, "B"), "  Khoảng trắng đầu và cuối  ")
        XCTAssertEqual(s.text(9, "B"), "Ý kiến có \"trích dẫn\", dấu phẩy; và chấm phẩy")
        XCTAssertEqual(s.text(10, "E"), "19,850,000")            // LibreOffice computed the SUM
        XCTAssertEqual(s.text(27, "F"), "Ô lẻ F27")
        XCTAssertEqual(s.rows.map(\.number), [1, 2, 4, 5, 6, 7, 8, 9, 10, 27])
        XCTAssertEqual(DateParser.parse(s.text(8, "D"))?.day, 29)
        XCTAssertEqual(NumberParser.parse(s.text(6, "J")), ParsedNumber(value: 85, isPercent: true))
    }

    func testAllTextVariantsAreIdentical() throws {
        let reference = try Fixtures.read("basic-utf8.csv").sheets[0].rows
        for name in ["basic-utf8-bom.csv", "basic-semicolon.csv", "basic-utf16-tab.txt"] {
            let (sheets, diags) = try Fixtures.read(name)
            XCTAssertEqual(diags, [], name)
            XCTAssertEqual(sheets[0].rows, reference, name)
        }
        let bytes = try Data(contentsOf: Fixtures.url("basic-semicolon.csv"))
        XCTAssertTrue(bytes.contains(0x3B))
        let utf16 = try Data(contentsOf: Fixtures.url("basic-utf16-tab.txt"))
        XCTAssertEqual(Array(utf16.prefix(2)), [0xFF, 0xFE])
    }

    // MARK: Quoting and line ends

    func testLineEndsAndQuoting() throws {
        let (s, d) = try read("a,b\r\nc,d\re,f\ng,\"h\"\"i\"\"\"\r\n\"x\r\ny\",z\n,,\n\nlast")
        XCTAssertEqual(d, [])
        XCTAssertEqual(texts(s), [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h\"i\""], ["x\r\ny", "z"], ["last"]])
        XCTAssertEqual(s.rows.map(\.number), [1, 2, 3, 4, 5, 8])
        XCTAssertEqual(s.rows.map(\.line), [1, 2, 3, 4, 5, 9])
    }

    func testEmptyAndSpecialFields() throws {
        let (s, _) = try read("\"\",x,\"\"\n5\" màn hình,\"a,b\",  c  \n")
        XCTAssertEqual(s.rows[0].cells, [.empty, .text("x")])
        XCTAssertEqual(texts(s)[1], ["5\" màn hình", "a,b", "  c  "])
    }

    func testStrayTextAfterClosingQuote() throws {
        let (s, d) = try read("\"ab\"c,d\n")
        XCTAssertEqual(texts(s), [["abc", "d"]])
        XCTAssertEqual(d.map(\.code), ["csv.stray-quote"])
        XCTAssertEqual(d.first?.location?.rendered, "t.csv!A1")
    }

    func testUnbalancedQuoteFixture() throws {
        let (sheets, d) = try Fixtures.read("broken-unbalanced-quote.csv")
        let s = sheets[0]
        XCTAssertEqual(d.map(\.code), ["csv.unbalanced-quote"])
        XCTAssertEqual(d[0].severity, .warning)
        XCTAssertEqual(d[0].location, SourceLocation(file: "Fixtures/broken-unbalanced-quote.csv", row: 2, column: "B"))
        XCTAssertEqual(texts(s), [["STT", "Nội dung", "Người góp ý"],
                                  ["1", "Ý kiến chưa đóng ngoặc,An"],
                                  ["2", "Ý kiến bình thường", "Bình"],
                                  ["3", "Đóng \"đúng\"", "Cường"]])
        XCTAssertEqual(s.rows.map(\.number), [1, 2, 3, 4])
    }

    func testQuoteNeverClosedBeforeEOF() throws {
        let (s, d) = try read("a,b\n1,\"không đóng\n2,x\n3,y\n")
        XCTAssertEqual(d.map(\.code), ["csv.unbalanced-quote"])
        XCTAssertEqual(d[0].location?.row, 2)
        XCTAssertEqual(texts(s), [["a", "b"], ["1", "không đóng"], ["2", "x"], ["3", "y"]])
    }

    func testQuotedFieldLongerThanLimitIsTreatedAsUnbalanced() throws {
        let body = "a\n\"" + String(repeating: "x\n", count: 100) + "\"\nb\n"
        let (s, d) = try read(body, limits: ReadLimits(maxCellBytes: 50))
        XCTAssertTrue(d.map(\.code).contains("csv.unbalanced-quote"))
        XCTAssertEqual(s.rows[1].cells, [.text("x")])
        XCTAssertEqual(s.rows.last?.cells, [.text("b")])
    }

    // MARK: Delimiters

    func testSniffing() throws {
        XCTAssertEqual(texts(try read("STT;Nội dung\n1;Ý kiến, có dấu phẩy\n2;Khác, nữa, và nữa\n").0)[1], ["1", "Ý kiến, có dấu phẩy"])
        XCTAssertEqual(texts(try read("a\tb, c\n1\t2,5\n").0), [["a", "b, c"], ["1", "2,5"]])
        XCTAssertEqual(texts(try read("\"x;y\",z\n\"1;2\",3\n").0), [["x;y", "z"], ["1;2", "3"]])
        XCTAssertEqual(texts(try read("một cột\nhai\n").0), [["một cột"], ["hai"]])
        // Decimal commas inside a semicolon file.
        XCTAssertEqual(texts(try read("Tên;Điểm\nAn;8,5\nBình;7,25\n").0), [["Tên", "Điểm"], ["An", "8,5"], ["Bình", "7,25"]])
    }

    func testTSVExtensionForcesTab() throws {
        let (s, _) = try read("a,b\tc\n1,2\t3\n", name: "x.tsv")
        XCTAssertEqual(texts(s), [["a,b", "c"], ["1,2", "3"]])
    }

    // MARK: Encodings

    func testUTF16BigEndianAndBOMless() throws {
        let text = "Mã\tTên trường\n1\tTHCS Lê Lợi\n"
        var be: [UInt8] = [0xFE, 0xFF]
        var leNoBOM: [UInt8] = []
        for u in text.utf16 {
            be += [UInt8(u >> 8), UInt8(u & 0xFF)]
            leNoBOM += [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        let (s1, d1) = try read(be, name: "be.txt")
        XCTAssertEqual(texts(s1), [["Mã", "Tên trường"], ["1", "THCS Lê Lợi"]])
        XCTAssertEqual(d1, [])
        let (s2, d2) = try read(leNoBOM, name: "le.txt")
        XCTAssertEqual(texts(s2), texts(s1))
        XCTAssertEqual(d2.map(\.code), ["csv.encoding"])
    }

    func testWindows1252Fallback() throws {
        let (sheets, d) = try Fixtures.read("broken-cp1252.csv")
        XCTAssertEqual(d.map(\.code), ["csv.not-utf8"])
        XCTAssertEqual(d[0].severity, .warning)
        XCTAssertEqual(d[0].location?.line, 1)                  // the "ú" of the header
        XCTAssertEqual(texts(sheets[0]), [["STT", "Ghi chú"], ["1", "Café – “ngoac” façade"]])
        // The five bytes undefined in Windows-1252 map to C1 controls (byte-reversible).
        let (s, _) = try read([0x61, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x0A])
        XCTAssertEqual(Array(s.rows[0].cells[0].text.unicodeScalars.map(\.value)), [0x61, 0x81, 0x8D, 0x8F, 0x90, 0x9D])
    }

    func testNULBytesFixture() throws {
        let (sheets, d) = try Fixtures.read("broken-nul-bytes.csv")
        XCTAssertEqual(d.map(\.code), ["csv.nul-bytes"])
        XCTAssertEqual(d[0].location?.line, 2)
        XCTAssertTrue(d[0].message.hasPrefix("3 NUL"))
        XCTAssertEqual(texts(sheets[0]), [["STT", "Nội dung"], ["1", "Có byte NUL"], ["2", "Bình thường"]])
    }

    // MARK: Limits and whole-file problems

    func testLimits() throws {
        let limits = ReadLimits(maxCellBytes: 10, maxCellsPerRow: 3)
        let (s, d) = try read("Nguyễn Văn Ánh dài quá,b\n1,2,3,4,5\n", limits: limits)
        XCTAssertEqual(s.rows[0].cells[0].text, "Nguyễn V")       // cut on a character boundary: 10 bytes
        XCTAssertEqual(texts(s)[1], ["1", "2", "3"])
        XCTAssertEqual(Set(d.map(\.code)), ["csv.cell-too-long", "csv.row-too-long"])
        XCTAssertEqual(d.first(where: { $0.code == "csv.row-too-long" })?.location?.rendered, "t.csv!D2")
    }

    func testDiagnosticsAreCapped() throws {
        let text = String(repeating: "\"a\"b\n", count: 100)
        let (_, d) = try read(text, limits: ReadLimits(maxDiagnosticsPerCode: 5))
        XCTAssertEqual(d.count, 6)
        XCTAssertTrue(d.last!.message.contains("95 more"))
    }

    func testEmptyFiles() throws {
        assertDiagnosticError("file.empty") { _ = try Fixtures.read("broken-empty.csv") }
        let tmp = TempDir()
        let bom = tmp.write("bom.csv", [0xEF, 0xBB, 0xBF])
        assertDiagnosticError("file.empty") { _ = try TableReader.read(bom, displayPath: "bom.csv") }
        let blank = tmp.write("blank.csv", "\n\n ,, \n")
        let (sheets, d) = try TableReader.read(blank, displayPath: "blank.csv")
        XCTAssertEqual(sheets[0].rows.count, 1)                 // " ,, " keeps its spaces: one cell " "
        XCTAssertEqual(d, [])
        let onlyNewlines = tmp.write("nl.csv", "\n\r\n")
        let (s2, d2) = try TableReader.read(onlyNewlines, displayPath: "nl.csv")
        XCTAssertEqual(s2[0].rows.count, 0)
        XCTAssertEqual(d2.map(\.code), ["csv.no-rows"])
    }

    func testMissingFileAndFolder() {
        let d = assertDiagnosticError("file.missing") {
            _ = try TableReader.read(URL(fileURLWithPath: "/nonexistent/gop-y.csv"), displayPath: "gop-y.csv")
        }
        XCTAssertEqual(d?.location?.file, "gop-y.csv")
        assertDiagnosticError("file.unreadable") {
            _ = try TableReader.read(FileManager.default.temporaryDirectory, displayPath: "tmp")
        }
    }

    func testSizeLimit() throws {
        let tmp = TempDir()
        let url = tmp.write("big.csv", String(repeating: "a,b\n", count: 1000))
        assertDiagnosticError("file.too-large") {
            _ = try TableReader.read(url, displayPath: "big.csv", limits: ReadLimits(maxUncompressedBytes: 1000))
        }
    }

    func testRandomBytesNeverCrash() throws {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x00, 0x61, 0xC3, 0xA1, 0xFF, 0xFE, 0x20]
        for _ in 0..<300 {
            let n = Int.random(in: 1...200, using: &rng)
            let bytes = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            do {
                let (s, _) = try read(bytes)
                for r in s.rows { XCTAssertFalse(r.cells.isEmpty) }
            } catch is DiagnosticError {
                // empty after BOM etc.
            }
        }
    }
}
