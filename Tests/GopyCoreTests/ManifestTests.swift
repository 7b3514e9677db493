import Diagnostics
import XCTest

@testable import GopyCore

final class ManifestTests: XCTestCase {
    func testReadsThePlan() throws {
        let text = try String(contentsOfFile: miniDataset + "/ke-hoach.toml", encoding: .utf8)
        let (plan, diagnostics) = try Manifests.loadPlan(text: text, file: "ke-hoach.toml")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(plan.levels.map(\.code), ["thcs", "thpt"])
        XCTAssertEqual(plan.level("thcs")?.division, "trung-hoc")
        XCTAssertEqual(plan.level("thcs")?.classSizeNorm, 45)
        XCTAssertEqual(plan.clusterDeadline.description, "2026-02-06T17:00:00+07:00")
        XCTAssertEqual(plan.workshopsFrom, Day(year: 2026, month: 2, day: 2))
        XCTAssertEqual(plan.dossierParts.first?.formats, [["pdf", "docx"]])
    }

    func testSyntaxErrorNamesTheLine() {
        XCTAssertThrowsError(try Manifests.loadPlan(text: "title = \"x\"\n[calendar\n", file: "ke-hoach.toml")) { error in
            let d = (error as! DiagnosticError).diagnostics[0]
            XCTAssertEqual(d.code, "toml.syntax")
            XCTAssertEqual(d.location?.line, 2)
        }
    }

    func testMissingAndMistypedFieldsAreAllReported() {
        let text = "data_cutoff = \"2025-10\"\n[calendar]\nworkshops_from = 2026-02-02\nworkshops_to = \"hôm nay\"\ncluster_deadline = 5\n"
        XCTAssertThrowsError(try Manifests.loadPlan(text: text, file: "k.toml")) { error in
            let messages = (error as! DiagnosticError).diagnostics.map(\.message)
            XCTAssertTrue(messages.contains { $0.contains("`calendar.workshops_to` is not a date: \"hôm nay\"") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("`calendar.cluster_deadline` should be a date and time") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("`calendar.level_report_deadline` is missing") }, "\(messages)")
        }
    }

    func testAClusterWithoutOffsetIsVietnamTime() throws {
        let (cluster, _) = try Manifests.loadCluster(text: "code = \"cum-09\"\nlevel = \"thcs\"\nworkshop_date = 2026-02-03\nreceived_at = 2026-02-06T17:30:00\ndata_cutoff = \"2025-10\"\n", file: "h.toml", folder: "cum/cum-09", files: [])
        XCTAssertEqual(cluster.receivedAt?.description, "2026-02-06T17:30:00+07:00")
    }
}
