import Foundation
import XCTest
@testable import VietText

final class VietSyllableTests: XCTestCase {
    private func isValid(_ word: String) -> Bool {
        VietSyllable.isValid(Array(word.unicodeScalars))
    }

    func testEveryWordOfTheSampleSentencesIsASyllable() {
        for sentence in Samples.sentences {
            let words = sentence.split { !$0.isLetter }.map(String.init).filter { $0 != "THCS" }
            for word in words {
                XCTAssertTrue(isValid(word), word)
            }
        }
    }

    func testAwkwardButRealSyllables() {
        let words = ["nghiêng", "khuếch", "khuỷu", "khuya", "xoong", "thuở", "quyển", "gìn", "gì", "giữa",
                     "ngoẹo", "khuấy", "oai", "yêu", "uống", "ươm", "ưa", "ý", "Ở", "ĐƯỢC", "Quốc", "huỳnh"]
        for word in words {
            XCTAssertTrue(isValid(word), word)
        }
    }

    func testRejectsNonSyllables() {
        let words = [
            "cafộ", "crốme", "ộlốve", "fờte", "Mỹller",  // French and German read as TCVN3
            "toc", "gỏt", "hàt",  // stop finals take only the acute or dot-below tone
            "ci", "ngi", "ka", "ghu", "ge",  // c/k, g/gh, ng/ngh spelling rules
            "qa", "qùa", "gịa",  // tone on the "u" of "qu" or the "i" of "gi"
            "ăn" + "i", "â", "iê", "taoc", "eng" + "h",  // impossible nuclei and finals
            "hòà", "", "nghiênggg", "x1", "straße",
        ]
        for word in words {
            XCTAssertFalse(isValid(word), word)
        }
    }
}
