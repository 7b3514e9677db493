import XCTest
@testable import GopyCore

final class ChunkedArrayTests: XCTestCase {
    /// Elements read back in order across block boundaries, and a block is only started when
    /// the previous one is full.
    func testAppendsAndReadsAcrossBlocks() {
        var array = ChunkedArray<UInt64>()
        XCTAssertEqual(array.count, 0)
        let n = ChunkedArray<UInt64>.blockSize * 2 + 3
        for i in 0..<n { array.append(UInt64(i) &* 0x9E37_79B9) }
        XCTAssertEqual(array.count, n)
        for i in [0, 1, ChunkedArray<UInt64>.blockSize - 1, ChunkedArray<UInt64>.blockSize, ChunkedArray<UInt64>.blockSize + 1, n - 1] {
            XCTAssertEqual(array[i], UInt64(i) &* 0x9E37_79B9, "element \(i)")
        }
        var sum: UInt64 = 0
        for i in 0..<n { sum &+= array[i] }
        XCTAssertEqual(sum, (0..<n).reduce(UInt64(0)) { $0 &+ UInt64($1) &* 0x9E37_79B9 })
    }
}
