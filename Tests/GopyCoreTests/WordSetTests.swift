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

    /// The occurrences by the plain definition: every keyword at every place where its bytes
    /// stand between word boundaries, at most 64 a keyword, sorted by place, longest first.
    private func reference(_ key: String, _ words: [String]) -> [(Int, Int, Int)] {
        let text = Array(key.utf8)
        func isWord(_ b: UInt8) -> Bool { HostLibrary.WordSets.isWord(b) }
        var found: [(Int, Int, Int)] = []
        for (index, word) in words.enumerated() {
            let w = Array(word.utf8)
            guard !w.isEmpty else { continue }
            var hits = 0
            for i in 0..<text.count where i + w.count <= text.count && hits < 64 {
                guard Array(text[i..<(i + w.count)]) == w else { continue }
                // A keyword starting with a letter or digit starts a word; any keyword ends one.
                if isWord(w[0]), i > 0, isWord(text[i - 1]) { continue }
                if !isWord(w[0]), i > 0, isWord(text[i - 1]) { continue }
                if i + w.count < text.count, isWord(text[i + w.count]) { continue }
                found.append((i + 1, i + w.count, index + 1))
                hits += 1
            }
        }
        return found.sorted { HostLibrary.WordSets.precedes($0, $1) }
    }

    func testAgreesWithThePlainDefinitionOnManyLists() {
        // Lists big enough to fill the first-word table and make its probes wrap around, with
        // shared first words, keywords inside others and keywords that start with a sign.
        var rng = SystemRandomNumberGenerator()
        let vocabulary = ["a", "an", "bo", "bo sung", "sung", "co", "cong", "dat", "dat chuan", "hoc", "hoc sinh", "sinh", "x1", "2", "%", "-", "giao vien", "vien", "nha", "nha giao"]
        for round in 0..<200 {
            let sets = HostLibrary.WordSets()
            var words: [String] = []
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                let parts = (0..<Int.random(in: 1...3, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
                words.append(parts.joined(separator: " "))
            }
            let handle = sets.register(words)
            let key = (0..<Int.random(in: 0...30, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
                .joined(separator: [" ", " ", ", ", "-", ""].randomElement(using: &rng)!)
            let found = sets.occurrences(key, handle)
            let expected = reference(key, words)
            XCTAssertEqual(found.map { [$0.0, $0.1, $0.2] }, expected.map { [$0.0, $0.1, $0.2] }, "round \(round): \(words) in \"\(key)\"")
            // Asked again (the split of the text is reused), the same answer.
            XCTAssertEqual(sets.occurrences(key, handle).map { [$0.0, $0.1, $0.2] }, found.map { [$0.0, $0.1, $0.2] })
        }
    }
}
