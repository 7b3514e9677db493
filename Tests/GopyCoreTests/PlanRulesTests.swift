import LuaBridge
import XCTest

@testable import GopyCore

/// The default plan rules (Rules/plan.lua): feasibility and agreement on facts built by hand.
final class PlanRulesTests: XCTestCase {
    var worker: RuleWorker!

    override func setUpWithError() throws {
        worker = try RuleWorker(rules: try RuleSet.load(defaultRules), limits: .default, library: HostLibrary())
    }

    func call(_ hook: String, _ args: [LuaValue]) throws -> LuaValue {
        let rule = try XCTUnwrap(worker.planRule)
        guard case .value(let v, _, _) = worker.host.invoke(rule, hook: hook, arguments: args, record: "test") else {
            XCTFail("\(hook) failed")
            return .nil
        }
        return v
    }

    func facts(needed: Double?, past: Double?, flags: [String: LuaValue] = [:], columns: [String: LuaValue] = [:], institutions: Int64 = 10) -> LuaValue {
        [
            "cutoff_year": 2025, "target_year": 2030, "needed_per_year": LuaValue(needed), "historical_per_year": LuaValue(past),
            "history_from": 2021, "history_to": 2025,
            "appendix": ["institutions": .integer(institutions), "columns": .map(columns), "projects": [:], "flags": .map(flags)],
            "comments": 0, "positions": [],
        ]
    }

    let staffIndicator: LuaValue = ["code": "CT2.03", "group": 2, "unit": "%", "direction": "tang"]

    func testAPaceWithinHistoryIsFeasible() throws {
        let v = try call("score_indicator", [staffIndicator, facts(needed: 1.0, past: 1.2)])
        XCTAssertEqual(v["verdict"], "kha_thi")
        XCTAssertEqual(v["height"], "phu_hop")
        XCTAssertEqual(v["score"].doubleValue ?? 0, 100, accuracy: 0.01)
    }

    func testAPaceFarAboveHistoryIsNotFeasibleAndHigh() throws {
        let columns: [String: LuaValue] = ["PL2.giao_vien": ["sum": 80, "count": 10, "yes": 0], "PL2.dinh_muc_giao_vien": ["sum": 100, "count": 10, "yes": 0]]
        let v = try call("score_indicator", [staffIndicator, facts(needed: 4.2, past: 1.4, columns: columns)])
        XCTAssertEqual(v["verdict"], "khong_kha_thi")
        XCTAssertEqual(v["height"], "cao")
        let reasons = (v["reasons"].arrayValue ?? []).compactMap(\.stringValue)
        XCTAssertEqual(reasons.first, "Cần tăng 4,2 điểm %/năm, gấp 3 lần tốc độ 2021-2025")
        XCTAssertTrue(reasons.contains("Thiếu 20 giáo viên so với định mức (20%)"), "\(reasons)")
    }

    func testADecreasingIndicatorAndLand() throws {
        let network: LuaValue = ["code": "CT1.09", "group": 1, "unit": "HS/lớp", "direction": "giam"]
        let v = try call("score_indicator", [network, facts(needed: -0.1, past: -0.4, flags: ["thieu_dat": 4])])
        XCTAssertEqual(v["height"], "thap")
        let reasons = (v["reasons"].arrayValue ?? []).compactMap(\.stringValue)
        XCTAssertEqual(reasons.first, "Cần giảm 0,1 HS/lớp/năm, gấp 0,25 lần tốc độ 2021-2025")
        XCTAssertTrue(reasons.contains("4 trường thiếu đất chưa có quỹ đất bổ sung"), "\(reasons)")
        XCTAssertEqual(v["factors"]["land"]["score"].doubleValue ?? 0, 0, accuracy: 0.01)
    }

    func testAgreement() throws {
        let item: LuaValue = ["kind": "indicator", "code": "CT1.01", "name": "x"]
        let same = try call("agreement", [item, [["cluster": "cum-01", "stance": "dong_y"], ["cluster": "cum-02", "stance": "dong_y"]]])
        XCTAssertEqual(same["status"], "thong_nhat")
        let split = try call("agreement", [item, [["cluster": "cum-01", "stance": "dong_y"], ["cluster": "cum-02", "stance": "khong_dong_y"]]])
        XCTAssertEqual(split["status"], "chua_thong_nhat")
        XCTAssertEqual(split["summary"], "cum-01: đồng ý; cum-02: không đồng ý")
        let values = try call("agreement", [item, [["cluster": "cum-01", "stance": "sua_doi", "proposed_value": 45], ["cluster": "cum-02", "stance": "sua_doi", "proposed_value": 55]]])
        XCTAssertEqual(values["status"], "chua_thong_nhat")
        XCTAssertEqual(values["summary"], "cum-01: đề nghị sửa (đề xuất 45); cum-02: đề nghị sửa (đề xuất 55)")
    }
}
