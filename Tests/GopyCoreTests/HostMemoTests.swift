import LuaBridge
import XCTest

@testable import GopyCore

final class HostMemoTests: XCTestCase {
    func testTextsWithTheSameHashKeepTheirOwnAnswers() {
        // Every text hashes alike: only the byte comparison tells them apart.
        let memo = HostLibrary.Memo<String>(hash: { _ in 42 })
        var computed = 0
        func upper(_ text: String) -> String {
            memo.value(.matchKey, text) {
                computed += 1
                return text.uppercased()
            }
        }
        XCTAssertEqual(upper("abc"), "ABC")
        XCTAssertEqual(upper("abd"), "ABD")
        XCTAssertEqual(upper("ab"), "AB", "a prefix is another text")
        XCTAssertEqual(upper(""), "")
        XCTAssertEqual(computed, 4)
        XCTAssertEqual(upper("abc"), "ABC")
        XCTAssertEqual(upper("abd"), "ABD")
        XCTAssertEqual(upper(""), "")
        XCTAssertEqual(computed, 4, "answered from the memo")
        // The same text for another function is another entry.
        XCTAssertEqual(memo.value(.numbers, "abc") { "numbers" }, "numbers")
        XCTAssertEqual(upper("abc"), "ABC")
    }

    func testTheMemoIsKeyedByBytesNotByUnicodeEquivalence() {
        let memo = HostLibrary.Memo<Int>()
        // "ệ" precomposed and decomposed: equal as Strings, different bytes, different answers.
        let composed = "h\u{1EC7}", decomposed = "he\u{323}\u{302}"
        XCTAssertEqual(memo.value(.codes, composed) { composed.utf8.count }, 4)
        XCTAssertEqual(memo.value(.codes, decomposed) { decomposed.utf8.count }, 6)
    }

    func testTheByteHashReadsEveryByte() {
        let text = Array("một câu đủ dài để có vài khối tám byte".utf8)
        let base = text.withUnsafeBytes(ByteHash.hash64)
        for i in text.indices {
            var changed = text
            changed[i] ^= 1
            XCTAssertNotEqual(changed.withUnsafeBytes(ByteHash.hash64), base, "byte \(i)")
        }
        XCTAssertNotEqual(Array(text.dropLast()).withUnsafeBytes(ByteHash.hash64), base)
        XCTAssertNotEqual([UInt8]().withUnsafeBytes(ByteHash.hash64), [UInt8(0)].withUnsafeBytes(ByteHash.hash64))
    }
}
