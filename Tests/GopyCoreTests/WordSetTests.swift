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
}
