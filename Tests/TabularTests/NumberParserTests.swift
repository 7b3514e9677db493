import XCTest
@testable import Tabular

final class NumberParserTests: XCTestCase {
    /// (input, value, isPercent, unit) — nil value means "not one number".
    let cases: [(String, Double?, Bool, String?)] = [
        // Separators: Vietnamese and English.
        ("1.234,5", 1234.5, false, nil),
        ("1,234.5", 1234.5, false, nil),
        ("1.234", 1234, false, nil),           // one '.' + 3 digits: thousands (VN)
        ("1,234", 1234, false, nil),           // one ',' + 3 digits: thousands (English Excel)
        ("12.500", 12500, false, nil),
        ("1,5", 1.5, false, nil),
        ("1.5", 1.5, false, nil),
        ("3,14", 3.14, false, nil),
        ("0,125", 0.125, false, nil),          // leading 0: never a thousands group
        ("0.125", 0.125, false, nil),
        ("1234,567", 1234.567, false, nil),    // 4-digit integer part: decimal
        ("1.2345", 1.2345, false, nil),
        ("1.234.567", 1234567, false, nil),
        ("1,234,567", 1234567, false, nil),
        ("1.234.567,89", 1234567.89, false, nil),
        ("1,234,567.89", 1234567.89, false, nil),
        (",5", 0.5, false, nil),
        ("2024", 2024, false, nil),
        // Spaces as thousands separators, surrounding white space, no-break spaces.
        (" 2 000 ", 2000, false, nil),
        ("1 234 567,5", 1234567.5, false, nil),
        ("2\u{00A0}000\u{00A0}000", 2_000_000, false, nil),
        ("\u{202F}15\u{2009}", 15, false, nil),
        // Signs.
        ("-3", -3, false, nil),
        ("−3,5", -3.5, false, nil),
        ("+7", 7, false, nil),
        ("- 12", -12, false, nil),
        // Percent.
        ("85%", 85, true, nil),
        ("85,5 %", 85.5, true, nil),
        ("100.0%", 100, true, nil),
        ("12.5%", 12.5, true, nil),
        // Scale words and units.
        ("12 tỷ đồng", 12e9, false, "đồng"),
        ("15 tỷ", 15e9, false, nil),
        ("15 tỉ", 15e9, false, nil),
        ("1,2 triệu", 1.2e6, false, nil),
        ("1,2 TRIỆU ĐỒNG", 1.2e6, false, "ĐỒNG"),
        ("500 nghìn", 500_000, false, nil),
        ("500 ngàn đ", 500_000, false, "đ"),
        ("15trđ", 15e6, false, "đồng"),
        ("1,5tr", 1.5e6, false, nil),
        ("500k", 500_000, false, nil),
        ("2 trăm", 200, false, nil),
        ("12.500.000 đồng", 12_500_000, false, "đồng"),
        ("12.500.000đ", 12_500_000, false, "đ"),
        ("120 m²", 120, false, "m²"),
        ("120m2", 120, false, "m2"),
        ("1.234,5 m2", 1234.5, false, "m2"),
        ("35 người", 35, false, "người"),
        ("35 HS", 35, false, "HS"),
        ("40 học sinh", 40, false, "học sinh"),
        ("5 tiết", 5, false, "tiết"),       // "ti" is a scale prefix, but "tiết" is a unit
        ("3 lớp", 3, false, "lớp"),
        ("2 kg", 2, false, "kg"),
        // Scientific notation as Excel stores it.
        ("1.5E-3", 0.0015, false, nil),
        ("2e3", 2000, false, nil),
        // Not one number.
        ("khoảng 5-7", nil, false, nil),
        ("5-7", nil, false, nil),
        ("5 - 7", nil, false, nil),
        ("chưa có", nil, false, nil),
        ("", nil, false, nil),
        ("   ", nil, false, nil),
        ("(3)", nil, false, nil),             // column numbering, not an accounting negative
        ("~5", nil, false, nil),
        ("5/7", nil, false, nil),
        ("1 số trường", nil, false, nil),
        ("5 7", nil, false, nil),             // spaces only between groups of 3
        ("1.2.3", nil, false, nil),
        ("12.34.567", nil, false, nil),
        ("1,234.567.8", nil, false, nil),
        ("5.", nil, false, nil),
        ("Tháng 10/2024", nil, false, nil),
        ("10%5", nil, false, nil),
        ("15 xyz", nil, false, nil),
        ("-", nil, false, nil),
    ]

    func testTable() {
        XCTAssertGreaterThanOrEqual(cases.count, 30)
        for (text, value, percent, unit) in cases {
            let parsed = NumberParser.parse(text)
            guard let value else {
                XCTAssertNil(parsed, "\"\(text)\" should not parse, got \(String(describing: parsed))")
                continue
            }
            guard let parsed else { XCTFail("\"\(text)\" did not parse"); continue }
            XCTAssertEqual(parsed.value, value, accuracy: abs(value) * 1e-12, "\"\(text)\"")
            XCTAssertEqual(parsed.isPercent, percent, "\"\(text)\" percent")
            XCTAssertEqual(parsed.unit, unit, "\"\(text)\" unit")
        }
    }

    func testScaledValuesAreExact() {
        XCTAssertEqual(NumberParser.parse("1,2 triệu")?.value, 1_200_000)
        XCTAssertEqual(NumberParser.parse("0,1 tỷ")?.value, 100_000_000)
    }

    func testCellNumberUsesParser() {
        XCTAssertEqual(Cell.text("1.234,5").number, 1234.5)
        XCTAssertEqual(Cell.number(0.85, raw: "0.85").number, 0.85)
        XCTAssertNil(Cell.text("chưa có").number)
        XCTAssertNil(Cell.empty.number)
    }
}
