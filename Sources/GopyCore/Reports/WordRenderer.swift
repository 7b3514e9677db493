import Foundation
import Tabular
import ZIPFoundation

/// Renders a report as a Word document (.docx), written directly as Office Open XML.
///
/// The layout is the one Nghị định 30/2020/NĐ-CP (Phụ lục I) prescribes for administrative
/// documents, because divisions forward these files as they are: A4 portrait, Times New Roman,
/// margins 20/20/30/15 mm, the issuer and the national motto side by side at the top, the title
/// bold and centred, justified body text with a first-line indent, page numbers centred at the
/// top from the second page on. Charts become the table of their data: a Word file travels
/// through e-mail and gets edited, and a table of numbers survives both better than a picture.
///
/// The same document always gives the same bytes (fixed zip timestamps, fixed part order, no
/// creation date in the properties), so reports can be compared between runs.
enum WordRenderer {
    /// The .docx bytes of `document`.
    static func render(_ document: ReportDocument) -> Data {
        let parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(document)),
            ("docProps/app.xml", appProperties),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/document.xml", body(document)),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/header1.xml", pageNumberHeader),
            ("word/header2.xml", emptyHeader),
        ]
        return archive(parts.map { ($0.path, Data($0.xml.utf8)) })
    }

    // MARK: - Page geometry (twips: 1 mm = 1440 / 25.4)

    /// The page and margins of NĐ 30: A4, top and bottom 20 mm (range 20–25), left 30 mm
    /// (30–35), right 15 mm (15–20). The smallest allowed margins leave the most room for the
    /// wide tables of the data appendix.
    enum Page {
        static let width = 11906
        static let height = 16838
        static let top = 1134
        static let bottom = 1134
        static let left = 1701
        static let right = 850
        /// Where the page number sits, inside the top margin.
        static let header = 567
        static let footer = 567
        /// The width text and tables can use.
        static let textWidth = width - left - right
    }

    /// First-line indent of body paragraphs: 1 cm (NĐ 30 allows 1–1.27 cm).
    static let firstLineIndent = 567

    // MARK: - Body

    static func body(_ document: ReportDocument) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<w:document xmlns:w="\#(Namespace.w)" xmlns:r="\#(Namespace.r)"><w:body>"#
        xml += headerBlock(document)
        xml += paragraph(run(document.title, bold: true), style: "Title")
        if !document.subtitle.isEmpty {
            xml += paragraph(run(document.subtitle, bold: true), style: "Subtitle")
        }
        // The short rule under the trích yếu, a third of the text width, centred.
        xml += rule(width: Page.textWidth / 3, within: Page.textWidth)
        for block in document.blocks {
            switch block {
            case .heading(let level, let number, let text):
                let styleLevel = min(max(level, 1), 3)
                xml += paragraph(run(number.isEmpty ? text : number + " " + text), style: "Heading\(styleLevel)")
            case .paragraph(let text):
                xml += paragraph(run(text), style: "BodyText")
            case .bullets(let items):
                // Vietnamese administrative documents mark list items with a typed dash on an
                // indented first line, not with Word bullets.
                for item in items { xml += paragraph(run("- " + item), style: "ListDash") }
            case .quote(let text, let source):
                xml += paragraph(run("“" + text + "”", italic: true) + run(" (" + source + ")"), style: "Quote")
            case .table(let table):
                xml += self.table(table)
            case .chart(let chart):
                xml += self.table(chartTable(chart))
            }
        }
        xml += "<w:sectPr>"
        xml += #"<w:headerReference w:type="default" r:id="rIdHeaderPage"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>"#
        xml += #"<w:pgSz w:w="\#(Page.width)" w:h="\#(Page.height)"/>"#
        xml += #"<w:pgMar w:top="\#(Page.top)" w:right="\#(Page.right)" w:bottom="\#(Page.bottom)" w:left="\#(Page.left)" w:header="\#(Page.header)" w:footer="\#(Page.footer)" w:gutter="0"/>"#
        // NĐ 30: no number on the first page.
        xml += #"<w:pgNumType w:start="1"/><w:titlePg/>"#
        xml += "</w:sectPr></w:body></w:document>"
        return xml
    }

    /// The chart's data as a table, the same one the Markdown renderer prints.
    static func chartTable(_ chart: ReportDocument.Chart) -> ReportDocument.Table {
        let rows = chart.categories.indices.map { i in
            [chart.categories[i]] + chart.series.map { i < $0.values.count ? ReportBuilder.vn($0.values[i]) : "–" }
        }
        let columns = chart.series.count + 1
        let first = columns > 1 ? 0.4 : 1.0
        let widths = [first] + Array(repeating: (1 - first) / Double(max(chart.series.count, 1)), count: chart.series.count)
        return ReportDocument.Table(
            caption: chart.unit.isEmpty ? chart.title : chart.title + " (\(chart.unit))",
            header: [""] + chart.series.map(\.name), rows: rows, widths: widths,
            numeric: Set(chart.series.indices.map { $0 + 1 }))
    }

    /// The two-column block at the top: the issuer over the issuing unit on the left, the
    /// national name and motto over the place and date on the right (NĐ 30, ô 1, 2, 4).
    static func headerBlock(_ document: ReportDocument) -> String {
        let left = Page.textWidth * 9 / 20
        let right = Page.textWidth - left
        var leftCell = ""
        let unit = document.unit.trimmingCharacters(in: .whitespaces)
        if unit.isEmpty {
            leftCell += paragraph(run(document.issuer.uppercased(), bold: true, size: 24), style: "HeaderBlock")
        } else {
            leftCell += paragraph(run(document.issuer.uppercased(), size: 24), style: "HeaderBlock")
            leftCell += paragraph(run(unit.uppercased(), bold: true, size: 24), style: "HeaderBlock")
        }
        // The rule under the unit is a third to a half of its name (NĐ 30); its length is
        // estimated from the name, as Word has no "as long as the line above" rule.
        let named = unit.isEmpty ? document.issuer : unit
        let estimated = min(Double(left), estimatedWidth(Substring(named), size: 24))
        leftCell += rule(width: max(Int(estimated * 0.4), 600), within: left)
        var rightCell = paragraph(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24), style: "HeaderBlock")
        // The motto is underlined: a rule exactly as long as the motto, as NĐ 30 asks.
        rightCell += paragraph(run("Độc lập - Tự do - Hạnh phúc", bold: true, underline: true, size: 28), style: "HeaderBlock")
        rightCell += paragraph(run(document.placeAndDate, italic: true, size: 28), style: "PlaceDate")
        var xml = "<w:tbl><w:tblPr>"
        xml += #"<w:tblW w:w="\#(Page.textWidth)" w:type="dxa"/>"#
        xml += #"<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>"#
        xml += #"<w:tblLayout w:type="fixed"/>"#
        xml += #"<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>"#
        xml += #"</w:tblPr><w:tblGrid><w:gridCol w:w="\#(left)"/><w:gridCol w:w="\#(right)"/></w:tblGrid><w:tr>"#
        xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(left)" w:type="dxa"/></w:tcPr>\#(leftCell)</w:tc>"#
        xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(right)" w:type="dxa"/></w:tcPr>\#(rightCell)</w:tc>"#
        xml += "</w:tr></w:tbl>"
        return xml
    }

    /// A thin horizontal rule `width` long, centred in a space `within` wide: an empty
    /// paragraph whose bottom border runs between its indents.
    static func rule(width: Int, within: Int) -> String {
        let indent = max(0, (within - width) / 2)
        return #"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"#
            + #"<w:spacing w:before="0" w:after="0" w:line="60" w:lineRule="exact"/><w:ind w:left="\#(indent)" w:right="\#(indent)"/>"#
            + #"<w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>"#
    }

    /// A bordered table whose header row repeats on every page and whose rows never split.
    static func table(_ table: ReportDocument.Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let size = fontSize(columns: columns)
        let margin = cellMargin(columns: columns)
        let widths = columnWidths(table.widths, columns: columns, fitting: [table.header] + table.rows, size: size, margin: margin)
        var xml = ""
        if !table.caption.isEmpty { xml += paragraph(run(table.caption, bold: true), style: "Caption") }
        xml += "<w:tbl><w:tblPr>"
        xml += #"<w:tblW w:w="\#(Page.textWidth)" w:type="dxa"/><w:jc w:val="center"/>"#
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"# }.joined() + "</w:tblBorders>"
        xml += #"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="\#(margin)" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="\#(margin)" w:type="dxa"/></w:tblCellMar>"#
        xml += #"<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
        xml += "</w:tblPr><w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        xml += #"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#
        for column in 0..<columns {
            let text = column < table.header.count ? table.header[column] : ""
            xml += cell(paragraph(run(text, bold: true, size: size), style: "TableText", align: "center", keepNext: true), width: widths[column], shaded: true)
        }
        xml += "</w:tr>"
        // A short table stays on one page with its caption: every row but the last keeps with
        // the next. A long one may break between rows, its header repeated: kept whole, it
        // would leave most of a page blank before it.
        let keepTogether = isShort(table, widths: widths, size: size, margin: margin)
        for (n, row) in table.rows.enumerated() {
            xml += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#
            let keep = keepTogether && n < table.rows.count - 1
            for column in 0..<columns {
                let text = column < row.count ? row[column] : ""
                let align = table.numeric.contains(column) ? "right" : "left"
                xml += cell(paragraph(run(text, size: size), style: "TableText", align: align, keepNext: keep), width: widths[column], shaded: false)
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        // Word glues two consecutive tables into one; a small empty paragraph keeps them apart.
        xml += paragraph("", style: "AfterTable")
        return xml
    }

    /// Whether a table is short enough (about a quarter of the page, estimated from its
    /// longest cell per row) to be moved whole to the next page rather than split.
    static func isShort(_ table: ReportDocument.Table) -> Bool {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        let size = fontSize(columns: columns)
        let margin = cellMargin(columns: columns)
        let widths = columnWidths(table.widths, columns: columns, fitting: [table.header] + table.rows, size: size, margin: margin)
        return isShort(table, widths: widths, size: size, margin: margin)
    }

    /// The same, with the table's column widths, type size and cell margin already worked out.
    static func isShort(_ table: ReportDocument.Table, widths: [Int], size: Int, margin: Int) -> Bool {
        let columns = widths.count
        var height = 0.0
        for row in [table.header] + table.rows {
            var lines = 1.0
            for (column, text) in row.prefix(columns).enumerated() {
                let room = Double(max(widths[column] - 2 * margin, 100))
                let wanted = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0.0) { sum, line in
                    sum + max(1, (estimatedWidth(line, size: size) / room).rounded(.up))
                }
                lines = max(lines, wanted)
            }
            height += lines * Double(size) * 12 + 80
            if height > 4_000 { return false }
        }
        return true
    }

    /// Type size of a table in half-points: the more columns, the smaller, so that the data
    /// appendix fits A4 portrait; NĐ 30 fixes the size of running text, not of tables.
    static func fontSize(columns: Int) -> Int {
        columns <= 5 ? 26 : columns <= 8 ? 24 : columns <= 10 ? 22 : 20
    }

    static func cellMargin(columns: Int) -> Int {
        columns <= 8 ? 85 : 45
    }

    static func cell(_ content: String, width: Int, shaded: Bool) -> String {
        var xml = #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
        if shaded { xml += #"<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>"# }
        xml += #"<w:vAlign w:val="center"/></w:tcPr>"# + content + "</w:tc>"
        return xml
    }

    /// Column widths in twips that fill the text width exactly: the document's shares when they
    /// fit the columns (equal shares otherwise), then widened where a column is too narrow for
    /// its longest word, at the expense of the columns with room to spare. Word's fixed layout
    /// would otherwise break a date or a code in the middle ("03/02/20 | 26").
    static func columnWidths(_ shares: [Double], columns: Int, fitting cells: [[String]] = [], size: Int = 24, margin: Int = 85) -> [Int] {
        var shares = shares
        if shares.count != columns || shares.contains(where: { !$0.isFinite || $0 <= 0 }) {
            shares = Array(repeating: 1, count: columns)
        }
        let total = shares.reduce(0, +)
        var widths = shares.map { Double(Page.textWidth) * $0 / total }
        var needs = Array(repeating: 0.0, count: columns)
        for row in cells {
            for (column, text) in row.prefix(columns).enumerated() {
                let longest = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { estimatedWidth($0, size: size) }.max() ?? 0
                needs[column] = max(needs[column], longest + Double(2 * margin) + 30)
            }
        }
        // No column may claim more than half the table for one long word.
        needs = needs.map { min($0, Double(Page.textWidth) / 2) }
        let deficit = zip(widths, needs).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        let slack = zip(widths, needs).reduce(0) { $0 + max(0, $1.0 - $1.1) }
        if deficit > 0, slack > 0 {
            let taken = min(deficit, slack)
            widths = zip(widths, needs).map { width, need in
                width < need ? width + (need - width) * taken / deficit : width - (width - need) * taken / slack
            }
        }
        var twips = widths.map { Int($0.rounded(.down)) }
        twips[twips.count - 1] += Page.textWidth - twips.reduce(0, +)
        return twips
    }

    /// The width of a word in twips at `size` half-points, from the average advances of Times
    /// New Roman (capitals about 0.7 em, the rest about 0.5 em): an estimate, generous on purpose.
    static func estimatedWidth(_ word: Substring, size: Int) -> Double {
        // Over UTF-8 bytes: Character-level case checks were most of the time spent laying out
        // the tables of a large report. A letter outside ASCII (its lead byte) counts as an
        // average letter, its continuation bytes as nothing.
        let em = Double(size) * 10
        var units = 0.0
        for byte in word.utf8 {
            switch byte {
            case 0x41...0x5A: units += 0.72
            case 0x6D, 0x77: units += 0.78
            case 0x2E, 0x2C, 0x3A, 0x69, 0x6C: units += 0.3
            case 0x80...0xBF: break
            case 0xC0...: units += 0.56
            default: units += 0.52
            }
        }
        return em * units
    }

    // MARK: - Runs and paragraphs

    static func paragraph(_ runs: String, style: String, align: String? = nil, keepNext: Bool = false) -> String {
        var xml = #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/>"#
        if keepNext { xml += "<w:keepNext/>" }
        if let align { xml += #"<w:jc w:val="\#(align)"/>"# }
        return xml + "</w:pPr>" + runs + "</w:p>"
    }

    /// A run of text; line breaks and tabs in `text` become Word's own.
    static func run(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        // In the order the schema fixes (sz before u): Word rejects a file that strays from it.
        if let size { properties += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
        if underline { properties += #"<w:u w:val="single"/>"# }
        var xml = "<w:r>"
        if !properties.isEmpty { xml += "<w:rPr>" + properties + "</w:rPr>" }
        // Most texts are one line without tabs: one piece, without Foundation's replacing and
        // the split by characters.
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if !text.isEmpty { xml += #"<w:t xml:space="preserve">"# + escaped(text) + "</w:t>" }
            return xml + "</w:r>"
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            if n > 0 { xml += "<w:br/>" }
            let pieces = line.split(separator: "\t", omittingEmptySubsequences: false)
            for (m, piece) in pieces.enumerated() {
                if m > 0 { xml += "<w:tab/>" }
                if !piece.isEmpty { xml += #"<w:t xml:space="preserve">"# + escaped(String(piece)) + "</w:t>" }
            }
        }
        return xml + "</w:r>"
    }

    /// Text made safe for XML content and attribute values (see `XMLText`).
    static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    // MARK: - Package parts

    enum Namespace {
        static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rIdHeaderPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        <Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>\
        </Relationships>
        """

    /// Title, subject and author; no dates, so that the bytes depend on the report alone.
    static func coreProperties(_ document: ReportDocument) -> String {
        let author = [document.issuer, document.unit].filter { !$0.isEmpty }.joined(separator: " – ")
        return declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(escaped(document.title))</dc:title><dc:subject>\(escaped(document.subtitle))</dc:subject>\
            <dc:creator>\(escaped(author))</dc:creator><dc:language>vi-VN</dc:language>\
            </cp:coreProperties>
            """
    }

    static let appProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>gopy</Application></Properties>
        """

    static let settings = declaration + """
        <w:settings xmlns:w="\(Namespace.w)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="567"/>\
        <w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        <w:themeFontLang w:val="vi-VN"/></w:settings>
        """

    /// The page number, centred at the top of every page but the first (NĐ 30).
    static let pageNumberHeader = declaration + """
        <w:hdr xmlns:w="\(Namespace.w)"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:hdr>
        """

    static let emptyHeader = declaration + """
        <w:hdr xmlns:w="\(Namespace.w)"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
        """

    /// Times New Roman 14 pt throughout (NĐ 30: 13–14), Vietnamese as the proofing language;
    /// built-in heading names so that Word's navigation pane and table of contents find them.
    static let styles: String = {
        let fonts = #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
        func style(_ id: String, _ name: String, pPr: String = "", rPr: String = "", builtIn: Bool = true) -> String {
            #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/><w:basedOn w:val="Normal"/>"#
                + (builtIn ? "" : "<w:qFormat/>") + "<w:pPr>" + pPr + "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>"
        }
        let body = #"<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="\#(firstLineIndent)"/><w:jc w:val="both"/>"#
        let heading = #"<w:keepNext/><w:keepLines/><w:spacing w:before="180" w:after="60" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="\#(firstLineIndent)"/><w:jc w:val="both"/>"#
        return declaration + #"<w:styles xmlns:w="\#(Namespace.w)">"#
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts
            + #"<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
            + #"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>"# + fonts + "</w:rPr></w:style>"
            + style("Title", "Title", pPr: #"<w:keepNext/><w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>"#, rPr: "<w:b/><w:bCs/>")
            + style("Subtitle", "Subtitle", pPr: #"<w:keepNext/><w:spacing w:before="0" w:after="60"/><w:jc w:val="center"/>"#, rPr: "<w:b/><w:bCs/>")
            + style("Heading1", "heading 1", pPr: heading + #"<w:outlineLvl w:val="0"/>"#, rPr: "<w:b/><w:bCs/>")
            + style("Heading2", "heading 2", pPr: heading + #"<w:outlineLvl w:val="1"/>"#, rPr: "<w:b/><w:bCs/>")
            + style("Heading3", "heading 3", pPr: heading + #"<w:outlineLvl w:val="2"/>"#, rPr: "<w:b/><w:bCs/><w:i/><w:iCs/>")
            + style("BodyText", "Body Text", pPr: body)
            + style("ListDash", "List Dash", pPr: body, builtIn: false)
            + style("Quote", "Quote", pPr: #"<w:spacing w:before="80" w:after="0" w:line="276" w:lineRule="auto"/><w:ind w:left="567" w:right="284"/><w:jc w:val="both"/>"#, rPr: #"<w:sz w:val="26"/><w:szCs w:val="26"/>"#)
            + style("Caption", "caption", pPr: #"<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:jc w:val="center"/>"#, rPr: #"<w:sz w:val="26"/><w:szCs w:val="26"/>"#)
            + style("TableText", "Table Text", pPr: #"<w:spacing w:before="30" w:after="30"/>"#, builtIn: false)
            + style("AfterTable", "After Table", pPr: #"<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/>"#, rPr: #"<w:sz w:val="8"/><w:szCs w:val="8"/>"#, builtIn: false)
            + style("HeaderBlock", "Header Block", pPr: #"<w:jc w:val="center"/>"#, builtIn: false)
            + style("PlaceDate", "Place Date", pPr: #"<w:spacing w:before="240"/><w:jc w:val="center"/>"#, builtIn: false)
            + style("Header", "header", pPr: #"<w:jc w:val="center"/>"#)
            + "</w:styles>"
    }()

    // MARK: - Zip

    /// 1980-01-01 00:00 UTC, the earliest date a zip entry can carry: the same for every entry
    /// of every run, so that the archive bytes depend on the content alone.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func archive(_ entries: [(String, Data)]) -> Data {
        do {
            let zip = try Archive(data: Data(), accessMode: .create)
            for (path, data) in entries {
                try zip.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = zip.data else { preconditionFailure("in-memory archive has no data") }
            return bytes
        } catch {
            // Only a bug can get here: the archive lives in memory and every entry is ours.
            preconditionFailure("cannot write the .docx archive: \(error)")
        }
    }
}
