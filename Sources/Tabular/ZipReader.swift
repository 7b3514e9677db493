import Foundation
import ZIPFoundation

/// A minimal, defensive ZIP reader over an in-memory (mapped) archive.
///
/// The central directory is parsed here so that every offset and size is checked against the
/// file before use; ZIPFoundation's `Data.decompress` does the inflating, fed by a provider that
/// never reads past an entry's compressed bytes (its Linux decoder otherwise loops forever or
/// reads past a short buffer on truncated deflate data).
struct ZipReader: Sendable {
    struct Entry: Sendable {
        var path: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64
    }

    enum Failure: Error, Sendable, Equatable {
        case notZip
        case truncated(String)
        case unsafePath(String)
        case encrypted(String)
        case unsupportedMethod(String, UInt16)
        case corrupt(String)
        case crcMismatch(String)
        case tooLarge(String)
        case cancelled
    }

    let data: Data
    let entries: [Entry]
    /// Lower-cased normalized path -> index in `entries` (OPC part names are case-insensitive).
    let index: [String: Int]

    init(data: Data) throws {
        self.data = data
        let n = data.count
        guard n >= 22 else { throw Failure.notZip }
        // End of central directory: scan back over at most 64 KiB of comment.
        var eocd = -1
        var p = n - 22
        let lowest = max(0, n - 22 - 65535)
        while p >= lowest {
            if data.u32(p) == 0x0605_4b50 { eocd = p; break }
            p -= 1
        }
        guard eocd >= 0 else {
            throw data.u32(0) == 0x0403_4b50 ? Failure.truncated("end of central directory missing") : Failure.notZip
        }
        var count = UInt64(data.u16(eocd + 10))
        var cdSize = UInt64(data.u32(eocd + 12))
        var cdOffset = UInt64(data.u32(eocd + 16))
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // ZIP64 end of central directory locator just before the EOCD.
            let loc = eocd - 20
            guard loc >= 0, data.u32(loc) == 0x0706_4b50 else { throw Failure.corrupt("ZIP64 locator missing") }
            let rec = data.u64(loc + 8)
            guard rec <= UInt64(n - 56), data.u32(Int(rec)) == 0x0606_4b50 else { throw Failure.corrupt("ZIP64 record missing") }
            count = data.u64(Int(rec) + 32)
            cdSize = data.u64(Int(rec) + 40)
            cdOffset = data.u64(Int(rec) + 48)
        }
        guard cdOffset <= UInt64(n), cdSize <= UInt64(n) - cdOffset else {
            throw Failure.truncated("central directory outside the file")
        }
        guard count <= cdSize / 46 + 1 else { throw Failure.corrupt("entry count") }
        var list: [Entry] = []
        var idx: [String: Int] = [:]
        var q = Int(cdOffset)
        let cdEnd = Int(cdOffset + cdSize)
        for _ in 0..<count {
            guard q + 46 <= cdEnd, data.u32(q) == 0x0201_4b50 else { throw Failure.corrupt("central directory entry") }
            let flags = data.u16(q + 8)
            let method = data.u16(q + 10)
            let crc = data.u32(q + 16)
            var csize = UInt64(data.u32(q + 20))
            var usize = UInt64(data.u32(q + 24))
            let nameLen = Int(data.u16(q + 28))
            let extraLen = Int(data.u16(q + 30))
            let commentLen = Int(data.u16(q + 32))
            var offset = UInt64(data.u32(q + 42))
            guard q + 46 + nameLen + extraLen + commentLen <= cdEnd else { throw Failure.corrupt("central directory entry") }
            let nameBytes = data.subdata(in: (q + 46)..<(q + 46 + nameLen))
            // ZIP64 extended information extra field.
            var e = q + 46 + nameLen
            let extraEnd = e + extraLen
            while e + 4 <= extraEnd {
                let tag = data.u16(e)
                let size = Int(data.u16(e + 2))
                guard e + 4 + size <= extraEnd else { break }
                if tag == 0x0001 {
                    var f = e + 4
                    if usize == 0xFFFF_FFFF, f + 8 <= e + 4 + size { usize = data.u64(f); f += 8 }
                    if csize == 0xFFFF_FFFF, f + 8 <= e + 4 + size { csize = data.u64(f); f += 8 }
                    if offset == 0xFFFF_FFFF, f + 8 <= e + 4 + size { offset = data.u64(f); f += 8 }
                }
                e += 4 + size
            }
            let rawName = String(decoding: nameBytes, as: UTF8.self)
            let path = try ZipReader.normalize(rawName)
            list.append(Entry(path: path, method: method, flags: flags, crc32: crc,
                              compressedSize: csize, uncompressedSize: usize, localHeaderOffset: offset))
            let key = path.lowercased()
            if idx[key] == nil { idx[key] = list.count - 1 }
            q += 46 + nameLen + extraLen + commentLen
        }
        entries = list
        index = idx
    }

    /// `\` -> `/`; refuses absolute paths and any `..` component (zip-slip).
    static func normalize(_ raw: String) throws -> String {
        let path = raw.replacingOccurrences(of: "\\", with: "/")
        if path.hasPrefix("/") || path.contains(":") && path.first?.isLetter == true && path.dropFirst().first == ":" {
            throw Failure.unsafePath(raw)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." }) { throw Failure.unsafePath(raw) }
        return parts.filter { $0 != "." }.joined(separator: "/")
    }

    func entry(_ path: String) -> Entry? {
        index[path.lowercased()].map { entries[$0] }
    }

    /// Streams an entry's uncompressed bytes to `consumer` in chunks; checks bounds and CRC.
    /// `budget` is the most bytes the entry may yield; exceeding it throws `.tooLarge`.
    func extract(_ entry: Entry, budget: Int, chunkSize: Int = 64 * 1024, consumer: (Data) throws -> Void) throws {
        let name = entry.path
        if entry.flags & 1 != 0 { throw Failure.encrypted(name) }
        let n = UInt64(data.count)
        let lh = entry.localHeaderOffset
        guard lh <= n, n - lh >= 30, data.u32(Int(lh)) == 0x0403_4b50 else { throw Failure.truncated(name) }
        let start = lh + 30 + UInt64(data.u16(Int(lh) + 26)) + UInt64(data.u16(Int(lh) + 28))
        guard start <= n, entry.compressedSize <= n - start else { throw Failure.truncated(name) }
        if entry.uncompressedSize > UInt64(budget) { throw Failure.tooLarge(name) }
        let begin = Int(start)
        let end = begin + Int(entry.compressedSize)
        var produced = 0
        switch entry.method {
        case 0:
            var crc: UInt32 = 0
            var k = begin
            while k < end {
                let m = min(chunkSize, end - k)
                let chunk = data.subdata(in: k..<(k + m))
                produced += m
                if produced > budget { throw Failure.tooLarge(name) }
                crc = chunk.crc32(checksum: crc)
                try consumer(chunk)
                k += m
            }
            if crc != entry.crc32 { throw Failure.crcMismatch(name) }
        case 8:
            var position = begin
            var paddedOnce = false
            let data = self.data
            let crc = try Data.decompress(size: Int64(entry.compressedSize), bufferSize: chunkSize, skipCRC32: false,
                                          provider: { _, size in
                // Always hand back exactly `size` bytes: real ones, then zeros once (an invalid
                // deflate block that makes zlib fail), then an error - never an endless empty read.
                if position >= end {
                    if paddedOnce { throw Failure.truncated(name) }
                    paddedOnce = true
                    return Data(count: size)
                }
                let m = min(size, end - position)
                var chunk = data.subdata(in: position..<(position + m))
                position += m
                if m < size { chunk.append(Data(count: size - m)); paddedOnce = true }
                return chunk
            }, consumer: { chunk in
                produced += chunk.count
                if produced > budget { throw Failure.tooLarge(name) }
                try consumer(chunk)
            })
            if crc != entry.crc32 {
                throw produced < Int(clamping: entry.uncompressedSize) ? Failure.truncated(name) : Failure.crcMismatch(name)
            }
        default:
            throw Failure.unsupportedMethod(name, entry.method)
        }
    }
}

extension Data {
    @inline(__always) func u16(_ o: Int) -> UInt16 {
        guard o >= 0, o + 2 <= count else { return 0 }
        let s = startIndex + o
        return UInt16(self[s]) | UInt16(self[s + 1]) << 8
    }

    @inline(__always) func u32(_ o: Int) -> UInt32 {
        guard o >= 0, o + 4 <= count else { return 0 }
        let s = startIndex + o
        return UInt32(self[s]) | UInt32(self[s + 1]) << 8 | UInt32(self[s + 2]) << 16 | UInt32(self[s + 3]) << 24
    }

    @inline(__always) func u64(_ o: Int) -> UInt64 {
        UInt64(u32(o)) | UInt64(u32(o + 4)) << 32
    }
}
