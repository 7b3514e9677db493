import Foundation
import XCTest
import VietText

final class VNIConversionTests: XCTestCase {
    func testEveryLetterRoundTripsInBothCases() {
        XCTAssertEqual(TestAlphabet.nonASCIILetters.count, 134)
        for letter in TestAlphabet.nonASCIILetters {
            let legacy = LegacyText.fromUnicode(letter.text, to: .vni)
            if ["ì", "í", "Ì", "Í"].contains(letter.text) {
                // VNI spells these with the Latin-1 letter of the same shape.
                XCTAssertEqual(legacy, letter.text)
            } else {
                XCTAssertNotEqual(legacy, letter.text, "\(letter.text) must be re-encoded")
            }
            XCTAssertTrue(legacy.unicodeScalars.allSatisfy { $0.value <= 0xFF }, "\(letter.text) -> \(legacy)")
            XCTAssertTrue((1...2).contains(legacy.unicodeScalars.count), "\(letter.text) -> \(legacy)")
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .vni), letter.text, "\(letter.text) -> \(legacy)")
        }
    }

    func testLetterSpellingsAreDistinct() {
        let spellings = TestAlphabet.nonASCIILetters.map { LegacyText.fromUnicode($0.text, to: .vni) }
        XCTAssertEqual(Set(spellings).count, spellings.count)
    }

    func testDecomposedInputEncodesLikeComposed() {
        for letter in TestAlphabet.nonASCIILetters {
            XCTAssertEqual(LegacyText.fromUnicode(letter.text.decomposedStringWithCanonicalMapping, to: .vni),
                           LegacyText.fromUnicode(letter.text, to: .vni), letter.text)
        }
    }

    /// Spellings as they appear in real VNI documents opened without the VNI fonts.
    func testKnownVNIText() {
        let fixtures = [
            ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
            ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
            ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("Tröôøng ñöôïc Sôû Giaùo duïc vaø Ñaøo taïo", "Trường được Sở Giáo dục và Đào tạo"),
            ("Ñaø Naüng, Hueá, Nguyeãn, Ñaék Laék, kyõ, ngaøy, thaêm, Myõ", "Đà Nẵng, Huế, Nguyễn, Đắk Lắk, kỹ, ngày, thăm, Mỹ"),
            ("Tuøy, THUÛY, ÔÛ, ÖÙNG, nhaát, laàn, ñeå, khoûe, tò, Mî", "Tùy, THỦY, Ở, ỨNG, nhất, lần, để, khỏe, tị, Mỵ"),
        ]
        for (legacy, unicode) in fixtures {
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .vni), unicode)
            XCTAssertEqual(LegacyText.fromUnicode(unicode, to: .vni), legacy)
        }
    }

    func testSentencesRoundTrip() {
        for sentence in Samples.sentences {
            let legacy = LegacyText.fromUnicode(sentence, to: .vni)
            XCTAssertNotEqual(legacy, sentence)
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .vni), sentence)
        }
    }

    func testMixedCaseBaseAndMarkFollowTheBase() {
        XCTAssertEqual(LegacyText.toUnicode("Aùo", from: .vni), "Áo")
        XCTAssertEqual(LegacyText.toUnicode("aÙ", from: .vni), "á")
    }

    func testNonVietnameseTextPassesThrough() {
        let text = "“Report” – 100% € 2024"
        XCTAssertEqual(LegacyText.toUnicode(text, from: .vni), text)
        XCTAssertEqual(LegacyText.fromUnicode(text, to: .vni), text)
    }
}

final class TCVN3ConversionTests: XCTestCase {
    private var encodedByVN3: [TestAlphabet.Letter] {
        // VN3 has every small letter and, among the capitals, only the untoned Ă Â Ê Ô Ơ Ư Đ.
        TestAlphabet.nonASCIILetters.filter { !$0.isUppercase || $0.toneIndex == 0 }
    }

    private var tonedCapitals: [TestAlphabet.Letter] {
        TestAlphabet.nonASCIILetters.filter { $0.isUppercase && $0.toneIndex != 0 }
    }

    func testEveryLetterVN3EncodesRoundTrips() {
        XCTAssertEqual(encodedByVN3.count, 74)
        var codes = Set<UInt32>()
        for letter in encodedByVN3 {
            let legacy = LegacyText.fromUnicode(letter.text, to: .tcvn3)
            let scalars = Array(legacy.unicodeScalars)
            XCTAssertEqual(scalars.count, 1, letter.text)
            if let code = scalars.first?.value {
                XCTAssertTrue((0xA1...0xFE).contains(code), "\(letter.text) -> \(String(code, radix: 16))")
                codes.insert(code)
            }
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .tcvn3), letter.text, letter.text)
        }
        XCTAssertEqual(codes.count, 74, "every letter has its own code")
    }

    func testTonedCapitalsUseTheSmallLetterCodeAndRecoverInCapitalWords() {
        XCTAssertEqual(tonedCapitals.count, 60)
        for capital in tonedCapitals {
            let small = TestAlphabet.nonASCIILetters.first {
                !$0.isUppercase && $0.base == capital.base && $0.toneIndex == capital.toneIndex
            }
            guard let small else { return XCTFail("no small letter for \(capital.text)") }
            let legacy = LegacyText.fromUnicode(capital.text, to: .tcvn3)
            XCTAssertEqual(legacy, LegacyText.fromUnicode(small.text, to: .tcvn3), capital.text)
            // Alone, the case is unknowable; inside an all-caps word it is restored.
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .tcvn3), small.text, capital.text)
            let word = "NG" + capital.text + "N"
            XCTAssertEqual(LegacyText.toUnicode(LegacyText.fromUnicode(word, to: .tcvn3), from: .tcvn3), word)
        }
    }

    /// Spellings as they appear in real .VnTime documents opened without the fonts.
    func testKnownTCVN3Text() {
        let fixtures = [
            ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
            ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
            ("Tr\u{00AD}êng ®\u{00AD}îc Së Gi¸o dôc vµ §µo t¹o", "Trường được Sở Giáo dục và Đào tạo"),
            ("NguyÔn, Hå ChÝ Minh, §µ N½ng, B¾c, thø, tuÇn, LÆng, KÎ, VÏ, th×, chØ, Mþ", "Nguyễn, Hồ Chí Minh, Đà Nẵng, Bắc, thứ, tuần, Lặng, Kẻ, Vẽ, thì, chỉ, Mỵ"),
            ("nh÷ng, Lõa, Sö, Vò, Tû, KhÈu, LÉn, MÑ, LÔ, VÒ, Lì, Chän, §á", "những, Lừa, Sử, Vũ, Tỷ, Khẩu, Lẫn, Mẹ, Lễ, Về, Lỡ, Chọn, Đỏ"),
            ("N¡M, ¢U, £M, ¤N, ¥I, ¦NG", "NĂM, ÂU, ÊM, ÔN, ƠI, ƯNG"),
            ("¨n, ©m, ªm, «n, ¬i, \u{00AD}a", "ăn, âm, êm, ôn, ơi, ưa"),
        ]
        for (legacy, unicode) in fixtures {
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .tcvn3), unicode)
            XCTAssertEqual(LegacyText.fromUnicode(unicode, to: .tcvn3), legacy)
        }
    }

    func testCapitalsAreRestoredInAllCapsText() {
        XCTAssertEqual(LegacyText.toUnicode("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", from: .tcvn3),
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        XCTAssertEqual(LegacyText.toUnicode("§µ N½NG", from: .tcvn3), "ĐÀ NẴNG")
        // Title case keeps the small letter: "Hµ" is "Hà" far more often than "HÀ".
        XCTAssertEqual(LegacyText.toUnicode("Hµ Néi", from: .tcvn3), "Hà Nội")
        XCTAssertEqual(LegacyText.toUnicode("Tr\u{00AD}êng THCS Lª Lîi", from: .tcvn3), "Trường THCS Lê Lợi")
    }

    func testSentencesRoundTrip() {
        for sentence in Samples.tcvn3RoundTripSentences {
            let legacy = LegacyText.fromUnicode(sentence, to: .tcvn3)
            XCTAssertNotEqual(legacy, sentence)
            XCTAssertEqual(LegacyText.toUnicode(legacy, from: .tcvn3), sentence)
        }
        // Toned capitals in title case come back small; everything else survives.
        let sentence = "Ủy ban nhân dân huyện Thủy Nguyên"
        XCTAssertEqual(LegacyText.toUnicode(LegacyText.fromUnicode(sentence, to: .tcvn3), from: .tcvn3),
                       "ủy ban nhân dân huyện Thủy Nguyên")
    }

    func testNonLetterCodesPassThrough() {
        // Smart quotes and dashes come from Word, not from the font, and VN3 has no letters there.
        let text = "“Quote” – 100% € …"
        XCTAssertEqual(LegacyText.toUnicode(text, from: .tcvn3), text)
        XCTAssertEqual(LegacyText.fromUnicode(text, to: .tcvn3), text)
    }
}
