import Diagnostics
import Foundation
import XCTest

@testable import GopyCore

final class AnnotationStoreTests: XCTestCase {
    /// An annotation with the labels the synthesis reads.
    static func annotation(
        _ n: Int, level: String, cluster: String, group: String?, area: String? = nil, stance: String? = nil,
        refs: [String] = [], generic: Bool? = nil, hasData: Bool? = nil, six: Bool? = nil, target: Bool? = nil,
        corroboration: String? = nil, specificity: Double? = nil, failed: Bool = false
    ) -> Annotation {
        var labels = Labels()
        labels.group = group
        labels.area = area
        labels.stance = stance
        labels.refs = refs
        labels.generic = generic
        labels.hasData = hasData
        labels.corroboration = corroboration
        labels.specificity = specificity
        if let six { labels.sixClear = Checklist(elements: LabelCodes.sixClear.map { ($0, six) }) }
        if let target { labels.targetProposal = Checklist(elements: LabelCodes.targetProposal.map { ($0, target || $0 != "basis") }) }
        let comment = Comment(
            id: "\(level)/\(cluster)/\(n)", source: SourceLocation(file: "cum/\(cluster)/gop-y.csv", row: n), level: level, cluster: cluster,
            fields: ["text": "Ý kiến số \(n)"], extras: [:])
        let failure = failed ? Diagnostic(.error, code: "rule.runtime", "boom", record: comment.id) : nil
        return Annotation(comment: comment, labels: labels, trace: [], failure: failure)
    }

    static let sample: [Annotation] = [
        annotation(1, level: "thcs", cluster: "cum-01", group: "thuc_trang", area: "doi_ngu", stance: "khac", generic: false, hasData: true, corroboration: "khop", specificity: 4),
        annotation(2, level: "thcs", cluster: "cum-01", group: "giai_phap", stance: "bo_sung", refs: ["NV2.01", "CT2.03"], six: true, specificity: 7),
        annotation(3, level: "thpt", cluster: "cum-02", group: nil, failed: true),
        annotation(4, level: "thcs", cluster: "cum-03", group: "muc_tieu", stance: "sua_doi", refs: ["CT2.03"], generic: true, target: false, corroboration: "mau_thuan", specificity: 7),
        annotation(5, level: "thpt", cluster: "cum-02", group: "giai_phap", stance: "dong_y", six: false, specificity: 2.5),
    ]

    func testDigestsSayWhatTheLabelsSay() {
        let store = AnnotationStore(Self.sample)
        XCTAssertEqual(store.count, 5)
        for (i, a) in Self.sample.enumerated() {
            let d = store.digest(i)
            XCTAssertEqual(d.level, a.comment.level)
            XCTAssertEqual(d.cluster, a.comment.cluster)
            XCTAssertEqual(d.group, a.labels.group)
            XCTAssertEqual(d.area, a.labels.area)
            XCTAssertEqual(d.stance, a.labels.stance)
            XCTAssertEqual(d.refs, a.labels.refs)
            XCTAssertEqual(d.generic, a.labels.generic)
            XCTAssertEqual(d.hasData, a.labels.hasData)
            XCTAssertEqual(d.hasEvidence, a.labels.hasEvidence)
            XCTAssertEqual(d.corroboration, a.labels.corroboration)
            XCTAssertEqual(d.hasSixClear, a.labels.sixClear != nil)
            XCTAssertEqual(d.sixClearComplete, a.labels.sixClear?.complete == true)
            XCTAssertEqual(d.hasTargetProposal, a.labels.targetProposal != nil)
            XCTAssertEqual(d.targetProposalComplete, a.labels.targetProposal?.complete == true)
            XCTAssertEqual(d.failed, a.failure != nil)
            XCTAssertEqual(d.specificity, a.labels.specificity ?? 0)
            XCTAssertEqual(store[i].comment.id, a.comment.id, "the whole annotation is read back")
        }
        XCTAssertEqual(store.digest(3).hasTargetProposal, true)
        XCTAssertEqual(store.digest(3).targetProposalComplete, false)
        XCTAssertEqual(store.positions { $0.level == "thpt" }, [2, 4])
    }

    func testTheMostSpecificAreChosenAsFromTheWholeAnnotations() {
        let store = AnnotationStore(Self.sample)
        let all = Array(store.indices)
        // Specificities 4, 7, 0, 7, 2.5: the most specific, ties to the earlier, kept in input order.
        let expected: [[Int]] = [[], [1], [1, 3], [0, 1, 3], [0, 1, 3, 4], [0, 1, 2, 3, 4]]
        for limit in 0...5 {
            XCTAssertEqual(store.mostSpecific(all, limit: limit), expected[limit], "limit \(limit)")
        }
        XCTAssertEqual(store.mostSpecific([4, 2, 0], limit: 2), [4, 0])
        // Most specific first; the tie (7, 7) in input order.
        XCTAssertEqual(store.bySpecificity(all), [1, 3, 0, 4, 2])
        XCTAssertEqual(store.bySpecificity([4, 0]), [0, 4])
    }
}
