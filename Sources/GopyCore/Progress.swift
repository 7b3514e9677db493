import Foundation

/// The progress line on stderr while the rules run, for a person watching a long run:
/// comments done, rate and time left, rewritten in place twice a second. Only when stderr is a
/// terminal, so logs and pipes stay clean.
final class Progress: Sendable {
    private let total: Int
    private let done = Locked(0)
    private let finished = Locked(false)
    private let started = ContinuousClock.now
    private let label: String

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

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
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(n) / seconds : 0
        let left = rate > 0 ? Double(total - n) / rate : 0
        return "gopy: \(label) \(n)/\(total), \(Int(rate))/s, about \(Int(left.rounded())) s left"
    }

    private func print(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }
}
