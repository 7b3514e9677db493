import Diagnostics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Tabular

final class XLSXReaderTests: XCTestCase {
    func sheet(_ sheets: [Sheet], _ name: String) -> Sheet {
        guard let s = sheets.first(where: { $0.name == name }) else {
            XCTFail("no sheet \(name) in \(sheets.map(\.name))")
            return Sheet(file: "", name: nil, rows: [])
        }
        return s
    }

    // MARK: openpyxl and LibreOffice writers

    func testOpenpyxlWorkbook() throws {
        let (sheets, diags) = try Fixtures.read("basic-openpyxl.xlsx")
        // The chartsheet "Biểu đồ" is skipped; the hidden sheet is kept and flagged.
        XCTAssertEqual(sheets.map(\.name), ["Hướng dẫn", "Góp ý", "Tổng hợp", "Ẩn"])
        XCTAssertEqual(sheets.map(\.isHidden), [false, false, false, true])
        // openpyxl stores formulas without results: reported once per sheet, read as empty.
        XCTAssertEqual(diags.map(\.code), ["xlsx.formula-without-value", "xlsx.formula-without-value"])
        XCTAssertEqual(diags[0].location?.rendered, "Fixtures/basic-openpyxl.xlsx!Góp ý!E10")
        let s = sheet(sheets, "Góp ý")
        XCTAssertEqual(s.cell(10, "E"), .empty)
        checkMainSheet(s)
    }

    func testLibreOfficeWorkbook() throws {
        let (sheets, diags) = try Fixtures.read("basic-libreoffice.xlsx")
        // LibreOffice has no chartsheets: it saved the chart on an ordinary worksheet.
        XCTAssertEqual(sheets.map(\.name), ["Hướng dẫn", "Góp ý", "Tổng hợp", "Ẩn", "Biểu đồ"])
        XCTAssertEqual(diags.map(\.code), ["xlsx.error-cell"])   // =1/0 cached as #DIV/0!
        XCTAssertEqual(diags[0].location?.rendered, "Fixtures/basic-libreoffice.xlsx!Tổng hợp!H3")
        let s = sheet(sheets, "Góp ý")
        checkMainSheet(s)
        // Cached formula results.
        XCTAssertEqual(s.cell(10, "E"), .number(19_850_000, raw: "19850000"))
        XCTAssertEqual(s.cell(10, "J").number!, 0.61875, accuracy: 1e-12)
        let t = sheet(sheets, "Tổng hợp")
        XCTAssertEqual(t.cell(2, "H"), .number(70, raw: "70"))
        XCTAssertEqual(t.cell(3, "H"), .empty)
    }

    func checkMainSheet(_ s: Sheet, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(s.text(1, "A"), "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý KẾ HOẠCH GIÁO DỤC NĂM HỌC 2024-2025", file: file, line: line)
        XCTAssertEqual(s.text(2, "A"), "Trường THCS Nguyễn Du – Quận 1", file: file, line: line)
        XCTAssertNil(s.row(3), file: file, line: line)
        // Merged header cells are filled: "6 rõ" over F4:J4, "STT" down A4:A5.
        XCTAssertEqual((0...10).map { s.row(4)!.cell(at: $0).text },
                       ["STT", "Nội dung góp ý", "Người góp ý", "Ngày góp ý", "Kinh phí (đồng)", "6 rõ", "6 rõ", "6 rõ", "6 rõ", "6 rõ", "Ghi chú"],
                       file: file, line: line)
        XCTAssertEqual((0...10).map { s.row(5)!.cell(at: $0).text },
                       ["STT", "Nội dung góp ý", "Người góp ý", "Ngày góp ý", "Kinh phí (đồng)", "Việc", "Mục tiêu", "Người thực hiện", "Thời gian", "Tỷ lệ hoàn thành", "Ghi chú"],
                       file: file, line: line)
        XCTAssertTrue(s.merges.contains(MergedRange(firstRow: 4, lastRow: 4, firstColumn: 5, lastColumn: 9)), file: file, line: line)
        XCTAssertEqual(Set(s.merges.map(\.reference)), ["A1:K1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:J4", "K4:K5"], file: file, line: line)
        // Data: numbers, dates (custom format dd/mm/yyyy), Vietnamese text with line breaks and spaces.
        XCTAssertEqual(s.cell(6, "A"), .number(1, raw: "1"), file: file, line: line)
        XCTAssertEqual(s.text(6, "B"), "Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh", file: file, line: line)
        XCTAssertEqual(s.text(6, "C"), "Nguyễn Văn Ánh", file: file, line: line)
        XCTAssertEqual(s.cell(6, "D"), .date(year: 2024, month: 9, day: 15), file: file, line: line)
        XCTAssertEqual(s.cell(6, "E"), .number(12_500_000, raw: "12500000"), file: file, line: line)
        XCTAssertEqual(s.cell(6, "J"), .number(0.85, raw: "0.85"), file: file, line: line)
        XCTAssertEqual(s.text(7, "B"), "Tăng cường giáo dục kỹ năng sống\nvà hoạt động trải nghiệm", file: file, line: line)
        XCTAssertEqual(s.text(8, "B"), "  Khoảng trắng đầu và cuối  ", file: file, line: line)
        XCTAssertEqual(s.cell(8, "D"), .date(year: 2024, month: 2, day: 29), file: file, line: line)
        XCTAssertEqual(s.text(9, "B"), "Ý kiến có \"trích dẫn\", dấu phẩy; và chấm phẩy", file: file, line: line)
        XCTAssertEqual(s.text(9, "H"), "Tổ Toán – Tin", file: file, line: line)
        XCTAssertEqual(s.text(9, "K"), "Đợt 2", file: file, line: line)
        XCTAssertEqual(s.text(10, "B"), "Tổng cộng", file: file, line: line)
        // Sparse storage: one cell at F27.
        XCTAssertEqual(s.row(27)?.cells, [.empty, .empty, .empty, .empty, .empty, .text("Ô lẻ F27")], file: file, line: line)
        XCTAssertEqual(s.rows.map(\.number), [1, 2, 4, 5, 6, 7, 8, 9, 10, 27], file: file, line: line)
    }

    func testOtherSheetTypes() throws {
        let (sheets, _) = try Fixtures.read("basic-libreoffice.xlsx")
        let t = sheet(sheets, "Tổng hợp")
        XCTAssertEqual(t.cell(2, "D"), .date(year: 2024, month: 12, day: 24))   // built-in format 14
        XCTAssertEqual(t.cell(2, "G"), .bool(true))
        XCTAssertEqual(t.cell(3, "G"), .bool(false))
        XCTAssertEqual(t.text(2, "F"), "120 m²")
        XCTAssertEqual(NumberParser.parse(t.text(3, "F")), ParsedNumber(value: 1234.5, unit: "m2"))
        XCTAssertEqual(t.cell(3, "E"), .number(1234, raw: "1234"))
    }

    /// openpyxl's file and LibreOffice's re-save hold the same content (formula cells aside).
    func testWritersAgree() throws {
        let a = try Fixtures.read("basic-openpyxl.xlsx").sheets
        let b = try Fixtures.read("basic-libreoffice.xlsx").sheets
        for name in ["Hướng dẫn", "Góp ý", "Tổng hợp", "Ẩn"] {
            var rowsA = sheet(a, name).rows
            var rowsB = sheet(b, name).rows
            if name == "Góp ý" { rowsA.removeAll { $0.number == 10 }; rowsB.removeAll { $0.number == 10 } }
            if name == "Tổng hợp" {
                // Column H holds formulas: no value in openpyxl's file.
                rowsA = rowsA.map { r in var r = r; if r.number > 1, r.cells.count > 7 { r.cells.removeLast(r.cells.count - 7) }; return r }
                rowsB = rowsB.map { r in var r = r; if r.number > 1, r.cells.count > 7 { r.cells.removeLast(r.cells.count - 7) }; return r }
            }
            XCTAssertEqual(rowsA, rowsB, name)
        }
    }

    /// The CSV exports of "Góp ý" agree with the workbook once numbers and dates are parsed.
    func testCSVAgreesWithWorkbook() throws {
        let book = sheet(try Fixtures.read("basic-libreoffice.xlsx").sheets, "Góp ý")
        let filledByMerge: (Int, Int) -> Bool = { row, col in
            book.merges.contains { m in
                (m.firstRow...m.lastRow).contains(row) && (m.firstColumn...m.lastColumn).contains(col) &&
                    !(row == m.firstRow && col == m.firstColumn)
            }
        }
        for name in ["basic-utf8.csv", "basic-utf8-bom.csv", "basic-semicolon.csv", "basic-utf16-tab.txt"] {
            let csv = try Fixtures.read(name).sheets[0]
            XCTAssertEqual(csv.rows.map(\.number), book.rows.map(\.number), name)
            var compared = 0
            for row in book.rows {
                for (col, cell) in row.cells.enumerated() {
                    let text = csv.row(row.number)?.cell(at: col).text ?? ""
                    if filledByMerge(row.number, col) { XCTAssertEqual(text, "", name); continue }
                    switch cell {
                    case .empty: XCTAssertEqual(text, "", "\(name) \(row.number):\(col)")
                    case .text(let t): XCTAssertEqual(text, t, "\(name) \(row.number):\(col)")
                    case .number(let v, _):
                        guard let p = NumberParser.parse(text) else { XCTFail("\(name) \(row.number):\(col) \(text)"); continue }
                        let shown = p.isPercent ? p.value / 100 : p.value
                        XCTAssertEqual(shown, v, accuracy: p.isPercent ? 0.0006 : 0, "\(name) \(row.number):\(col)")
                    case .date(let y, let m, let d):
                        let p = DateParser.parse(text)
                        XCTAssertEqual([p?.year, p?.month, p?.day], [y, m, d], "\(name) \(row.number):\(col)")
                    case .bool: XCTFail("no booleans on this sheet")
                    }
                    compared += 1
                }
            }
            XCTAssertGreaterThan(compared, 60, name)
        }
    }

    func testDate1904() throws {
        let (sheets, diags) = try Fixtures.read("dates-1904.xlsx")
        XCTAssertEqual(diags, [])
        let s = sheets[0]
        XCTAssertEqual(s.name, "Ngày")
        XCTAssertEqual(s.cell(2, "A"), .date(year: 2024, month: 9, day: 5))
        XCTAssertEqual(s.cell(3, "A"), .date(year: 1904, month: 1, day: 1))
        XCTAssertEqual(s.text(2, "B"), "Khai giảng")
    }

    // MARK: Hand-written parts

    func testHandmadeWorkbook() throws {
        let (sheets, diags) = try Fixtures.read("handmade.xlsx")
        XCTAssertEqual(sheets.map(\.name), ["Dữ liệu"])
        let s = sheets[0]
        // Shared string, inline string with preserved spaces, cell without r= (-> C1), rich inline runs.
        XCTAssertEqual(s.row(1)?.cells, [.text("Nội dung"), .text("  Chuỗi   trực tiếp "), .text("Ghép nhiều đoạn")])
        // Rich text runs joined, phonetic run left out; _x000D_ decoded, _x005F_ escapes the underscore.
        XCTAssertEqual(s.cell(2, "A"), .text("Đậm và thường"))
        XCTAssertEqual(s.cell(2, "B"), .text("Dòng 1\r\nDòng 2 _x000D_ giữ nguyên"))   // merge B1:B2 does not overwrite
        XCTAssertEqual(s.cell(2, "C"), .bool(true))
        XCTAssertEqual(s.cell(2, "D"), .empty)                                           // #N/A
        // Custom date format with locale prefix, currency format stays a number, time format stays
        // a number, t="d", built-in date format on serial 60 (nonexistent 1900-02-29) stays a number.
        XCTAssertEqual(s.cell(3, "A"), .date(year: 2024, month: 9, day: 15))
        XCTAssertEqual(s.cell(3, "B"), .number(1_234_567, raw: "1234567"))
        XCTAssertEqual(s.cell(3, "C"), .number(0.5, raw: "0.5"))
        XCTAssertEqual(s.cell(3, "D"), .date(year: 2024, month: 9, day: 5))
        XCTAssertEqual(s.cell(3, "E"), .number(60, raw: "60"))
        XCTAssertEqual(s.cell(3, "F"), .date(year: 1900, month: 3, day: 1))
        XCTAssertEqual(s.row(3)?.number, 3)                                              // <row> without r=
        XCTAssertEqual(s.cell(5, "C"), .text("kết quả công thức"))
        XCTAssertEqual(s.cell(5, "E"), .number(0.0015, raw: "1.5E-3"))
        XCTAssertEqual(diags.map(\.code), ["xlsx.error-cell", "xlsx.formula-without-value"])
        XCTAssertEqual(diags[0].location?.rendered, "Fixtures/handmade.xlsx!Dữ liệu!D2")
        XCTAssertTrue(diags[0].message.contains("#N/A"))
    }

    func testNumberFormatDetection() {
        XCTAssertTrue(NumberFormat.isDate(code: "dd/mm/yyyy"))
        XCTAssertTrue(NumberFormat.isDate(code: "[$-42A]dd/mm/yyyy;@"))
        XCTAssertTrue(NumberFormat.isDate(code: "mmm-yy"))
        XCTAssertTrue(NumberFormat.isDate(code: "d\\-m\\-yyyy"))
        XCTAssertTrue(NumberFormat.isDate(code: "dd/mm/yyyy hh:mm"))
        XCTAssertFalse(NumberFormat.isDate(code: "h:mm"))
        XCTAssertFalse(NumberFormat.isDate(code: "[h]:mm:ss"))
        XCTAssertFalse(NumberFormat.isDate(code: "mm:ss"))
        XCTAssertFalse(NumberFormat.isDate(code: "#,##0 \"đồng\""))
        XCTAssertFalse(NumberFormat.isDate(code: "General"))
        XCTAssertFalse(NumberFormat.isDate(code: "[Red]0.00;[Blue]-0.00"))
        XCTAssertFalse(NumberFormat.isDate(code: "0.0%"))
        XCTAssertTrue(NumberFormat.isBuiltInDate(14))
        XCTAssertTrue(NumberFormat.isBuiltInDate(22))
        XCTAssertFalse(NumberFormat.isBuiltInDate(20))
        XCTAssertFalse(NumberFormat.isBuiltInDate(0))
    }

    func testOOXMLEscapes() {
        XCTAssertEqual(decodeOOXMLEscapes("a_x000D_b"), "a\rb")
        XCTAssertEqual(decodeOOXMLEscapes("_x005F_x000D_"), "_x000D_")
        XCTAssertEqual(decodeOOXMLEscapes("_x00e1_"), "á")
        XCTAssertEqual(decodeOOXMLEscapes("_xZZZZ_ _x12_"), "_xZZZZ_ _x12_")
        XCTAssertEqual(decodeOOXMLEscapes("không_có"), "không_có")
    }

    // MARK: Broken and hostile files

    func testTruncatedZip() {
        let d = assertDiagnosticError("xlsx.truncated") { _ = try Fixtures.read("broken-truncated.xlsx") }
        XCTAssertEqual(d?.location?.file, "Fixtures/broken-truncated.xlsx")
    }

    func testNotAZip() {
        assertDiagnosticError("xlsx.not-zip") { _ = try Fixtures.read("broken-not-zip.xlsx") }
    }

    func testSheetThatIsNotXML() {
        let d = assertDiagnosticError("xlsx.bad-sheet") { _ = try Fixtures.read("broken-sheet-not-xml.xlsx") }
        XCTAssertEqual(d?.location?.sheet, "Dữ liệu")
        XCTAssertEqual(d?.location?.file, "Fixtures/broken-sheet-not-xml.xlsx")
        XCTAssertTrue(d?.message.contains("xl/worksheets/sheet1.xml") ?? false)
    }

    func testBillionLaughsIsRefusedQuickly() {
        let start = Date()
        let d = assertDiagnosticError("xlsx.dtd") { _ = try Fixtures.read("broken-billion-laughs.xlsx") }
        XCTAssertEqual(d?.location?.sheet, "Dữ liệu")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    func testExternalEntityIsRefused() {
        assertDiagnosticError("xlsx.dtd") { _ = try Fixtures.read("broken-external-entity.xlsx") }
    }

    /// What XMLParser itself does on this Linux Foundation, without our DTD guard: nested
    /// entities stop the parse with error 89 (libxml2 XML_ERR_ENTITY_LOOP) instead of expanding,
    /// and an external entity is not loaded. The guard refuses both before XMLParser runs anyway.
    func testPlainXMLParserBehaviourOnEntities() throws {
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let laughs = """
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><r>&h;</r>
        """
        let p1 = XMLParser(data: Data(laughs.utf8))
        let c1 = Collector()
        p1.delegate = c1
        let ok1 = p1.parse()
        XCTAssertLessThan(c1.text.utf8.count, 1_000_000)   // never expanded to 10^8 bytes
        print("XMLParser on billion laughs: ok=\(ok1) chars=\(c1.text.utf8.count) error=\(String(describing: p1.parserError))")
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY s SYSTEM \"file:///etc/hostname\">]><r>&s;</r>"
        let p2 = XMLParser(data: Data(xxe.utf8))
        let c2 = Collector()
        p2.delegate = c2
        _ = p2.parse()
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\u{0}"
        XCTAssertFalse(!hostname.isEmpty && c2.text.contains(hostname), "external entity was loaded")
    }

    func testZipSlipPathIsRefused() {
        let d = assertDiagnosticError("xlsx.unsafe-path") { _ = try Fixtures.read("broken-zip-slip.xlsx") }
        XCTAssertTrue(d?.message.contains("../../evil.txt") ?? false)
    }

    func testRelationshipEscapingTheArchiveIsRefused() {
        let d = assertDiagnosticError("xlsx.unsafe-path") { _ = try Fixtures.read("broken-target-escape.xlsx") }
        XCTAssertEqual(d?.location?.sheet, "Dữ liệu")
    }

    func testDecompressionLimit() {
        let d = assertDiagnosticError("xlsx.too-large") {
            _ = try Fixtures.read("basic-libreoffice.xlsx", limits: ReadLimits(maxUncompressedBytes: 20_000))
        }
        XCTAssertTrue(d?.message.contains("MiB") ?? false)
    }

    /// A highly compressible sheet (a small zip bomb) stops at the budget without inflating it all.
    func testZipBombStopsAtBudget() throws {
        let tmp = TempDir()
        var sheet = Array("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".utf8)
        sheet += [UInt8](repeating: 0x61, count: 30_000_000)
        sheet += Array("</t></is></c></row></sheetData></worksheet>".utf8)
        let url = try tmp.zip("bomb.xlsx", MiniXLSX.parts(sheetXML: sheet))
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! NSNumber
        XCTAssertLessThan(size.intValue, 200_000)
        assertDiagnosticError("xlsx.too-large") {
            _ = try TableReader.read(url, displayPath: "bomb.xlsx", limits: ReadLimits(maxUncompressedBytes: 1 << 20))
        }
        // With room to inflate, the 30 MB cell is cut to maxCellBytes with a warning.
        let (sheets, diags) = try TableReader.read(url, displayPath: "bomb.xlsx")
        XCTAssertEqual(sheets[0].text(1, "A").utf8.count, 1 << 20)
        XCTAssertEqual(diags.map(\.code), ["xlsx.cell-too-long"])
    }

    /// Cutting a real workbook anywhere, or flipping bytes in it, gives a DiagnosticError or a
    /// result — never a crash or a hang (ZIPFoundation's own reader would loop on a cut stream).
    func testDamagedWorkbooksNeverCrash() throws {
        let whole = try [UInt8](Data(contentsOf: Fixtures.url("basic-libreoffice.xlsx")))
        let tmp = TempDir()
        var outcomes = [String: Int]()
        for cut in stride(from: 1, to: whole.count, by: 211) {
            let url = tmp.write("cut.xlsx", Array(whole[0..<cut]))
            do { _ = try TableReader.read(url, displayPath: "cut.xlsx"); outcomes["ok", default: 0] += 1 }
            catch let e as DiagnosticError { outcomes[e.diagnostics[0].code, default: 0] += 1 }
        }
        var rng = SystemRandomNumberGenerator()
        let iterations = Int(ProcessInfo.processInfo.environment["TABULAR_FUZZ_ITERATIONS"] ?? "") ?? 150
        for _ in 0..<iterations {
            var bytes = whole
            for _ in 0..<3 { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            let url = tmp.write("flip.xlsx", bytes)
            do { _ = try TableReader.read(url, displayPath: "flip.xlsx"); outcomes["ok", default: 0] += 1 }
            catch let e as DiagnosticError { outcomes[e.diagnostics[0].code, default: 0] += 1 }
        }
        XCTAssertGreaterThan(outcomes["xlsx.truncated", default: 0], 10, "\(outcomes)")
    }

    /// Hostile but well-zipped XML: mutate the uncompressed parts (valid CRCs) of the hand-made
    /// workbook. Every outcome must be a result or a DiagnosticError.
    func testMutatedXMLPartsNeverCrash() throws {
        let tmp = TempDir()
        let archive = try XCTUnwrap(try? ZipReader(data: Data(contentsOf: Fixtures.url("handmade.xlsx"))))
        var parts: [(String, [UInt8])] = []
        for e in archive.entries {
            var bytes: [UInt8] = []
            try archive.extract(e, budget: 1 << 20) { bytes += $0 }
            parts.append((e.path, bytes))
        }
        let interesting: [UInt8] = Array("<>&;\"'/:!?=#x_ ".utf8) + [0x00, 0x0A, 0xC3, 0xA1, 0xFF, 0xE1, 0xBA]
        var rng = SystemRandomNumberGenerator()
        let iterations = Int(ProcessInfo.processInfo.environment["TABULAR_FUZZ_ITERATIONS"] ?? "") ?? 60
        var outcomes = [String: Int]()
        for i in 0..<iterations {
            var mutated = parts
            let target = [2, 4, 5, 6][i % 4] // workbook.xml, styles, sharedStrings, sheet1
            guard target < mutated.count else { continue }
            var bytes = mutated[target].1
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes[at] = interesting.randomElement(using: &rng)!
                case 1: bytes.insert(interesting.randomElement(using: &rng)!, at: at)
                default: bytes.remove(at: at)
                }
            }
            mutated[target].1 = bytes
            let url = try tmp.zip("m\(i).xlsx", mutated)
            do { _ = try TableReader.read(url, displayPath: "m.xlsx"); outcomes["ok", default: 0] += 1 }
            catch let e as DiagnosticError { outcomes[e.diagnostics[0].code, default: 0] += 1 }
            try? FileManager.default.removeItem(at: url)
        }
        XCTAssertGreaterThan(outcomes.values.reduce(0, +), 0, "\(outcomes)")
    }

    /// Also a deflate stream cut short inside an otherwise intact archive (central directory kept).
    func testDeflateStreamCutInsideIntactArchive() throws {
        let tmp = TempDir()
        var sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for r in 1...2000 { sheet += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"inlineStr\"><is><t>Dòng \(r) \(r * 7919 % 1000)</t></is></c></row>" }
        sheet += "</sheetData></worksheet>"
        let url = try tmp.zip("ok.xlsx", MiniXLSX.parts(sheetXML: Array(sheet.utf8)))
        var bytes = try [UInt8](Data(contentsOf: url))
        // Find the sheet's local header and zero out the middle of its compressed data.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        guard let at = (0..<(bytes.count - name.count)).first(where: { Array(bytes[$0..<($0 + name.count)]) == name }) else {
            return XCTFail("no local header")
        }
        for k in (at + name.count + 200)..<(at + name.count + 400) { bytes[k] = 0 }
        let broken = tmp.write("broken.xlsx", bytes)
        do {
            _ = try TableReader.read(broken, displayPath: "broken.xlsx")
            XCTFail("should not read")
        } catch let e as DiagnosticError {
            XCTAssertTrue(["xlsx.corrupt", "xlsx.truncated", "xlsx.bad-sheet"].contains(e.diagnostics[0].code), "\(e)")
        }
    }

    /// XMLParser on Linux traps on invalid UTF-8 in a tag or attribute name (a force unwrap in
    /// swift-corelibs-foundation); such parts must be refused before the parser sees them.
    func testInvalidUTF8InTagNamesIsRefusedNotFatal() throws {
        let tmp = TempDir()
        let head = Array("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><ro".utf8)
        let tail = Array("w r=\"2\"/></sheetData></worksheet>".utf8)
        for bad: [UInt8] in [[0xC3], [0xFF], [0xE1, 0xBA]] {
            let url = try tmp.zip("bad.xlsx", MiniXLSX.parts(sheetXML: head + bad + tail))
            let d = assertDiagnosticError("xlsx.bad-sheet") { _ = try TableReader.read(url, displayPath: "bad.xlsx") }
            XCTAssertTrue(d?.message.contains("UTF-8") ?? false, "\(String(describing: d))")
            try FileManager.default.removeItem(at: url)
        }
        // Declaring UTF-16 does not help an 8-bit part: libxml2 still reads it as UTF-8.
        let lying = Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet><ro".utf8) + [0xC3] + tail
        let url = try tmp.zip("lying.xlsx", MiniXLSX.parts(sheetXML: lying))
        assertDiagnosticError("xlsx.bad-sheet") { _ = try TableReader.read(url, displayPath: "lying.xlsx") }
    }

    func testUTF16AndLatin1Parts() throws {
        let tmp = TempDir()
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>Tiếng Việt</t></is></c></row></sheetData></worksheet>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in xml.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let u1 = try tmp.zip("u16.xlsx", MiniXLSX.parts(sheetXML: utf16))
        XCTAssertEqual(try TableReader.read(u1, displayPath: "u16.xlsx").sheets[0].text(1, "B"), "Tiếng Việt")
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Caf".utf8) + [0xE9] + Array("</t></is></c></row></sheetData></worksheet>".utf8)
        let u2 = try tmp.zip("latin1.xlsx", MiniXLSX.parts(sheetXML: latin1))
        XCTAssertEqual(try TableReader.read(u2, displayPath: "latin1.xlsx").sheets[0].text(1, "A"), "Café")
    }

    func testStreamingValidatorAcrossChunks() {
        let text = Array("Nguyễn Văn Ánh – 😀".utf8)
        for split in 0...text.count {
            var v = UTF8StreamValidator()
            let a = text[0..<split].withUnsafeBytes { v.feed($0) }
            let b = text[split...].withUnsafeBytes { v.feed($0) }
            XCTAssertTrue(a && b && v.finish(), "split at \(split)")
        }
        var v = UTF8StreamValidator()
        XCTAssertTrue([UInt8]([0x61, 0xE1, 0xBA]).withUnsafeBytes { v.feed($0) })
        XCTAssertFalse(v.finish())
        var w = UTF8StreamValidator()
        XCTAssertFalse([UInt8]([0x61, 0xC0, 0x80]).withUnsafeBytes { w.feed($0) })
    }

    func testMagicBytesWinOverExtension() throws {
        let tmp = TempDir()
        let data = try Data(contentsOf: Fixtures.url("dates-1904.xlsx"))
        let url = tmp.write("actually-xlsx.csv", [UInt8](data))
        let (sheets, _) = try TableReader.read(url, displayPath: "actually-xlsx.csv")
        XCTAssertEqual(sheets.first?.name, "Ngày")
        let xls = tmp.write("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])
        assertDiagnosticError("xlsx.legacy-or-encrypted") { _ = try TableReader.read(xls, displayPath: "old.xls") }
        let ods = tmp.write("x.ods", "not really")
        assertDiagnosticError("file.unsupported") { _ = try TableReader.read(ods, displayPath: "x.ods") }
        let empty = tmp.write("e.xlsx", [UInt8]())
        assertDiagnosticError("file.empty") { _ = try TableReader.read(empty, displayPath: "e.xlsx") }
    }

    func testOtherZipFormatsGetClearMessages() throws {
        let tmp = TempDir()
        let ods = try tmp.zip("renamed.csv", [("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                             ("content.xml", Array("<office:document-content/>".utf8))])
        assertDiagnosticError("file.unsupported") { _ = try TableReader.read(ods, displayPath: "renamed.csv") }
        let rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"
        let xlsb = try tmp.zip("b.xlsb", [("_rels/.rels", Array(rels.utf8)), ("xl/workbook.bin", [1, 2, 3])])
        assertDiagnosticError("xlsx.binary") { _ = try TableReader.read(xlsb, displayPath: "b.xlsb") }
        let docx = try tmp.zip("d.xlsx", [("word/document.xml", Array("<w:document/>".utf8))])
        assertDiagnosticError("xlsx.no-workbook") { _ = try TableReader.read(docx, displayPath: "d.xlsx") }
    }

    func testMergeFillCanBeTurnedOff() throws {
        let (sheets, _) = try Fixtures.read("basic-libreoffice.xlsx", limits: ReadLimits(mergeFillRows: 0))
        let s = sheet(sheets, "Góp ý")
        XCTAssertEqual(s.text(4, "G"), "")
        XCTAssertEqual(s.text(5, "A"), "")
        XCTAssertEqual(s.merges.count, 8)
    }
}
