import Foundation

// A small XLSX writer: the tables gopy hands to people (reports, blank forms), not a general
// spreadsheet library. Values are text, numbers and booleans; styling is what a Vietnamese
// office table needs (bold frozen header, widths, wrapping, filters, number formats, drop-down
// lists). The same workbook always gives the same bytes.

/// A workbook to write: its sheets in tab order.
public struct XLSXWorkbook: Sendable {
    /// The sheets, in tab order. The first visible one is the one that opens.
    public var sheets: [XLSXWorksheet]
    /// The workbook's font (Times New Roman, as Vietnamese administrative documents are set).
    public var fontName: String
    /// The default font size in points.
    public var fontSize: Double

    /// Creates a workbook.
    public init(sheets: [XLSXWorksheet] = [], fontName: String = "Times New Roman", fontSize: Double = 12) {
        self.sheets = sheets
        self.fontName = fontName
        self.fontSize = fontSize
    }

    /// The `.xlsx` file: deterministic bytes (fixed part order, fixed 1980-01-01 timestamps).
    public func data() throws -> Data { try XLSXWriter.write(self) }
}

/// One worksheet: rows of cells from row 1, and how the sheet is laid out.
public struct XLSXWorksheet: Sendable {
    /// The tab name. Characters Excel forbids (`[]:*?/\`) are replaced and the name is cut to
    /// 31 characters when written; validations name their source sheet by this same name.
    public var name: String
    /// Rows from row 1; `rows[0]` is row 1. Empty rows may be `[]`.
    public var rows: [[XLSXCell]]
    /// Column widths in characters, by 0-based column; columns beyond use Excel's default.
    public var columnWidths: [Double]
    /// Rows kept in view when scrolling (the title and header rows); also printed on every page.
    public var frozenRows: Int
    /// The 1-based header row that gets filter buttons; the filter covers the header's columns
    /// down to the last row.
    public var autoFilterRow: Int?
    /// Merged regions (titles spanning the table).
    public var merges: [MergedRange]
    /// Drop-down lists.
    public var validations: [XLSXListValidation]
    /// Hidden tabs hold lists the form needs but a person need not see.
    public var isHidden: Bool
    /// Print across the page (wide tables).
    public var landscape: Bool
    /// The paper the sheet prints on; always fitted to the page width.
    public var paper: XLSXPaper
    /// Rows made one at a time as the sheet is written, after `rows` (a table of a million
    /// comments is never held whole); nil for none.
    public var generated: XLSXGeneratedRows?

    /// Creates a sheet.
    public init(name: String, rows: [[XLSXCell]] = [], columnWidths: [Double] = [], frozenRows: Int = 0,
                autoFilterRow: Int? = nil, merges: [MergedRange] = [], validations: [XLSXListValidation] = [],
                isHidden: Bool = false, landscape: Bool = true, paper: XLSXPaper = .a4) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.autoFilterRow = autoFilterRow
        self.merges = merges
        self.validations = validations
        self.isHidden = isHidden
        self.landscape = landscape
        self.paper = paper
    }

    /// Appends a row.
    public mutating func append(_ row: [XLSXCell]) { rows.append(row) }

    /// The widest row (generated rows count with their declared width).
    var width: Int { max(rows.map(\.count).max() ?? 0, generated?.width ?? 0) }

    /// How many rows the sheet has, held and generated.
    var rowCount: Int { rows.count + (generated?.count ?? 0) }

    /// Calls `body` with each row in order, the held ones then the generated ones, each made
    /// only when its turn comes.
    func forEachRow(_ body: (Int, [XLSXCell]) throws -> Void) rethrows {
        for (r, row) in rows.enumerated() { try body(r, row) }
        if let generated {
            for k in 0..<generated.count { try body(rows.count + k, generated.row(k)) }
        }
    }
}

/// Rows that a sheet makes on demand while it is written, rather than holds: `count` rows, row
/// `k` being `row(k)`. The writer calls `row` once per row, in order, on the writing thread.
public struct XLSXGeneratedRows: Sendable {
    /// How many rows.
    public var count: Int
    /// The number of cells of the widest row: the sheet's dimension, filter and columns are
    /// written before any row is made, from this.
    public var width: Int
    /// Makes row `k` (0-based among the generated rows).
    public var row: @Sendable (Int) -> [XLSXCell]

    /// Creates a row source.
    public init(count: Int, width: Int, row: @escaping @Sendable (Int) -> [XLSXCell]) {
        self.count = count
        self.width = width
        self.row = row
    }
}

/// The paper sizes Vietnamese offices print tables on.
public enum XLSXPaper: Int, Sendable, Hashable {
    /// A4 (the SpreadsheetML paper code 9).
    case a4 = 9
    /// A3 (code 8), for tables too wide to read on A4.
    case a3 = 8
}

/// A cell to write: a value and its style.
public struct XLSXCell: Sendable, Hashable {
    /// What a cell holds.
    public enum Value: Sendable, Hashable {
        case empty
        case text(String)
        /// A number; NaN and infinities are written as empty cells (XLSX has no way to store them).
        case number(Double)
        case bool(Bool)
    }

    public var value: Value
    public var style: XLSXStyle

    /// Creates a cell.
    public init(_ value: Value, style: XLSXStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public static func text(_ s: String, _ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(.text(s), style: style) }
    /// A text cell, or an empty one for nil.
    public static func text(_ s: String?, _ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(s.map(Value.text) ?? .empty, style: style) }
    /// A number cell, or an empty one for nil.
    public static func number(_ d: Double?, _ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(d.map(Value.number) ?? .empty, style: style) }
    /// A number cell from an integer, or an empty one for nil.
    public static func number(_ i: Int?, _ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(i.map { Value.number(Double($0)) } ?? .empty, style: style) }
    /// A boolean cell (shown TRUE/FALSE, or in the user's language).
    public static func bool(_ b: Bool, _ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(.bool(b), style: style) }
    /// An empty cell that still carries a style (borders, fill).
    public static func empty(_ style: XLSXStyle = .plain) -> XLSXCell { XLSXCell(.empty, style: style) }
}

/// How numbers are shown (the stored value is never rounded).
public enum XLSXNumberFormat: Sendable, Hashable {
    /// Excel's General.
    case general
    /// `#,##0`: thousands grouped by the reader's locale (1.234 in Vietnamese Excel).
    case integer
    /// `#,##0.0`.
    case oneDecimal
    /// `0.0%`: the value is a fraction (0.078 shows 7.8%).
    case percent
}

/// Horizontal alignment of a cell.
public enum XLSXAlignment: String, Sendable, Hashable {
    case left, center, right
}

/// A cell's look. Equal styles share one entry of the styles part.
public struct XLSXStyle: Sendable, Hashable {
    public var bold: Bool
    public var italic: Bool
    /// Font size in points; nil uses the workbook's.
    public var fontSize: Double?
    /// Wrap long text inside the column width (rows grow to fit).
    public var wrap: Bool
    public var numberFormat: XLSXNumberFormat
    public var alignment: XLSXAlignment?
    /// Top-aligned, so that a row of wrapped texts reads from its first line.
    public var alignTop: Bool
    /// Background colour as `RRGGBB`.
    public var fill: String?
    /// A thin border on all four sides.
    public var border: Bool

    /// Creates a style.
    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, wrap: Bool = false,
                numberFormat: XLSXNumberFormat = .general, alignment: XLSXAlignment? = nil, alignTop: Bool = false,
                fill: String? = nil, border: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.wrap = wrap
        self.numberFormat = numberFormat
        self.alignment = alignment
        self.alignTop = alignTop
        self.fill = fill
        self.border = border
    }

    /// No styling.
    public static let plain = XLSXStyle()
    /// A table's header cell: bold, wrapped, centred, shaded, bordered.
    public static let header = XLSXStyle(bold: true, wrap: true, alignment: .center, fill: "DDEBF7", border: true)
    /// A table's title above the header: bold, larger.
    public static let title = XLSXStyle(bold: true, fontSize: 14, alignment: .center)
    /// A body cell of text: wrapped, top-aligned, bordered.
    public static let body = XLSXStyle(wrap: true, alignTop: true, border: true)
    /// A body cell holding a short code or mark: centred, top-aligned, bordered; wrapped, so a
    /// two-word mark ("Chưa thống nhất") stays inside a narrow column.
    public static let centered = XLSXStyle(wrap: true, alignment: .center, alignTop: true, border: true)

    /// The same style with another number format.
    public func format(_ f: XLSXNumberFormat) -> XLSXStyle {
        var s = self
        s.numberFormat = f
        if s.alignment == nil { s.alignment = .right }
        return s
    }

    /// A body cell of numbers in a format.
    public static func number(_ f: XLSXNumberFormat) -> XLSXStyle {
        XLSXStyle(numberFormat: f, alignment: .right, alignTop: true, border: true)
    }
}

/// A drop-down list on a block of cells, its items taken from a column range of a sheet of the
/// same workbook (usually a "Danh mục" sheet, hidden or not).
public struct XLSXListValidation: Sendable, Hashable {
    /// The 0-based column that gets the drop-down.
    public var column: Int
    /// The 1-based rows that get it.
    public var rows: ClosedRange<Int>
    /// The sheet holding the items (by `XLSXWorksheet.name`).
    public var sourceSheet: String
    /// The 0-based column of the items.
    public var sourceColumn: Int
    /// The 1-based rows of the items.
    public var sourceRows: ClosedRange<Int>
    /// When true a value outside the list is accepted after a warning (a comment about two codes,
    /// a unit not in the list); when false it is refused.
    public var allowOther: Bool
    /// The hint shown when a cell is selected.
    public var prompt: String?

    /// Creates a list validation.
    public init(column: Int, rows: ClosedRange<Int>, sourceSheet: String, sourceColumn: Int, sourceRows: ClosedRange<Int>,
                allowOther: Bool = true, prompt: String? = nil) {
        self.column = column
        self.rows = rows
        self.sourceSheet = sourceSheet
        self.sourceColumn = sourceColumn
        self.sourceRows = sourceRows
        self.allowOther = allowOther
        self.prompt = prompt
    }
}

/// Problems that make a workbook impossible to write.
public enum XLSXWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A validation names a sheet the workbook does not have.
    case unknownSheet(String)
    /// The workbook has no sheets, or only hidden ones (Excel refuses both).
    case noVisibleSheet
    /// The ZIP container could not be built.
    case archive(String)

    public var description: String {
        switch self {
        case .unknownSheet(let s): return "a drop-down list takes its items from sheet “\(s)”, which the workbook does not have"
        case .noVisibleSheet: return "a workbook needs at least one visible sheet"
        case .archive(let s): return "the workbook could not be packed: \(s)"
        }
    }
}

/// Writes `XLSXWorkbook`s as Office Open XML spreadsheets.
///
/// Short strings go to the shared-string table: the reports repeat the same labels (group
/// names, clusters, ✓/✗, Có/Không) hundreds of thousands of times, and Excel itself writes
/// nothing else. Long texts, and short ones met after the table holds
/// `SharedStrings.capacity` texts, are written inline in their cells, which every reader gopy
/// is tested against (openpyxl, LibreOffice, its own) reads alike.
public enum XLSXWriter {
    /// The size of the pieces the sheet and string writers hand over.
    static let chunk = 1 << 20

    /// Excel's limit on the characters of one cell (UTF-16 code units).
    public static let maxCellCharacters = 32_767

    /// Packs a workbook. The bytes depend only on the workbook.
    public static func write(_ workbook: XLSXWorkbook) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(workbook, to: url)
        do { return try Data(contentsOf: url) } catch { throw XLSXWriteError.archive(String(describing: error)) }
    }

    /// Packs a workbook into a file (replacing any file there), the same bytes as `write(_:)`.
    ///
    /// Each sheet is deflated into the archive as its XML is made, so that a sheet of a million
    /// rows is never one string in memory nor a temporary file; with `XLSXWorksheet.generated`
    /// its rows are not held either. The shared strings and styles, known only once every sheet
    /// is written, are the archive's last parts. A workbook that cannot be written leaves no file.
    public static func write(_ workbook: XLSXWorkbook, to url: URL) throws {
        guard workbook.sheets.contains(where: { !$0.isHidden }) else { throw XLSXWriteError.noVisibleSheet }
        let names = sheetNames(workbook.sheets.map(\.name))
        var nameByGiven: [String: String] = [:]
        for (given, final) in zip(workbook.sheets.map(\.name), names) where nameByGiven[given] == nil { nameByGiven[given] = final }

        // Names first: the workbook part lists them, and it comes before the sheets.
        var definedNames: [String] = []
        var listNames: [String: String] = [:]
        var validationFormulas: [[String]] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            var formulas: [String] = []
            for v in sheet.validations {
                guard let source = nameByGiven[v.sourceSheet] else { throw XLSXWriteError.unknownSheet(v.sourceSheet) }
                // A named range rather than a direct `'Sheet'!$A$2:$A$9`: Excel 2007 accepts
                // lists from another sheet only through a name, and every reader knows names.
                let key = "\(source)\u{0}\(v.sourceColumn)\u{0}\(v.sourceRows)"
                let name: String
                if let existing = listNames[key] {
                    name = existing
                } else {
                    name = "gopy_list_\(listNames.count + 1)"
                    listNames[key] = name
                    let col = CellAddress.columnLetter(v.sourceColumn)
                    definedNames.append("<definedName name=\"\(name)\">\(escape(quoteSheet(source)))!$\(col)$\(v.sourceRows.lowerBound):$\(col)$\(v.sourceRows.upperBound)</definedName>")
                }
                formulas.append(name)
            }
            validationFormulas.append(formulas)
            let lastRow = max(sheet.rowCount, 1)
            let lastColumn = CellAddress.columnLetter(max(sheet.width, 1) - 1)
            if let header = sheet.autoFilterRow {
                let last = max(lastRow, header)
                definedNames.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(escape(quoteSheet(names[index])))!$A$\(header):$\(lastColumn)$\(last)</definedName>")
            }
            if sheet.frozenRows > 0 {
                definedNames.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(escape(quoteSheet(names[index])))!$1:$\(sheet.frozenRows)</definedName>")
            }
        }

        do {
            let zip = try ZipWriter(url: url)
            try zip.add("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count))
            try zip.add("_rels/.rels", rootRels)
            try zip.add("xl/workbook.xml", workbookXML(workbook.sheets, names: names, definedNames: definedNames))
            try zip.add("xl/_rels/workbook.xml.rels", workbookRels(sheetCount: workbook.sheets.count))
            var strings = SharedStrings()
            var styles = StyleTable()
            let selected = workbook.sheets.firstIndex { !$0.isHidden }
            for (index, sheet) in workbook.sheets.enumerated() {
                try zip.begin("xl/worksheets/sheet\(index + 1).xml")
                try sheetXML(sheet, selected: index == selected, fontSize: workbook.fontSize, strings: &strings,
                             styles: &styles, validationNames: validationFormulas[index], emit: zip.write)
                try zip.end()
            }
            try zip.begin("xl/sharedStrings.xml")
            try strings.writeXML(zip.write)
            try zip.end()
            try zip.add("xl/styles.xml", styles.xml(fontName: workbook.fontName, fontSize: workbook.fontSize))
            try zip.close()
        } catch {
            try? FileManager.default.removeItem(at: url)
            if let error = error as? XLSXWriteError { throw error }
            throw XLSXWriteError.archive(String(describing: error))
        }
    }

    // MARK: - Text

    /// The text as a cell can hold it: characters XML 1.0 forbids removed (control characters
    /// other than tab and line feed, U+FFFE, U+FFFF), CR LF and CR made LF (the line break Excel
    /// types with Alt+Enter), and cut to Excel's 32,767 characters, ending in "…" when cut.
    public static func cellText(_ s: String) -> String {
        // Most text has nothing to drop or change: no CR, no control character, no U+FFFE/FFFF.
        // A text has no more UTF-16 units than UTF-8 bytes: counting the units (a walk over the
        // text, with an index built for long ones) is needed only for texts longer in bytes.
        var clean = s.utf8.count <= maxCellCharacters || s.utf16.count <= maxCellCharacters
        if clean {
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in s.utf8 {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || (previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF)) {
                    clean = false
                    break
                }
                previous = (previous.1, byte)
            }
        }
        if clean { return s }
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x0D { scalars.append("\n"); previousCR = true; continue }
            defer { previousCR = false }
            if v == 0x0A && previousCR { continue }
            if v == 0x09 || v == 0x0A || (v >= 0x20 && v != 0xFFFE && v != 0xFFFF) { scalars.append(u) }
        }
        var text = String(scalars)
        if text.utf16.count > maxCellCharacters {
            // Cut on a character boundary so no letter loses its diacritic or half a surrogate pair.
            var kept = ""
            var count = 0
            for ch in text {
                let n = ch.utf16.count
                if count + n > maxCellCharacters - 1 { break }
                kept.append(ch)
                count += n
            }
            text = kept + "…"
        }
        return text
    }

    /// Escapes text for XML content and attribute values (see `XMLText`).
    static func escape(_ s: String) -> String { XMLText.escaped(s) }

    /// Protects text that looks like an OOXML escape (`_x0041_`): readers decode those, so a
    /// literal one is written with its underscore escaped (`_x005F_x0041_`), as Excel does.
    static func protectEscapes(_ s: String) -> String {
        // A byte search: `String.contains(String)` goes through Foundation's locale-aware
        // search, which was a fifth of the time spent writing a workbook.
        var hasMarker = false
        var previous: UInt8 = 0
        for byte in s.utf8 {
            if previous == 0x5F && byte == 0x78 { hasMarker = true; break }
            previous = byte
        }
        guard hasMarker else { return s }
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 8)
        func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }
        var i = 0
        while i < u.count {
            if u[i] == 0x5F, i + 6 < u.count, u[i + 1] == 0x78, u[i + 6] == 0x5F, isHex(u[i + 2]), isHex(u[i + 3]), isHex(u[i + 4]), isHex(u[i + 5]) {
                out += Array("_x005F".utf8)
            }
            out.append(u[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Tab names as Excel accepts them: no `[]:*?/\`, no leading or trailing apostrophe, at most
    /// 31 characters, not empty, unique ignoring case.
    static func sheetNames(_ given: [String]) -> [String] {
        var used = Set<String>()
        var out: [String] = []
        for (i, raw) in given.enumerated() {
            var name = String(raw.map { "[]:*?/\\".contains($0) ? "-" : $0 })
            name = cellText(name).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            while name.hasPrefix("'") { name.removeFirst() }
            while name.hasSuffix("'") { name.removeLast() }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(i + 1)" }
            name = truncate(name, 31)
            var candidate = name
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = truncate(name, 31 - suffix.utf16.count) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            out.append(candidate)
        }
        return out
    }

    private static func truncate(_ s: String, _ limit: Int) -> String {
        var out = ""
        var count = 0
        for ch in s {
            if count + ch.utf16.count > limit { break }
            out.append(ch)
            count += ch.utf16.count
        }
        return out
    }

    private static func quoteSheet(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A number as `<v>` text: integers without a fraction, others in the shortest form that
    /// reads back to the same Double.
    static func numberText(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    // MARK: - Parts

    struct SharedStrings {
        /// Texts longer than this many bytes go in their cells, not in the shared table.
        static let longestShared = 64
        /// The most distinct texts the table holds; texts first met after it is full go in their
        /// cells. The labels a report repeats (groups, Có/Không, clusters) come early and stay
        /// shared; texts that differ on every row (a comment's source cell, a short comment) would
        /// otherwise fill it: a national sector workbook's table held 94 MB, its texts 73 MB more.
        static let capacity = 65_536

        /// A `<t>` element holding `s`, spaces kept where they would be lost.
        static func textElement(_ s: String) -> String {
            let body = XLSXWriter.escape(XLSXWriter.protectEscapes(s))
            let preserve = s.first.map { $0.isWhitespace } == true || s.last.map { $0.isWhitespace } == true || s.utf8.contains(0x0A)
            return preserve ? "<t xml:space=\"preserve\">\(body)</t>" : "<t>\(body)</t>"
        }

        // By UTF-8 bytes: hashing a Vietnamese `String` normalises it first, which was the most
        // of the time spent on this table.
        var index: [ExactText: Int] = [:]
        var order: [String] = []
        var count = 0

        mutating func add(_ s: String) -> Int {
            count += 1
            let key = ExactText(text: s)
            if let i = index[key] { return i }
            index[key] = order.count
            order.append(s)
            return order.count - 1
        }

        /// The index of `s`, added when there is room; nil when the table is full and does not
        /// hold it (the text then goes in its cell).
        mutating func addIfRoom(_ s: String) -> Int? {
            if order.count >= Self.capacity, index[ExactText(text: s)] == nil { return nil }
            return add(s)
        }

        /// The part, handed to `emit` in pieces of about a megabyte.
        func writeXML(_ emit: (String) throws -> Void) throws {
            var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            out += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(count)" uniqueCount="\#(order.count)">"#
            for s in order {
                out += "<si>" + Self.textElement(s) + "</si>"
                if out.utf8.count >= chunk {
                    try emit(out)
                    out = ""
                }
            }
            out += "</sst>"
            try emit(out)
        }

        /// The part as one string (small workbooks, tests).
        var xml: String {
            var out = ""
            try? writeXML { out += $0 }
            return out
        }
    }

    struct StyleTable {
        var xfs: [XLSXStyle] = [.plain]
        var index: [XLSXStyle: Int] = [.plain: 0]

        mutating func id(_ s: XLSXStyle) -> Int {
            if let i = index[s] { return i }
            index[s] = xfs.count
            xfs.append(s)
            return xfs.count - 1
        }

        func xml(fontName: String, fontSize: Double) -> String {
            struct Font: Hashable { var bold: Bool; var italic: Bool; var size: Double }
            var fonts: [Font] = [Font(bold: false, italic: false, size: fontSize)]
            var fills: [String] = []
            for s in xfs {
                let f = Font(bold: s.bold, italic: s.italic, size: s.fontSize ?? fontSize)
                if !fonts.contains(f) { fonts.append(f) }
                if let fill = s.fill, !fills.contains(fill) { fills.append(fill) }
            }
            func size(_ d: Double) -> String { XLSXWriter.numberText(d) }
            var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            out += ##"<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>"##
            out += "<fonts count=\"\(fonts.count)\">"
            for f in fonts {
                out += "<font>" + (f.bold ? "<b/>" : "") + (f.italic ? "<i/>" : "") + "<sz val=\"\(size(f.size))\"/><name val=\"\(XLSXWriter.escape(fontName))\"/><family val=\"1\"/></font>"
            }
            out += "</fonts>"
            // Fills 0 and 1 are reserved by the format (none, gray125).
            out += "<fills count=\"\(fills.count + 2)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            for f in fills { out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(f)\"/><bgColor indexed=\"64\"/></patternFill></fill>" }
            out += "</fills>"
            out += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            out += "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
            out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            out += "<cellXfs count=\"\(xfs.count)\">"
            for s in xfs {
                let font = fonts.firstIndex(of: Font(bold: s.bold, italic: s.italic, size: s.fontSize ?? fontSize))!
                let fill = s.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
                let numFmt: Int
                switch s.numberFormat {
                case .general: numFmt = 0
                case .integer: numFmt = 3
                case .oneDecimal: numFmt = 164
                case .percent: numFmt = 165
                }
                var attrs = "numFmtId=\"\(numFmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(s.border ? 1 : 0)\" xfId=\"0\""
                if numFmt != 0 { attrs += " applyNumberFormat=\"1\"" }
                if font != 0 { attrs += " applyFont=\"1\"" }
                if fill != 0 { attrs += " applyFill=\"1\"" }
                if s.border { attrs += " applyBorder=\"1\"" }
                if s.wrap || s.alignment != nil || s.alignTop {
                    var a = "<alignment"
                    if let h = s.alignment { a += " horizontal=\"\(h.rawValue)\"" }
                    a += s.alignTop ? " vertical=\"top\"" : " vertical=\"center\""
                    if s.wrap { a += " wrapText=\"1\"" }
                    out += "<xf \(attrs) applyAlignment=\"1\">\(a)/></xf>"
                } else {
                    out += "<xf \(attrs)/>"
                }
            }
            out += "</cellXfs>"
            out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            out += "</styleSheet>"
            return out
        }
    }

    /// The height of a row that holds wrapped text, in points, from the characters per line
    /// each column allows; nil for other rows (the default height fits them).
    ///
    /// Written out because neither LibreOffice nor a PDF conversion grows a row to fit wrapped
    /// text on opening: without it every long comment prints over the rows below. The estimate
    /// errs on the tall side, and a person who edits the cell can let Excel fit it again.
    static func estimatedHeight(_ row: [XLSXCell], widths: [Double], fontSize: Double) -> Double? {
        var lines = 0.0
        var size = fontSize
        for (c, cell) in row.enumerated() where cell.style.wrap {
            guard case .text(let text) = cell.value, !text.isEmpty else { continue }
            let width = c < widths.count ? widths[c] : 8.43
            // Column widths count the digit "0" of the default font; a Vietnamese letter in a
            // proportional font averages a little less, capitals and bold a little more.
            let usable = max(width - 1.5, 1)
            // Measured over UTF-8 bytes: a report has tens of thousands of such cells, and
            // Character-level case checks were most of the time spent writing a workbook. Only
            // ASCII capitals count as wide; a Vietnamese letter's trailing bytes count nothing.
            var cellLines = 0.0
            var units = 0.0
            func endParagraph() {
                if cell.style.bold { units *= 1.1 }
                cellLines += max(1, (units / usable).rounded(.up))
                units = 0
            }
            for byte in text.utf8 {
                switch byte {
                case 0x0A: endParagraph()
                case 0x20: units += 0.5
                case 0x41...0x5A: units += 1.2
                case 0x80...0xBF: break
                default: units += 0.85
                }
            }
            endParagraph()
            lines = max(lines, cellLines)
            size = max(size, cell.style.fontSize ?? fontSize)
        }
        guard lines > 1 else { return nil }
        return (lines * size * 1.2 + 4).rounded()
    }

    /// A sheet's XML as UTF-8 bytes, handed to `emit` in pieces of about a megabyte (the whole of it,
    /// joined, is the part; each piece is valid only during the call).
    static func sheetXML(_ sheet: XLSXWorksheet, selected: Bool, fontSize: Double, strings: inout SharedStrings, styles: inout StyleTable,
                         validationNames: [String], emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        let width = max(sheet.width, 1)
        let lastColumn = CellAddress.columnLetter(width - 1)
        let lastRow = max(sheet.rowCount, 1)
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">"
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            out += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
        }
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            out += "<cols>"
            for (i, w) in sheet.columnWidths.enumerated() {
                out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(numberText((w * 100).rounded() / 100))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        // The rows are made as bytes: a national workbook has tens of millions of cells, and
        // string interpolation per cell was most of the time spent making the XML.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunk + (1 << 16))
        bytes.append(contentsOf: out.utf8)
        out = ""
        let letters = (0..<max(width, 1)).map { Array(CellAddress.columnLetter($0).utf8) }
        // The style of each column's previous cell and its id: a column mostly keeps its style.
        var lastStyle: [(style: XLSXStyle, id: Int)?] = Array(repeating: nil, count: letters.count)
        var rowNumber: [UInt8] = []
        try sheet.forEachRow { r, row in
            guard !row.isEmpty else { return }
            if bytes.count >= chunk {
                try bytes.withUnsafeBytes { try emit($0) }
                bytes.removeAll(keepingCapacity: true)
            }
            rowNumber.removeAll(keepingCapacity: true)
            rowNumber.append(contentsOf: String(r + 1).utf8)
            bytes.append(contentsOf: #"<row r=""#.utf8)
            bytes.append(contentsOf: rowNumber)
            if let height = estimatedHeight(row, widths: sheet.columnWidths, fontSize: fontSize) {
                bytes.append(contentsOf: #"" ht=""#.utf8)
                bytes.append(contentsOf: numberText(height).utf8)
                bytes.append(contentsOf: #"" customHeight="1">"#.utf8)
            } else {
                bytes.append(contentsOf: #"">"#.utf8)
            }
            for (c, cell) in row.enumerated() {
                let style: Int
                if c < lastStyle.count, let last = lastStyle[c], last.style == cell.style {
                    style = last.id
                } else {
                    style = styles.id(cell.style)
                    if c < lastStyle.count { lastStyle[c] = (cell.style, style) }
                }
                // `<c r="B12" s="3"`, without the closing bracket.
                func open() {
                    bytes.append(contentsOf: #"<c r=""#.utf8)
                    if c < letters.count { bytes.append(contentsOf: letters[c]) } else { bytes.append(contentsOf: CellAddress.columnLetter(c).utf8) }
                    bytes.append(contentsOf: rowNumber)
                    bytes.append(0x22) // "
                    if style != 0 {
                        bytes.append(contentsOf: #" s=""#.utf8)
                        bytes.append(contentsOf: String(style).utf8)
                        bytes.append(0x22)
                    }
                }
                switch cell.value {
                case .empty:
                    if style != 0 { open(); bytes.append(contentsOf: "/>".utf8) }
                case .text(let text):
                    let clean = cellText(text)
                    if clean.isEmpty {
                        if style != 0 { open(); bytes.append(contentsOf: "/>".utf8) }
                    } else if clean.utf8.count <= SharedStrings.longestShared, let id = strings.addIfRoom(clean) {
                        open()
                        bytes.append(contentsOf: #" t="s"><v>"#.utf8)
                        bytes.append(contentsOf: String(id).utf8)
                        bytes.append(contentsOf: "</v></c>".utf8)
                    } else {
                        // A long text (a comment, an answer), or a short one once the table is
                        // full, is written in its cell: the shared table would hold every comment
                        // of a national run in memory, for texts that are hardly ever repeated.
                        open()
                        bytes.append(contentsOf: #" t="inlineStr"><is>"#.utf8)
                        bytes.append(contentsOf: SharedStrings.textElement(clean).utf8)
                        bytes.append(contentsOf: "</is></c>".utf8)
                    }
                case .number(let d):
                    if d.isFinite {
                        open()
                        bytes.append(contentsOf: "><v>".utf8)
                        bytes.append(contentsOf: numberText(d).utf8)
                        bytes.append(contentsOf: "</v></c>".utf8)
                    } else if style != 0 {
                        open()
                        bytes.append(contentsOf: "/>".utf8)
                    }
                case .bool(let b):
                    open()
                    bytes.append(contentsOf: (b ? #" t="b"><v>1</v></c>"# : #" t="b"><v>0</v></c>"#).utf8)
                }
            }
            bytes.append(contentsOf: "</row>".utf8)
        }
        out += "</sheetData>"
        if let header = sheet.autoFilterRow {
            out += "<autoFilter ref=\"A\(header):\(lastColumn)\(max(lastRow, header))\"/>"
        }
        if !sheet.merges.isEmpty {
            out += "<mergeCells count=\"\(sheet.merges.count)\">"
            for m in sheet.merges { out += "<mergeCell ref=\"\(m.reference)\"/>" }
            out += "</mergeCells>"
        }
        if !sheet.validations.isEmpty {
            out += "<dataValidations count=\"\(sheet.validations.count)\">"
            for (v, name) in zip(sheet.validations, validationNames) {
                let col = CellAddress.columnLetter(v.column)
                var attrs = "type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                if v.allowOther { attrs += " errorStyle=\"warning\" error=\"Giá trị không có trong danh mục. Chọn Yes để giữ, No để sửa.\"" }
                if let prompt = v.prompt { attrs += " prompt=\"\(escape(truncate(cellText(prompt), 255)))\"" }
                out += "<dataValidation \(attrs) sqref=\"\(col)\(v.rows.lowerBound):\(col)\(v.rows.upperBound)\"><formula1>\(name)</formula1></dataValidation>"
            }
            out += "</dataValidations>"
        }
        out += #"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        out += "<pageSetup paperSize=\"\(sheet.paper.rawValue)\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        out += "</worksheet>"
        bytes.append(contentsOf: out.utf8)
        try bytes.withUnsafeBytes { try emit($0) }
    }

    static func contentTypes(sheetCount: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 0..<sheetCount {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        out += "</Types>"
        return out
    }

    static let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    static func workbookXML(_ sheets: [XLSXWorksheet], names: [String], definedNames: [String]) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        let active = sheets.firstIndex { !$0.isHidden } ?? 0
        out += "<bookViews><workbookView activeTab=\"\(active)\"/></bookViews><sheets>"
        for (i, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(escape(names[i]))\" sheetId=\"\(i + 1)\"" + (sheet.isHidden ? " state=\"hidden\"" : "") + " r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        if !definedNames.isEmpty { out += "<definedNames>" + definedNames.joined() + "</definedNames>" }
        out += "</workbook>"
        return out
    }

    static func workbookRels(sheetCount: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<sheetCount {
            out += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        out += "</Relationships>"
        return out
    }
}
