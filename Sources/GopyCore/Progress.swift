import Foundation

/// The progress line on stderr while the rules run, for a person watching a long run:
/// comment tables read, comments annotated, rate and time left, rewritten in place twice a
/// second. Only when stderr is a terminal, so logs and pipes stay clean.
final class Progress: Sendable {
    private let files: Int
    private let done = Locked(0)
    /// Comment tables read, and the comments they held.
    private let read = Locked((files: 0, comments: 0))
    private let finished = Locked(false)
    private let started = ContinuousClock.now

    /// A line for a run over `files` comment tables.
    init(files: Int) {
        self.files = files
    }

    /// Counts one more comment table read, with its comments.
    func fileRead(comments: Int) { read.withLock { $0.files += 1; $0.comments += comments } }

    /// Whether a progress line would be seen by anyone.
    static var terminalAttached: Bool { isatty(2) != 0 }

    /// Counts `n` more items done.
    func advance(_ n: Int) { done.withLock { $0 += n } }

    /// Starts the printing thread.
    func start() {
        let thread = Thread { [self] in
            while !finished.withLock({ $0 }) {
                print(line())
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        thread.start()
    }

    /// Stops printing and clears the line.
    func stop() {
        finished.withLock { $0 = true }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func line() -> String {
        let n = done.withLock { $0 }
        let (filesRead, commentsRead) = read.withLock { $0 }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(n) / seconds : 0
        // The tables still unread are taken to hold as many comments as those read so far.
        let expected = filesRead > 0 ? Double(commentsRead) / Double(filesRead) * Double(files) : 0
        let head = "gopy: comment tables \(filesRead)/\(files) read, \(n) comments annotated"
        // Until a comment is annotated there is no rate to go by.
        guard n > 0, rate > 0 else { return head + ", starting" }
        let left = max(0, expected - Double(n)) / rate
        return head + ", \(Int(rate))/s, about \(Int(left.rounded())) s left"
    }

    private func print(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }
}
