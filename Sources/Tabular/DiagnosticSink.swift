import Diagnostics

/// Collects diagnostics for one file, keeping at most `limit` of each code and then adding one
/// summary line per code with the number left out, so a broken 100 000-row file does not produce
/// 100 000 lines.
struct DiagnosticSink {
    private(set) var items: [Diagnostic] = []
    private var counts: [String: Int] = [:]
    private var summaryLocation: [String: SourceLocation] = [:]
    private var summarySeverity: [String: Severity] = [:]
    let limit: Int

    init(limit: Int) { self.limit = max(1, limit) }

    mutating func add(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation?) {
        let n = (counts[code] ?? 0) + 1
        counts[code] = n
        if n <= limit {
            items.append(Diagnostic(severity, code: code, message, at: location))
        } else if n == limit + 1, let location {
            summaryLocation[code] = SourceLocation(file: location.file, sheet: location.sheet)
            summarySeverity[code] = severity
        }
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        for d in other { add(d.severity, d.code, d.message, at: d.location) }
    }

    /// The diagnostics, with a summary for each capped code.
    func finish() -> [Diagnostic] {
        var out = items
        for (code, n) in counts.sorted(by: { $0.key < $1.key }) where n > limit {
            out.append(Diagnostic(summarySeverity[code] ?? .warning, code: code,
                                  "\(n - limit) more \(code) findings not shown (\(n) in all).",
                                  at: summaryLocation[code]))
        }
        return out
    }
}
