import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The messages of a run's appendix flags, kept in a file rather than in memory, each read back
/// when a report or `appendix-findings.jsonl` writes it.
///
/// A national run flags about 135,000 appendix rows with some 335,000 messages, each a
/// different Vietnamese sentence ("Quá tải: 486 học sinh trên công suất 432 …"): held as strings
/// they were about 47 MB of the run's peak, from the appendix checks until the last report.
/// The summary and the synthesis need only the flags' codes and severities, which stay in memory.
///
/// The file is unlinked as soon as it is opened, so nothing is left behind however the run ends.
/// Messages go through a 1 MB buffer; the store keeps where each starts (8 bytes a message).
/// `append` and `finishWriting` are used by one thread at a time; after `finishWriting`,
/// `message(_:)` may be called from any number of threads.
final class FlagMessages: @unchecked Sendable {
    // Mutated only by append and finishWriting, which the caller never runs alongside reads.
    private let fd: Int32
    private var starts = ChunkedArray<UInt64>()
    private var end: UInt64 = 0
    private var buffer: [UInt8] = []
    private var bufferStart: UInt64 = 0
    private let failure = Locked<String?>(nil)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A store whose file is made in `folder` (and unlinked at once).
    init(folder: URL) throws {
        let path = folder.appendingPathComponent("flag-messages-\(UUID().uuidString)").path
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot make a scratch file for the appendix flags in \(folder.path): \(String(cString: strerror(errno)))") }
        unlink(path)
        self.fd = fd
    }

    deinit { close(fd) }

    /// How many messages the store holds.
    var count: Int { starts.count }

    /// Keeps `message`; returns its number (numbers count up from 0 in append order).
    @discardableResult
    func append(_ message: String) throws -> Int {
        var message = message
        starts.append(end)
        message.withUTF8 { buffer.append(contentsOf: $0) }
        end += UInt64(message.utf8.count)
        if buffer.count >= 1 << 20 { try flush() }
        return starts.count - 1
    }

    /// Writes what is buffered; after this, messages may be read from any thread.
    func finishWriting() throws { try flush() }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        if let reason = buffer.withUnsafeBytes({ PositionedIO.write(fd, $0, at: bufferStart) }) {
            throw Failure(description: "cannot write the appendix flags' scratch file (\(buffer.count) bytes at offset \(bufferStart)): \(reason)")
        }
        bufferStart += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Message `index`, as appended. A message that cannot be read back is "" and the failure
    /// is kept in `readFailure` (the run then reports its outputs incomplete).
    func message(_ index: Int) -> String {
        guard index >= 0 && index < starts.count else {
            record("no appendix flag message \(index): the store holds \(starts.count)")
            return ""
        }
        let start = starts[index]
        let stop = index + 1 < starts.count ? starts[index + 1] : end
        guard stop <= bufferStart else {
            record("appendix flag message \(index) is still buffered: finishWriting() was not called")
            return ""
        }
        let length = Int(stop - start)
        var bytes = [UInt8](repeating: 0, count: length)
        let (done, error) = bytes.withUnsafeMutableBytes { PositionedIO.read(fd, into: $0, at: start) }
        if error != nil || done < length {
            record("cannot read back appendix flag message \(index) (bytes \(start)..<\(stop)): \(error ?? "the file is shorter")")
            return ""
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first failure to read a message back, if any.
    var readFailure: String? { failure.withLock { $0 } }

    private func record(_ why: String) {
        failure.withLock { if $0 == nil { $0 = why } }
    }
}
