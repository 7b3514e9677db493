import Foundation
import XCTest
import VietText

final class LegacyDecodeTests: XCTestCase {
    func testTCVN3Bytes() {
        // "Việt Nam", "Trường", "Đồng ý" as bytes of a .VnTime text file.
        XCTAssertEqual(LegacyText.decode([0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D], from: .tcvn3), "Việt Nam")
        XCTAssertEqual(LegacyText.decode([0x54, 0x72, 0xAD, 0xEA, 0x6E, 0x67], from: .tcvn3), "Trường")
        XCTAssertEqual(LegacyText.decode([0xA7, 0xE5, 0x6E, 0x67, 0x20, 0xFD], from: .tcvn3), "Đồng ý")
    }

    func testVNIBytes() {
        // "Việt Nam" = "Vieät Nam", "Đồng ý" = "Ñoàng yù", "được" = "ñöôïc".
        XCTAssertEqual(LegacyText.decode([0x56, 0x69, 0x65, 0xE4, 0x74, 0x20, 0x4E, 0x61, 0x6D], from: .vni), "Việt Nam")
        XCTAssertEqual(LegacyText.decode([0xD1, 0x6F, 0xE0, 0x6E, 0x67, 0x20, 0x79, 0xF9], from: .vni), "Đồng ý")
        XCTAssertEqual(LegacyText.decode([0xF1, 0xF6, 0xF4, 0xEF, 0x63], from: .vni), "được")
    }

    func testWindowsPunctuationSurvives() {
        // Word's smart quotes (0x93/0x94), en dash (0x96) and ellipsis (0x85) are cp1252, not letters.
        let bytes: [UInt8] = [0x93, 0xA7, 0xE5, 0x6E, 0x67, 0x20, 0xFD, 0x94, 0x20, 0x96, 0x20, 0x85]
        XCTAssertEqual(LegacyText.decode(bytes, from: .tcvn3), "“Đồng ý” – …")
        let vniBytes: [UInt8] = [0x93, 0xD1, 0x6F, 0xE0, 0x6E, 0x67, 0x94, 0x80]
        XCTAssertEqual(LegacyText.decode(vniBytes, from: .vni), "“Đồng”€")
    }

    func testEveryByteDecodes() {
        let allBytes = (0...255).map { UInt8($0) }
        for encoding in LegacyEncoding.allCases {
            let text = LegacyText.decode(allBytes, from: encoding)
            XCTAssertTrue(text.unicodeScalars.starts(with: (0..<0x80).compactMap(Unicode.Scalar.init)), "\(encoding)")
            XCTAssertGreaterThanOrEqual(text.unicodeScalars.count, 200, "\(encoding)")
        }
        // The cp1252 holes come back as C1 controls instead of failing.
        XCTAssertEqual(Array(LegacyText.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D], from: .tcvn3).unicodeScalars),
                       ["\u{81}", "\u{8D}", "\u{8F}", "\u{90}", "\u{9D}"])
    }

    func testVN3ByteMap() {
        // The 74 letters VN3 encodes own one byte each in 0xA1–0xFE; every other high byte is cp1252.
        let encodable = TestAlphabet.nonASCIILetters.filter { !$0.isUppercase || $0.toneIndex == 0 }
        var letterForByte: [UInt8: String] = [:]
        for letter in encodable {
            let bytes = LegacyText.encode(letter.text, to: .tcvn3)
            XCTAssertEqual(bytes.count, 1, letter.text)
            if let byte = bytes.first { letterForByte[byte] = letter.text }
        }
        XCTAssertEqual(letterForByte.count, 74)
        var cp1252Bytes = 0
        for byte in UInt8(0x80)...UInt8(0xFF) {
            let decoded = LegacyText.decode([byte], from: .tcvn3)
            if let letter = letterForByte[byte] {
                XCTAssertTrue((0xA1...0xFE).contains(byte), String(byte, radix: 16))
                XCTAssertEqual(decoded, letter, String(byte, radix: 16))
            } else if let cp1252 = String(bytes: [byte], encoding: .windowsCP1252) {
                cp1252Bytes += 1
                XCTAssertEqual(decoded, cp1252, String(byte, radix: 16))
            }
        }
        // Foundation may refuse the five undefined bytes; all the rest must have been compared.
        XCTAssertGreaterThanOrEqual(cp1252Bytes, 128 - 74 - 5)
    }

    func testEncodeIsTheInverseOfDecode() {
        for sentence in Samples.sentences {
            XCTAssertEqual(LegacyText.decode(LegacyText.encode(sentence, to: .vni), from: .vni), sentence)
        }
        for sentence in Samples.tcvn3RoundTripSentences {
            XCTAssertEqual(LegacyText.decode(LegacyText.encode(sentence, to: .tcvn3), from: .tcvn3), sentence)
        }
        // "–" and "“" have cp1252 bytes; "✓" does not.
        XCTAssertEqual(LegacyText.encode("– “ ✓", to: .tcvn3), [0x96, 0x20, 0x93, 0x20, 0x3F])
    }

    func testDecodedBytesAreRecognisedWhenReadAsCP1252() {
        let sentence = Samples.sentences[0]
        for encoding in LegacyEncoding.allCases {
            let bytes = LegacyText.encode(sentence, to: encoding)
            let asCP1252 = String(bytes.map { Character(Unicode.Scalar($0)) })
            XCTAssertEqual(LegacyText.detect(asCP1252), encoding)
            XCTAssertEqual(LegacyText.toUnicode(asCP1252, from: encoding), LegacyText.decode(bytes, from: encoding))
        }
    }
}
