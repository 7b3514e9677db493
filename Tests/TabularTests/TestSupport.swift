import Diagnostics
import Foundation
import XCTest
import ZIPFoundation
@testable import Tabular

/// Fixture files live next to this source file (no Bundle resources), so the tests can be
/// copied into another package verbatim.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    static func read(_ name: String, limits: ReadLimits = .default) throws -> (sheets: [Sheet], diagnostics: [Diagnostic]) {
        try TableReader.read(url(name), displayPath: "Fixtures/" + name, limits: limits)
    }
}

/// A scratch folder removed at the end of the test.
final class TempDir {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tabular-tests-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ bytes: [UInt8]) -> URL {
        let u = url.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: u.path, contents: Data(bytes))
        return u
    }

    func write(_ name: String, _ text: String) -> URL { write(name, Array(text.utf8)) }

    /// Writes a ZIP with the given parts (deflated).
    func zip(_ name: String, _ parts: [(String, [UInt8])]) throws -> URL {
        let u = url.appendingPathComponent(name)
        let archive = try Archive(url: u, accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                                 provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return u
    }
}

/// Minimal xlsx parts around one worksheet XML, for generated workbooks.
enum MiniXLSX {
    static let workbook = """
    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Trang 1" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
    static let rels = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
    """

    static func parts(sheetXML: [UInt8]) -> [(String, [UInt8])] {
        [("xl/workbook.xml", Array(workbook.utf8)),
         ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
         ("xl/worksheets/sheet1.xml", sheetXML)]
    }
}

extension XCTestCase {
    /// Asserts that `body` throws a DiagnosticError whose first diagnostic has `code`, and returns it.
    @discardableResult
    func assertDiagnosticError(_ code: String, file: StaticString = #filePath, line: UInt = #line,
                               _ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            XCTFail("expected DiagnosticError \(code)", file: file, line: line)
        } catch let e as DiagnosticError {
            XCTAssertEqual(e.diagnostics.first?.code, code, "\(e)", file: file, line: line)
            XCTAssertEqual(e.diagnostics.first?.severity, .error, file: file, line: line)
            return e.diagnostics.first
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }
}

extension Sheet {
    /// Cell text at a 1-based row and column letters, "" when absent.
    func text(_ row: Int, _ column: String) -> String {
        self.row(row)?.cell(at: CellAddress.columnIndex(column)!).text ?? ""
    }

    func cell(_ row: Int, _ column: String) -> Cell {
        self.row(row)?.cell(at: CellAddress.columnIndex(column)!) ?? .empty
    }
}
