import Foundation
import XCTest
@testable import Tabular

/// The writer's workbooks read back through gopy's own reader, through openpyxl and through
/// LibreOffice with the values that were meant.
final class XLSXWriterTests: XCTestCase {
    /// A workbook with the awkward cases: Vietnamese text (NFC and NFD), line breaks, leading
    /// spaces, XML metacharacters, a literal `_x0041_`, control characters, numbers of every
    /// shape, booleans, gaps, a hidden list sheet with a drop-down drawn from it.
    static func sample() -> XLSXWorkbook {
        var comments = XLSXWorksheet(name: "Góp ý", columnWidths: [6, 30, 50, 12], frozenRows: 2, autoFilterRow: 2,
                                     merges: [MergedRange(firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 3)])
        comments.append([.text("BẢNG TỔNG HỢP Ý KIẾN", .title)])
        comments.append(["STT", "Đơn vị góp ý", "Nội dung góp ý", "Tỷ lệ"].map { XLSXCell.text($0, .header) })
        comments.append([.number(1, .number(.integer)), .text("Trường THCS Lê Lợi", .body), .text("Đề nghị tăng chỉ tiêu 2.3 lên 95%\ncó minh chứng & <số liệu> \"kèm\"", .body), .number(0.953, .number(.percent))])
        comments.append([.number(2, .number(.integer)), .text("  Trường Mầm non Hoa Sen", .body), .text("Trường Hoa Sen có 1.234,5 m² đất; mã _x0041_ giữ nguyên", .body), .number(12.25, .number(.oneDecimal))])
        comments.append([.number(3, .number(.integer)), .text("Tr\u{01B0}\u{0300}ơng TH Bắc Sơn\u{0007}\r\nxã Tiên Lãng", .body), .empty(.body), .number(-1234567.5, .number(.integer))])
        comments.append([])
        comments.append([.bool(true), .bool(false), .text("sau dòng trống"), .number(1e-5), .number(123456789012)])
        var lists = XLSXWorksheet(name: "Danh mục", isHidden: true)
        lists.append([.text("Mã", .header), .text("Tên", .header)])
        lists.append([.text("CT2.03"), .text("Tỷ lệ trường đạt chuẩn quốc gia")])
        lists.append([.text("NV5.02"), .text("Đầu tư cơ sở vật chất")])
        comments.validations = [XLSXListValidation(column: 1, rows: 3...100, sourceSheet: "Danh mục", sourceColumn: 0, sourceRows: 2...3, prompt: "Chọn mã")]
        var numbers = XLSXWorksheet(name: "Số liệu")
        numbers.append([.text("Xã/phường", .header), .text("Số học sinh", .header)])
        numbers.append([.text("Phường Chí Linh"), .number(1014)])
        numbers.append([.text("Đặc khu Cát Hải"), .number(0)])
        return XLSXWorkbook(sheets: [comments, lists, numbers])
    }

    func write(_ workbook: XLSXWorkbook, _ dir: TempDir, _ name: String = "w.xlsx") throws -> URL {
        let url = dir.url.appendingPathComponent(name)
        try workbook.data().write(to: url)
        return url
    }

    func testRoundTripsThroughGopysReader() throws {
        let dir = TempDir()
        let url = try write(Self.sample(), dir)
        let (sheets, diagnostics) = try TableReader.read(url, displayPath: "w.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(sheets.map(\.name), ["Góp ý", "Danh mục", "Số liệu"])
        XCTAssertEqual(sheets.map(\.isHidden), [false, true, false])
        let s = sheets[0]
        XCTAssertEqual(s.text(1, "A"), "BẢNG TỔNG HỢP Ý KIẾN")
        XCTAssertEqual(s.merges, [MergedRange(firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 3)])
        XCTAssertEqual((0..<4).map { s.row(2)!.cell(at: $0).text }, ["STT", "Đơn vị góp ý", "Nội dung góp ý", "Tỷ lệ"])
        XCTAssertEqual(s.cell(3, "A"), .number(1, raw: "1"))
        XCTAssertEqual(s.text(3, "C"), "Đề nghị tăng chỉ tiêu 2.3 lên 95%\ncó minh chứng & <số liệu> \"kèm\"")
        XCTAssertEqual(s.cell(3, "D").number, 0.953)
        XCTAssertEqual(s.text(4, "B"), "  Trường Mầm non Hoa Sen")
        XCTAssertEqual(s.text(4, "C"), "Trường Hoa Sen có 1.234,5 m² đất; mã _x0041_ giữ nguyên")
        XCTAssertEqual(s.cell(4, "D").number, 12.25)
        // The bell is gone, CR LF is one line feed, the NFD letters are kept as they were given.
        XCTAssertEqual(s.text(5, "B"), "Tr\u{01B0}\u{0300}ơng TH Bắc Sơn\nxã Tiên Lãng")
        XCTAssertEqual(s.cell(5, "C"), .empty)
        XCTAssertEqual(s.cell(5, "D").number, -1234567.5)
        XCTAssertNil(s.row(6))
        XCTAssertEqual(s.cell(7, "A"), .bool(true))
        XCTAssertEqual(s.cell(7, "B"), .bool(false))
        XCTAssertEqual(s.cell(7, "D").number, 1e-5)
        XCTAssertEqual(s.cell(7, "E").number, 123456789012)
        XCTAssertEqual(sheets[1].text(3, "A"), "NV5.02")
        XCTAssertEqual(sheets[2].cell(2, "B").number, 1014)
        XCTAssertEqual(sheets[2].text(3, "A"), "Đặc khu Cát Hải")
    }

    func testLongTextsAreWrittenInTheirCellsAndShortOnesShared() throws {
        // A national workbook lists a million comments: a shared table of their texts would be
        // held in memory whole, so long texts go in their cells; short repeated labels are shared.
        let long = "Đề nghị bổ sung nhiệm vụ xây dựng 6 phòng học bộ môn cho Trường THCS Lê Lợi, kinh phí 15 tỷ đồng."
        var sheet = XLSXWorksheet(name: "Góp ý")
        for _ in 0..<3 { sheet.append([.text("Có"), .text(long)]) }
        let data = try XLSXWorkbook(sheets: [sheet]).data()
        let archive = try ZipReader(data: data)
        func part(_ path: String) throws -> String {
            var bytes = Data()
            try archive.extract(try XCTUnwrap(archive.entry(path)), budget: 1 << 20) { bytes.append($0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let shared = try part("xl/sharedStrings.xml")
        XCTAssertTrue(shared.contains("<si><t>Có</t></si>"), shared)
        XCTAssertFalse(shared.contains("phòng học bộ môn"), shared)
        let cells = try part("xl/worksheets/sheet1.xml")
        XCTAssertEqual(cells.components(separatedBy: "t=\"inlineStr\"").count - 1, 3, cells)
        let (sheets, diagnostics) = try XLSXReader.read(data: data, displayPath: "w.xlsx", limits: .default)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual((1...3).map { sheets[0].text($0, "B") }, [long, long, long])
        XCTAssertEqual((1...3).map { sheets[0].text($0, "A") }, ["Có", "Có", "Có"])
    }

    func testBytesDependOnlyOnTheWorkbook() throws {
        let a = try Self.sample().data()
        let b = try Self.sample().data()
        XCTAssertEqual(a, b)
        // The DOS date field of the first local header is 1980-01-01 (0x0021), not today.
        XCTAssertEqual(a[12], 0x21)
        XCTAssertEqual(a[13], 0x00)
    }

    /// The same workbook with the rows of its sheets from `split` on made on demand.
    static func generating(_ workbook: XLSXWorkbook, from split: Int) -> XLSXWorkbook {
        var out = workbook
        for i in out.sheets.indices where out.sheets[i].rows.count > split {
            let rest = Array(out.sheets[i].rows[split...])
            out.sheets[i].generated = XLSXGeneratedRows(count: rest.count, width: out.sheets[i].width) { rest[$0] }
            out.sheets[i].rows.removeSubrange(split...)
        }
        return out
    }

    /// A sheet far bigger than the writer's pieces: thousands of rows of long wrapped text,
    /// repeated and unique strings, numbers.
    static func big() -> XLSXWorkbook {
        var sheet = XLSXWorksheet(name: "Tổng hợp ý kiến", columnWidths: [5, 40, 12], frozenRows: 2, autoFilterRow: 2)
        sheet.append([.text("BẢNG", .title)])
        sheet.append(["STT", "Nội dung", "Mã"].map { XLSXCell.text($0, .header) })
        for n in 1...10_000 {
            sheet.append([.number(n, .centered), .text("Ý kiến số \(n): đề nghị bổ sung " + String(repeating: "phòng học, ", count: n % 40), .body),
                          .text(n % 3 == 0 ? "Có" : "Không", .centered)])
        }
        return XLSXWorkbook(sheets: [sheet, XLSXWriterTests.sample().sheets[2]])
    }

    func testGeneratedRowsGiveTheSameBytesAsHeldRows() throws {
        for workbook in [Self.sample(), Self.big()] {
            let held = try workbook.data()
            for split in [0, 2, 3] {
                XCTAssertEqual(try Self.generating(workbook, from: split).data(), held, "rows generated from row \(split + 1)")
            }
        }
    }

    /// Shared texts are told apart by their bytes: the same letters typed precomposed and
    /// decomposed stay two entries, each written as it was typed.
    func testSharedStringsKeepTextsByTheirBytes() {
        var strings = XLSXWriter.SharedStrings()
        let composed = "Tr\u{1B0}\u{1EDD}ng", decomposed = "Tru\u{31B}o\u{31B}\u{300}ng" // "Trường"
        XCTAssertEqual(composed, decomposed, "canonically equivalent as Swift strings")
        XCTAssertEqual(strings.add(composed), 0)
        XCTAssertEqual(strings.add(decomposed), 1)
        XCTAssertEqual(strings.add(composed), 0)
        XCTAssertEqual(strings.addIfRoom(decomposed), 1)
        XCTAssertEqual(strings.count, 4)
        XCTAssertEqual(strings.order.map { Array($0.utf8) }, [Array(composed.utf8), Array(decomposed.utf8)])
    }

    func testABigSheetIsWrittenInPiecesToTheSameBytes() throws {
        let workbook = Self.big()
        // Written through files, in pieces: it reads back whole, and its parts are the same
        // text the one-string rendering gives.
        var strings = XLSXWriter.SharedStrings()
        var styles = XLSXWriter.StyleTable()
        var pieces: [String] = []
        try XLSXWriter.sheetXML(workbook.sheets[0], selected: true, fontSize: 12, strings: &strings, styles: &styles, validationNames: []) { pieces.append(String(decoding: $0, as: UTF8.self)) }
        XCTAssertGreaterThan(pieces.count, 1, "a sheet of several megabytes goes out in pieces")
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.utf8.count >= XLSXWriter.chunk })
        let xml = pieces.joined()
        XCTAssertTrue(xml.hasSuffix("</worksheet>") && xml.contains("<row r=\"10002\""))
        let dir = TempDir()
        let url = try write(workbook, dir)
        let (sheets, diagnostics) = try TableReader.read(url, displayPath: "big.xlsx")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(sheets[0].text(10002, "B"), "Ý kiến số 10000: đề nghị bổ sung " + String(repeating: "phòng học, ", count: 0))
        XCTAssertEqual(sheets[0].text(41, "B"), "Ý kiến số 39: đề nghị bổ sung " + String(repeating: "phòng học, ", count: 39))
    }

    func testWritingToAFileGivesTheSameBytesAndLeavesNoTemporaryFiles() throws {
        let dir = TempDir()
        let folder = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("out.xlsx")
        try XLSXWriter.write(Self.big(), to: url)
        XCTAssertEqual(try Data(contentsOf: url), try Self.big().data())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.xlsx"])
        // A failed workbook leaves nothing behind, not even the file it replaced.
        var bad = Self.sample()
        bad.sheets[0].validations[0].sourceSheet = "Không có"
        XCTAssertThrowsError(try XLSXWriter.write(bad, to: url))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.xlsx"])
        XCTAssertEqual(try Data(contentsOf: url), try Self.big().data(), "a workbook refused before writing leaves the old file")
    }

    func testCellTextIsCutAtExcelsLimitOnACharacterBoundary() throws {
        let long = String(repeating: "ệ", count: 40_000)
        let cut = XLSXWriter.cellText(long)
        XCTAssertEqual(cut.utf16.count, XLSXWriter.maxCellCharacters)
        XCTAssertTrue(cut.hasSuffix("ệ…"))
        let emoji = String(repeating: "a", count: 32_765) + "😀😀"
        XCTAssertEqual(XLSXWriter.cellText(emoji), String(repeating: "a", count: 32_765) + "…")
        XCTAssertEqual(XLSXWriter.cellText("a\u{0}b\u{1F}c\u{FFFE}d\te\rf"), "abcd\te\nf")

        let dir = TempDir()
        let url = try write(XLSXWorkbook(sheets: [XLSXWorksheet(name: "A", rows: [[.text(long)]])]), dir)
        let (sheets, _) = try TableReader.read(url, displayPath: "long.xlsx")
        XCTAssertEqual(sheets[0].text(1, "A").utf16.count, XLSXWriter.maxCellCharacters)
    }

    func testSheetNamesAreMadeValid() {
        XCTAssertEqual(XLSXWriter.sheetNames(["Chỉ tiêu 1/2", "chỉ tiêu 1-2", "'Hồ sơ'", "", String(repeating: "x", count: 40)]),
                       ["Chỉ tiêu 1-2", "chỉ tiêu 1-2 (2)", "Hồ sơ", "Sheet4", String(repeating: "x", count: 31)])
    }

    func testAListFromAMissingSheetIsRefused() {
        var sheet = XLSXWorksheet(name: "Góp ý", rows: [[.text("x")]])
        sheet.validations = [XLSXListValidation(column: 0, rows: 2...10, sourceSheet: "Danh mục", sourceColumn: 0, sourceRows: 1...3)]
        XCTAssertThrowsError(try XLSXWorkbook(sheets: [sheet]).data()) { XCTAssertEqual($0 as? XLSXWriteError, .unknownSheet("Danh mục")) }
        XCTAssertThrowsError(try XLSXWorkbook(sheets: []).data()) { XCTAssertEqual($0 as? XLSXWriteError, .noVisibleSheet) }
    }

    /// Past `SharedStrings.capacity` distinct short texts, new ones go in their cells while the
    /// ones already shared stay shared; every value reads back, through gopy's reader and
    /// openpyxl.
    func testShortTextsPastTheSharedTableGoInline() throws {
        let n = XLSXWriter.SharedStrings.capacity + 500
        let rows: [[XLSXCell]] = (0..<n).map { [.text("Cụm \($0)"), .text($0 % 2 == 0 ? "Có" : "Không")] }
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "A", rows: rows)])
        var strings = XLSXWriter.SharedStrings()
        var styles = XLSXWriter.StyleTable()
        var xml = ""
        try XLSXWriter.sheetXML(workbook.sheets[0], selected: true, fontSize: 12, strings: &strings, styles: &styles, validationNames: []) { xml += String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(strings.order.count, XLSXWriter.SharedStrings.capacity, "the table stops growing")
        XCTAssertTrue(xml.contains("<c r=\"A\(n)\" t=\"inlineStr\"><is><t>Cụm \(n - 1)</t></is></c>"))
        XCTAssertTrue(xml.contains("<c r=\"B\(n)\" t=\"s\">"), "a text met early stays shared")

        let dir = TempDir()
        let url = try write(workbook, dir)
        let (sheets, diagnostics) = try TableReader.read(url, displayPath: "full.xlsx")
        XCTAssertEqual(diagnostics, [])
        for r in [1, n / 2, n - 1, n] {
            XCTAssertEqual(sheets[0].text(r, "A"), "Cụm \(r - 1)")
            XCTAssertEqual(sheets[0].text(r, "B"), (r - 1) % 2 == 0 ? "Có" : "Không")
        }
        try Interop.requireOpenpyxl()
        let out = try Interop.python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]
            rows = list(ws.iter_rows(values_only=True))
            print(len(rows), rows[-1][0], rows[-1][1], rows[0][0])
            """, [url.path])
        XCTAssertEqual(out.trimmingCharacters(in: .whitespacesAndNewlines), "\(n) Cụm \(n - 1) \((n - 1) % 2 == 0 ? "Có" : "Không") Cụm 0")
    }

    // MARK: - Interop

    func testOpenpyxlReadsTheSameValuesAndLayout() throws {
        try Interop.requireOpenpyxl()
        let dir = TempDir()
        let url = try write(Self.sample(), dir)
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {"sheets": wb.sheetnames, "states": [ws.sheet_state for ws in wb.worksheets], "cells": {}}
            for ws in wb.worksheets:
                out["cells"][ws.title] = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
            ws = wb["Góp ý"]
            out["freeze"] = ws.freeze_panes
            out["filter"] = ws.auto_filter.ref
            out["bold"] = ws["B2"].font.b
            out["wrap"] = ws["C3"].alignment.wrap_text
            out["formats"] = [ws["D3"].number_format, ws["D4"].number_format, ws["A3"].number_format]
            out["width"] = ws.column_dimensions["C"].width
            out["validations"] = [(str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation]
            out["names"] = {n: wb.defined_names[n].attr_text for n in wb.defined_names}
            print(json.dumps(out, ensure_ascii=False))
            """
        let json = try Interop.python(script, [url.path])
        let o = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        XCTAssertEqual(o["sheets"] as? [String], ["Góp ý", "Danh mục", "Số liệu"])
        XCTAssertEqual(o["states"] as? [String], ["visible", "hidden", "visible"])
        let cells = o["cells"] as! [String: [String: Any]]
        let g = cells["Góp ý"]!
        XCTAssertEqual(g["A1"] as? String, "BẢNG TỔNG HỢP Ý KIẾN")
        XCTAssertEqual(g["C3"] as? String, "Đề nghị tăng chỉ tiêu 2.3 lên 95%\ncó minh chứng & <số liệu> \"kèm\"")
        XCTAssertEqual(g["D3"] as? Double, 0.953)
        XCTAssertEqual(g["B4"] as? String, "  Trường Mầm non Hoa Sen")
        XCTAssertEqual(g["B5"] as? String, "Tr\u{01B0}\u{0300}ơng TH Bắc Sơn\nxã Tiên Lãng")
        XCTAssertEqual(g["D5"] as? Double, -1234567.5)
        XCTAssertEqual(g["A7"] as? Bool, true)
        XCTAssertEqual(g["B7"] as? Bool, false)
        XCTAssertEqual((g["E7"] as? NSNumber)?.doubleValue, 123456789012)
        XCTAssertNil(g["C5"])
        XCTAssertEqual((cells["Số liệu"]!["B2"] as? NSNumber)?.intValue, 1014)
        XCTAssertEqual(cells["Danh mục"]!["A2"] as? String, "CT2.03")
        XCTAssertEqual(o["freeze"] as? String, "A3")
        XCTAssertEqual(o["filter"] as? String, "A2:E7")
        XCTAssertEqual(o["bold"] as? Bool, true)
        XCTAssertEqual(o["wrap"] as? Bool, true)
        XCTAssertEqual(o["formats"] as? [String], ["0.0%", "#,##0.0", "#,##0"])
        XCTAssertEqual(o["width"] as? Double, 50)
        let validations = o["validations"] as! [[Any]]
        XCTAssertEqual(validations.count, 1)
        XCTAssertEqual(validations.first?[0] as? String, "B3:B100")
        XCTAssertEqual(validations.first?[1] as? String, "list")
        XCTAssertEqual(validations.first?[2] as? String, "gopy_list_1")
        XCTAssertEqual((o["names"] as? [String: String])?["gopy_list_1"], "'Danh mục'!$A$2:$A$3")
    }

    func testLibreOfficeConvertsEverySheet() throws {
        try Interop.requireLibreOffice()
        let dir = TempDir()
        let url = try write(Self.sample(), dir, "mau.xlsx")
        let csvs = try Interop.libreOfficeCSV(url, in: dir.url)
        // LibreOffice writes one file per sheet, named after the sheet.
        let goPY = try XCTUnwrap(csvs["Góp ý"])
        XCTAssertTrue(goPY.contains("BẢNG TỔNG HỢP Ý KIẾN"), goPY)
        XCTAssertTrue(goPY.contains("\"Đề nghị tăng chỉ tiêu 2.3 lên 95%\ncó minh chứng & <số liệu> \"\"kèm\"\"\""), goPY)
        XCTAssertTrue(goPY.contains("Trường Hoa Sen có 1.234,5 m² đất; mã _x0041_ giữ nguyên"), goPY)
        XCTAssertTrue(goPY.contains("-1234567.5"), goPY)
        // LibreOffice writes percent cells as shown; the value is 0.953 either way.
        XCTAssertTrue(goPY.contains(",95.3%,") || goPY.contains(",0.953,"), goPY)
        XCTAssertEqual(csvs["Số liệu"], "Xã/phường,Số học sinh\nPhường Chí Linh,1014\nĐặc khu Cát Hải,0\n")
        XCTAssertNotNil(csvs["Danh mục"])
    }
}

/// Runs openpyxl and LibreOffice for the interop tests; skips when they are not installed
/// (CI installs both: scripts/install-deps.sh --interop).
enum Interop {
    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = dir + "/" + tool
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func requireOpenpyxl() throws {
        guard let python = which("python3"), (try? run(python, ["-c", "import openpyxl"]))?.status == 0 else {
            throw XCTSkip("openpyxl is not installed (scripts/install-deps.sh --interop)")
        }
    }

    static func requireLibreOffice() throws {
        guard which("soffice") != nil else { throw XCTSkip("LibreOffice is not installed (scripts/install-deps.sh --interop)") }
    }

    /// Runs a Python script (`python3 -c`) and returns its standard output; fails on a non-zero exit.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let r = try run(which("python3")!, ["-c", script] + arguments)
        guard r.status == 0 else { throw InteropError(message: "python failed: \(r.err)") }
        return r.out
    }

    /// Converts every sheet of a workbook to CSV with LibreOffice (UTF-8, comma, quoted text);
    /// returns sheet name → CSV text. A private profile folder keeps runs from sharing state.
    static func libreOfficeCSV(_ workbook: URL, in folder: URL) throws -> [String: String] {
        let out = folder.appendingPathComponent("csv-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let profile = folder.appendingPathComponent("lo-profile-" + UUID().uuidString)
        // 44,34,76: comma, double quote, UTF-8; the last field -1 writes every sheet to its own file.
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        let r = try run(which("soffice")!, ["-env:UserInstallation=file://" + profile.path, "--headless", "--convert-to", filter,
                                            "--outdir", out.path, workbook.path])
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".csv") }
        guard r.status == 0, !files.isEmpty else { throw InteropError(message: "LibreOffice failed (\(r.status)): \(r.out) \(r.err)") }
        let base = workbook.deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: String] = [:]
        for file in files {
            let name = String(file.dropFirst(base.count).dropLast(4))
            sheets[name] = try String(contentsOfFile: out.path + "/" + file, encoding: .utf8)
        }
        return sheets
    }

    struct InteropError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
