/// How serious a finding is.
///
/// `error` means the row, file or rule could not be used as intended; `warning` means gopy went on
/// but a person should look; `info` records something gopy did for the user (a legacy encoding
/// converted, a default applied).
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a finding is: an input cell, a row, a whole file, or a line of a rule file.
///
/// Every field but `file` is optional, because a problem may concern a whole file (a missing
/// part), a sheet (a missing column), a row, a single cell, or a line of Lua.
public struct SourceLocation: Codable, Sendable, Hashable {
    /// The path as the user would type it, relative to the dataset or the working folder.
    public var file: String
    /// The sheet name for XLSX input; nil for CSV and rule files.
    public var sheet: String?
    /// The 1-based row in the sheet or CSV file (physical row, title rows included).
    public var row: Int?
    /// The column: a spreadsheet letter ("F") or, when no letter applies, a header name.
    public var column: String?
    /// The 1-based line in a rule file or text file.
    public var line: Int?

    /// Creates a location; only `file` is required.
    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, line: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.line = line
    }

    /// The location as people write it: `gop-y.xlsx!Góp ý!F27`, `gop-y.csv:12`,
    /// `Rules/levels/thcs.lua:42`.
    public var rendered: String {
        var text = file
        if let sheet { text += "!" + sheet }
        if let row {
            if let column, column.allSatisfy({ $0.isASCII && $0.isLetter }) {
                text += "!" + column + String(row)
            } else {
                text += ":" + String(row)
                if let column { text += " [" + column + "]" }
            }
        } else if let column {
            text += " [" + column + "]"
        }
        if let line { text += ":" + String(line) }
        return text
    }
}

/// The one shape every problem takes in gopy, for input files and rule files alike.
///
/// Rendered the way compilers print errors, so editors can jump to the place:
/// `Rules/levels/thcs.lua:42: error: [thcs/cum-03/17] attempt to index a nil value (field 'x')`.
public struct Diagnostic: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    /// How serious the finding is.
    public var severity: Severity
    /// A stable machine-readable code, e.g. `csv.unbalanced-quote`, `rule.runtime`, `dossier.late`.
    public var code: String
    /// What is wrong and, where possible, what to do about it, in words an office can act on.
    public var message: String
    /// Where the problem is, when it has a place.
    public var location: SourceLocation?
    /// The record the problem concerns (a comment id `thcs/cum-03/17`), when there is one.
    public var record: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, code: String, _ message: String, at location: SourceLocation? = nil, record: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.record = record
    }

    /// `file:line: severity: [record] message`.
    public var description: String {
        var text = ""
        if let location { text += location.rendered + ": " }
        text += severity.rawValue + ": "
        if let record { text += "[" + record + "] " }
        text += message
        return text
    }
}

/// Thrown when a step cannot go on at all; carries the diagnostics that explain why.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// The findings that stopped the step; at least one is an error.
    public var diagnostics: [Diagnostic]

    /// Wraps one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// Wraps a single diagnostic.
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
