import Foundation
import XCTest
@testable import GopyCore

/// The reports opened by the programs people will open them with: LibreOffice converts the
/// .docx to PDF, headless Chromium renders and prints the .html. Each test skips when its tool
/// is missing; CI installs them (`scripts/install-deps.sh --interop`).
final class ReportInteropTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-report-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testLibreOfficeConvertsTheDocxToPDF() throws {
        let soffice = try tool("soffice")
        let pdftotext = try tool("pdftotext")
        let docx = folder.appendingPathComponent("bao-cao-thu.docx")
        try WordRenderer.render(ReportFixture.document).write(to: docx)
        // A profile of its own, so that a LibreOffice already running (another test, a user)
        // does not swallow the conversion.
        let profile = folder.appendingPathComponent("profile").absoluteString
        let convert = try run(soffice, ["-env:UserInstallation=\(profile)", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.path, docx.path])
        XCTAssertEqual(convert.status, 0, convert.output)
        let pdf = folder.appendingPathComponent("bao-cao-thu.pdf")
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "no PDF: \(convert.output)")

        let text = try run(pdftotext, ["-layout", pdf.path, "-"]).output.precomposedStringWithCanonicalMapping
        XCTAssertTrue(text.contains("BÁO CÁO TỔNG HỢP CẤP HỌC"), text)
        XCTAssertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        XCTAssertTrue(text.contains("Cụm Hồng Bàng & Ngô Quyền"), "a table cell")
        XCTAssertTrue(text.contains("HP-THCS-070"), "the last row of the long table")
        // The long table runs over a page break, and its header row is printed again there.
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        XCTAssertGreaterThan(pages.count, 1)
        let continued = try XCTUnwrap(pages.dropFirst().first { $0.contains("HP-THCS-0") }, "the long table continues on a later page")
        XCTAssertTrue(continued.contains("Mã trường"), "header row repeated on the next page:\n\(continued)")
        // The page number is centred at the top, from page 2 on (NĐ 30).
        XCTAssertTrue(pages[1].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("2"), pages[1].prefix(200).description)
        XCTAssertFalse(pages[0].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("1"))
    }

    func testChromiumRendersThePageWithoutAConsoleError() throws {
        let chromium = try tool("chromium", "chromium-browser", "google-chrome")
        let pdftotext = try tool("pdftotext")
        let page = folder.appendingPathComponent("bao-cao-thu.html")
        try Data(HTMLRenderer.render(ReportFixture.document).utf8).write(to: page)
        let common = ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(folder.appendingPathComponent("chrome").path)"]

        let png = folder.appendingPathComponent("page.png")
        let shot = try run(chromium, common + ["--screenshot=\(png.path)", "--window-size=1240,1754", page.absoluteString])
        XCTAssertEqual(shot.status, 0, shot.output)
        let image = try Data(contentsOf: png)
        XCTAssertEqual(Array(image.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG")
        XCTAssertGreaterThan(image.count, 20_000, "a screenshot with something on it")

        // Console messages come out on stderr as "INFO:CONSOLE(...)" with this logging on.
        let dom = try run(chromium, common + ["--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString])
        XCTAssertEqual(dom.status, 0, dom.output)
        let console = dom.output.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        XCTAssertEqual(console, [], "console messages")
        XCTAssertEqual(dom.output.components(separatedBy: "<svg ").count - 1, ReportFixture.charts, "every chart in the rendered DOM")

        // Printed to A4, the long table repeats its header on the page it continues on.
        let pdf = folder.appendingPathComponent("page.pdf")
        let print = try run(chromium, common + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        XCTAssertEqual(print.status, 0, print.output)
        let text = try run(pdftotext, ["-layout", pdf.path, "-"]).output.precomposedStringWithCanonicalMapping
        let pages = text.components(separatedBy: "\u{0C}")
        let continued = try XCTUnwrap(pages.dropFirst().first { $0.contains("HP-THCS-0") && !$0.contains("Bảng 2.") }, "the long table continues on a later page")
        XCTAssertTrue(continued.contains("Mã trường"), "header row repeated on the next page:\n\(continued)")
    }

    // MARK: - Running tools

    /// The first of `names` found on PATH, or a skip.
    func tool(_ names: String...) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw XCTSkip("\(names[0]) is not installed (scripts/install-deps.sh --interop installs it)")
    }

    /// Runs a program to its end with stdout and stderr together, killed after two minutes.
    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let output = folder.appendingPathComponent("output-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            XCTFail("\(executable) did not finish in two minutes")
        }
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }
}
