import XCTest
@testable import Tabular

/// The byte-by-byte path of `XMLText.escaped` gives exactly what composing to NFC and escaping
/// scalar by scalar gives.
final class XMLTextTests: XCTestCase {
    /// Every scalar of the ranges the byte path takes, alone and after letters it could compose
    /// with, escapes as the normalising path escapes it.
    func testFastRangesAgreeWithNormalising() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x1E00...0x1EFF, 0x2010...0x206F]
        let before = ["", "a", "A", "e", "o", "u", "ơ", "ư", "y", "&"]
        var checked = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for prefix in before {
                    let text = prefix + String(scalar) + "x"
                    XCTAssertEqual(XMLText.escaped(text), XMLText.escapedNormalising(text), "U+\(String(value, radix: 16)) after \(prefix)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func testEscapesAndDrops() {
        XCTAssertEqual(XMLText.escaped("Trường \"A\" & 'B' <1>"), "Trường &quot;A&quot; &amp; &apos;B&apos; &lt;1&gt;")
        XCTAssertEqual(XMLText.escaped("a\u{1}b\u{7F}c\u{85}d\te\nf"), "abcd\te\nf")
        XCTAssertEqual(XMLText.escaped("Kế hoạch – 2030…"), "Kế hoạch – 2030…")
    }

    /// Decomposed (NFD) Vietnamese, and scalars outside the byte path's ranges, still come out
    /// composed and clean.
    func testDecomposedTextIsComposed() {
        let nfd = "Tru\u{031B}o\u{031B}\u{0300}ng"
        XCTAssertEqual(XMLText.escaped(nfd), "Trường".precomposedStringWithCanonicalMapping)
        XCTAssertEqual(XMLText.escaped("Å\u{FFFE}<"), "Å&lt;")
        XCTAssertEqual(XMLText.escaped("Ω 中文 &"), "Ω 中文 &amp;")
    }
}
