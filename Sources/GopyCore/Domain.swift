import Diagnostics
import Foundation

/// A calendar day, as the plan writes dates (no time, no zone).
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a day.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// `2026-02-06`.
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// `06/02/2026`, as Vietnamese documents write it.
    public var vietnamese: String { String(format: "%02d/%02d/%04d", day, month, year) }
}

/// A moment with the UTC offset it was written with (`2026-02-06T17:00:00+07:00`).
public struct Moment: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int
    /// The offset it was written in, in minutes east of UTC.
    public var offsetMinutes: Int

    /// Creates a moment.
    public init(epochSeconds: Int, offsetMinutes: Int) {
        self.epochSeconds = epochSeconds
        self.offsetMinutes = offsetMinutes
    }

    public static func < (a: Moment, b: Moment) -> Bool { a.epochSeconds < b.epochSeconds }

    /// ISO 8601 in its own offset.
    public var description: String {
        let local = Date(timeIntervalSince1970: TimeInterval(epochSeconds + offsetMinutes * 60))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: local)
        let sign = offsetMinutes < 0 ? "-" : "+"
        let off = abs(offsetMinutes)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!, sign, off / 60, off % 60)
    }
}

/// A school level of the plan (`thcs`, …) and the division that merges its clusters.
public struct Level: Sendable, Hashable {
    public var code: String
    public var name: String
    public var division: String
    /// Learners per class the regulation allows, when the plan gives it.
    public var classSizeNorm: Double?
}

/// One of the Department's professional divisions.
public struct Division: Sendable, Hashable {
    public var code: String
    public var name: String
    public var levels: [String]
}

/// A part every cluster's dossier must hold, e.g. the comment table as pdf AND as excel/word.
public struct DossierPart: Sendable, Hashable {
    public var code: String
    public var name: String
    /// File names without extension that count as this part (`gop-y`).
    public var files: [String]
    /// Each inner list is "one of these extensions"; every inner list must be satisfied.
    public var formats: [[String]]
}

/// The plan of the consultation: calendar, cut-off, levels, divisions, dossier rules.
public struct Plan: Sendable {
    public var title: String
    public var dataCutoff: String
    public var workshopsFrom: Day
    public var workshopsTo: Day
    public var clusterDeadline: Moment
    public var levelReportDeadline: Day
    public var expectedIndicatorGroups: Int?
    public var expectedIndicators: Int?
    public var expectedTaskGroups: Int?
    public var expectedTasks: Int?
    public var divisions: [Division]
    public var levels: [Level]
    public var dossierParts: [DossierPart]

    /// The level with this code.
    public func level(_ code: String) -> Level? { levels.first { $0.code == code } }
}

/// An indicator (chỉ tiêu) of the plan's section III.
public struct Indicator: Sendable, Hashable {
    public var code: String
    public var group: Int
    public var groupName: String
    public var name: String
    public var unit: String
    public var levels: [String]
    /// `tang` (the higher the better) or `giam`.
    public var direction: String
    public var baseline: Double?
    public var target2030: Double?
    public var target2045: Double?
    /// Year and value, oldest first.
    public var history: [YearValue]
    /// The appendix measure that backs it, e.g. `PL4.dat_chuan_quoc_gia`.
    public var appendixMeasure: String?
    public var source: SourceLocation
}

/// A value in a year.
public struct YearValue: Sendable, Hashable {
    public var year: Int
    public var value: Double
}

/// A task (nhiệm vụ) of the plan's section IV.
public struct PlanTask: Sendable, Hashable {
    public var code: String
    public var group: Int
    public var groupName: String
    public var name: String
    public var lead: String
    public var timeline: String
    public var source: SourceLocation
}

/// A professional cluster's dossier manifest (`ho-so.toml`) and the files found beside it.
public struct Cluster: Sendable, Hashable {
    public var code: String
    public var name: String
    public var level: String
    public var host: String
    public var workshopDate: Day?
    public var receivedAt: Moment?
    public var dataCutoff: String?
    public var communes: [String]
    /// The folder, relative to the dataset (`cum/cum-05`).
    public var folder: String
    /// File names found in the folder.
    public var files: [String]
}

/// One row of a comment table, as typed.
public struct Comment: Sendable, Hashable {
    /// `level/cluster/row`, stable across runs.
    public var id: String
    public var source: SourceLocation
    public var level: String
    public var cluster: String
    /// Column key (FORMATS.md: `unit`, `text`, `proposal`, … `trach_nhiem`) → cell text.
    public var fields: [String: String]
    /// Columns the form does not know, by their header as typed.
    public var extras: [String: String]

    /// A field's text, or "".
    public subscript(key: String) -> String { fields[key] ?? "" }

    /// The fields that the synthesis, the summary and the reports read once the rules have run.
    public static let reportedFields = ["unit", "text", "proposal", "proposed_value", "basis"]

    /// The comment as the steps after the rules need it: the same id, place, level and cluster,
    /// only `reportedFields` (present or absent as they were), no extras. A national run keeps a
    /// million annotated comments until its reports are written; the other columns were for the rules.
    public func reported() -> Comment {
        var kept: [String: String] = [:]
        kept.reserveCapacity(Self.reportedFields.count)
        for key in Self.reportedFields { if let value = fields[key] { kept[key] = value } }
        return Comment(id: id, source: source, level: level, cluster: cluster, fields: kept, extras: [:])
    }
}

/// One row of an appendix table (one institution).
///
/// A row is a reference into the storage of the table it was read from (see AppendixStorage.swift),
/// so a national dataset's 212,000 rows cost a few dozen megabytes, not hundreds. It reads and
/// writes like a plain struct: setting a property gives this row its own storage.
public struct AppendixRow: Sendable, Hashable {
    let table: AppendixTable
    let index: Int

    init(table: AppendixTable, index: Int) {
        self.table = table
        self.index = index
    }

    /// A row made from its parts (rule tests), stored on its own; `values` keep their order.
    public init(appendix: Int, id: String, source: SourceLocation, level: String, cluster: String, institution: String, values: AppendixValues, extras: [String: String]) {
        var pool = TextPool()
        let institutionText = pool.intern(institution)
        var valueCells = CellBlockBuilder(schema: CellSchema(keys: values.keys))
        valueCells.append(valueCells.schema.keys.map { values[$0] }, pool: &pool)
        var extraCells = CellBlockBuilder(schema: extras.isEmpty ? .empty : CellSchema(keys: extras.keys.sorted()))
        extraCells.append(extraCells.schema.keys.map { extras[$0].map(CellValue.text) }, pool: &pool)
        let texts = pool.texts
        table = AppendixTable(
            appendix: appendix, level: level, cluster: cluster, place: .given(ids: [id], sources: [source]),
            institutions: [institutionText], values: valueCells.build(texts: texts), extras: extraCells.build(texts: texts))
        index = 0
    }

    /// 1 scale & network, 2 staff, 3 land & rooms, 4 quality.
    public var appendix: Int {
        get { table.appendix }
        set { change { $0.appendix = newValue } }
    }
    /// `level/cluster/PLn/row`, stable across runs.
    public var id: String {
        get { table.id(index) }
        set { change { $0.id = newValue } }
    }
    /// Where the row was read (file, sheet, row).
    public var source: SourceLocation {
        get { table.source(index) }
        set { change { $0.source = newValue } }
    }
    /// The level of the cluster that sent the row.
    public var level: String {
        get { table.level }
        set { change { $0.level = newValue } }
    }
    /// The code of the cluster that sent the row.
    public var cluster: String {
        get { table.cluster }
        set { change { $0.cluster = newValue } }
    }
    /// The institution code (Mã trường).
    public var institution: String {
        get { table.institution(index) }
        set { change { $0.institution = newValue } }
    }
    /// Column key → parsed value (numbers as numbers, yes/no as booleans, the rest as text).
    public var values: AppendixValues {
        get { AppendixValues(block: table.values, row: index) }
        set { change { $0.values = newValue } }
    }
    /// Columns the form does not know, by header.
    public var extras: [String: String] {
        get { table.extras(index) }
        set { change { $0.extras = newValue } }
    }

    private struct Parts {
        var appendix: Int
        var id: String
        var source: SourceLocation
        var level: String
        var cluster: String
        var institution: String
        var values: AppendixValues
        var extras: [String: String]
    }

    private var parts: Parts {
        Parts(appendix: appendix, id: id, source: source, level: level, cluster: cluster, institution: institution, values: values, extras: extras)
    }

    /// Gives the row its own storage with one part changed; the table it was read from is untouched.
    private mutating func change(_ edit: (inout Parts) -> Void) {
        var p = parts
        edit(&p)
        self = AppendixRow(appendix: p.appendix, id: p.id, source: p.source, level: p.level, cluster: p.cluster, institution: p.institution, values: p.values, extras: p.extras)
    }

    /// Where the row is stored (its table and position): the same for every copy of the row
    /// as read, and cheaper to hash than its parts. Rows given their own storage get their own key.
    struct StorageKey: Hashable {
        let table: ObjectIdentifier
        let index: Int
    }

    /// This row's `StorageKey`.
    var storageKey: StorageKey { StorageKey(table: ObjectIdentifier(table), index: index) }

    /// Equal when every part is equal, however the rows are stored.
    public static func == (a: AppendixRow, b: AppendixRow) -> Bool {
        if a.table === b.table && a.index == b.index { return true }
        return a.appendix == b.appendix && a.id == b.id && a.source == b.source && a.level == b.level && a.cluster == b.cluster
            && a.institution == b.institution && a.values == b.values && a.extras == b.extras
    }

    /// Hashes every part, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(appendix)
        hasher.combine(id)
        hasher.combine(source)
        hasher.combine(level)
        hasher.combine(cluster)
        hasher.combine(institution)
        hasher.combine(values)
        hasher.combine(extras)
    }
}
/// A typed cell value of an appendix row.
public enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    case bool(Bool)
}
