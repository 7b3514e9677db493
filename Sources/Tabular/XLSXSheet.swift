import Diagnostics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX delegate for one worksheet part: `<sheetData>` rows and cells, and `<mergeCells>`.
final class SheetDelegate: NSObject, PartDelegate {
    let sharedStrings: [String]
    let dateStyles: [Bool]
    let date1904: Bool
    let limits: ReadLimits
    let file: String
    let sheetName: String

    private(set) var rows: [SheetRow] = []
    private(set) var merges: [MergedRange] = []
    private(set) var sawRoot = false
    var sink: DiagnosticSink

    // Row state.
    private var rowNumber = 0
    private var rowCells: [Cell] = []
    private var rowBytes = 0
    private var rowTruncated = false
    private var lastColumn = -1
    // Cell state.
    private var inCell = false
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var hasFormula = false
    private var value = ""
    private var inlineText = ""
    private var inV = false
    private var inIs = false
    private var inT = false
    private var phoneticDepth = 0
    private var formulasWithoutValue = 0
    private var firstFormulaWithoutValue: SourceLocation?

    init(sharedStrings: [String], dateStyles: [Bool], date1904: Bool, limits: ReadLimits, file: String, sheetName: String, sink: DiagnosticSink) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.limits = limits
        self.file = file
        self.sheetName = sheetName
        self.sink = sink
    }

    private func loc(_ column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: sheetName, row: rowNumber, column: column.map(CellAddress.columnLetter))
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "c":
            inCell = true
            if let r = attributeDict["r"], let ref = CellAddress.parse(utf8: Array(r.utf8)) {
                cellColumn = ref.column
            } else {
                cellColumn = lastColumn + 1
            }
            lastColumn = cellColumn
            cellType = attributeDict["t"] ?? ""
            cellStyle = attributeDict["s"].flatMap { Int($0) } ?? 0
            hasFormula = false
            value = ""
            inlineText = ""
        case "v": inV = inCell
        case "f": hasFormula = true
        case "is": inIs = inCell
        case "t": inT = inIs
        case "rPh": phoneticDepth += 1
        case "row":
            if let r = attributeDict["r"].flatMap({ Int($0) }), r > 0 { rowNumber = r } else { rowNumber += 1 }
            rowCells.removeAll(keepingCapacity: true)
            rowBytes = 0
            rowTruncated = false
            lastColumn = -1
        case "mergeCell":
            if let ref = attributeDict["ref"] { addMerge(ref) }
        case "worksheet": sawRoot = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inV { value += string }
        else if inT && phoneticDepth == 0 { inlineText += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v": inV = false
        case "t": inT = false
        case "is": inIs = false
        case "rPh": phoneticDepth -= 1
        case "c":
            inCell = false
            finishCell()
        case "row":
            while let last = rowCells.last, last == .empty { rowCells.removeLast() }
            if !rowCells.isEmpty { rows.append(SheetRow(number: rowNumber, cells: rowCells)) }
        case "worksheet":
            if formulasWithoutValue > 0 {
                sink.add(.warning, "xlsx.formula-without-value",
                         "\(formulasWithoutValue) formula cell(s) have no saved result (first at \(firstFormulaWithoutValue?.rendered ?? "?")); they were read as empty. Open the file in Excel or LibreOffice and save it again.",
                         at: firstFormulaWithoutValue)
            }
        default: break
        }
    }

    private func finishCell() {
        let column = cellColumn
        let cell = makeCell(column)
        guard cell != .empty, !rowTruncated else { return }
        if column >= limits.maxCellsPerRow {
            rowTruncated = true
            sink.add(.warning, "xlsx.row-too-long", "Row has cells beyond column \(CellAddress.columnLetter(limits.maxCellsPerRow - 1)); they were ignored.", at: loc(column))
            return
        }
        let bytes = cell.text.utf8.count
        if rowBytes + bytes > limits.maxRowBytes {
            rowTruncated = true
            sink.add(.warning, "xlsx.row-too-long", "Row holds more than \(limits.maxRowBytes) bytes; the rest of the row was ignored.", at: loc(column))
            return
        }
        rowBytes += bytes
        if column < rowCells.count {
            rowCells[column] = cell
        } else {
            if column > rowCells.count { rowCells.append(contentsOf: repeatElement(Cell.empty, count: column - rowCells.count)) }
            rowCells.append(cell)
        }
    }

    private func limitedText(_ s: String, _ column: Int) -> String {
        guard s.utf8.count > limits.maxCellBytes else { return s }
        var cut = limits.maxCellBytes
        let u = Array(s.utf8)
        while cut > 0 && u[cut] & 0xC0 == 0x80 { cut -= 1 }
        sink.add(.warning, "xlsx.cell-too-long", "Cell is longer than \(limits.maxCellBytes) bytes; it was cut.", at: loc(column))
        return String(decoding: u[0..<cut], as: UTF8.self)
    }

    private func textCell(_ s: String, _ column: Int) -> Cell {
        s.isEmpty ? .empty : .text(limitedText(s, column))
    }

    private func makeCell(_ column: Int) -> Cell {
        let v = value.trimmedOfWhitespaceAndNewlines
        switch cellType {
        case "s":
            guard !v.isEmpty else { return .empty }
            guard let i = Int(v), i >= 0, i < sharedStrings.count else {
                sink.add(.warning, "xlsx.bad-shared-string", "Cell refers to shared string \(v), which does not exist; read as empty.", at: loc(column))
                return .empty
            }
            return textCell(sharedStrings[i], column)
        case "inlineStr":
            return textCell(decodeOOXMLEscapes(inlineText), column)
        case "str":
            if value.isEmpty && hasFormula { noteFormulaWithoutValue(column) }
            return textCell(decodeOOXMLEscapes(value), column)
        case "b":
            if v.isEmpty { return .empty }
            return .bool(v == "1" || v.lowercased() == "true")
        case "e":
            sink.add(.warning, "xlsx.error-cell", "Cell holds the error \(v.isEmpty ? "value" : v); read as empty.", at: loc(column))
            return .empty
        case "d":
            if v.isEmpty { return .empty }
            if let d = DateParser.parse(v) { return .date(year: d.year, month: d.month, day: d.day) }
            return textCell(v, column)
        default: // "n" or absent
            if v.isEmpty {
                if hasFormula { noteFormulaWithoutValue(column) }
                return .empty
            }
            guard let number = Double(v), number.isFinite else { return textCell(v, column) }
            if cellStyle >= 0, cellStyle < dateStyles.count, dateStyles[cellStyle],
               let d = DateParser.fromExcelSerial(number, date1904: date1904) {
                return .date(year: d.year, month: d.month, day: d.day)
            }
            return .number(number, raw: v)
        }
    }

    private func noteFormulaWithoutValue(_ column: Int) {
        formulasWithoutValue += 1
        if firstFormulaWithoutValue == nil { firstFormulaWithoutValue = loc(column) }
    }

    private func addMerge(_ ref: String) {
        let parts = ref.split(separator: ":")
        guard let a = parts.first.flatMap({ CellAddress.parse(String($0)) }) else { return }
        let b = parts.count > 1 ? CellAddress.parse(String(parts[1])) ?? a : a
        merges.append(MergedRange(firstRow: min(a.row, b.row), lastRow: max(a.row, b.row),
                                  firstColumn: min(a.column, b.column), lastColumn: max(a.column, b.column)))
    }

    /// Copies the top-left value of each merged region that starts within `mergeFillRows`
    /// into the region's empty cells, over the region's full extent (bounded: columns below
    /// `maxCellsPerRow`, at most 1 000 000 filled cells per sheet).
    func fillMerges() {
        let fillable = merges.filter { $0.firstRow <= limits.mergeFillRows }
        guard !fillable.isEmpty else { return }
        var byNumber: [Int: Int] = [:]
        for (i, r) in rows.enumerated() { byNumber[r.number] = i }
        var budget = 1_000_000
        var added = false
        for m in fillable {
            guard let top = byNumber[m.firstRow].map({ rows[$0] }) else { continue }
            let value = top.cell(at: m.firstColumn)
            guard value != .empty else { continue }
            let lastRow = m.lastRow
            let lastColumn = min(m.lastColumn, limits.maxCellsPerRow - 1)
            guard lastColumn >= m.firstColumn, lastRow >= m.firstRow else { continue }
            for r in m.firstRow...lastRow {
                let idx: Int
                if let i = byNumber[r] { idx = i } else {
                    rows.append(SheetRow(number: r, cells: []))
                    idx = rows.count - 1
                    byNumber[r] = idx
                    added = true
                }
                for c in m.firstColumn...lastColumn {
                    if r == m.firstRow && c == m.firstColumn { continue }
                    budget -= 1
                    if budget < 0 { return }
                    if c < rows[idx].cells.count {
                        if rows[idx].cells[c] == .empty { rows[idx].cells[c] = value }
                    } else {
                        rows[idx].cells.append(contentsOf: repeatElement(Cell.empty, count: c - rows[idx].cells.count))
                        rows[idx].cells.append(value)
                    }
                }
            }
        }
        if added { rows.sort { $0.number < $1.number } }
    }

    /// Rows sorted and de-duplicated by number (a broken writer may repeat a row number).
    func normalizeRows() {
        var sorted = true
        for i in rows.indices.dropFirst() where rows[i - 1].number >= rows[i].number { sorted = false; break }
        guard !sorted else { return }
        var merged: [Int: SheetRow] = [:]
        for r in rows {
            if var existing = merged[r.number] {
                for (c, cell) in r.cells.enumerated() where cell != .empty {
                    if c < existing.cells.count { existing.cells[c] = cell }
                    else {
                        existing.cells.append(contentsOf: repeatElement(Cell.empty, count: c - existing.cells.count))
                        existing.cells.append(cell)
                    }
                }
                merged[r.number] = existing
            } else {
                merged[r.number] = r
            }
        }
        rows = merged.values.sorted { $0.number < $1.number }
    }
}
