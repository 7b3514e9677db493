import XCTest

@testable import GopyCore

final class WordSetTests: XCTestCase {
    func testWholeWordOccurrencesSortedByPlaceLongestFirst() {
        let sets = HostLibrary.WordSets()
        let handle = sets.register(["boi duong", "boi duong hoc sinh", "co", "dat"])
        XCTAssertEqual(sets.register(["boi duong", "boi duong hoc sinh", "co", "dat"]), handle, "same content, same handle")
        let key = "de nghi boi duong hoc sinh gioi, cong tac dat chuan; co dat"
        let found = sets.occurrences(key, handle)
        XCTAssertEqual(found.map(\.0), [9, 9, 43, 54, 57])
        XCTAssertEqual(found.map(\.2), [2, 1, 4, 3, 4], "longest first at the same place; 'co' not inside 'cong'")
        let a = key.utf8.index(key.utf8.startIndex, offsetBy: found[0].0 - 1)
        let b = key.utf8.index(key.utf8.startIndex, offsetBy: found[0].1)
        XCTAssertEqual(String(key.utf8[a..<b]), "boi duong hoc sinh")
        XCTAssertEqual(sets.occurrences(key, 99).count, 0)
    }

    func testKeywordsAreFoundByTheirFirstWordOnly() {
        let sets = HostLibrary.WordSets()
        // "%" and "-" start no word: they are searched byte by byte; "m²" has a word, then bytes.
        let handle = sets.register(["hoc sinh", "hoc", "%", "- de nghi", "m²", "sinh vien"])
        let key = "hocsinh hoc sinh, 95 % - de nghi 6 m² hoc"
        let found = sets.occurrences(key, handle)
        XCTAssertEqual(found.map(\.2), [1, 2, 3, 4, 5, 2], "'hoc' is not inside 'hocsinh'; 'sinh vien' is absent")
        XCTAssertEqual(found.map(\.0), [9, 9, 22, 24, 36, 40])
        XCTAssertEqual(found[0].1, 16, "the end of 'hoc sinh'")
    }

    func testAtMost64OccurrencesOfOneKeyword() {
        let sets = HostLibrary.WordSets()
        let handle = sets.register(["a", "b"])
        let key = Array(repeating: "a", count: 100).joined(separator: " ") + " b"
        let found = sets.occurrences(key, handle)
        XCTAssertEqual(found.filter { $0.2 == 1 }.count, 64)
        XCTAssertEqual(found.last?.2, 2, "the other keyword is still found")
    }
}
