import XCTest

@testable import GopyCore

final class QuantityScannerTests: XCTestCase {
    func testFindsValuesUnitsAndMoney() {
        let q = QuantityScanner.scan("Trường thiếu 5 giáo viên, đạt 85,5%, cần 12 tỷ đồng và 1.420 học sinh")
        XCTAssertEqual(q.map(\.value), [5, 85.5, 12e9, 1420])
        XCTAssertEqual(q[0].unit, "giao")
        XCTAssertEqual(q[0].unit2, "giao vien")
        XCTAssertEqual(q[0].before, "truong thieu")
        XCTAssertTrue(q[1].percent)
        XCTAssertTrue(q[2].money)
        XCTAssertEqual(q[3].text, "1.420")
    }

    func testYearsAndReferencesAreMarked() {
        let q = QuantityScanner.scan("Theo Nghị định 105/2020/NĐ-CP, đến năm 2030 đạt 100%")
        let byText = Dictionary(q.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(byText["105"]!.inReference)
        XCTAssertTrue(byText["2020"]!.inReference)
        XCTAssertTrue(byText["2030"]!.year)
        XCTAssertFalse(byText["100"]!.year)
        XCTAssertTrue(byText["100"]!.percent)
    }

    func testSpaceGroupedThousandsAndUnitsWithSuperscript() {
        let q = QuantityScanner.scan("diện tích 12 500 m² cho 1 200 trẻ")
        XCTAssertEqual(q.map(\.value), [12500, 1200])
        XCTAssertEqual(q[0].unit, "m2")
    }

    func testCodesWrittenAsCodes() {
        XCTAssertEqual(QuantityScanner.codes("xem CT 2.3, ct2.03, NV5.02 và NV 12.1"), ["CT2.03", "CT2.03", "NV5.02", "NV12.01"])
        XCTAssertEqual(QuantityScanner.codes("chỉ tiêu 2.3, Mục III, Phụ lục 3, ACT2.3"), [])
        // Only a letter before "ct"/"nv" makes it part of a word; a digit or a dash does not.
        XCTAssertEqual(QuantityScanner.codes("1CT2.3 -NV4.1 xnv4.1 ZCT1.1"), ["CT2.03", "NV4.01"])
    }
}
