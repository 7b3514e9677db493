import Diagnostics
import Foundation

/// Delimited text (CSV / TSV / "Unicode text") reader working on bytes.
enum CSVReader {
    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    /// Reads a whole delimited file. `forcedDelimiter` skips sniffing (used for `.tsv`).
    static func read(data: Data, displayPath: String, forcedDelimiter: UInt8?, limits: ReadLimits) throws -> (Sheet, [Diagnostic]) {
        var sink = DiagnosticSink(limit: limits.maxDiagnosticsPerCode)
        let fileLoc = SourceLocation(file: displayPath)
        let result: [SheetRow] = try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [SheetRow] in
            let input = raw.bindMemory(to: UInt8.self)
            let (kind, bomLength, guessed) = TextDecoding.detect(input)
            var converted: [UInt8]? = nil
            var start = 0
            switch kind {
            case .utf16LE, .utf16BE:
                let (bytes, bad) = TextDecoding.utf16ToUTF8(input, from: bomLength, bigEndian: kind == .utf16BE)
                converted = bytes
                if guessed {
                    sink.add(.info, "csv.encoding", "The file has no byte-order mark but looks like UTF-16 \(kind == .utf16LE ? "LE" : "BE"); read as such.", at: fileLoc)
                }
                if bad > 0 {
                    sink.add(.warning, "csv.invalid-utf16", "\(bad) invalid UTF-16 code unit(s) were replaced by U+FFFD.", at: fileLoc)
                }
            case .utf8, .utf8BOM:
                start = bomLength
                if let bad = TextDecoding.firstInvalidUTF8(input, from: start) {
                    let line = TextDecoding.lineNumber(of: bad, in: input, from: start)
                    sink.add(.warning, "csv.not-utf8",
                             "The file is not valid UTF-8 (first bad byte 0x\(String(input[bad], radix: 16, uppercase: true)) on line \(line)); it was read as Windows-1252. Save it as \"CSV UTF-8\" if letters look wrong.",
                             at: SourceLocation(file: displayPath, row: nil, line: line))
                    converted = TextDecoding.cp1252ToUTF8(input, from: start)
                    start = 0
                }
            }
            if var bytes = converted {
                return try bytes.withUnsafeMutableBufferPointer { mb in
                    let count = stripNULs(UnsafeMutableBufferPointer(rebasing: mb[0...]), displayPath: displayPath, sink: &sink)
                    return try parse(UnsafeBufferPointer(rebasing: mb[0..<count]), displayPath: displayPath,
                                     forcedDelimiter: forcedDelimiter, limits: limits, sink: &sink)
                }
            }
            // Common case: parse in place unless NULs need stripping.
            let body = UnsafeBufferPointer(rebasing: input[start...])
            if body.contains(0) {
                var copy = Array(body)
                return try copy.withUnsafeMutableBufferPointer { mb in
                    let count = stripNULs(mb, displayPath: displayPath, sink: &sink)
                    return try parse(UnsafeBufferPointer(rebasing: mb[0..<count]), displayPath: displayPath,
                                     forcedDelimiter: forcedDelimiter, limits: limits, sink: &sink)
                }
            }
            return try parse(body, displayPath: displayPath, forcedDelimiter: forcedDelimiter, limits: limits, sink: &sink)
        }
        return (Sheet(file: displayPath, name: nil, rows: result), sink.finish())
    }

    /// Removes NUL bytes in place; returns the new count and reports them once.
    static func stripNULs(_ b: UnsafeMutableBufferPointer<UInt8>, displayPath: String, sink: inout DiagnosticSink) -> Int {
        guard let first = b.firstIndex(of: 0) else { return b.count }
        let line = TextDecoding.lineNumber(of: first, in: UnsafeBufferPointer(b), from: 0)
        var w = first
        var removed = 0
        for r in first..<b.count {
            let c = b[r]
            if c == 0 { removed += 1 } else { b[w] = c; w += 1 }
        }
        sink.add(.warning, "csv.nul-bytes",
                 "\(removed) NUL byte(s) were removed (first on line \(line)); the file may be damaged or saved in an unexpected encoding.",
                 at: SourceLocation(file: displayPath, line: line))
        return w
    }

    // MARK: - Delimiter sniffing

    /// Picks `\t`, `;` or `,` by counting them outside quotes over the first records: the
    /// candidate whose most common non-zero count is shared by the largest share of records wins;
    /// on a tie tab beats `;` beats `,` (commas are common inside Vietnamese text and as decimal marks).
    static func sniffDelimiter(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [0x09, 0x3B, 0x2C]
        var perRecord: [[Int]] = []
        var counts = [0, 0, 0]
        var inQuotes = false
        var nonEmpty = false
        var i = 0
        let limit = min(b.count, 256 * 1024)
        while i < limit && perRecord.count < 50 {
            let c = b[i]
            if c == quote { inQuotes.toggle(); nonEmpty = true }
            else if !inQuotes && (c == lf || c == cr) {
                if nonEmpty { perRecord.append(counts) }
                counts = [0, 0, 0]; nonEmpty = false
                if c == cr && i + 1 < b.count && b[i + 1] == lf { i += 1 }
            } else if !inQuotes {
                if c == 0x09 { counts[0] += 1 } else if c == 0x3B { counts[1] += 1 } else if c == 0x2C { counts[2] += 1 }
                if c != 0x20 { nonEmpty = true }
            }
            i += 1
        }
        if nonEmpty && perRecord.count < 50 { perRecord.append(counts) }
        guard !perRecord.isEmpty else { return 0x2C }
        var best: (index: Int, share: Double)? = nil
        for k in 0..<3 {
            var freq: [Int: Int] = [:]
            for r in perRecord where r[k] > 0 { freq[r[k], default: 0] += 1 }
            guard let mode = freq.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }) else { continue }
            let share = Double(mode.value) / Double(perRecord.count)
            if best == nil || share > best!.share + 1e-9 { best = (k, share) }
        }
        return best.map { candidates[$0.index] } ?? 0x2C
    }

    // MARK: - Parsing

    static func parse(_ b: UnsafeBufferPointer<UInt8>, displayPath: String, forcedDelimiter: UInt8?,
                      limits: ReadLimits, sink: inout DiagnosticSink) throws -> [SheetRow] {
        let delim = forcedDelimiter ?? sniffDelimiter(b)
        let n = b.count
        var rows: [SheetRow] = []
        var cells: [Cell] = []
        var scratch: [UInt8] = []
        var pos = 0
        var line = 1
        var record = 1
        var rowBytes = 0
        var rowDropped = false

        @inline(__always) func loc(_ column: Int) -> SourceLocation {
            SourceLocation(file: displayPath, row: record, column: CellAddress.columnLetter(column))
        }

        func addCell(_ slice: UnsafeBufferPointer<UInt8>, _ sink: inout DiagnosticSink) {
            let column = cells.count
            if rowDropped { return }
            if column >= limits.maxCellsPerRow || rowBytes + slice.count > limits.maxRowBytes {
                rowDropped = true
                sink.add(.warning, "csv.row-too-long",
                         "Row has more than \(limits.maxCellsPerRow) cells or \(limits.maxRowBytes) bytes; the rest of the row was ignored.",
                         at: loc(column))
                return
            }
            if slice.isEmpty { cells.append(.empty); return }
            var s = slice
            if s.count > limits.maxCellBytes {
                var cut = limits.maxCellBytes
                while cut > 0 && s[cut] & 0xC0 == 0x80 { cut -= 1 }
                s = UnsafeBufferPointer(rebasing: s[0..<cut])
                sink.add(.warning, "csv.cell-too-long",
                         "Cell is longer than \(limits.maxCellBytes) bytes; it was cut.", at: loc(column))
            }
            rowBytes += s.count
            cells.append(.text(String(decoding: s, as: UTF8.self)))
        }

        func endRecord(startLine: Int) {
            while let last = cells.last, last == .empty { cells.removeLast() }
            if !cells.isEmpty {
                rows.append(SheetRow(number: record, cells: cells, line: startLine))
                cells = []
                cells.reserveCapacity(rows.last!.cells.count)
            }
            record += 1
            rowBytes = 0
            rowDropped = false
        }

        /// Index of the end of the physical line containing `from` (first CR or LF, or n).
        func endOfLine(_ from: Int) -> Int {
            var k = from
            while k < n && b[k] != lf && b[k] != cr { k += 1 }
            return k
        }

        while pos < n {
            let startLine = line
            // One record.
            recordLoop: while true {
                if pos < n && b[pos] == quote {
                    // Quoted field.
                    let contentStart = pos + 1
                    let quoteLine = line
                    var k = contentStart
                    var escaped = false
                    var spansLines = false
                    var linesInside = 0
                    var closed = -1
                    var unbalanced = false
                    while true {
                        // Fast scan to the next quote, counting line ends.
                        while k < n {
                            let c = b[k]
                            if c == quote { break }
                            if c == lf { linesInside += 1; spansLines = true }
                            else if c == cr {
                                if k + 1 < n && b[k + 1] == lf { k += 1 }
                                linesInside += 1; spansLines = true
                            }
                            k += 1
                        }
                        if k >= n || k - contentStart > limits.maxCellBytes { unbalanced = true; break }
                        if k + 1 < n && b[k + 1] == quote { escaped = true; k += 2; continue }
                        closed = k
                        break
                    }
                    if !unbalanced {
                        let after = closed + 1
                        let atEnd = after >= n || b[after] == delim || b[after] == lf || b[after] == cr
                        if !atEnd && spansLines {
                            // `"abc<newline>...<quote>x`: the quote that "closes" is not followed by a
                            // delimiter, so the opening quote was most likely never closed.
                            unbalanced = true
                        }
                    }
                    if unbalanced {
                        let eol = endOfLine(contentStart)
                        sink.add(.warning, "csv.unbalanced-quote",
                                 "A quote (\") opens this cell but is never closed; the cell was cut at the end of its line and reading went on with the next line.",
                                 at: loc(cells.count))
                        addCell(UnsafeBufferPointer(rebasing: b[contentStart..<eol]), &sink)
                        line = quoteLine
                        pos = eol
                    } else {
                        line += linesInside
                        var fieldEnd = closed + 1
                        let contentRange = contentStart..<closed
                        if fieldEnd < n && b[fieldEnd] != delim && b[fieldEnd] != lf && b[fieldEnd] != cr {
                            // Text after the closing quote on the same line: keep it, like Excel does.
                            let tailEnd = { () -> Int in
                                var t = fieldEnd
                                while t < n && b[t] != delim && b[t] != lf && b[t] != cr { t += 1 }
                                return t
                            }()
                            sink.add(.warning, "csv.stray-quote",
                                     "Text follows the closing quote of this cell; it was kept as part of the cell.",
                                     at: loc(cells.count))
                            scratch.removeAll(keepingCapacity: true)
                            appendUnescaped(b, contentRange, to: &scratch)
                            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[fieldEnd..<tailEnd]))
                            scratch.withUnsafeBufferPointer { addCell($0, &sink) }
                            fieldEnd = tailEnd
                        } else if escaped {
                            scratch.removeAll(keepingCapacity: true)
                            appendUnescaped(b, contentRange, to: &scratch)
                            scratch.withUnsafeBufferPointer { addCell($0, &sink) }
                        } else {
                            addCell(UnsafeBufferPointer(rebasing: b[contentRange]), &sink)
                        }
                        pos = fieldEnd
                    }
                } else {
                    // Unquoted field.
                    var k = pos
                    while k < n {
                        let c = b[k]
                        if c == delim || c == lf || c == cr { break }
                        k += 1
                    }
                    addCell(UnsafeBufferPointer(rebasing: b[pos..<k]), &sink)
                    pos = k
                }
                // After a field.
                if pos >= n { break recordLoop }
                let c = b[pos]
                if c == delim { pos += 1; continue recordLoop }
                if c == cr { pos += 1; if pos < n && b[pos] == lf { pos += 1 } }
                else { pos += 1 }
                line += 1
                break recordLoop
            }
            endRecord(startLine: startLine)
        }
        return rows
    }

    /// Copies a quoted field's content, turning `""` into `"`.
    @inline(__always)
    static func appendUnescaped(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        var k = range.lowerBound
        while k < range.upperBound {
            let c = b[k]
            out.append(c)
            k += (c == quote && k + 1 < range.upperBound && b[k + 1] == quote) ? 2 : 1
        }
    }
}
