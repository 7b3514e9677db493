import Diagnostics
import Foundation
import Tabular
import VietText

/// How many rows of one table file were read, and what became of them.
public struct FileTally: Sendable, Hashable {
    /// The file as diagnostics name it.
    public var file: String
    /// `gop-y`, `phu-luc-1` … `phu-luc-4`.
    public var table: String
    /// Non-blank rows below the header.
    public var rowsRead: Int
    /// Rows kept as records (comments or appendix rows).
    public var rowsKept: Int
    /// Rows refused, each with a diagnostic saying why.
    public var rowsRejected: Int
}

/// What the dossier check found for one cluster.
public struct DossierStatus: Sendable, Hashable {
    public var cluster: String
    public var level: String
    public var name: String
    public var workshopDate: Day?
    public var receivedAt: Moment?
    /// nil when the received time is unknown.
    public var onTime: Bool?
    /// Names of the required parts that are missing or lack a required format.
    public var missingParts: [String]
    public var dataCutoff: String?
    public var cutoffMatches: Bool
    public var levelKnown: Bool
}

/// A dataset folder, read and checked: the plan, the catalogues, every cluster's comments and
/// appendix rows, and every problem found on the way.
public struct Dataset: Sendable {
    /// The folder as the user named it.
    public var root: String
    public var plan: Plan
    public var indicators: [Indicator]
    public var tasks: [PlanTask]
    public var clusters: [Cluster]
    public var comments: [Comment]
    public var appendixRows: [AppendixRow]
    public var tallies: [FileTally]
    public var dossiers: [DossierStatus]
    public var diagnostics: [Diagnostic]
    /// Figures that disagree between clusters or appendices, for the data appendix of the reports.
    public var discrepancies: [Discrepancy] = []

    /// The level of a cluster code.
    public func cluster(_ code: String) -> Cluster? { clusters.first { $0.code == code } }
}

/// A dataset read but for its comment tables (`DatasetLoader.open`): the comments come next,
/// cluster by cluster, and `finish` puts them, their diagnostics and their tallies in place.
public struct OpenedDataset: Sendable {
    /// The dataset without comments, diagnostics or tallies (those come with `finish`).
    public var dataset: Dataset
    /// Diagnostics of the plan and the catalogues.
    var before: [Diagnostic]
    /// Each cluster folder, in folder order.
    var entries: [Entry]
    /// Diagnostics of the dossier checks and the appendix cross-checks.
    var after: [Diagnostic]

    struct Entry: Sendable {
        var cluster: Cluster?
        /// The manifest's diagnostics.
        var head: [Diagnostic]
        var rowDiagnostics: [Diagnostic] = []
        var rowTallies: [FileTally] = []
    }

    /// The clusters whose tables can be read, in folder order.
    public var readable: [Cluster] { entries.compactMap(\.cluster) }

    /// The whole dataset: `parts` are the comment tables of `readable`, in the same order (their
    /// comments may have been taken out already: a run annotates them as they come), and `check`
    /// has seen every comment. Diagnostics and tallies come in the order of a dataset read at
    /// once: plan, each cluster (manifest, comments, appendices), dossiers, cross-checks.
    public func finish(_ parts: [ClusterComments], check: CommentCheck) -> Dataset {
        var dataset = self.dataset
        var diagnostics = before
        var tallies: [FileTally] = []
        var next = 0
        dataset.comments.reserveCapacity(parts.reduce(0) { $0 + $1.comments.count })
        for entry in entries {
            diagnostics += entry.head
            if entry.cluster != nil, next < parts.count {
                let part = parts[next]
                next += 1
                diagnostics += part.diagnostics
                tallies += part.tallies
                dataset.comments += part.comments
            }
            diagnostics += entry.rowDiagnostics
            tallies += entry.rowTallies
        }
        diagnostics += after
        diagnostics += check.diagnostics
        dataset.diagnostics = diagnostics
        dataset.tallies = tallies
        return dataset
    }
}

/// One cluster's comment table as read: comments in row order, the diagnostics of the file and
/// its tally.
public struct ClusterComments: Sendable {
    /// The cluster's code.
    public var cluster: String
    /// The comments kept, in row order.
    public var comments: [Comment]
    /// What was wrong in the table.
    public var diagnostics: [Diagnostic]
    /// Rows read, kept and rejected.
    public var tallies: [FileTally]
}

/// Reads a dataset folder (FORMATS.md). Nothing here judges content: it reads, types and checks
/// the form of what clusters sent.
public struct DatasetLoader: Sendable {
    /// Limits for each table read.
    public var limits: ReadLimits

    /// Creates a loader.
    public init(limits: ReadLimits = .default) { self.limits = limits }

    /// Reads the dataset at `path` (as the user typed it; diagnostics show paths under it).
    ///
    /// Throws only when the dataset cannot be used at all (no plan, unreadable plan); every other
    /// problem is a diagnostic and the rest of the dataset is still read.
    public func load(_ path: String) throws(DiagnosticError) -> Dataset {
        let opened = try open(path)
        // The clusters' comment tables, read side by side on every core.
        let clusters = opened.readable
        let parts = Locked([ClusterComments?](repeating: nil, count: clusters.count))
        let loader = self
        DispatchQueue.concurrentPerform(iterations: clusters.count) { i in
            let part = loader.comments(of: clusters[i], root: opened.dataset.root)
            parts.withLock { $0[i] = part }
        }
        var check = CommentCheck(rows: opened.dataset.appendixRows)
        let all = parts.withLock { $0 }.map { $0! }
        for part in all { check.add(part.comments) }
        return opened.finish(all, check: check)
    }

    /// Reads everything of the dataset at `path` but the comment tables: the plan, the
    /// catalogues, the manifests and the appendices (the rules look institutions up in them).
    /// The comments are then read cluster by cluster with `comments(of:root:)`, so that a run
    /// need not hold a million of them at once, and `OpenedDataset.finish` completes the dataset.
    public func open(_ path: String) throws(DiagnosticError) -> OpenedDataset {
        let fm = FileManager.default
        let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(.error, code: "dataset.missing", "no dataset folder here: expected a folder with ke-hoach.toml, de-an/ and cum/", at: SourceLocation(file: root)))
        }
        func display(_ relative: String) -> String { root + "/" + relative }

        var diagnostics: [Diagnostic] = []
        let planFile = display("ke-hoach.toml")
        guard let planText = try? String(contentsOfFile: planFile, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(.error, code: "plan.missing", "the plan file ke-hoach.toml is missing or not UTF-8 text", at: SourceLocation(file: planFile)))
        }
        let (plan, planDiagnostics) = try Manifests.loadPlan(text: planText, file: planFile)
        diagnostics += planDiagnostics

        let (indicators, tasks) = loadCatalogues(root: root, plan: plan, diagnostics: &diagnostics)

        var clusters: [Cluster] = []
        var appendixRows: [AppendixRow] = []
        let clusterRoot = display("cum")
        let folders = ((try? fm.contentsOfDirectory(atPath: clusterRoot)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        if folders.isEmpty {
            diagnostics.append(Diagnostic(.error, code: "dataset.no-clusters", "no cluster folders under cum/: each cluster's dossier goes in cum/<cluster-code>/", at: SourceLocation(file: clusterRoot)))
        }
        // First the manifests, in folder order (cheap); then the clusters' appendices, read side
        // by side on every core; then everything merged back in folder order, so the dataset and
        // its diagnostics do not depend on which thread read what.
        var entries: [OpenedDataset.Entry] = []
        for folder in folders {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: clusterRoot + "/" + folder, isDirectory: &isDir), isDir.boolValue else { continue }
            let relative = "cum/" + folder
            let files = ((try? fm.contentsOfDirectory(atPath: clusterRoot + "/" + folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            let manifest = display(relative + "/ho-so.toml")
            guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
                entries.append(OpenedDataset.Entry(head: [Diagnostic(.error, code: "cluster.manifest-missing", "the cluster has no ho-so.toml (code, name, level, host, workshop_date, received_at, data_cutoff): its files are not read", at: SourceLocation(file: manifest))]))
                continue
            }
            do {
                let (c, d) = try Manifests.loadCluster(text: text, file: manifest, folder: relative, files: files)
                if entries.contains(where: { $0.cluster?.code == c.code }) {
                    entries.append(OpenedDataset.Entry(head: d + [Diagnostic(.error, code: "cluster.duplicate", "two cluster folders use the code `\(c.code)`: give each cluster its own code", at: SourceLocation(file: manifest))]))
                } else {
                    entries.append(OpenedDataset.Entry(cluster: c, head: d))
                }
            } catch {
                entries.append(OpenedDataset.Entry(head: error.diagnostics + [Diagnostic(.error, code: "cluster.unusable", "the cluster manifest lacks its level: the cluster's files are not read", at: SourceLocation(file: manifest))]))
            }
        }
        let loaded = Locked(entries)
        let loader = self
        let work = entries
        var rowsOf = [[AppendixRow]](repeating: [], count: work.count)
        let rowsLoaded = Locked(rowsOf)
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            guard let cluster = work[i].cluster else { return }
            var entry = work[i]
            let (rows, rowTallies) = loader.loadAppendices(cluster: cluster, root: root, diagnostics: &entry.rowDiagnostics)
            entry.rowTallies = rowTallies
            loaded.withLock { $0[i] = entry }
            rowsLoaded.withLock { $0[i] = rows }
        }
        entries = loaded.withLock { $0 }
        // Taken out of the lock, so that each cluster's rows are let go once they are copied into
        // the dataset's array (sized up front, not grown by doubling).
        rowsOf = rowsLoaded.withLock { all in
            let taken = all
            all = []
            return taken
        }
        appendixRows.reserveCapacity(rowsOf.reduce(0) { $0 + $1.count })
        for (i, entry) in entries.enumerated() {
            if let cluster = entry.cluster { clusters.append(cluster) }
            appendixRows += rowsOf[i]
            rowsOf[i] = []
        }

        var after: [Diagnostic] = []
        let dossiers = DossierCheck.run(plan: plan, clusters: clusters, root: root, diagnostics: &after)
        let discrepancies = CrossChecks.run(rows: appendixRows, diagnostics: &after)
        var dataset = Dataset(
            root: root, plan: plan, indicators: indicators, tasks: tasks, clusters: clusters, comments: [],
            appendixRows: appendixRows, tallies: [], dossiers: dossiers, diagnostics: [])
        dataset.discrepancies = discrepancies
        return OpenedDataset(dataset: dataset, before: diagnostics, entries: entries, after: after)
    }

    /// One cluster's comment table: its comments, in row order, with the diagnostics and the
    /// tally of its file.
    public func comments(of cluster: Cluster, root: String) -> ClusterComments {
        var diagnostics: [Diagnostic] = []
        let (comments, tallies) = loadComments(cluster: cluster, root: root, diagnostics: &diagnostics)
        return ClusterComments(cluster: cluster.code, comments: comments, diagnostics: diagnostics, tallies: tallies)
    }

    // MARK: - Reading one table

    /// The table files of a name (`gop-y`) in a folder, best format first.
    static func tableFiles(named base: String, in files: [String]) -> [String] {
        let order = ["xlsx", "csv", "tsv", "txt"]
        return files.filter { name in
            let lower = name.lowercased()
            return order.contains { lower == base + "." + $0 }
        }.sorted { a, b in
            let ea = order.firstIndex(of: String(a.lowercased().split(separator: ".").last ?? "")) ?? 9
            let eb = order.firstIndex(of: String(b.lowercased().split(separator: ".").last ?? "")) ?? 9
            return ea < eb
        }
    }

    struct MatchedSheet {
        var sheet: Sheet
        var match: HeaderMatch
    }

    /// Reads every sheet of a table file; a file that cannot be read at all is a diagnostic.
    func readSheets(path: String, display: String, diagnostics: inout [Diagnostic]) -> [Sheet]? {
        do {
            let (sheets, d) = try TableReader.read(URL(fileURLWithPath: path), displayPath: display, limits: limits)
            diagnostics += d
            return sheets
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
        } catch {
            diagnostics.append(Diagnostic(.error, code: "table.unreadable", "cannot read the table: \(error)", at: SourceLocation(file: display)))
        }
        return nil
    }

    /// Reads a file and finds the sheet and header row for `columns`.
    func readTable(path: String, display: String, columns: [ColumnSpec], sheetHints: [String], otherTables: String? = nil, diagnostics: inout [Diagnostic]) -> MatchedSheet? {
        guard let sheets = readSheets(path: path, display: display, diagnostics: &diagnostics) else { return nil }
        return matchTable(sheets, display: display, columns: columns, sheetHints: sheetHints, otherTables: otherTables, diagnostics: &diagnostics)
    }

    /// Finds the sheet (`preferred`, else the best by name and content) and its header row;
    /// reports a missing required column once, naming the file, the sheet, the header row and
    /// what was found. With `otherTables`, other sheets that hold the same table are reported,
    /// since only one is read and their rows would otherwise be lost without a word.
    func matchTable(_ sheets: [Sheet], display: String, columns: [ColumnSpec], sheetHints: [String], preferred: Sheet? = nil, otherTables: String? = nil, diagnostics: inout [Diagnostic]) -> MatchedSheet? {
        guard let sheet = preferred ?? HeaderMatcher.bestSheet(sheets, nameHints: sheetHints, columns: columns) ?? sheets.first else {
            diagnostics.append(Diagnostic(.error, code: "table.empty", "the file holds no table", at: SourceLocation(file: display)))
            return nil
        }
        guard let match = HeaderMatcher.match(sheet, columns: columns) else {
            let wanted = columns.filter(\.required).map { $0.aliases.first ?? $0.key }
            diagnostics.append(Diagnostic(.error, code: "table.no-header", "no header row found in the first \(HeaderMatcher.searchRows) rows: the table needs the columns \(wanted.joined(separator: ", "))", at: SourceLocation(file: display, sheet: sheet.name)))
            return nil
        }
        if !match.missing.isEmpty {
            let names = match.missing.map { key in columns.first { $0.key == key }?.aliases.first ?? key }
            let found = (sheet.row(match.headerRow)?.cells ?? []).map(\.text).filter { !$0.isEmpty }
            diagnostics.append(Diagnostic(
                .error, code: "table.missing-column",
                "required column \(names.map { "“\($0)”" }.joined(separator: ", ")) not found in the header row; the columns found are: \(found.joined(separator: " | "))",
                at: SourceLocation(file: display, sheet: sheet.name, row: match.headerRow)))
            return nil
        }
        if let otherTables {
            for other in sheets where other.name != sheet.name {
                guard let m = HeaderMatcher.match(other, columns: columns), m.missing.isEmpty,
                    other.rows.contains(where: { $0.number > m.headerRow && !$0.cells.allSatisfy(\.isBlank) })
                else { continue }
                diagnostics.append(Diagnostic(
                    .error, code: "table.other-sheet-not-read",
                    "this sheet also holds \(otherTables) but only sheet “\(sheet.name ?? "")” is read: put all of them on one sheet",
                    at: SourceLocation(file: display, sheet: other.name)))
            }
        }
        return MatchedSheet(sheet: sheet, match: match)
    }

    /// Cleans a cell's text: NFC, legacy encodings converted (counted in `converted`), trimmed.
    static func clean(_ raw: String, converted: inout [LegacyEncoding: [Int]], row: Int) -> String {
        var text = raw
        if let legacy = LegacyText.detect(text) {
            text = LegacyText.toUnicode(text, from: legacy)
            converted[legacy, default: []].append(row)
        }
        text = VietText.nfc(text)
        return text.trimmedOfWhitespaceAndNewlines
    }

    static func reportConversions(_ converted: [LegacyEncoding: [Int]], file: String, sheet: String?, diagnostics: inout [Diagnostic]) {
        for (encoding, rows) in converted.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let unique = Array(Set(rows)).sorted()
            let shown = unique.prefix(12).map(String.init).joined(separator: ", ") + (unique.count > 12 ? ", …" : "")
            let name = encoding == .tcvn3 ? "TCVN3 (ABC, .VnTime)" : "VNI"
            diagnostics.append(Diagnostic(
                .warning, code: "text.legacy-encoding",
                "text typed in \(name) was converted to Unicode in \(unique.count) row(s): \(shown); please check those rows and send Unicode next time",
                at: SourceLocation(file: file, sheet: sheet)))
        }
    }

    // MARK: - Comments

    func loadComments(cluster: Cluster, root: String, diagnostics: inout [Diagnostic]) -> ([Comment], [FileTally]) {
        let candidates = Self.tableFiles(named: "gop-y", in: cluster.files)
        guard let file = candidates.first else {
            diagnostics.append(Diagnostic(.error, code: "comments.missing", "the cluster sent no comment table (gop-y.xlsx or gop-y.csv)", at: SourceLocation(file: root + "/" + cluster.folder)))
            return ([], [])
        }
        let display = root + "/" + cluster.folder + "/" + file
        for other in candidates.dropFirst() {
            diagnostics.append(Diagnostic(.info, code: "comments.duplicate-file", "\(other) is not read because \(file) holds the same table", at: SourceLocation(file: root + "/" + cluster.folder + "/" + other)))
        }
        guard let table = readTable(path: display, display: display, columns: Columns.comments, sheetHints: ["gop y", "y kien", "tong hop"], otherTables: "comments", diagnostics: &diagnostics) else {
            return ([], [FileTally(file: display, table: "gop-y", rowsRead: 0, rowsKept: 0, rowsRejected: 0)])
        }
        let match = table.match
        var comments: [Comment] = []
        var read = 0
        var rejected = 0
        var converted: [LegacyEncoding: [Int]] = [:]
        for row in table.sheet.rows where row.number > match.headerRow {
            if row.cells.allSatisfy(\.isBlank) { continue }
            read += 1
            var fields: [String: String] = [:]
            for (key, index) in match.columns {
                let text = Self.clean(row[index], converted: &converted, row: row.number)
                if !text.isEmpty { fields[key] = text }
            }
            var extras: [String: String] = [:]
            for extra in match.extras {
                let text = Self.clean(row[extra.index], converted: &converted, row: row.number)
                if !text.isEmpty { extras[extra.header] = text }
            }
            let location = SourceLocation(file: display, sheet: table.sheet.name, row: row.number)
            let content = Columns.commentContentKeys.contains { fields[$0] != nil }
            if !content {
                rejected += 1
                let what = fields["unit"] ?? fields["stt"] ?? row.cells.first(where: { !$0.isBlank })?.text ?? ""
                let textColumn = match.columns["text"].map { CellAddress.columnLetter($0) }
                diagnostics.append(Diagnostic(
                    .warning, code: "comments.no-content",
                    "row rejected: it has no comment text (“\(what.prefix(60))”); a heading or an empty line of the form?",
                    at: SourceLocation(file: display, sheet: table.sheet.name, row: row.number, column: textColumn)))
                continue
            }
            if fields["unit"] == nil {
                diagnostics.append(Diagnostic(.warning, code: "comments.no-unit", "the row names no commenting unit (Đơn vị góp ý); it is kept without one", at: location))
            }
            comments.append(Comment(
                id: "\(cluster.level)/\(cluster.code)/\(row.number)", source: location, level: cluster.level, cluster: cluster.code,
                fields: fields, extras: extras))
        }
        Self.reportConversions(converted, file: display, sheet: table.sheet.name, diagnostics: &diagnostics)
        return (comments, [FileTally(file: display, table: "gop-y", rowsRead: read, rowsKept: comments.count, rowsRejected: rejected)])
    }

    // MARK: - Appendices

    func loadAppendices(cluster: Cluster, root: String, diagnostics: inout [Diagnostic]) -> ([AppendixRow], [FileTally]) {
        var tables: [AppendixTableBuilder] = []
        var tallies: [FileTally] = []
        // The texts of the cluster's four appendices, each kept once.
        var pool = TextPool()
        // A one-workbook appendix file is read once, not once per appendix.
        let workbook = Self.tableFiles(named: "phu-luc", in: cluster.files).first.map { root + "/" + cluster.folder + "/" + $0 }
        var workbookSheets: [Sheet]?? = nil
        for n in 1...4 {
            let columns = Columns.appendices[n]!
            let specs = columns.map(\.spec)
            let hints = ["pl\(n)", "phu luc \(n)", "phuluc\(n)"]
            let matched: MatchedSheet?
            let display: String
            if let file = Self.tableFiles(named: "phu-luc-\(n)", in: cluster.files).first {
                display = root + "/" + cluster.folder + "/" + file
                matched = readTable(path: display, display: display, columns: specs, sheetHints: hints, diagnostics: &diagnostics)
            } else if let workbook {
                display = workbook
                if workbookSheets == nil { workbookSheets = .some(readSheets(path: workbook, display: workbook, diagnostics: &diagnostics)) }
                guard case .some(.some(let sheets)) = workbookSheets else {
                    // Unreadable: said once when it was read; each appendix still gets its (empty) tally.
                    tallies.append(FileTally(file: display, table: "phu-luc-\(n)", rowsRead: 0, rowsKept: 0, rowsRejected: 0))
                    continue
                }
                // A sheet named for the appendix (PL3, Phụ lục 3) wins; else the one with its columns.
                let byName = sheets.first { sheet in
                    let key = VietText.headerKey(sheet.name ?? "")
                    return key == "pl\(n)" || key == "phuluc\(n)"
                }
                if byName == nil, HeaderMatcher.bestSheet(sheets, nameHints: [], columns: specs).flatMap({ HeaderMatcher.match($0, columns: specs) })?.missing.isEmpty != true {
                    diagnostics.append(Diagnostic(.warning, code: "appendix.missing", "no sheet for appendix \(n) (name it PL\(n) or give it the appendix's columns)", at: SourceLocation(file: workbook)))
                    continue
                }
                matched = matchTable(sheets, display: display, columns: specs, sheetHints: hints, preferred: byName, diagnostics: &diagnostics)
            } else {
                diagnostics.append(Diagnostic(.warning, code: "appendix.missing", "appendix \(n) (phu-luc-\(n).xlsx/.csv, or sheet PL\(n) of phu-luc.xlsx) is missing", at: SourceLocation(file: root + "/" + cluster.folder)))
                continue
            }
            guard let table = matched else {
                tallies.append(FileTally(file: display, table: "phu-luc-\(n)", rowsRead: 0, rowsKept: 0, rowsRejected: 0))
                continue
            }
            let (builder, tally) = readAppendixRows(table, appendix: n, columns: columns, cluster: cluster, display: display, pool: &pool, diagnostics: &diagnostics)
            tables.append(builder)
            tallies.append(tally)
        }
        // Every table points into the one array of the cluster's texts.
        let texts = exactCopy(pool.texts)
        var rows: [AppendixRow] = []
        rows.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        for builder in tables {
            let table = builder.build(texts: texts)
            for index in 0..<table.count { rows.append(AppendixRow(table: table, index: index)) }
        }
        return (rows, tallies)
    }

    /// Reads the rows of an appendix table into a builder whose texts go to `pool`.
    func readAppendixRows(_ table: MatchedSheet, appendix n: Int, columns: [Columns.Typed], cluster: Cluster, display: String, pool: inout TextPool, diagnostics: inout [Diagnostic]) -> (AppendixTableBuilder, FileTally) {
        let sheetName = table.sheet.name
        var builder = AppendixTableBuilder(appendix: n, level: cluster.level, cluster: cluster.code, file: display, sheet: sheetName, extraHeaders: table.match.extras.map(\.header))
        let valueSchema = builder.valueSchema, extraSchema = builder.extraSchema
        // One row's cells by slot, reused from row to row.
        var values = [CellValue?](repeating: nil, count: valueSchema.keys.count)
        var extras = [String?](repeating: nil, count: extraSchema.keys.count)
        var read = 0
        var rejected = 0
        var converted: [LegacyEncoding: [Int]] = [:]
        for row in table.sheet.rows where row.number > table.match.headerRow {
            if row.cells.allSatisfy(\.isBlank) { continue }
            read += 1
            for slot in values.indices { values[slot] = nil }
            for slot in extras.indices { extras[slot] = nil }
            for column in columns {
                let slot = valueSchema.slots[column.spec.key]!
                guard let index = table.match.columns[column.spec.key] else { continue }
                let cell = row.cell(at: index)
                if cell.isBlank { continue }
                let address = SourceLocation(file: display, sheet: sheetName, row: row.number, column: CellAddress.columnLetter(index))
                switch column.kind {
                case .text:
                    values[slot] = .text(Self.clean(cell.text, converted: &converted, row: row.number))
                case .number:
                    if case .number(let v, _) = cell {
                        values[slot] = .number(v)
                    } else if let parsed = NumberParser.parse(cell.text) {
                        values[slot] = .number(parsed.value)
                    } else {
                        diagnostics.append(Diagnostic(
                            .error, code: "cell.not-a-number",
                            "“\(cell.text)” is not a number (column \(column.spec.aliases.first ?? column.spec.key)); the value is left empty, not 0 — please write the figure",
                            at: address))
                    }
                case .yesNo:
                    if let b = Self.yesNo(cell) {
                        values[slot] = .bool(b)
                    } else {
                        diagnostics.append(Diagnostic(.error, code: "cell.not-yes-no", "“\(cell.text)” is neither Có nor Không (column \(column.spec.aliases.first ?? column.spec.key)); the value is left empty", at: address))
                    }
                }
            }
            for extra in table.match.extras {
                let text = Self.clean(row[extra.index], converted: &converted, row: row.number)
                if !text.isEmpty { extras[extraSchema.slots[extra.header]!] = text }
            }
            guard let codeSlot = valueSchema.slots["ma_truong"], case .text(let code)? = values[codeSlot], !code.isEmpty else {
                rejected += 1
                let codeColumn = table.match.columns["ma_truong"].map { CellAddress.columnLetter($0) }
                diagnostics.append(Diagnostic(.error, code: "appendix.no-code", "row rejected: no institution code (Mã trường); every appendix row must name its institution", at: SourceLocation(file: display, sheet: sheetName, row: row.number, column: codeColumn)))
                continue
            }
            builder.append(row: row.number, institution: code, values: values, extras: extras, pool: &pool)
        }
        Self.reportConversions(converted, file: display, sheet: sheetName, diagnostics: &diagnostics)
        return (builder, FileTally(file: display, table: "phu-luc-\(n)", rowsRead: read, rowsKept: builder.count, rowsRejected: rejected))
    }

    static func yesNo(_ cell: Cell) -> Bool? {
        if case .bool(let b) = cell { return b }
        if case .number(let v, _) = cell, v == 0 || v == 1 { return v == 1 }
        switch VietText.headerKey(cell.text) {
        case "co", "x", "dat", "yes", "true", "1", "dachuan", "datchuan": return true
        case "khong", "chua", "chuadat", "no", "false", "0", "khongdat": return false
        default: return nil
        }
    }

    // MARK: - Catalogues

    func loadCatalogues(root: String, plan: Plan, diagnostics: inout [Diagnostic]) -> ([Indicator], [PlanTask]) {
        let folder = root + "/de-an"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var indicators: [Indicator] = []
        var tasks: [PlanTask] = []
        if let file = Self.tableFiles(named: "chi-tieu", in: files).first {
            let display = folder + "/" + file
            if let table = readTable(path: display, display: display, columns: Columns.indicators, sheetHints: ["chi tieu"], otherTables: "indicators", diagnostics: &diagnostics) {
                indicators = readIndicators(table, display: display, diagnostics: &diagnostics)
            }
        } else {
            diagnostics.append(Diagnostic(.error, code: "catalogue.missing", "the indicator catalogue de-an/chi-tieu.csv (or .xlsx) is missing", at: SourceLocation(file: folder)))
        }
        if let file = Self.tableFiles(named: "nhiem-vu", in: files).first {
            let display = folder + "/" + file
            if let table = readTable(path: display, display: display, columns: Columns.tasks, sheetHints: ["nhiem vu"], otherTables: "tasks", diagnostics: &diagnostics) {
                tasks = readTasks(table, display: display, diagnostics: &diagnostics)
            }
        } else {
            diagnostics.append(Diagnostic(.error, code: "catalogue.missing", "the task catalogue de-an/nhiem-vu.csv (or .xlsx) is missing", at: SourceLocation(file: folder)))
        }
        let checks: [(String, Int?, Int)] = [
            ("indicator groups", plan.expectedIndicatorGroups, Set(indicators.map(\.group)).count),
            ("indicators", plan.expectedIndicators, indicators.count),
            ("task groups", plan.expectedTaskGroups, Set(tasks.map(\.group)).count),
            ("tasks", plan.expectedTasks, tasks.count),
        ]
        for (what, expected, found) in checks {
            if let expected, expected != found {
                diagnostics.append(Diagnostic(.warning, code: "catalogue.size", "the plan expects \(expected) \(what), the catalogue has \(found)", at: SourceLocation(file: folder)))
            }
        }
        return (indicators, tasks)
    }

    /// `CT2.3`, `ct 2.03`, `CT2.03` → `CT2.03`; nil when the text is not a code of that prefix.
    static func normaliseCode(_ raw: String, prefix: String) -> String? {
        let key = raw.uppercased().filter { !$0.isWhitespace }
        guard key.hasPrefix(prefix) else { return nil }
        let parts = key.dropFirst(prefix.count).split(separator: ".")
        guard parts.count == 2, let g = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        return String(format: "%@%d.%02d", prefix, g, n)
    }

    func readIndicators(_ table: MatchedSheet, display: String, diagnostics: inout [Diagnostic]) -> [Indicator] {
        var out: [Indicator] = []
        var converted: [LegacyEncoding: [Int]] = [:]
        for row in table.sheet.rows where row.number > table.match.headerRow && !row.cells.allSatisfy(\.isBlank) {
            func text(_ key: String) -> String {
                table.match.columns[key].map { Self.clean(row[$0], converted: &converted, row: row.number) } ?? ""
            }
            func number(_ key: String) -> Double? {
                guard let index = table.match.columns[key] else { return nil }
                let cell = row.cell(at: index)
                if cell.isBlank { return nil }
                if let v = cell.number { return v }
                diagnostics.append(Diagnostic(.error, code: "cell.not-a-number", "“\(cell.text)” is not a number", at: SourceLocation(file: display, sheet: table.sheet.name, row: row.number, column: CellAddress.columnLetter(index))))
                return nil
            }
            let location = SourceLocation(file: display, sheet: table.sheet.name, row: row.number)
            guard let code = Self.normaliseCode(text("code"), prefix: "CT") else {
                diagnostics.append(Diagnostic(.error, code: "catalogue.bad-code", "row rejected: “\(text("code"))” is not an indicator code like CT2.03", at: location))
                continue
            }
            let group = Int(text("group").filter(\.isNumber)) ?? Int(code.dropFirst(2).split(separator: ".")[0]) ?? 0
            var history: [YearValue] = []
            for item in text("history").split(separator: ";") {
                let pair = item.split(separator: ":", maxSplits: 1)
                if pair.count == 2, let year = Int(pair[0].trimmingCharacters(in: .whitespaces)),
                    let value = NumberParser.parse(String(pair[1]))?.value
                {
                    history.append(YearValue(year: year, value: value))
                } else if !item.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(Diagnostic(.warning, code: "catalogue.history", "history item “\(item)” is not year:value", at: location))
                }
            }
            let directionKey = VietText.headerKey(text("direction"))
            let direction = directionKey.hasPrefix("giam") || directionKey == "decrease" ? "giam" : "tang"
            if out.contains(where: { $0.code == code }) {
                diagnostics.append(Diagnostic(.error, code: "catalogue.duplicate", "indicator \(code) appears twice; the second row is ignored", at: location))
                continue
            }
            out.append(Indicator(
                code: code, group: group, groupName: text("group_name"), name: text("name"), unit: text("unit"),
                levels: text("levels").split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                direction: direction, baseline: number("baseline"), target2030: number("target_2030"), target2045: number("target_2045"),
                history: history.sorted { $0.year < $1.year },
                appendixMeasure: text("appendix_measure").isEmpty ? nil : text("appendix_measure"),
                source: location))
        }
        Self.reportConversions(converted, file: display, sheet: table.sheet.name, diagnostics: &diagnostics)
        return out
    }

    func readTasks(_ table: MatchedSheet, display: String, diagnostics: inout [Diagnostic]) -> [PlanTask] {
        var out: [PlanTask] = []
        var converted: [LegacyEncoding: [Int]] = [:]
        for row in table.sheet.rows where row.number > table.match.headerRow && !row.cells.allSatisfy(\.isBlank) {
            func text(_ key: String) -> String {
                table.match.columns[key].map { Self.clean(row[$0], converted: &converted, row: row.number) } ?? ""
            }
            let location = SourceLocation(file: display, sheet: table.sheet.name, row: row.number)
            guard let code = Self.normaliseCode(text("code"), prefix: "NV") else {
                diagnostics.append(Diagnostic(.error, code: "catalogue.bad-code", "row rejected: “\(text("code"))” is not a task code like NV5.02", at: location))
                continue
            }
            if out.contains(where: { $0.code == code }) {
                diagnostics.append(Diagnostic(.error, code: "catalogue.duplicate", "task \(code) appears twice; the second row is ignored", at: location))
                continue
            }
            let group = Int(text("group").filter(\.isNumber)) ?? Int(code.dropFirst(2).split(separator: ".")[0]) ?? 0
            out.append(PlanTask(code: code, group: group, groupName: text("group_name"), name: text("name"), lead: text("lead"), timeline: text("timeline"), source: location))
        }
        Self.reportConversions(converted, file: display, sheet: table.sheet.name, diagnostics: &diagnostics)
        return out
    }
}
