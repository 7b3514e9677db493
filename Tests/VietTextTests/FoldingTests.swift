import Foundation
import XCTest
import VietText

final class NormalizationTests: XCTestCase {
    func testNFCReturnsASCIIUnchanged() {
        let ascii = "Noi dung gop y (*) 5.2"
        XCTAssertEqual(VietText.nfc(ascii), ascii)
        XCTAssertEqual(VietText.nfc(""), "")
    }

    func testNFCComposesEveryDecomposedLetter() {
        for letter in TestAlphabet.nonASCIILetters {
            let decomposed = letter.text.decomposedStringWithCanonicalMapping
            let composed = VietText.nfc(decomposed)
            XCTAssertEqual(composed.unicodeScalars.count, 1, letter.text)
            XCTAssertEqual(Array(composed.unicodeScalars), Array(letter.text.unicodeScalars), letter.text)
        }
    }

    func testNFCOfSentencesMatchesFoundation() {
        for sentence in Samples.sentences {
            let decomposed = sentence.decomposedStringWithCanonicalMapping
            XCTAssertNotEqual(Array(decomposed.unicodeScalars), Array(sentence.unicodeScalars))
            XCTAssertEqual(Array(VietText.nfc(decomposed).unicodeScalars), Array(sentence.unicodeScalars))
            XCTAssertEqual(Array(VietText.nfc(sentence).unicodeScalars), Array(sentence.unicodeScalars))
        }
    }

    func testNFCHandlesScriptsOutsideTheFastPath() {
        // Hangul jamo compose into one syllable; the fast path must not claim this is already NFC.
        let jamo = "\u{1100}\u{1161}"
        XCTAssertEqual(Array(VietText.nfc(jamo).unicodeScalars), ["\u{AC00}"])
        // Singleton decompositions (Ohm sign -> Omega) are applied as well.
        XCTAssertEqual(Array(VietText.nfc("\u{2126}").unicodeScalars), ["\u{03A9}"])
    }

    func testLowercaseExamples() {
        XCTAssertEqual(VietText.lowercase("ĐỒNG Ý"), "đồng ý")
        XCTAssertEqual(VietText.lowercase("Trường THCS"), "trường thcs")
        XCTAssertEqual(VietText.lowercase("already lower 123"), "already lower 123")
    }

    func testLowercaseMapsEveryCapitalToItsSmallLetter() {
        let capitals = TestAlphabet.nonASCIILetters.filter(\.isUppercase)
        XCTAssertEqual(capitals.count, 67)
        for capital in capitals {
            let small = TestAlphabet.nonASCIILetters.first {
                !$0.isUppercase && $0.base == capital.base && $0.toneIndex == capital.toneIndex
            }
            XCTAssertEqual(VietText.lowercase(capital.text), small?.text, capital.text)
        }
    }

    func testLowercaseKeepsDecomposedInputDecomposed() {
        let decomposed = "ĐỒNG".decomposedStringWithCanonicalMapping
        let lowered = VietText.lowercase(decomposed)
        XCTAssertEqual(Array(lowered.unicodeScalars), Array("đồng".decomposedStringWithCanonicalMapping.unicodeScalars))
    }
}

final class FoldTests: XCTestCase {
    func testBriefExample() {
        XCTAssertEqual(VietText.fold("Nhiệm vụ 5.2 – ĐẤT ĐAI"), "nhiem vu 5.2 – dat dai")
    }

    func testEveryVowelFormUpperAndLowerInOneSentence() {
        let letters = TestAlphabet.vowels + TestAlphabet.nonASCIILetters.filter { $0.base == "đ" }
        XCTAssertEqual(letters.count, 146)
        let sentence = letters.map(\.text).joined(separator: " ")
        let expected = letters.map { TestAlphabet.foldedBase($0.base) }.joined(separator: " ")
        XCTAssertEqual(VietText.fold(sentence), expected)
        XCTAssertEqual(VietText.fold(sentence.decomposedStringWithCanonicalMapping), expected)
    }

    func testRealSentences() {
        XCTAssertEqual(VietText.fold("Trường THCS Nguyễn Trãi: ĐỒNG Ý với đề xuất"),
                       "truong thcs nguyen trai: dong y voi de xuat")
        XCTAssertEqual(VietText.fold("Ủy ban nhân dân huyện Thủy Nguyên"), "uy ban nhan dan huyen thuy nguyen")
        XCTAssertEqual(VietText.fold("Ở Hà Nội, những người già"), "o ha noi, nhung nguoi gia")
    }

    func testDecomposedInputFoldsLikeComposed() {
        XCTAssertEqual(VietText.fold("Nhiê\u{0323}m vu\u{0323}"), "nhiem vu")
        // Fully decomposed: base letter, vowel mark, tone mark.
        XCTAssertEqual(VietText.fold("NHIE\u{0302}\u{0323}M VU\u{0323}"), "nhiem vu")
        for sentence in Samples.sentences {
            let decomposed = sentence.decomposedStringWithCanonicalMapping
            XCTAssertEqual(VietText.fold(decomposed), VietText.fold(sentence), sentence)
        }
        for letter in TestAlphabet.nonASCIILetters {
            XCTAssertEqual(VietText.fold(letter.text.decomposedStringWithCanonicalMapping),
                           VietText.fold(letter.text), letter.text)
        }
    }

    func testBothTonePlacementsFoldEqual() {
        let pairs = [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoà Bình", "Hòa Bình"),
                     ("loà", "lòa"), ("THUỶ", "THỦY")]
        for (old, new) in pairs {
            XCTAssertEqual(VietText.fold(old), VietText.fold(new), "\(old) / \(new)")
        }
        XCTAssertEqual(VietText.fold("thuỷ"), "thuy")
    }

    func testDStroke() {
        XCTAssertEqual(VietText.fold("Đ"), "d")
        XCTAssertEqual(VietText.fold("đ"), "d")
        XCTAssertEqual(VietText.fold("ĐẠI ĐA SỐ đồng ý"), "dai da so dong y")
    }

    func testASCIIFastPath() {
        XCTAssertEqual(VietText.fold("noi dung 123 (*)"), "noi dung 123 (*)")
        XCTAssertEqual(VietText.fold("NOI Dung"), "noi dung")
        XCTAssertEqual(VietText.fold(""), "")
    }

    func testNonVietnameseCharactersPassThroughLowerCased() {
        XCTAssertEqual(VietText.fold("Straße"), "straße")
        XCTAssertEqual(VietText.fold("ΑΘΗΝΑ"), "αθηνα")
        XCTAssertEqual(VietText.fold("日本語 ✓ 😀"), "日本語 ✓ 😀")
        XCTAssertEqual(VietText.fold("“Quote” – 100% €"), "“quote” – 100% €")
        XCTAssertEqual(VietText.fold("Ø Æ"), "ø æ")
        // Beyond the lookup table the Unicode properties take over.
        XCTAssertEqual(VietText.fold("ＡＢＣ"), "ａｂｃ")
        XCTAssertEqual(VietText.fold("ԱՐԱՄ"), "արամ")
    }

    func testOtherAccentedLettersFoldToTheirBase() {
        // Required for NFC/NFD equality, since decomposed marks are dropped.
        XCTAssertEqual(VietText.fold("Café Crème, ÉLÈVE, Ångström, İstanbul, Çà"), "cafe creme, eleve, angstrom, istanbul, ca")
        XCTAssertEqual(VietText.fold("Йога"), "иога")
        XCTAssertEqual(VietText.fold("Йога".decomposedStringWithCanonicalMapping), "иога")
    }
}

final class MatchKeyTests: XCTestCase {
    func testWhitespaceRunsCollapseAndTrim() {
        XCTAssertEqual(VietText.matchKey("  Nội\u{00A0}dung\t\tgóp\r\n ý  "), "noi dung gop y")
        XCTAssertEqual(VietText.matchKey("a\u{2003}\u{202F}\u{3000}b\u{2028}c\u{0085}d"), "a b c d")
        XCTAssertEqual(VietText.matchKey(" \t\n\u{00A0} "), "")
        XCTAssertEqual(VietText.matchKey(""), "")
    }

    func testTypographicQuotesAndDashesBecomeASCII() {
        XCTAssertEqual(VietText.matchKey("“Đồng ý” và ‘bổ sung’"), "\"dong y\" va 'bo sung'")
        XCTAssertEqual(VietText.matchKey("„x‟ ‚y‛"), "\"x\" 'y'")
        XCTAssertEqual(VietText.matchKey("Nhiệm vụ 5.2 – ĐẤT — ĐAI"), "nhiem vu 5.2 - dat - dai")
        XCTAssertEqual(VietText.matchKey("2023‐2024 −5 ―"), "2023-2024 -5 -")
    }

    func testInvisibleCharactersVanish() {
        XCTAssertEqual(VietText.matchKey("\u{FEFF}góp\u{00AD}ý\u{200B} kiến"), "gopy kien")
        XCTAssertEqual(VietText.matchKey("a \u{200B} b"), "a b")
    }

    func testDecomposedInput() {
        let text = "  “Nhiệm vụ”  –  ĐẤT ĐAI "
        XCTAssertEqual(VietText.matchKey(text.decomposedStringWithCanonicalMapping), VietText.matchKey(text))
        XCTAssertEqual(VietText.matchKey(text), "\"nhiem vu\" - dat dai")
    }

    func testNonVietnameseBeyondTheTableKeepsSpacing() {
        XCTAssertEqual(VietText.matchKey("  ＡＢ  日本 "), "ａｂ 日本")
    }
}

final class HeaderKeyTests: XCTestCase {
    func testBriefExamples() {
        XCTAssertEqual(VietText.headerKey("Nội dung góp ý (*)"), "noidunggopy")
        XCTAssertEqual(VietText.headerKey("Nội dung góp ý"), "noidunggopy")
        XCTAssertEqual(VietText.headerKey("NOI DUNG GOP Y"), "noidunggopy")
        XCTAssertEqual(VietText.headerKey(" Nội  dung-góp ý "), "noidunggopy")
    }

    func testDigitsStayAndEverythingElseGoes() {
        XCTAssertEqual(VietText.headerKey("Số TT"), "sott")
        XCTAssertEqual(VietText.headerKey("Ý kiến\nđơn vị\u{00A0}(2)"), "ykiendonvi2")
        XCTAssertEqual(VietText.headerKey("Nội dung góp ý".decomposedStringWithCanonicalMapping), "noidunggopy")
        XCTAssertEqual(VietText.headerKey("日本 – ＡＢ ß"), "")
    }
}

final class TableConsistencyTests: XCTestCase {
    func testLowercaseMatchesTheStandardLibrary() {
        let samples = Samples.sentences + [
            "İSTANBUL ΟΔΥΣΣΕΥΣ ИВАН ＡＢＣ 𐐀𐐁 ǅ Ⱥ ẞ",
            "ĐỒNG Ý".decomposedStringWithCanonicalMapping,
            TestAlphabet.nonASCIILetters.map(\.text).joined(),
        ]
        for sample in samples {
            XCTAssertEqual(VietText.lowercase(sample), sample.lowercased(), sample)
        }
    }

    func testNFCFastPathRangesAreStable() {
        // The ranges `nfc` returns unchanged without normalising: each scalar must be its own NFC.
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x1E00...0x1EFF, 0x2010...0x205E, 0x20A0...0x20C0]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(scalar)
                XCTAssertEqual(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                               Array(text.unicodeScalars), String(value, radix: 16))
                XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, String(value, radix: 16))
            }
        }
    }
}
