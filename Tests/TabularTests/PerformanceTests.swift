import Diagnostics
import Foundation
import XCTest
@testable import Tabular

/// Speed checks. The 50 MB CSV run is opt-in (it is meant for release builds):
///   TABULAR_PERF=1 swift test -c release -Xswiftc -enable-testing --filter PerformanceTests
final class PerformanceTests: XCTestCase {
    /// A realistic comment table: quoted Vietnamese text with commas, numbers, dates.
    static func makeCSV(targetBytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(targetBytes + 1024)
        out += Array("STT,Nội dung góp ý,Người góp ý,Ngày góp ý,Kinh phí (đồng),Việc,Mục tiêu,Người thực hiện,Thời gian,Tỷ lệ\r\n".utf8)
        var i = 1
        while out.count < targetBytes {
            let line = "\(i),\"Đổi mới phương pháp dạy học, tăng cường \"\"trải nghiệm\"\" số \(i)\",Nguyễn Văn Ánh,15/09/2024,\"12.500.000\",Tổ chức chuyên đề,100% GV tham gia,Tổ trưởng CM,Tháng 10/2024,85%\r\n"
            out += Array(line.utf8)
            i += 1
        }
        return out
    }

    func testParseSpeedSmall() throws {
        let tmp = TempDir()
        let bytes = Self.makeCSV(targetBytes: 2 << 20)
        let url = tmp.write("small.csv", bytes)
        let start = Date()
        let (sheets, diags) = try TableReader.read(url, displayPath: "small.csv")
        let seconds = Date().timeIntervalSince(start)
        XCTAssertTrue(diags.isEmpty, "\(diags)")
        XCTAssertEqual(sheets[0].rows[1].cells[1].text, "Đổi mới phương pháp dạy học, tăng cường \"trải nghiệm\" số 1")
        print("CSV 2 MiB: \(sheets[0].rows.count) rows in \(String(format: "%.3f", seconds)) s")
    }

    func testParseSpeed50MB() throws {
        guard ProcessInfo.processInfo.environment["TABULAR_PERF"] != nil else {
            throw XCTSkip("set TABULAR_PERF=1 (and use -c release) to time a 50 MB CSV")
        }
        let tmp = TempDir()
        let bytes = Self.makeCSV(targetBytes: 50 * 1_000_000)
        let url = tmp.write("big.csv", bytes)
        var best = Double.infinity
        var rows = 0
        for _ in 0..<3 {
            let start = Date()
            let (sheets, _) = try TableReader.read(url, displayPath: "big.csv")
            best = min(best, Date().timeIntervalSince(start))
            rows = sheets[0].rows.count
        }
        print("CSV \(bytes.count) bytes, \(rows) rows: best of 3 \(String(format: "%.3f", best)) s (\(String(format: "%.0f", Double(bytes.count) / best / 1e6)) MB/s)")
        #if !DEBUG
        XCTAssertLessThan(best, 1.0)
        #endif
    }

    /// The worst shape for cell creation: many tiny unquoted fields.
    func testParseSpeed50MBShortFields() throws {
        guard ProcessInfo.processInfo.environment["TABULAR_PERF"] != nil else {
            throw XCTSkip("set TABULAR_PERF=1 (and use -c release) to time a 50 MB CSV of short fields")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_100)
        var i = 0
        while bytes.count < 50_000_000 {
            bytes += Array("\(i % 1000);An;8,5;x;\(i % 7);1.234;Có;;0\n".utf8)
            i += 1
        }
        let tmp = TempDir()
        let url = tmp.write("short.csv", bytes)
        var best = Double.infinity
        var cells = 0
        for _ in 0..<3 {
            let start = Date()
            let (sheets, _) = try TableReader.read(url, displayPath: "short.csv")
            best = min(best, Date().timeIntervalSince(start))
            cells = sheets[0].rows.reduce(0) { $0 + $1.cells.count }
        }
        print("CSV short fields \(bytes.count) bytes, \(cells) cells: best of 3 \(String(format: "%.3f", best)) s")
        #if !DEBUG
        XCTAssertLessThan(best, 1.5)
        #endif
    }

    func testXLSXSpeed() throws {
        guard ProcessInfo.processInfo.environment["TABULAR_PERF"] != nil else {
            throw XCTSkip("set TABULAR_PERF=1 to time a 200 000-cell XLSX")
        }
        let tmp = TempDir()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for r in 1...20_000 {
            xml += "<row r=\"\(r)\">"
            for c in 0..<10 {
                let ref = CellAddress.columnLetter(c) + String(r)
                if c % 2 == 0 { xml += "<c r=\"\(ref)\"><v>\(r * 10 + c)</v></c>" }
                else { xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>Nội dung \(r)-\(c)</t></is></c>" }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        let url = try tmp.zip("big.xlsx", MiniXLSX.parts(sheetXML: Array(xml.utf8)))
        let start = Date()
        let (sheets, _) = try TableReader.read(url, displayPath: "big.xlsx")
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(sheets[0].rows.count, 20_000)
        print("XLSX 200 000 cells (\(xml.utf8.count) bytes of sheet XML): \(String(format: "%.3f", seconds)) s")
    }
}
