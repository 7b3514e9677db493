import Foundation
import XCTest

/// Pins the reports of the sample: any change to what a reader sees shows up as a diff here.
/// After an intended change (new wording, new rules), refresh the files with
/// `GOPY_UPDATE_GOLDEN=1 swift test --disable-swift-testing --filter GoldenReportTests` and read
/// the diff before committing it.
final class GoldenReportTests: XCTestCase {
    let h = Harness()
    static let golden = Harness.root + "/Tests/Fixtures/golden"
    static let pinned = [
        "bao-cao-mam_non.md", "bao-cao-tieu_hoc.md", "bao-cao-thcs.md", "bao-cao-thpt.md", "bao-cao-gdtx.md",
        "bao-cao-gdnn.md", "bao-cao-dai_hoc.md", "tong-hop-toan-nganh.md", "bao-cao-thcs.html", "tong-hop-toan-nganh.html",
    ]

    func testReportsOfTheSampleAreUnchanged() throws {
        let out = h.temporary("golden")
        XCTAssertEqual(try h.gopy(["run", "Inputs/hai-phong-mau", "--out", out]).status, 1)
        let update = ProcessInfo.processInfo.environment["GOPY_UPDATE_GOLDEN"] == "1"
        if update { try FileManager.default.createDirectory(atPath: Self.golden, withIntermediateDirectories: true) }
        for name in Self.pinned {
            let produced = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
            let path = Self.golden + "/" + name
            if update {
                try produced.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOfFile: path, encoding: .utf8)
            if produced != expected {
                let a = expected.components(separatedBy: "\n"), b = produced.components(separatedBy: "\n")
                let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
                let line = first?.offset ?? min(a.count, b.count)
                XCTFail("""
                    \(name) differs from Tests/Fixtures/golden/\(name) at line \(line + 1):
                      expected: \(line < a.count ? a[line] : "<end>")
                      produced: \(line < b.count ? b[line] : "<end>")
                    If the change is intended, refresh with GOPY_UPDATE_GOLDEN=1 and read the diff.
                    """)
            }
        }
    }

    func testTheWordReportIsTheSameBytesRunAfterRun() throws {
        var reports: [Data] = []
        for _ in 0..<2 {
            let out = h.temporary("golden-docx")
            XCTAssertEqual(try h.gopy(["run", "Inputs/hai-phong-mau", "--out", out]).status, 1)
            reports.append(try Data(contentsOf: URL(fileURLWithPath: out + "/bao-cao-thcs.docx")) + Data(contentsOf: URL(fileURLWithPath: out + "/bao-cao-thcs.xlsx")))
        }
        XCTAssertEqual(reports[0], reports[1])
    }
}
