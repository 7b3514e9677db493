import Diagnostics
import Foundation

/// Native XLSX reader: workbook + relationships -> sheets, shared strings, styles (dates),
/// then each worksheet streamed through XMLParser.
enum XLSXReader {
    static func read(data: Data, displayPath: String, limits: ReadLimits) throws -> ([Sheet], [Diagnostic]) {
        let fileLoc = SourceLocation(file: displayPath)
        func fail(_ code: String, _ message: String, sheet: String? = nil) -> DiagnosticError {
            DiagnosticError(Diagnostic(.error, code: code, message, at: SourceLocation(file: displayPath, sheet: sheet)))
        }
        func zipFailure(_ f: ZipReader.Failure, sheet: String? = nil) -> DiagnosticError {
            switch f {
            case .notZip:
                return fail("xlsx.not-zip", "The file is not an XLSX workbook (not a ZIP archive). Open it in Excel or LibreOffice and save it as .xlsx.")
            case .truncated(let what):
                return fail("xlsx.truncated", "The workbook is damaged or incomplete (\(what)). Copy the file again or save it again from Excel.", sheet: sheet)
            case .unsafePath(let p):
                return fail("xlsx.unsafe-path", "The archive contains the unsafe path \"\(p)\" (absolute or with \"..\"); the file was refused.")
            case .encrypted(let p):
                return fail("xlsx.encrypted", "Part \(p) is encrypted; remove the password and save again.", sheet: sheet)
            case .unsupportedMethod(let p, let m):
                return fail("xlsx.compression", "Part \(p) uses compression method \(m), which is not supported.", sheet: sheet)
            case .corrupt(let what):
                return fail("xlsx.corrupt", "The workbook is damaged (\(what)).", sheet: sheet)
            case .crcMismatch(let p):
                return fail("xlsx.corrupt", "Part \(p) is damaged (checksum mismatch).", sheet: sheet)
            case .tooLarge(let p):
                return fail("xlsx.too-large", "Unpacking stopped at part \(p): the workbook would exceed \(limits.maxUncompressedBytes >> 20) MiB uncompressed.", sheet: sheet)
            case .cancelled:
                return fail("xlsx.corrupt", "Reading was cancelled.", sheet: sheet)
            }
        }

        let zip: ZipReader
        do { zip = try ZipReader(data: data.startIndex == 0 ? data : Data(data)) }
        catch let f as ZipReader.Failure { throw zipFailure(f) }

        var sink = DiagnosticSink(limit: limits.maxDiagnosticsPerCode)
        var remaining = limits.maxUncompressedBytes

        /// Streams one part into a delegate; nil when the part is absent.
        func parsePart(_ path: String, _ delegate: any PartDelegate, sheet: String? = nil, what: String) throws -> Bool {
            guard let entry = zip.entry(path) else { return false }
            do {
                let used = try XMLPart.parse(zip, entry, budget: remaining, delegate: delegate)
                remaining -= used
                return true
            } catch {
                switch error {
                case .zip(let f): throw zipFailure(f, sheet: sheet)
                case .dtd:
                    throw fail("xlsx.dtd", "\(what) (\(path)) contains a document type declaration (DTD), which XLSX files never need; the file was refused because DTD entities can be used to exhaust memory.", sheet: sheet)
                case .notXML(let detail):
                    throw fail(sheet == nil ? "xlsx.bad-part" : "xlsx.bad-sheet", "\(what) (\(path)) is not valid XML (\(detail)). Save the workbook again from Excel or LibreOffice.", sheet: sheet)
                }
            }
        }

        // The workbook part, from the package relationships.
        var workbookPath = "xl/workbook.xml"
        let rootRels = RelsDelegate()
        if try parsePart("_rels/.rels", rootRels, what: "Package relationships") {
            if let r = rootRels.relationships.first(where: { $0.type.hasSuffix("/officeDocument") && !$0.external }) {
                workbookPath = try resolve(r.target, base: "") ?? workbookPath
            }
        }
        if workbookPath.lowercased().hasSuffix(".bin") {
            throw fail("xlsx.binary", "This is a binary Excel workbook (.xlsb), which is not read. Open it in Excel and save it as .xlsx.")
        }
        if zip.entry(workbookPath) == nil, let mimetype = zip.entry("mimetype") {
            var text = Data()
            try? zip.extract(mimetype, budget: 200) { text.append($0) }
            if String(decoding: text, as: UTF8.self).contains("opendocument") {
                throw fail("file.unsupported", "This is an OpenDocument file (.ods), which is not read; save it as .xlsx.")
            }
        }
        let workbook = WorkbookDelegate()
        guard try parsePart(workbookPath, workbook, what: "Workbook") else {
            throw fail("xlsx.no-workbook", "The archive has no workbook part (\(workbookPath)); it is not an XLSX spreadsheet.")
        }
        let base = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (base.isEmpty ? "" : base + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let wbRels = RelsDelegate()
        _ = try parsePart(relsPath, wbRels, what: "Workbook relationships")
        var relByID: [String: RelsDelegate.Relationship] = [:]
        for r in wbRels.relationships where relByID[r.id] == nil { relByID[r.id] = r }

        func partPath(typeSuffix: String, fallback: String) throws -> String {
            if let r = wbRels.relationships.first(where: { $0.type.hasSuffix(typeSuffix) && !$0.external }),
               let p = try resolve(r.target, base: base) { return p }
            return (base.isEmpty ? "" : base + "/") + fallback
        }

        // Styles (date formats). A broken styles part only loses date detection.
        let styles = StylesDelegate()
        let stylesPath = try partPath(typeSuffix: "/styles", fallback: "styles.xml")
        do { _ = try parsePart(stylesPath, styles, what: "Styles") }
        catch let e as DiagnosticError where e.diagnostics.first?.code == "xlsx.bad-part" {
            sink.add(.warning, "xlsx.bad-styles", "The styles part is not valid XML; dates may show as numbers.", at: fileLoc)
        }
        let dateStyles = styles.dateStyles

        // Shared strings.
        let sst = SharedStringsDelegate()
        _ = try parsePart(try partPath(typeSuffix: "/sharedStrings", fallback: "sharedStrings.xml"), sst, what: "Shared strings")

        // Worksheets in workbook order; chartsheets, dialog and macro sheets are skipped.
        var sheets: [Sheet] = []
        for ref in workbook.sheets {
            guard let rel = relByID[ref.relationshipID] else {
                sink.add(.warning, "xlsx.missing-sheet", "Sheet \"\(ref.name)\" has no part in the archive; skipped.", at: SourceLocation(file: displayPath, sheet: ref.name))
                continue
            }
            guard rel.type.hasSuffix("/worksheet"), !rel.external else { continue }
            guard let path = try resolve(rel.target, base: base) else {
                throw fail("xlsx.unsafe-path", "Sheet \"\(ref.name)\" points outside the archive (\(rel.target)); the file was refused.", sheet: ref.name)
            }
            let delegate = SheetDelegate(sharedStrings: sst.strings, dateStyles: dateStyles, date1904: workbook.date1904,
                                         limits: limits, file: displayPath, sheetName: ref.name,
                                         sink: DiagnosticSink(limit: limits.maxDiagnosticsPerCode))
            guard try parsePart(path, delegate, sheet: ref.name, what: "Sheet \"\(ref.name)\"") else {
                sink.add(.warning, "xlsx.missing-sheet", "Sheet \"\(ref.name)\" has no part in the archive (\(path)); skipped.", at: SourceLocation(file: displayPath, sheet: ref.name))
                continue
            }
            delegate.normalizeRows()
            delegate.fillMerges()
            sink.append(contentsOf: delegate.sink.finish())
            sheets.append(Sheet(file: displayPath, name: ref.name, rows: delegate.rows, merges: delegate.merges, isHidden: ref.hidden))
        }
        if sheets.isEmpty {
            sink.add(.warning, "xlsx.no-sheets", "The workbook has no worksheets.", at: fileLoc)
        }
        return (sheets, sink.finish())
    }

    /// Resolves a relationship target against the source part's folder; nil when it escapes the archive root.
    static func resolve(_ target: String, base: String) throws -> String? {
        let t = target.replacingOccurrences(of: "\\", with: "/")
        var parts: [Substring] = t.hasPrefix("/") ? [] : base.split(separator: "/")
        for p in t.split(separator: "/") {
            if p == "." || p.isEmpty { continue }
            if p == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(p)
            }
        }
        return parts.joined(separator: "/")
    }
}
