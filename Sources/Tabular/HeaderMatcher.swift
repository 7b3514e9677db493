/// A column the caller expects.
public struct ColumnSpec: Sendable, Equatable {
    /// The caller's name for the column; also matched as a header.
    public var key: String
    /// Other headers that mean the same column.
    public var aliases: [String]
    /// Whether a missing column should be reported in `HeaderMatch.missing`.
    public var required: Bool

    public init(key: String, aliases: [String] = [], required: Bool = true) {
        self.key = key
        self.aliases = aliases
        self.required = required
    }
}

/// A header cell that matched no `ColumnSpec`.
public struct ExtraColumn: Sendable, Equatable {
    /// The header text (both rows joined by a space for a two-row header).
    public var header: String
    /// The 0-based column index.
    public var index: Int

    public init(header: String, index: Int) {
        self.header = header
        self.index = index
    }
}

/// The header row found in a sheet and the column each key maps to.
public struct HeaderMatch: Sendable, Equatable {
    /// The physical row number of the header; for a two-row header (merged group cells over
    /// sub-headers) the **lower** row, so data rows are those with `number > headerRow`.
    public var headerRow: Int
    /// The first row of the header: equal to `headerRow`, or `headerRow - 1` for a two-row header.
    public var firstHeaderRow: Int
    /// Key -> 0-based column index.
    public var columns: [String: Int]
    /// Non-empty header cells that matched no spec, in column order.
    public var extras: [ExtraColumn]
    /// Keys of required specs that were not found, in spec order.
    public var missing: [String]
}

/// Finds header rows and picks sheets.
public enum HeaderMatcher {
    /// How many rows from the top are searched for the header.
    public static let searchRows = 30
    /// How many columns from the left are considered as header cells.
    public static let maxHeaderColumns = 512

    /// The key used for comparison: Vietnamese folded (lower-case, all diacritics removed, đ -> d,
    /// NFC or NFD input), keeping only a-z0-9. "Nội dung góp ý" -> "noidunggopy".
    public static func key(_ header: String) -> String { Fold.key(header) }

    /// Keys a header cell can match: the whole text, and the text without parenthesised or
    /// bracketed remarks ("Nội dung (ghi rõ)" also matches "Nội dung"), and without a leading
    /// item number ("1. Tên trường", "a) Nội dung").
    static func candidateKeys(_ header: String) -> [String] {
        var keys: [String] = []
        let full = key(header)
        if !full.isEmpty { keys.append(full) }
        var stripped = ""
        var depth = 0
        for ch in header {
            if ch == "(" || ch == "[" { depth += 1; continue }
            if ch == ")" || ch == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { stripped.append(ch) }
        }
        let s = key(stripped)
        if !s.isEmpty && !keys.contains(s) { keys.append(s) }
        // Leading numbering: "1." "1)" "a)" "I." (only when followed by more text).
        let trimmed = stripped.drop(while: { $0 == " " })
        if let sepIdx = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
           trimmed.distance(from: trimmed.startIndex, to: sepIdx) <= 4 {
            let head = trimmed[trimmed.startIndex..<sepIdx]
            if !head.isEmpty && head.allSatisfy({ $0.isNumber || ("a"..."z").contains($0) || "IVXivx".contains($0) }) {
                let rest = key(String(trimmed[trimmed.index(after: sepIdx)...]))
                if !rest.isEmpty && !keys.contains(rest) { keys.append(rest) }
            }
        }
        return keys
    }

    /// Finds the header row among the first `searchRows` rows.
    ///
    /// Each row is tried alone and together with the row below it (a two-row header: group
    /// cells such as "6 rõ" merged over sub-headers "Việc | Mục tiêu | ..."; in a two-row
    /// header each column may match on the upper cell, the lower cell or both joined). Matching
    /// compares `key(_:)` of the header against the key and aliases of each spec; each spec and
    /// each column is used once, in spec order. The candidate matching the most specs wins;
    /// on a tie the single-row reading and then the earlier row win. Nil when nothing matches.
    /// Only the first `searchRows` rows and `maxHeaderColumns` columns are looked at.
    public static func match(_ sheet: Sheet, columns: [ColumnSpec]) -> HeaderMatch? {
        let specKeys: [[String]] = columns.map { spec in
            var ks: [String] = []
            for k in [spec.key] + spec.aliases {
                let f = key(k)
                if !f.isEmpty && !ks.contains(f) { ks.append(f) }
            }
            return ks
        }
        let top = Array(sheet.rows.prefix(while: { $0.number <= searchRows }))
        guard !top.isEmpty else { return nil }

        struct Candidate {
            var firstRow: Int
            var row: Int
            var headers: [Int: String]   // column -> header text
            var keys: [Int: [String]]    // column -> candidate keys
            var sortedColumns: [Int] { keys.keys.sorted() }
        }

        // Each row's cells and their keys, once: the two-row readings reuse them.
        var rowHeaders: [[Int: String]] = []
        var rowKeys: [[Int: [String]]] = []
        for r in top {
            var headers: [Int: String] = [:]
            var keys: [Int: [String]] = [:]
            for (c, cell) in r.cells.prefix(maxHeaderColumns).enumerated() where !cell.isBlank {
                let t = cell.text.trimmingSpaces
                headers[c] = t
                keys[c] = candidateKeys(t)
            }
            rowHeaders.append(headers)
            rowKeys.append(keys)
        }

        var candidates: [Candidate] = []
        for (i, r) in top.enumerated() {
            let headers = rowHeaders[i]
            let keys = rowKeys[i]
            if !headers.isEmpty {
                candidates.append(Candidate(firstRow: r.number, row: r.number, headers: headers, keys: keys))
            }
            // Two-row reading with the physically next row.
            if i + 1 < top.count, top[i + 1].number == r.number + 1 {
                let lower = top[i + 1]
                var h2: [Int: String] = [:]
                var k2: [Int: [String]] = [:]
                let width = min(maxHeaderColumns, max(r.cells.count, lower.cells.count))
                for c in 0..<width {
                    let up = rowHeaders[i][c] ?? ""
                    let lo = rowHeaders[i + 1][c] ?? ""
                    if up.isEmpty && lo.isEmpty { continue }
                    var ks: [String] = []
                    for (part, partKeys) in [(lo, rowKeys[i + 1][c]), (up, rowKeys[i][c])] where !part.isEmpty {
                        for k in partKeys ?? candidateKeys(part) where !ks.contains(k) { ks.append(k) }
                    }
                    if !up.isEmpty && !lo.isEmpty && up != lo {
                        for k in candidateKeys(up + " " + lo) where !ks.contains(k) { ks.append(k) }
                        h2[c] = up + " " + lo
                    } else {
                        h2[c] = lo.isEmpty ? up : lo
                    }
                    k2[c] = ks
                }
                candidates.append(Candidate(firstRow: r.number, row: lower.number, headers: h2, keys: k2))
            }
        }

        var best: (score: Int, single: Bool, row: Int, columns: [String: Int], candidate: Candidate)? = nil
        for cand in candidates {
            let columnsInOrder = cand.sortedColumns
            var used = Set<Int>()
            var mapped: [String: Int] = [:]
            for (si, spec) in columns.enumerated() where mapped[spec.key] == nil {
                // Prefer the leftmost unused column whose candidate keys contain one of the spec's keys.
                var found: Int? = nil
                for col in columnsInOrder where !used.contains(col) {
                    if cand.keys[col]!.contains(where: { specKeys[si].contains($0) }) { found = col; break }
                }
                if let col = found { used.insert(col); mapped[spec.key] = col }
            }
            let score = mapped.count
            guard score > 0 else { continue }
            let single = cand.firstRow == cand.row
            if let b = best {
                if score < b.score { continue }
                if score == b.score {
                    if b.single && !single { continue }
                    if b.single == single && b.row <= cand.row { continue }
                }
            }
            best = (score, single, cand.row, mapped, cand)
        }
        guard let b = best else { return nil }
        let usedColumns = Set(b.columns.values)
        let extras = b.candidate.headers.keys.sorted()
            .filter { !usedColumns.contains($0) }
            .map { ExtraColumn(header: b.candidate.headers[$0]!, index: $0) }
        let missing = columns.filter { $0.required && b.columns[$0.key] == nil }.map(\.key)
        return HeaderMatch(headerRow: b.candidate.row, firstHeaderRow: b.candidate.firstRow,
                           columns: b.columns, extras: extras, missing: missing)
    }

    /// Picks the best sheet of a workbook for the given columns.
    ///
    /// Sheets whose folded name equals or contains a folded hint come first ("Góp ý" matches
    /// hint "gop y"); among them, and otherwise among all sheets, the one whose header matches
    /// the most specs (then fewest missing required columns, then visible before hidden, then
    /// workbook order) wins. A name-hinted sheet without any header match loses to a sheet with
    /// one. Nil only for an empty list.
    public static func bestSheet(_ sheets: [Sheet], nameHints: [String], columns: [ColumnSpec]) -> Sheet? {
        guard !sheets.isEmpty else { return nil }
        let hintKeys = nameHints.map(key).filter { !$0.isEmpty }
        func nameRank(_ s: Sheet) -> Int {
            let k = key(s.name ?? "")
            if k.isEmpty { return 0 }
            if hintKeys.contains(k) { return 2 }
            if hintKeys.contains(where: { k.contains($0) || $0.contains(k) }) { return 1 }
            return 0
        }
        var best: (index: Int, rank: [Int])? = nil
        for (i, s) in sheets.enumerated() {
            let m = columns.isEmpty ? nil : match(s, columns: columns)
            let score = m?.columns.count ?? 0
            let missing = m?.missing.count ?? columns.count
            let hasMatch = score > 0 || columns.isEmpty
            // Lexicographic: has a header match, name hint, score, fewer missing, visible, earlier.
            let rank = [hasMatch ? 1 : 0, nameRank(s), score, -missing, s.isHidden ? 0 : 1]
            if best == nil || rank.lexicographicallyPrecedes(best!.rank) == false && rank != best!.rank {
                best = (i, rank)
            }
        }
        return best.map { sheets[$0.index] }
    }
}

extension String {
    /// Trimmed of ASCII and Unicode spaces (no-break, thin, ideographic).
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        let t = Fold.trim(scalars[...])
        if t.count == scalars.count { return self }
        return String(String.UnicodeScalarView(t))
    }
}
