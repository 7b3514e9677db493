import Foundation
import XCTest

/// The analysts' tools: `gopy rules test` and `gopy explain`.
final class RuleToolsTests: XCTestCase {
    let h = Harness()

    func testRuleTestsPassAndAFailingCaseNamesItsLine() throws {
        let ok = try h.gopy(["rules", "test"])
        XCTAssertEqual(ok.status, 0, ok.stdout + ok.stderr)
        XCTAssertTrue(ok.stdout.contains("PASS Rules/tests/comments.lua:"), ok.stdout)
        XCTAssertTrue(ok.stdout.hasSuffix(" passed, 0 failed\n"), ok.stdout)

        let dir = try h.rules([
            "tests/extra.lua": """
            return {
              gopy.example {
                name = "sai kỳ vọng",
                level = "thcs",
                comment = { text = "Nhất trí với dự thảo." },
                expect = { group = "muc_tieu", refs = { "CT1.01" } },
              },
              gopy.example {
                name = "không có cấp học",
                level = "mars",
                comment = { text = "x" },
              },
            }
            """,
        ])
        let failing = try h.gopy(["rules", "test", "--rules", dir, "--quiet"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("FAIL \(dir)/tests/extra.lua:2 sai kỳ vọng: group expected muc_tieu, got khac; refs expected {CT1.01}, got {}"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("FAIL \(dir)/tests/extra.lua:8 không có cấp học: no rule file for level “mars”"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains(" passed, 2 failed"), failing.stdout)
    }

    func testProfileNamesTheBusiestRuleLines() throws {
        let r = try h.gopy(["run", Harness.mini, "--out", h.temporary("profile"), "--profile-rules"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("where the comment rules spend their instructions"), r.stderr)
        XCTAssertTrue(r.stderr.contains("%  Rules/lib/"), r.stderr)
    }

    func testExplainShowsEachDecisionWithItsRuleLine() throws {
        let r = try h.gopy(["explain", Harness.mini, "thcs/cum-01/3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("group = muc_tieu\n    Rules/lib/classify.lua:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("refs = CT2.03"), r.stdout)
        let row = try h.gopy(["explain", Harness.mini, "thcs/cum-01/PL3/2"])
        XCTAssertTrue(row.stdout.contains("flag phong_tam [warning]: Còn 4 phòng học tạm"), row.stdout)
        let unknown = try h.gopy(["explain", Harness.mini, "thcs/cum-01/99"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("ids nearby: thcs/cum-01/2"), unknown.stderr)
    }
}
