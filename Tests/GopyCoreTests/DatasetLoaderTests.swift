import Diagnostics
import XCTest

@testable import GopyCore

final class DatasetLoaderTests: XCTestCase {
    var dataset: Dataset!

    override func setUpWithError() throws {
        dataset = try DatasetLoader().load(miniDataset)
    }

    private func diagnostics(_ code: String) -> [Diagnostic] { dataset.diagnostics.filter { $0.code == code } }

    func testEveryRowIsKeptOrRejectedWithAReason() {
        let tally = dataset.tallies.first { $0.table == "gop-y" && $0.file.hasSuffix("cum-01/gop-y.csv") }!
        XCTAssertEqual(tally.rowsRead, 8)
        XCTAssertEqual(tally.rowsKept, 6)
        XCTAssertEqual(tally.rowsRejected, 2)
        let rejected = diagnostics("comments.no-content")
        XCTAssertEqual(rejected.map(\.location?.row), [7, 8])
        XCTAssertEqual(rejected.first?.location?.column, "F")
        XCTAssertEqual(dataset.comments.count, 9)
        XCTAssertEqual(dataset.comments.first?.id, "thcs/cum-01/2")
    }

    func testAliasesAndSemicolonsAndBOM() {
        let thpt = dataset.comments.filter { $0.level == "thpt" }
        XCTAssertEqual(thpt.count, 3)
        XCTAssertEqual(thpt[0]["unit"], "Trường THPT Kiến An")
        XCTAssertEqual(thpt[0]["text"], "Đồng ý chỉ tiêu 2.2")
        XCTAssertEqual(thpt[0]["unit_code"], "HP-THPT-001")
    }

    func testCellsAreTypedAndBadCellsNamedByAddress() {
        let row = dataset.appendixRows.first { $0.institution == "HP-THCS-001" && $0.appendix == 1 }!
        XCTAssertEqual(row.values["hoc_sinh"], .number(1420))
        let money = dataset.appendixRows.first { $0.institution == "HP-THCS-002" && $0.appendix == 3 }!
        XCTAssertEqual(money.values["von_dau_tu"], .number(12e9))
        let quality = dataset.appendixRows.first { $0.institution == "HP-THCS-001" && $0.appendix == 4 }!
        XCTAssertEqual(quality.values["dat_chuan_quoc_gia"], .bool(true))
        XCTAssertEqual(quality.values["ty_le_hoan_thanh"], .number(99.2))
        let bad = diagnostics("cell.not-a-number")
        XCTAssertEqual(bad.count, 1)
        XCTAssertEqual(bad[0].location?.rendered, miniDataset + "/cum/cum-01/phu-luc-1.csv!G4")
        let fuzzy = dataset.appendixRows.first { $0.institution == "HP-THCS-003" && $0.appendix == 1 }!
        XCTAssertNil(fuzzy.values["hoc_sinh"], "an unreadable figure is absent, never 0")
    }

    func testDossierChecks() {
        let late = dataset.dossiers.first { $0.cluster == "cum-02" }!
        XCTAssertEqual(late.onTime, false)
        XCTAssertFalse(late.cutoffMatches)
        XCTAssertEqual(late.missingParts, ["Bảng tổng hợp ý kiến góp ý"])
        XCTAssertEqual(dataset.dossiers.first { $0.cluster == "cum-01" }?.onTime, true)
        XCTAssertEqual(diagnostics("dossier.late").count, 1)
        XCTAssertEqual(diagnostics("dossier.cutoff").count, 1)
        XCTAssertEqual(diagnostics("dossier.bad-format").map { $0.location?.file.hasSuffix("bien-ban.docx") }, [true])
    }

    func testCrossClusterChecks() {
        XCTAssertEqual(diagnostics("appendix.duplicate-institution").count, 1)
        let conflict = diagnostics("appendix.conflicting-figures")
        XCTAssertEqual(conflict.map(\.message), ["institution HP-THCS-001: hoc_sinh is 1390 here but 1420 in cluster cum-01"])
        XCTAssertEqual(diagnostics("comments.unit-not-in-appendix").count, 1)
        XCTAssertEqual(diagnostics("appendix.name-differs").map(\.message), [
            "institution HP-THCS-003 is “Trường THCS Ngô Gia Tự” here but “Trường THCS Ngô Quyền” in appendix 1 (\(miniDataset)/cum/cum-01/phu-luc-1.csv:4)"
        ])
    }

    func testCatalogues() {
        XCTAssertEqual(dataset.indicators.map(\.code), ["CT1.01", "CT2.01", "CT2.02", "CT2.03"])
        XCTAssertEqual(dataset.indicators[1].baseline, 92.5)
        XCTAssertEqual(dataset.indicators[1].history.last, YearValue(year: 2024, value: 91.5))
        XCTAssertEqual(dataset.indicators[0].direction, "giam")
        XCTAssertEqual(dataset.tasks.map(\.code), ["NV1.01", "NV3.01", "NV3.02"])
        XCTAssertEqual(diagnostics("catalogue.size"), [])
    }

    func testMissingDatasetIsOneClearError() {
        XCTAssertThrowsError(try DatasetLoader().load("/nonexistent/dataset")) { error in
            XCTAssertEqual((error as! DiagnosticError).diagnostics.map(\.code), ["dataset.missing"])
        }
    }
}
