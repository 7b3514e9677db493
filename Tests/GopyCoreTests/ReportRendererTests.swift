import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Tabular
import XCTest
import ZIPFoundation
@testable import GopyCore

/// A report built by hand with everything a renderer must survive: Vietnamese diacritics, the
/// XML and HTML special characters, a line break, a control character from a legacy cell,
/// every block kind and every chart kind, and a table long enough to run over several pages.
enum ReportFixture {
    static let special = "Hội đồng & <Ban> \"Quốc\" 'thẩm định' – ổn định"
    static let longRows = 70

    static let document = ReportDocument(
        name: "bao-cao-thu",
        issuer: "Sở Giáo dục và Đào tạo Hải Phòng",
        unit: "Phòng Giáo dục Trung học",
        placeAndDate: "Hải Phòng, ngày 08 tháng 02 năm 2026",
        title: "BÁO CÁO TỔNG HỢP CẤP HỌC",
        subtitle: "Kết quả hội thảo góp ý dự thảo Đề án — cấp Trung học cơ sở",
        blocks: [
            .heading(level: 1, number: "I.", text: "HỒ SƠ CÁC CỤM CHUYÊN MÔN"),
            .paragraph(special),
            .paragraph("Dòng một\nDòng hai\u{1}có ký tự điều khiển"),
            .heading(level: 2, number: "1.", text: "Ý kiến theo cụm"),
            .bullets(["Mục thứ nhất", "Mục <thứ hai> & ba"]),
            .heading(level: 3, number: "a)", text: "Trích dẫn"),
            .quote(text: "Trường có học sinh là con công nhân ở trọ", source: "Trường THCS Lê Lợi (cum-01, dòng 12)"),
            .table(.init(
                caption: "Bảng 1. Hồ sơ các cụm",
                header: ["Cụm", "Tên cụm", "Số ý kiến"],
                rows: [["cum-01", "Cụm Hồng Bàng & Ngô Quyền", "41"], ["cum-02", "Cụm <Lê Chân>", "1.234"]],
                widths: [0.2, 0.6, 0.2], numeric: [2])),
            .table(.init(
                caption: "Bảng 2. Số liệu theo trường",
                header: ["Mã trường", "Tên trường", "Người học"],
                rows: (1...longRows).map { ["HP-THCS-\(String(format: "%03d", $0))", "Trường THCS số \($0)", "\($0 * 17)"] },
                widths: [0.25, 0.5, 0.25], numeric: [2])),
            .chart(.init(kind: .groupedBars, title: "Biểu đồ 1. Ý kiến theo cụm", categories: ["cum-01", "cum-02"],
                         series: [(name: "Có số liệu", values: [12.5, 3]), (name: "Chung chung", values: [2, 7])], unit: "ý kiến")),
            .chart(.init(kind: .stackedBars, title: "Biểu đồ 2. Ý kiến theo nhóm", categories: ["cum-01", "cum-02", "cum-03"],
                         series: [(name: "Thực trạng", values: [4, 5, 6]), (name: "Mục tiêu", values: [10, 0, 3])], unit: "ý kiến")),
            .chart(.init(kind: .horizontalBars, title: "Biểu đồ 3. Điểm khả thi", categories: ["CT1.05", "CT2.03 <quá tải>"],
                         series: [(name: "Điểm", values: [70.5, 23])], unit: "điểm")),
        ])

    /// How many blocks draw a table (tables, and charts as the table of their data in Word).
    static var tableBlocks: Int {
        document.blocks.filter { if case .table = $0 { return true }; if case .chart = $0 { return true }; return false }.count
    }

    static var charts: Int {
        document.blocks.filter { if case .chart = $0 { return true }; return false }.count
    }
}

/// Collects the elements of an XML document: names in order, the attributes of each, and the
/// text of every `w:t`.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""
    private var inText = false

    static func parse(_ data: Data) throws -> XMLCollector {
        let collector = XMLCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw NSError(domain: "XML", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)"])
        }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        if name == "w:t" { inText = true }
        if name == "w:br" || name == "w:p" { text += "\n" }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:t" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
    func first(_ name: String) -> [String: String]? { elements.first { $0.name == name }?.attributes }
}

final class WordRendererTests: XCTestCase {
    func parts(_ data: Data) throws -> [(String, Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out.append((entry.path, bytes))
        }
        return out
    }

    func part(_ name: String, of data: Data) throws -> Data {
        try XCTUnwrap(parts(data).first { $0.0 == name }?.1, "no \(name) in the package")
    }

    func testThePackageHasEveryPartAndEveryPartParses() throws {
        let docx = WordRenderer.render(ReportFixture.document)
        XCTAssertEqual(Array(docx.prefix(2)), [0x50, 0x4B], "a zip file")
        let all = try parts(docx)
        XCTAssertEqual(all.first?.0, "[Content_Types].xml", "content types come first, as Office writes them")
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/settings.xml", "word/header1.xml", "word/header2.xml", "docProps/core.xml", "docProps/app.xml"] {
            XCTAssertTrue(all.contains { $0.0 == name }, name)
        }
        for (name, data) in all {
            XCTAssertNoThrow(try XMLCollector.parse(data), name)
        }
        // Every part the content types or relationships name is in the package.
        let types = try XMLCollector.parse(part("[Content_Types].xml", of: docx))
        for override in types.elements where override.name == "Override" {
            let path = String(override.attributes["PartName"]!.dropFirst())
            XCTAssertTrue(all.contains { $0.0 == path }, path)
        }
        let rels = try XMLCollector.parse(part("word/_rels/document.xml.rels", of: docx))
        for rel in rels.elements where rel.name == "Relationship" {
            XCTAssertTrue(all.contains { $0.0 == "word/" + rel.attributes["Target"]! }, rel.attributes["Target"]!)
        }
    }

    func testTextRoundTripsWithDiacriticsAndSpecialCharacters() throws {
        let xml = try XMLCollector.parse(part("word/document.xml", of: WordRenderer.render(ReportFixture.document)))
        XCTAssertTrue(xml.text.contains(ReportFixture.special), xml.text.prefix(2000).description)
        XCTAssertTrue(xml.text.contains("Mục <thứ hai> & ba"))
        XCTAssertTrue(xml.text.contains("Cụm <Lê Chân>"))
        XCTAssertTrue(xml.text.contains("Dòng một\nDòng hai"), "a line break in the text is a line break in Word")
        XCTAssertTrue(xml.text.contains("Dòng haicó ký tự điều khiển"), "the control character is dropped, the rest kept")
        XCTAssertTrue(xml.text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        XCTAssertTrue(xml.text.contains("Độc lập - Tự do - Hạnh phúc"))
        XCTAssertTrue(xml.text.contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG"), "the issuer in capitals")
        XCTAssertTrue(xml.text.contains("I. HỒ SƠ CÁC CỤM CHUYÊN MÔN"), "headings carry their number")
        let core = try XMLCollector.parse(part("docProps/core.xml", of: WordRenderer.render(ReportFixture.document)))
        XCTAssertEqual(core.count("dcterms:created"), 0, "no date: the bytes depend on the report only")
    }

    /// A run of one line without tabs (written straight) and a run that needs the split give
    /// the same elements for the same pieces.
    func testARunOfOneLineIsThePieceOfAnySplitRun() {
        XCTAssertEqual(WordRenderer.run("Cụm <Lê Chân> & 2"), #"<w:r><w:t xml:space="preserve">Cụm &lt;Lê Chân&gt; &amp; 2</w:t></w:r>"#)
        XCTAssertEqual(WordRenderer.run(""), "<w:r></w:r>")
        XCTAssertEqual(WordRenderer.run("a\r\nb\tc"), #"<w:r><w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b</w:t><w:tab/><w:t xml:space="preserve">c</w:t></w:r>"#)
        let one = WordRenderer.run("Điểm trường", bold: true)
        let split = WordRenderer.run("Điểm trường\nĐiểm trường", bold: true)
        XCTAssertEqual(split, one.replacingOccurrences(of: "</w:r>", with: "") + "<w:br/>" + one.replacingOccurrences(of: "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>", with: ""))
    }

    func testChartsBecomeTablesOfTheirData() throws {
        let xml = try XMLCollector.parse(part("word/document.xml", of: WordRenderer.render(ReportFixture.document)))
        XCTAssertTrue(xml.text.contains("Biểu đồ 1. Ý kiến theo cụm (ý kiến)"))
        XCTAssertTrue(xml.text.contains("12,5"), "chart values in Vietnamese notation")
        XCTAssertTrue(xml.text.contains("CT2.03 <quá tải>"))
    }

    func testEveryTableRepeatsItsHeaderRowAndNeverSplitsARow() throws {
        let xml = try XMLCollector.parse(part("word/document.xml", of: WordRenderer.render(ReportFixture.document)))
        // The masthead is a borderless layout table; every other table is a report table.
        XCTAssertEqual(xml.count("w:tbl"), ReportFixture.tableBlocks + 1)
        XCTAssertEqual(xml.count("w:tblHeader"), ReportFixture.tableBlocks)
        // Each tblHeader sits in the first row of its table.
        var sawTable = false, rowInTable = 0, tables = 0
        for element in xml.elements {
            switch element.name {
            case "w:tbl": sawTable = true; rowInTable = 0; tables += 1
            case "w:tr": rowInTable += 1
            case "w:tblHeader": XCTAssertTrue(sawTable && rowInTable == 1, "tblHeader outside the first row of table \(tables)")
            default: break
            }
        }
        XCTAssertEqual(xml.count("w:cantSplit"), xml.count("w:tr") - 1, "every row but the masthead's is kept whole")
        XCTAssertGreaterThanOrEqual(xml.count("w:tr"), ReportFixture.longRows)
    }

    func testPageIsA4WithTheMarginsOfDecree30() throws {
        let docx = WordRenderer.render(ReportFixture.document)
        let xml = try XMLCollector.parse(part("word/document.xml", of: docx))
        let size = try XCTUnwrap(xml.first("w:pgSz"))
        XCTAssertEqual(size["w:w"], "11906", "210 mm")
        XCTAssertEqual(size["w:h"], "16838", "297 mm")
        XCTAssertNil(size["w:orient"], "portrait")
        let margins = try XCTUnwrap(xml.first("w:pgMar"))
        let twips = { (key: String) in Int(margins[key] ?? "") ?? -1 }
        let mm = { (v: Double) in Int((v * 1440 / 25.4).rounded()) }
        XCTAssertTrue((mm(20)...mm(25)).contains(twips("w:top")), "top \(twips("w:top"))")
        XCTAssertTrue((mm(20)...mm(25)).contains(twips("w:bottom")), "bottom \(twips("w:bottom"))")
        XCTAssertTrue((mm(30)...mm(35)).contains(twips("w:left")), "left \(twips("w:left"))")
        XCTAssertTrue((mm(15)...mm(20)).contains(twips("w:right")), "right \(twips("w:right"))")
        XCTAssertEqual(xml.count("w:titlePg"), 1, "no page number on the first page")
        let styles = try XMLCollector.parse(part("word/styles.xml", of: docx))
        XCTAssertEqual(styles.first("w:rFonts")?["w:ascii"], "Times New Roman")
        let bodySize = Int(styles.first("w:sz")?["w:val"] ?? "") ?? 0
        XCTAssertTrue((26...28).contains(bodySize), "13–14 pt, got \(bodySize) half-points")
        let header = try XMLCollector.parse(part("word/header1.xml", of: docx))
        XCTAssertEqual(header.count("w:instrText"), 1, "the page number field")
    }

    func testTableColumnsFillTheTextWidthAndFitTheirLongestWord() {
        let widths = WordRenderer.columnWidths([0.1, 0.8, 0.1], columns: 3, fitting: [["03/02/2026", "một hai ba", "x"]], size: 24, margin: 85)
        XCTAssertEqual(widths.reduce(0, +), WordRenderer.Page.textWidth)
        XCTAssertGreaterThan(Double(widths[0]), WordRenderer.estimatedWidth("03/02/2026", size: 24), "a date is not broken")
        XCTAssertEqual(WordRenderer.columnWidths([1], columns: 3).reduce(0, +), WordRenderer.Page.textWidth, "mismatched shares fall back to equal ones")
    }

    func testTheSameDocumentGivesTheSameBytes() {
        XCTAssertEqual(WordRenderer.render(ReportFixture.document), WordRenderer.render(ReportFixture.document))
    }
}

final class HTMLRendererTests: XCTestCase {
    let html = HTMLRenderer.render(ReportFixture.document)

    func testOneSelfContainedVietnamesePage() {
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<html lang=\"vi\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertFalse(html.contains("http://"), "nothing fetched, not even an SVG namespace")
        XCTAssertFalse(html.contains("https://"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertTrue(html.contains("@page { size: A4;"))
    }

    func testTextIsEscaped() {
        XCTAssertTrue(html.contains("Hội đồng &amp; &lt;Ban&gt; &quot;Quốc&quot; &apos;thẩm định&apos; – ổn định"))
        XCTAssertFalse(html.contains("<Ban>"))
        XCTAssertFalse(html.contains("<Lê Chân>"))
        XCTAssertFalse(html.contains("<quá tải>"))
        XCTAssertFalse(html.contains("\u{1}"))
        XCTAssertTrue(html.contains("Dòng một<br>Dòng hai"))
    }

    func testEveryChartIsAnInlineSVGThatParses() throws {
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        XCTAssertEqual(svgs.count, ReportFixture.charts)
        XCTAssertEqual(html.components(separatedBy: "<figure class=\"chart\"").count - 1, ReportFixture.charts)
        for svg in svgs {
            let xml = try XMLCollector.parse(Data(svg.utf8))
            XCTAssertGreaterThanOrEqual(xml.count("rect"), 2, "a bar per category at least")
            XCTAssertGreaterThan(xml.count("text"), 2, "labels and values written")
        }
        // Values printed on the bars, the Vietnamese way.
        XCTAssertTrue(svgs[0].contains(">12,5<"))
        XCTAssertTrue(svgs[2].contains(">70,5<"))
        // Legend of the grouped chart names both series.
        XCTAssertTrue(svgs[0].contains("Có số liệu") && svgs[0].contains("Chung chung"))
    }

    func testTablesRepeatTheirHeaderWhenPrinted() {
        // Every table and every chart's data table has a thead, which browsers repeat per page.
        XCTAssertEqual(html.components(separatedBy: "<thead>").count - 1, ReportFixture.tableBlocks)
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"))
        XCTAssertTrue(html.contains("<td class=\"num\">1.234</td>"), "numeric columns are right-aligned")
    }

    func testAnEmptyChartStillDrawsAnSVG() {
        let empty = ReportDocument(name: "x", issuer: "A", unit: "", placeAndDate: "", title: "T", subtitle: "",
                                   blocks: [.chart(.init(kind: .groupedBars, title: "Trống", categories: [], series: [], unit: ""))])
        let page = HTMLRenderer.render(empty)
        XCTAssertTrue(page.contains("<svg ") && page.contains("Không có số liệu"))
    }

    func testNiceScale() {
        XCTAssertEqual(ChartSVG.niceScale(41).top, 50)
        XCTAssertEqual(ChartSVG.niceScale(41).step, 10)
        XCTAssertEqual(ChartSVG.niceScale(3).step, 1, "counts never get a fractional step")
        XCTAssertEqual(ChartSVG.niceScale(0).top, 1)
    }

    func testALongTableContinuesOnFurtherSheets() {
        let rows = (1...7).map { [ExcelReport.serial($0)] }
        let sheets = ExcelReport.tables("Tổng hợp ý kiến", title: "BẢNG", columns: [("STT", 5)], rows: rows, rowsPerSheet: 3)
        XCTAssertEqual(sheets.map(\.name), ["Tổng hợp ý kiến", "Tổng hợp ý kiến (2)", "Tổng hợp ý kiến (3)"])
        XCTAssertEqual(sheets.map { $0.rows.count - 2 }, [3, 3, 1], "title and header on each sheet, then its rows")
        XCTAssertEqual(sheets[1].rows[0].count, 1)
        XCTAssertEqual(ExcelReport.tables("T", title: "B", columns: [("STT", 5)], rows: rows).count, 1)
    }

    func testALongGeneratedTableSplitsLikeAHeldOne() throws {
        let rows = (1...7).map { [ExcelReport.serial($0), ExcelReport.text("ý kiến \($0)")] }
        let columns: [ExcelReport.Column] = [("STT", 5), ("Nội dung", 40)]
        let held = ExcelReport.tables("Tổng hợp ý kiến", title: "BẢNG", columns: columns, rows: rows, rowsPerSheet: 3)
        let made = ExcelReport.tables("Tổng hợp ý kiến", title: "BẢNG", columns: columns, count: rows.count, rowsPerSheet: 3) { rows[$0] }
        XCTAssertEqual(made.map(\.name), held.map(\.name))
        XCTAssertEqual(made.map { $0.generated?.count }, [3, 3, 1])
        XCTAssertEqual(try XLSXWorkbook(sheets: made).data(), try XLSXWorkbook(sheets: held).data())
        XCTAssertEqual(ExcelReport.tables("T", title: "B", columns: columns, count: 0) { rows[$0] }.count, 1)
    }

    /// A workbook that cannot be written (here: its folder cannot be made; in life, a full disk)
    /// comes back as a failure with its reason, never as a silently missing file.
    func testAWorkbookThatCannotBeWrittenIsReportedNotDropped() throws {
        // A folder cannot be made inside a regular file, even by root.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-not-a-folder-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let nowhere = file.appendingPathComponent("scratch")
        let jobs = ExcelReport.jobs(summary: .obj([:]), annotations: AnnotationStore([]), scratch: nowhere)
        let files = jobs.flatMap { $0() }
        XCTAssertEqual(files.map(\.0), ["tong-hop-toan-nganh.xlsx"])
        guard case .failed(let why)? = files.first?.1 else { return XCTFail("expected a failure, got \(String(describing: files.first?.1))") }
        XCTAssertFalse(why.isEmpty)
        XCTAssertThrowsError(try files[0].1.data())
    }
}

