import Diagnostics

/// One value of a spreadsheet or CSV cell.
///
/// CSV cells are always `.text` (or `.empty`): the reader never guesses types, callers use
/// `NumberParser` / `DateParser`. XLSX cells keep the type the workbook stored; `raw` is the text
/// as stored in the file (`<v>` content for numbers).
public enum Cell: Sendable, Equatable, Hashable {
    /// No value (also used for error cells such as `#N/A`, which are reported as diagnostics).
    case empty
    /// Text exactly as typed (diacritics, inner spaces and line breaks kept; `_x000D_` escapes decoded).
    case text(String)
    /// A numeric cell (XLSX only); `raw` is the stored text, e.g. `"1234.5"`.
    case number(Double, raw: String)
    /// A boolean cell (XLSX only).
    case bool(Bool)
    /// A date: a numeric cell whose number format is a date format, or a `t="d"` cell (XLSX only).
    /// Any time of day is dropped. (No raw text: a workbook stores only the serial number, and
    /// leaving it out keeps `Cell` at 32 bytes, which matters for million-cell CSV files.)
    case date(year: Int, month: Int, day: Int)

    /// True for `.empty` and for text that is empty after trimming white space.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.allSatisfy { $0.isWhitespace }
        default: return false
        }
    }

    /// The cell as text: text as typed, the stored text of numbers (`"1234.5"`, `"85"`),
    /// dates as `dd/mm/yyyy`, booleans as `TRUE`/`FALSE`, empty as `""`.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(_, let raw): return raw
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let y, let m, let d):
            return pad2(d) + "/" + pad2(m) + "/" + String(y)
        }
    }

    /// A number: the value of `.number`, or `NumberParser.parse` of text (percent kept as typed: "85%" -> 85).
    public var number: Double? {
        switch self {
        case .number(let v, _): return v
        case .text(let s): return NumberParser.parse(s)?.value
        default: return nil
        }
    }

    /// A date: the value of `.date`, or `DateParser.parse` of text.
    public var dateValue: (year: Int, month: Int, day: Int)? {
        switch self {
        case .date(let y, let m, let d): return (y, m, d)
        case .text(let s): return DateParser.parse(s)
        default: return nil
        }
    }
}

@inline(__always) func pad2(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }

/// A physical row: 1-based row number in the file/sheet, cells by 0-based column index.
///
/// Rows that are entirely empty are not stored (their numbers are simply absent), and trailing
/// empty cells are trimmed, so `cells.count` may be smaller than the sheet's width: use `cell(at:)`.
public struct SheetRow: Sendable, Equatable {
    /// The 1-based row: the spreadsheet row for XLSX; for CSV the record number as Excel or
    /// LibreOffice would show it when opening the file (blank lines count, a quoted cell with
    /// line breaks is one row).
    public var number: Int
    /// Cells by 0-based column index (`CellAddress.columnLetter(index)` gives the letter).
    public var cells: [Cell]
    /// CSV only: the 1-based text line on which the record starts (differs from `number` after
    /// quoted cells that contain line breaks). Nil for XLSX.
    public var line: Int?

    public init(number: Int, cells: [Cell], line: Int? = nil) {
        self.number = number
        self.cells = cells
        self.line = line
    }

    /// The cell at a 0-based column index, `.empty` beyond the end.
    public func cell(at index: Int) -> Cell {
        index >= 0 && index < cells.count ? cells[index] : .empty
    }

    /// The cell at a column index as text (`""` beyond the end).
    public subscript(index: Int) -> String { cell(at: index).text }
}

/// A rectangular merged region (0-based columns, 1-based rows, inclusive).
public struct MergedRange: Sendable, Equatable, Hashable {
    public var firstRow: Int
    public var lastRow: Int
    public var firstColumn: Int
    public var lastColumn: Int

    public init(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
    }

    /// The range as written in a sheet, e.g. `"A4:B5"`.
    public var reference: String {
        CellAddress.columnLetter(firstColumn) + String(firstRow) + ":" +
            CellAddress.columnLetter(lastColumn) + String(lastRow)
    }
}

/// One sheet (or a whole CSV file) as rows of cell strings.
public struct Sheet: Sendable {
    /// The path shown in diagnostics (the `displayPath` given to `TableReader.read`).
    public var file: String
    /// The sheet name for XLSX; nil for CSV.
    public var name: String?
    /// Non-empty rows in ascending row order.
    public var rows: [SheetRow]
    /// Merged regions of an XLSX sheet. Regions starting within `ReadLimits.mergeFillRows` have
    /// their top-left value copied into every cell of the region; others are listed only.
    public var merges: [MergedRange]
    /// True for a sheet marked hidden or very hidden in the workbook.
    public var isHidden: Bool

    public init(file: String, name: String?, rows: [SheetRow], merges: [MergedRange] = [], isHidden: Bool = false) {
        self.file = file
        self.name = name
        self.rows = rows
        self.merges = merges
        self.isHidden = isHidden
    }

    /// The row with the given 1-based number, if it is not empty.
    public func row(_ number: Int) -> SheetRow? {
        var lo = 0, hi = rows.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let n = rows[mid].number
            if n == number { return rows[mid] }
            if n < number { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// A location in this sheet, for diagnostics.
    public func location(row: Int? = nil, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, sheet: name, row: row, column: column.map(CellAddress.columnLetter))
    }
}

/// Limits that keep a hostile or broken file from exhausting memory or time.
public struct ReadLimits: Sendable, Equatable {
    /// Total bytes decompressed from an XLSX (all parts), or the largest CSV file accepted.
    public var maxUncompressedBytes: Int
    /// Longest cell value in bytes (UTF-8); longer values are cut with a warning.
    public var maxCellBytes: Int
    /// Most cells in one row; cells beyond are dropped with a warning.
    public var maxCellsPerRow: Int
    /// Most bytes in one row (all cells); cells beyond are dropped with a warning.
    public var maxRowBytes: Int
    /// Merged regions whose first row is at most this have their top-left value copied into all
    /// their cells (the header area: group headers merged over sub-headers). 0 fills none,
    /// `Int.max` fills all. Every region is listed in `Sheet.merges` either way.
    public var mergeFillRows: Int
    /// At most this many diagnostics of one code per file; then one summary line.
    public var maxDiagnosticsPerCode: Int

    public init(maxUncompressedBytes: Int = 512 << 20, maxCellBytes: Int = 1 << 20,
                maxCellsPerRow: Int = 16384, maxRowBytes: Int = 16 << 20,
                mergeFillRows: Int = 30, maxDiagnosticsPerCode: Int = 20) {
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxCellBytes = maxCellBytes
        self.maxCellsPerRow = maxCellsPerRow
        self.maxRowBytes = maxRowBytes
        self.mergeFillRows = mergeFillRows
        self.maxDiagnosticsPerCode = maxDiagnosticsPerCode
    }

    public static let `default` = ReadLimits()
}

/// Cell address helpers: column index 0 -> "A", 27 -> "AB"; and back.
public enum CellAddress {
    /// The spreadsheet letters of a 0-based column index ("A", "Z", "AA", ...). Negative -> "".
    public static func columnLetter(_ index: Int) -> String {
        guard index >= 0 else { return "" }
        var n = index + 1
        var scalars: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// The 0-based column index of letters ("A" -> 0, "ab" -> 27); nil for anything else.
    public static func columnIndex(_ letters: String) -> Int? {
        var value = 0
        var count = 0
        for b in letters.utf8 {
            let u: Int
            switch b {
            case 65...90: u = Int(b) - 64
            case 97...122: u = Int(b) - 96
            default: return nil
            }
            value = value * 26 + u
            count += 1
            if count > 7 { return nil }
        }
        return count == 0 ? nil : value - 1
    }

    /// Splits a cell reference such as `"F27"` or `"$F$27"` into a 0-based column and 1-based row.
    public static func parse(_ reference: String) -> (column: Int, row: Int)? {
        parse(utf8: Array(reference.utf8))
    }

    static func parse(utf8 bytes: [UInt8]) -> (column: Int, row: Int)? {
        var col = 0, row = 0, i = 0, letters = 0, digits = 0
        if i < bytes.count, bytes[i] == 36 { i += 1 }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 65 && b <= 90 { col = col * 26 + Int(b) - 64 }
            else if b >= 97 && b <= 122 { col = col * 26 + Int(b) - 96 }
            else { break }
            letters += 1
            if letters > 7 { return nil }
            i += 1
        }
        if i < bytes.count, bytes[i] == 36 { i += 1 }
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            row = row * 10 + Int(b) - 48
            digits += 1
            if digits > 9 { return nil }
            i += 1
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (col - 1, row)
    }
}
