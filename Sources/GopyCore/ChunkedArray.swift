/// An append-only array kept in fixed blocks, for the per-comment records a national run holds
/// (a million digests, spool offsets, ref indices).
///
/// A Swift array grows by doubling: at a million 48-byte digests it holds up to twice the room it
/// needs, and each growth copies the whole array while the old one is still allocated (75 MB at
/// once for 48 MB of digests). Blocks of `blockSize` elements never move and waste at most one
/// block.
struct ChunkedArray<Element> {
    /// Elements per block.
    static var blockSize: Int { 65_536 }

    private var blocks: [[Element]] = []
    /// The number of elements.
    private(set) var count = 0

    /// Appends an element.
    mutating func append(_ element: Element) {
        if count % Self.blockSize == 0 {
            var block: [Element] = []
            block.reserveCapacity(Self.blockSize)
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(element)
        count += 1
    }

    /// The element at `i` (0 ≤ i < count).
    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "index \(i) out of 0..<\(count)")
        return blocks[i / Self.blockSize][i % Self.blockSize]
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
