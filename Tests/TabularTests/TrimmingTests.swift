import Foundation
import XCTest

@testable import Tabular

final class TrimmingTests: XCTestCase {
    /// Every scalar of the Basic Multilingual Plane and some beyond, alone, at either end and at
    /// both: the fast path answers as Foundation does.
    func testAgreesWithFoundationForEveryScalarAtEitherEnd() {
        let values = Array(0...0xFFFF) + [0x1_0000, 0x1_F600, 0x2_0000, 0xE_0020, 0x10_FFFF]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            for text in [s, "ab" + s, s + "ab", s + "trường" + s, "Đề nghị " + s + " bổ sung"] {
                XCTAssertEqual(text.trimmedOfWhitespaceAndNewlines, text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertEqual("".trimmedOfWhitespaceAndNewlines, "")
        XCTAssertEqual(" \u{00A0}\t Trường THCS\r\n\u{2003}".trimmedOfWhitespaceAndNewlines, "Trường THCS")
    }
}
