import Diagnostics
import Foundation

/// Reads tables from .csv / .tsv / .txt / .xlsx files.
public enum TableReader {
    /// Reads .csv / .tsv / .txt / .xlsx by extension and by sniffing magic bytes (a file starting
    /// with `PK` is read as XLSX whatever its name). `displayPath` is what diagnostics show.
    ///
    /// Returns the sheets (one for a delimited file, each worksheet in workbook order for XLSX)
    /// plus non-fatal diagnostics; throws `DiagnosticError` when the file cannot be read at all:
    /// missing or unreadable, empty (0 bytes, or only a byte-order mark), larger than
    /// `maxUncompressedBytes`, an old binary .xls / encrypted workbook, an .ods, a damaged or
    /// hostile XLSX (truncated, not a ZIP, `..` paths, DTDs, a sheet that is not XML).
    public static func read(_ url: URL, displayPath: String, limits: ReadLimits = .default) throws -> (sheets: [Sheet], diagnostics: [Diagnostic]) {
        let loc = SourceLocation(file: displayPath)
        func fail(_ code: String, _ message: String) -> DiagnosticError {
            DiagnosticError(Diagnostic(.error, code: code, message, at: loc))
        }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw fail("file.missing", "The file does not exist.")
        }
        if isDir.boolValue { throw fail("file.unreadable", "This is a folder, not a file.") }
        let size = ((try? fm.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? -1
        if size == 0 { throw fail("file.empty", "The file is empty (0 bytes).") }
        if size > limits.maxUncompressedBytes {
            throw fail("file.too-large", "The file is larger than \(limits.maxUncompressedBytes >> 20) MiB; it was not read.")
        }
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) }
        catch { throw fail("file.unreadable", "The file cannot be read (\(error.localizedDescription)).") }
        if data.isEmpty { throw fail("file.empty", "The file is empty (0 bytes).") }

        let ext = url.pathExtension.lowercased()
        let magic = [UInt8](data.prefix(8))
        let isZip = magic.count >= 4 && magic[0] == 0x50 && magic[1] == 0x4B && (magic[2] == 3 || magic[2] == 5 || magic[2] == 7)
        let isCFB = magic.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])

        if isCFB {
            throw fail("xlsx.legacy-or-encrypted",
                       "This is an Excel 97-2003 (.xls) workbook or a password-protected workbook. Open it in Excel or LibreOffice, remove any password and save it as .xlsx.")
        }
        if ext == "ods" {
            throw fail("file.unsupported", "OpenDocument spreadsheets (.ods) are not read; save the file as .xlsx.")
        }
        if isZip || ["xlsx", "xlsm", "xltx", "xltm"].contains(ext) {
            if !isZip && ["xlsx", "xlsm", "xltx", "xltm"].contains(ext) {
                throw fail("xlsx.not-zip", "The file has an .\(ext) name but is not an XLSX workbook (not a ZIP archive). Open it in Excel or LibreOffice and save it as .xlsx.")
            }
            let (sheets, diags) = try XLSXReader.read(data: data, displayPath: displayPath, limits: limits)
            return (sheets, diags)
        }
        // Delimited text.
        let bomOnly = (data.count == 3 && magic.starts(with: [0xEF, 0xBB, 0xBF])) ||
            (data.count == 2 && (magic.starts(with: [0xFF, 0xFE]) || magic.starts(with: [0xFE, 0xFF])))
        if bomOnly { throw fail("file.empty", "The file is empty (only a byte-order mark).") }
        let forced: UInt8? = ext == "tsv" ? 0x09 : nil
        let (sheet, diags) = try CSVReader.read(data: data, displayPath: displayPath, forcedDelimiter: forced, limits: limits)
        var all = diags
        if sheet.rows.isEmpty {
            all.append(Diagnostic(.warning, code: "csv.no-rows", "The file has no data (only blank lines).", at: loc))
        }
        return ([sheet], all)
    }
}
