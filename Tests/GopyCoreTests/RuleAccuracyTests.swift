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
}
