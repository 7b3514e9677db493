import XCTest
@testable import Tabular

final class DateParserTests: XCTestCase {
    func check(_ text: String, _ expected: (Int, Int, Int)?, file: StaticString = #filePath, line: UInt = #line) {
        let d = DateParser.parse(text)
        if let expected {
            XCTAssertEqual(d?.year, expected.0, "\"\(text)\"", file: file, line: line)
            XCTAssertEqual(d?.month, expected.1, "\"\(text)\"", file: file, line: line)
            XCTAssertEqual(d?.day, expected.2, "\"\(text)\"", file: file, line: line)
        } else {
            XCTAssertNil(d, "\"\(text)\" should not parse", file: file, line: line)
        }
    }

    func testTextForms() {
        check("15/09/2024", (2024, 9, 15))
        check("5/9/2024", (2024, 9, 5))
        check("05-09-2024", (2024, 9, 5))
        check("05.09.2024", (2024, 9, 5))
        check("2024-09-05", (2024, 9, 5))
        check("2024/09/05", (2024, 9, 5))
        check("2024-09-05T08:30:00", (2024, 9, 5))
        check(" 15/09/2024 08:30 ", (2024, 9, 15))
        check("29/02/2024", (2024, 2, 29))
        check("1/9/24", (2024, 9, 1))
        check("09/25/2024", (2024, 9, 25))       // month first only when it cannot be day first
        check("03/04/2024", (2024, 4, 3))        // ambiguous: day first (Vietnam)
        check("ngày 5 tháng 9 năm 2024", (2024, 9, 5))
        check("Ngày 05 tháng 09 năm 2024", (2024, 9, 5))
        check("ngay 5 thang 9 nam 2024", (2024, 9, 5))
        check("45550", (2024, 9, 15))            // serial typed as text
        check("45550.5", (2024, 9, 15))
    }

    func testRejects() {
        check("31/04/2024", nil)
        check("29/02/2023", nil)
        check("32/01/2024", nil)
        check("13/13/2024", nil)
        check("2024", nil)                       // a year is never a serial
        check("Tháng 10/2024", nil)
        check("15/09", nil)
        check("15/09-2024", nil)
        check("", nil)
        check("chưa có", nil)
        check("15/09/2024 sáng", nil)
    }

    func testExcelSerial1900() {
        func s(_ v: Double) -> [Int]? { DateParser.fromExcelSerial(v, date1904: false).map { [$0.year, $0.month, $0.day] } }
        XCTAssertNil(s(0))
        XCTAssertNil(s(-1))
        XCTAssertEqual(s(1), [1900, 1, 1])
        XCTAssertEqual(s(59), [1900, 2, 28])
        XCTAssertNil(s(60))                      // Excel's fictitious 1900-02-29
        XCTAssertEqual(s(61), [1900, 3, 1])
        XCTAssertEqual(s(25569), [1970, 1, 1])
        XCTAssertEqual(s(45550), [2024, 9, 15])
        XCTAssertEqual(s(45550.99), [2024, 9, 15])
        XCTAssertEqual(s(45351), [2024, 2, 29])
        XCTAssertEqual(s(2_958_465), [9999, 12, 31])
        XCTAssertNil(s(2_958_466))
        XCTAssertNil(s(.nan))
    }

    func testExcelSerial1904() {
        func s(_ v: Double) -> [Int]? { DateParser.fromExcelSerial(v, date1904: true).map { [$0.year, $0.month, $0.day] } }
        XCTAssertEqual(s(0), [1904, 1, 1])
        XCTAssertEqual(s(59), [1904, 2, 29])
        XCTAssertEqual(s(44078), [2024, 9, 5])
        XCTAssertNil(s(-1))
    }

    func testCivilRoundTrip() {
        for days in stride(from: -800_000, to: 3_000_000, by: 997) {
            let c = DateParser.civil(fromDays: days)
            XCTAssertEqual(DateParser.days(fromCivil: c.year, c.month, c.day), days)
        }
    }
}
