import XCTest
@testable import Tabular

final class CellAddressTests: XCTestCase {
    func testLetters() {
        XCTAssertEqual(CellAddress.columnLetter(0), "A")
        XCTAssertEqual(CellAddress.columnLetter(25), "Z")
        XCTAssertEqual(CellAddress.columnLetter(26), "AA")
        XCTAssertEqual(CellAddress.columnLetter(27), "AB")
        XCTAssertEqual(CellAddress.columnLetter(701), "ZZ")
        XCTAssertEqual(CellAddress.columnLetter(702), "AAA")
        XCTAssertEqual(CellAddress.columnLetter(16383), "XFD")
        XCTAssertEqual(CellAddress.columnLetter(-1), "")
    }

    func testIndexes() {
        XCTAssertEqual(CellAddress.columnIndex("A"), 0)
        XCTAssertEqual(CellAddress.columnIndex("ab"), 27)
        XCTAssertEqual(CellAddress.columnIndex("XFD"), 16383)
        XCTAssertNil(CellAddress.columnIndex(""))
        XCTAssertNil(CellAddress.columnIndex("A1"))
        XCTAssertNil(CellAddress.columnIndex("Ă"))
        for i in [0, 1, 25, 26, 51, 52, 701, 702, 18277, 18278] {
            XCTAssertEqual(CellAddress.columnIndex(CellAddress.columnLetter(i)), i)
        }
    }

    func testReferences() {
        XCTAssertEqual(CellAddress.parse("F27")?.column, 5)
        XCTAssertEqual(CellAddress.parse("F27")?.row, 27)
        XCTAssertEqual(CellAddress.parse("$AB$3")?.column, 27)
        XCTAssertNil(CellAddress.parse("27"))
        XCTAssertNil(CellAddress.parse("F"))
        XCTAssertNil(CellAddress.parse("F0"))
    }

    func testCellStaysSmall() {
        XCTAssertLessThanOrEqual(MemoryLayout<Cell>.stride, 32)
        XCTAssertEqual(Cell.date(year: 2024, month: 9, day: 5).text, "05/09/2024")
        XCTAssertEqual(Cell.number(1234.5, raw: "1234.5").text, "1234.5")
        XCTAssertEqual(Cell.bool(true).text, "TRUE")
        XCTAssertTrue(Cell.text(" \u{00A0}").isBlank)
        XCTAssertEqual(Cell.text("15/09/2024").dateValue?.month, 9)
    }

    func testLocationRendering() {
        let sheet = Sheet(file: "gop-y.xlsx", name: "Góp ý", rows: [])
        XCTAssertEqual(sheet.location(row: 27, column: 5).rendered, "gop-y.xlsx!Góp ý!F27")
    }
}
