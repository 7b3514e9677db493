import Foundation
import GopyZlib

/// Writes a ZIP archive to a file, one entry after another, each deflated as its bytes arrive:
/// a sheet of a million rows goes from the writer into the archive without being held whole or
/// written to a temporary file first.
///
/// Deflate and CRC-32 come from the system's zlib. (ZIPFoundation, which gopy uses to read
/// archives and for small in-memory ones, checksums on Linux with a byte-at-a-time Swift loop,
/// which was a third of the time spent writing a national workbook.) Entries carry a fixed
/// 1980-01-01 timestamp so that the same parts always give the same bytes. Archives and entries
/// over 4 GiB (which would need Zip64) are refused with an error; no workbook a spreadsheet can
/// open comes near that.
final class ZipWriter {
    /// Why an archive could not be written.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private struct CentralEntry {
        var name: [UInt8]
        var crc: UInt32
        var compressed: UInt64
        var uncompressed: UInt64
        var offset: UInt64
    }

    /// The entry being written: its zlib stream and running totals.
    private struct Open {
        var name: [UInt8]
        var offset: UInt64
        /// At a fixed address: zlib's state points back to its stream and refuses a moved one.
        var stream: UnsafeMutablePointer<z_stream>
        var crc: uLong
        var uncompressed: UInt64 = 0
        var compressed: UInt64 = 0
    }

    /// Bytes of output gathered before each write to the file.
    private static let bufferSize = 1 << 20
    /// DOS date of 1980-01-01, time 00:00.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let limit: UInt64 = 0xFFFF_FFFF

    private let handle: FileHandle
    private let url: URL
    private let level: Int32
    private var written: UInt64 = 0
    private var pending: [UInt8] = []
    private var entries: [CentralEntry] = []
    private var open: Open?
    private var deflated = [UInt8](repeating: 0, count: 1 << 16)
    private var closed = false

    /// Creates (or replaces) the archive at `url`. `level` is zlib's compression level.
    init(url: URL, level: Int32 = Z_DEFAULT_COMPRESSION) throws(Failure) {
        try? FileManager.default.removeItem(at: url)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url) else {
            throw Failure(description: "cannot create \(url.path)")
        }
        self.handle = handle
        self.url = url
        self.level = level
        pending.reserveCapacity(Self.bufferSize + (1 << 16))
    }

    deinit {
        if let entry = open { Self.release(entry.stream) }
        if !closed { try? handle.close() }
    }

    /// Adds an entry holding `text` (UTF-8).
    func add(_ name: String, _ text: String) throws(Failure) {
        try begin(name)
        try write(text)
        try end()
    }

    /// Starts an entry named `name`; its bytes follow through `write`, and `end` closes it.
    func begin(_ name: String) throws(Failure) {
        precondition(open == nil, "an entry is already open")
        let nameBytes = Array(name.utf8)
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw Failure(description: "zlib could not start deflating \(name) (status \(status))")
        }
        open = Open(name: nameBytes, offset: written + UInt64(pending.count), stream: stream, crc: crc32(0, nil, 0))
        // The local header; CRC and sizes are filled in by `end`, once known.
        var header: [UInt8] = []
        header.reserveCapacity(30 + nameBytes.count)
        Self.append32(&header, 0x0403_4B50)
        Self.append16(&header, 20) // version needed: deflate
        Self.append16(&header, 0) // flags
        Self.append16(&header, 8) // deflate
        Self.append16(&header, 0) // time
        Self.append16(&header, Self.dosDate)
        Self.append32(&header, 0) // CRC-32
        Self.append32(&header, 0) // compressed size
        Self.append32(&header, 0) // uncompressed size
        Self.append16(&header, UInt16(nameBytes.count))
        Self.append16(&header, 0) // extra field length
        header += nameBytes
        try output(header)
    }

    /// Appends text to the open entry.
    func write(_ text: String) throws(Failure) {
        var text = text
        var failure: Failure?
        text.withUTF8 { bytes in
            do throws(Failure) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends bytes to the open entry.
    func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        guard var entry = open else { preconditionFailure("no entry is open") }
        defer { open = entry }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        // zlib counts in 32 bits: feed at most a gigabyte at a time.
        var offset = 0
        while offset < bytes.count {
            let n = min(bytes.count - offset, 1 << 30)
            let start = base.advanced(by: offset).assumingMemoryBound(to: Bytef.self)
            entry.crc = crc32(entry.crc, start, uInt(n))
            entry.uncompressed += UInt64(n)
            entry.stream.pointee.next_in = UnsafeMutablePointer(mutating: start)
            entry.stream.pointee.avail_in = uInt(n)
            try pump(&entry, flush: Z_NO_FLUSH)
            offset += n
        }
    }

    /// Finishes the open entry and fills in its header.
    func end() throws(Failure) {
        guard var entry = open else { preconditionFailure("no entry is open") }
        open = nil
        defer { Self.release(entry.stream) }
        entry.stream.pointee.next_in = nil
        entry.stream.pointee.avail_in = 0
        try pump(&entry, flush: Z_FINISH)
        let name = String(decoding: entry.name, as: UTF8.self)
        guard entry.uncompressed < Self.limit, entry.compressed < Self.limit, entry.offset < Self.limit else {
            throw Failure(description: "\(name) is over 4 GiB, more than a workbook can hold")
        }
        entries.append(CentralEntry(name: entry.name, crc: UInt32(entry.crc), compressed: entry.compressed,
                                    uncompressed: entry.uncompressed, offset: entry.offset))
        var fields: [UInt8] = []
        Self.append32(&fields, UInt32(entry.crc))
        Self.append32(&fields, UInt32(entry.compressed))
        Self.append32(&fields, UInt32(entry.uncompressed))
        let at = entry.offset + 14
        if at >= written {
            // The header is still in the buffer.
            let i = Int(at - written)
            pending.replaceSubrange(i..<i + 12, with: fields)
        } else {
            try flush()
            do {
                try handle.seek(toOffset: at)
                try handle.write(contentsOf: fields)
                try handle.seekToEnd()
            } catch {
                throw Failure(description: "cannot write \(url.path): \(error)")
            }
        }
    }

    /// Writes the central directory and closes the file.
    func close() throws(Failure) {
        precondition(open == nil, "an entry is still open")
        let start = written + UInt64(pending.count)
        var directory: [UInt8] = []
        for e in entries {
            Self.append32(&directory, 0x0201_4B50)
            Self.append16(&directory, 0x031E) // made by: Unix, ZIP 3.0
            Self.append16(&directory, 20)
            Self.append16(&directory, 0)
            Self.append16(&directory, 8)
            Self.append16(&directory, 0)
            Self.append16(&directory, Self.dosDate)
            Self.append32(&directory, e.crc)
            Self.append32(&directory, UInt32(e.compressed))
            Self.append32(&directory, UInt32(e.uncompressed))
            Self.append16(&directory, UInt16(e.name.count))
            Self.append16(&directory, 0) // extra
            Self.append16(&directory, 0) // comment
            Self.append16(&directory, 0) // disk
            Self.append16(&directory, 0) // internal attributes
            Self.append32(&directory, 0o100644 << 16) // a regular file, rw-r--r--
            Self.append32(&directory, UInt32(e.offset))
            directory += e.name
        }
        guard entries.count < 0xFFFF, start + UInt64(directory.count) < Self.limit else {
            throw Failure(description: "\(url.lastPathComponent) would be over 4 GiB or 65,535 parts, more than a workbook can hold")
        }
        let size = UInt32(directory.count)
        Self.append32(&directory, 0x0605_4B50)
        Self.append16(&directory, 0) // this disk
        Self.append16(&directory, 0) // the directory's disk
        Self.append16(&directory, UInt16(entries.count))
        Self.append16(&directory, UInt16(entries.count))
        Self.append32(&directory, size)
        Self.append32(&directory, UInt32(start))
        Self.append16(&directory, 0) // comment
        try output(directory)
        try flush()
        closed = true
        do { try handle.close() } catch { throw Failure(description: "cannot write \(url.path): \(error)") }
    }

    // MARK: - Plumbing

    /// Runs deflate until it has taken all input (and, with `Z_FINISH`, ended the stream).
    private func pump(_ entry: inout Open, flush mode: Int32) throws(Failure) {
        while true {
            let status: Int32 = deflated.withUnsafeMutableBufferPointer { out in
                entry.stream.pointee.next_out = out.baseAddress
                entry.stream.pointee.avail_out = uInt(out.count)
                return deflate(entry.stream, mode)
            }
            let produced = deflated.count - Int(entry.stream.pointee.avail_out)
            if produced > 0 {
                entry.compressed += UInt64(produced)
                pending.append(contentsOf: deflated[0..<produced])
                if pending.count >= Self.bufferSize { try flush() }
            }
            if status == Z_STREAM_END { return }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                throw Failure(description: "zlib failed while deflating (status \(status))")
            }
            if mode == Z_NO_FLUSH && entry.stream.pointee.avail_in == 0 && entry.stream.pointee.avail_out > 0 { return }
        }
    }

    private static func release(_ stream: UnsafeMutablePointer<z_stream>) {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    private func output(_ bytes: [UInt8]) throws(Failure) {
        pending += bytes
        if pending.count >= Self.bufferSize { try flush() }
    }

    private func flush() throws(Failure) {
        guard !pending.isEmpty else { return }
        do {
            try handle.write(contentsOf: pending)
        } catch {
            throw Failure(description: "cannot write \(url.path): \(error)")
        }
        written += UInt64(pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    private static func append16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8(v >> 8))
    }

    private static func append32(_ out: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(shift)) & 0xFF)) }
    }
}
