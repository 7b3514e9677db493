#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole reads and writes at a file offset (`pread`/`pwrite`), retrying short transfers and
/// interrupted calls: the scratch files of a run (the annotation spool, the flag messages) are
/// written by one thread and read by many, each read at its own offset.
enum PositionedIO {
    /// Writes all of `bytes` at `offset`. Returns nil, or why it could not.
    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> String? {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            if n > 0 {
                done += n
            } else if !(n < 0 && errno == EINTR) {
                return n < 0 ? String(cString: strerror(errno)) : "nothing was written"
            }
        }
        return nil
    }

    /// Fills `buffer` from `offset`. Returns how many bytes it read (fewer than asked when the
    /// file ends first) and, when a read failed, why.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) -> (count: Int, error: String?) {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n > 0 {
                done += n
            } else if n == 0 {
                return (done, nil)
            } else if errno != EINTR {
                return (done, String(cString: strerror(errno)))
            }
        }
        return (done, nil)
    }
}
