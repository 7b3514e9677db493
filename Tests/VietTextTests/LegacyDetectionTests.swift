import Foundation
import XCTest
import VietText

final class LegacyDetectionTests: XCTestCase {
    func testUnicodeVietnameseIsNotLegacy() {
        for sentence in Samples.sentences {
            XCTAssertNil(LegacyText.detect(sentence), sentence)
            XCTAssertNil(LegacyText.detect(sentence.decomposedStringWithCanonicalMapping), sentence)
        }
    }

    func testSentencesConvertedToTCVN3AreDetected() {
        for sentence in Samples.sentences {
            let legacy = LegacyText.fromUnicode(sentence, to: .tcvn3)
            XCTAssertEqual(LegacyText.detect(legacy), .tcvn3, legacy)
        }
    }

    func testSentencesConvertedToVNIAreDetected() {
        for sentence in Samples.sentences {
            let legacy = LegacyText.fromUnicode(sentence, to: .vni)
            XCTAssertEqual(LegacyText.detect(legacy), .vni, legacy)
        }
    }

    func testRepairConvertsDetectedTextAndLeavesTheRestAlone() {
        let sentence = Samples.sentences[1]
        XCTAssertEqual(LegacyText.repair(LegacyText.fromUnicode(sentence, to: .tcvn3)), sentence)
        XCTAssertEqual(LegacyText.repair(LegacyText.fromUnicode(sentence, to: .vni)), sentence)
        XCTAssertEqual(LegacyText.repair(sentence), sentence)
        XCTAssertEqual(LegacyText.repair("café crème, élève"), "café crème, élève")
    }

    func testEuropeanTextIsNotLegacy() {
        let texts = [
            "The quick brown fox jumps over the lazy dog.",
            "café crème, élève",
            "Où est la bibliothèque ? Il a été très déçu, mais la fête continue à Noël.",
            "« Bonjour », dit Loïc ; naïf, il goûte le maïs à l'aéroport.",
            "Größere Übungen für Schüler müssen im März geöffnet werden.",
            "Straße, Mädchen, schön, Öl, Äpfel, Bär, Tür",
            "El niño está en la montaña; sí, aún más café y té.",
            "Perché non può venire? Città, università, caffè.",
            "São Paulo, não, mãe, põe, lições, avô, avó",
            "Smørrebrød, Håkan, Bjørn, øy, Ærø",
            "© 2024 Microsoft® Word™ – 5 µm, 1½ cup, 3×4, 20 °C, ¿Qué?",
        ]
        for text in texts {
            XCTAssertNil(LegacyText.detect(text), text)
        }
    }

    func testNumbersAreNotLegacy() {
        for text in ["5", "12,5", "1.234.567,89", "2023-2024", "100%", "½", "3 × 4 = 12", "£100", "¥500", "§ 5.2", "45°"] {
            XCTAssertNil(LegacyText.detect(text), text)
        }
    }

    func testShortLegacyCellsWithClearEvidence() {
        let cells: [(String, LegacyEncoding)] = [
            ("§ång ý", .tcvn3),  // Đồng ý
            ("Kh«ng", .tcvn3),  // Không
            ("ViÖt Nam", .tcvn3),  // Việt Nam
            ("§¹t", .tcvn3),  // Đạt
            ("NéI DUNG", .tcvn3),  // NỘI DUNG
            ("Ñoàng yù", .vni),  // Đồng ý
            ("Khoâng", .vni),  // Không
            ("Vieät Nam", .vni),  // Việt Nam
            ("Ñaït", .vni),  // Đạt
            ("NOÄI DUNG", .vni),  // NỘI DUNG
        ]
        for (cell, encoding) in cells {
            XCTAssertEqual(LegacyText.detect(cell), encoding, cell)
        }
    }

    func testShortRealCellsAreNotLegacy() {
        let cells = ["Café", "où", "Bà", "Có", "Bà có cá", "cà phê", "Müller", "Ñandú", "sí", "« Oui »", "né",
                     "thé", "Noël", "Zoë", "Ok ✓", "Đạt", "Tốt", "Không", "5 µm"]
        for cell in cells {
            XCTAssertNil(LegacyText.detect(cell), cell)
        }
    }

    /// Precision over recall: a lone word whose only evidence is ambiguous is not flagged.
    func testAmbiguousSingleWordsAreDeliberatelyMissed() {
        XCTAssertNil(LegacyText.detect("Tèt"))  // TCVN3 "Tốt", but "è" is a French letter
        XCTAssertNil(LegacyText.detect("Toát"))  // VNI "Tốt", and also the real word "toát"
        XCTAssertNil(LegacyText.detect("cã mét"))  // TCVN3 "có một", and valid Vietnamese as it stands
    }

    func testEncodingsAreNotConfused() {
        for sentence in Samples.sentences {
            XCTAssertNotEqual(LegacyText.detect(LegacyText.fromUnicode(sentence, to: .tcvn3)), .vni, sentence)
            XCTAssertNotEqual(LegacyText.detect(LegacyText.fromUnicode(sentence, to: .vni)), .tcvn3, sentence)
        }
    }

    func testLegacyTextMixedWithEnglishIsStillDetected() {
        let tcvn3 = "Slide 3: " + LegacyText.fromUnicode("Kế hoạch dạy học (Lesson plan) tuần 5", to: .tcvn3)
        XCTAssertEqual(LegacyText.detect(tcvn3), .tcvn3)
        let vni = "Slide 3: " + LegacyText.fromUnicode("Kế hoạch dạy học (Lesson plan) tuần 5", to: .vni)
        XCTAssertEqual(LegacyText.detect(vni), .vni)
    }
}
