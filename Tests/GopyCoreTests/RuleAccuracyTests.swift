import XCTest

@testable import GopyCore

/// The default rules against the labelled set (Tests/Fixtures/labelled/labelled.jsonl, written
/// from LABELS.md independently of the keyword lists): accuracy per label, failing under the bar.
final class RuleAccuracyTests: XCTestCase {
    func testDefaultRulesReachTheBars() throws {
        let report = try RuleScore.run(labelled: packageRoot + "/Tests/Fixtures/labelled/labelled.jsonl", rules: defaultRules)
        XCTAssertEqual(report.ruleErrors, [], report.ruleErrors.map(\.description).joined(separator: "\n"))
        for metric in report.metrics {
            print(String(format: "accuracy %@ %.3f (bar %@, n=%d)", metric.name, metric.value, metric.bar.map { String($0) } ?? "-", metric.cases))
            if let bar = metric.bar {
                XCTAssertGreaterThanOrEqual(metric.value, bar, metric.name)
            }
        }
    }

    /// The same bars over every labelled set together: labelled.jsonl and the fresh sets that
    /// other annotators wrote later, without seeing the rules (Tests/Fixtures/labelled/fresh-*.jsonl).
    func testDefaultRulesReachTheBarsOnEveryLabelledSet() throws {
        let folder = packageRoot + "/Tests/Fixtures/labelled"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 5, "labelled.jsonl and the fresh sets")
        var all = Data()
        for file in files { all += try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)) }
        let combined = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-all-labelled-\(ProcessInfo.processInfo.processIdentifier).jsonl")
        try all.write(to: combined)
        defer { try? FileManager.default.removeItem(at: combined) }
        let report = try RuleScore.run(labelled: combined.path, rules: defaultRules)
        XCTAssertEqual(report.ruleErrors, [])
        XCTAssertGreaterThanOrEqual(report.metrics.first { $0.name == "group" }?.cases ?? 0, 900)
        for metric in report.metrics {
            print(String(format: "accuracy (all sets) %@ %.3f (bar %@, n=%d)", metric.name, metric.value, metric.bar.map { String($0) } ?? "-", metric.cases))
            if let bar = metric.bar {
                XCTAssertGreaterThanOrEqual(metric.value, bar, metric.name)
            }
        }
    }
}

