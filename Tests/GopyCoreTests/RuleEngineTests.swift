import Diagnostics
import LuaBridge
import XCTest

@testable import GopyCore

final class RuleEngineTests: XCTestCase {
    /// A rules folder in a temporary directory: the default rules with some files replaced.
    static func rules(replacing files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: defaultRules, toPath: dir.path)
        for (name, text) in files {
            try text.write(toFile: dir.path + "/" + name, atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    func comment(_ text: String, level: String = "thcs", fields: [String: String] = [:]) -> Comment {
        var all = fields
        all["text"] = text
        all["unit"] = "Trường THCS Lê Lợi"
        return Comment(id: "\(level)/cum-01/5", source: .init(file: "gop-y.csv", row: 5), level: level, cluster: "cum-01", fields: all, extras: [:])
    }

    func testDefaultRulesLabelAClearComment() throws {
        let set = try RuleSet.load(defaultRules)
        let worker = try RuleWorker(rules: set, limits: .default, library: HostLibrary())
        let a = worker.annotate(comment("Đề nghị bổ sung nhiệm vụ xây dựng 6 phòng học bộ môn, giao Sở GDĐT chủ trì, giai đoạn 2026-2028, kinh phí 15 tỷ đồng từ ngân sách thành phố, nhằm đạt 100% trường có đủ phòng bộ môn."))
        XCTAssertNil(a.failure)
        XCTAssertEqual(a.labels.group, "giai_phap")
        XCTAssertEqual(a.labels.stance, "bo_sung")
        XCTAssertEqual(a.labels.area, "phong_hoc")
        XCTAssertEqual(a.labels.appendix, 3)
        XCTAssertEqual(a.labels.hasData, true)
        XCTAssertEqual(a.labels.sixClear?.complete, true, "\(String(describing: a.labels.sixClear?.missing))")
        XCTAssertTrue(a.trace.contains { $0.field == "group" && ($0.at ?? "").hasPrefix(defaultRules + "/lib/classify.lua:") })
    }

    func testWrongTypesAreNamed() throws {
        let dir = try Self.rules(replacing: ["levels/thcs.lua": "return {\n  classify = function(c)\n    return { stance = 42, group = 'muc_tieu', refs = { 'CT 2.3' }, six_clear = { viec = 'yes' } }\n  end,\n}\n"])
        let worker = try RuleWorker(rules: try RuleSet.load(dir), limits: .default, library: HostLibrary())
        let a = worker.annotate(comment("x"))
        let failure = try XCTUnwrap(a.failure)
        XCTAssertEqual(failure.code, "rule.result-shape")
        XCTAssertEqual(failure.location?.file, dir + "/levels/thcs.lua")
        XCTAssertEqual(failure.location?.line, 2)
        XCTAssertEqual(failure.record, "thcs/cum-01/5")
        XCTAssertTrue(failure.message.contains("classify returned stance = 42, expected one of dong_y, sua_doi, bo_sung, khong_dong_y, khac"), failure.message)
        XCTAssertTrue(failure.message.contains("classify returned refs = \"CT 2.3\", expected codes written CTg.nn or NVg.nn"), failure.message)
        XCTAssertTrue(failure.message.contains("six_clear.viec = \"yes\", expected true or false"), failure.message)
        XCTAssertEqual(a.labels.group, "muc_tieu", "valid fields are kept")
    }

    func testSameOutputForAnyThreadCount() throws {
        var outputs: [String] = []
        for threads in [1, 2, 4] {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-out-\(UUID().uuidString)").path
            let report = Runner.run(RunOptions(dataset: miniDataset, rules: defaultRules, out: out, threads: threads))
            XCTAssertEqual(report.status, .findings, report.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
            let annotations = try String(contentsOfFile: out + "/annotations.jsonl", encoding: .utf8)
            let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
            let diagnostics = try String(contentsOfFile: out + "/diagnostics.jsonl", encoding: .utf8)
            outputs.append(annotations + summary + diagnostics)
        }
        XCTAssertEqual(outputs[0], outputs[1])
        XCTAssertEqual(outputs[0], outputs[2])
    }

    func testTheReportedCommentKeepsWhatTheReportsRead() throws {
        var full = comment("Đề nghị bổ sung phòng học", fields: ["proposal": "Xây 6 phòng", "basis": "", "viec": "xây", "unit_code": "T01"])
        full.extras = ["Ghi chú": "gấp"]
        let kept = full.reported()
        XCTAssertEqual([kept.id, kept.level, kept.cluster], [full.id, full.level, full.cluster])
        XCTAssertEqual(kept.source, full.source)
        XCTAssertEqual(kept.fields, ["text": "Đề nghị bổ sung phòng học", "unit": "Trường THCS Lê Lợi", "proposal": "Xây 6 phòng", "basis": ""],
                       "a field present but empty stays present; one absent stays absent")
        XCTAssertEqual(kept.extras, [:])

        // The synthesis, summary and every report come out the same from the reported comments.
        let dataset = try DatasetLoader().load(miniDataset)
        let set = try RuleSet.load(defaultRules)
        let library = HostLibrary(dataset: dataset)
        let worker = try RuleWorker(rules: set, limits: .default, library: library)
        let annotations = dataset.comments.map { worker.annotate($0) }
        func outputs(_ annotations: [Annotation]) throws -> [(String, Data)] {
            let synthesis = Synthesis.run(dataset: dataset, annotations: annotations, findings: [], worker: try RuleWorker(rules: set, limits: .default, library: library))
            let summary = Summary.build(dataset: dataset, annotations: annotations, findings: [], synthesis: synthesis, ruleErrors: 0, rulesRoot: set.root)
            return [("summary.json", Data(summary.json.pretty().utf8))] + (try Reports.render(summary: summary.json, annotations: annotations))
        }
        let slim = annotations.map { a in
            var a = a
            a.comment = a.comment.reported()
            return a
        }
        let before = try outputs(annotations)
        let after = try outputs(slim)
        XCTAssertEqual(before.map(\.0), after.map(\.0))
        for (b, a) in zip(before, after) { XCTAssertEqual(b.1, a.1, b.0) }
    }

    /// An input that counts how many of its kind are alive.
    final class Tracked: Sendable {
        let n: Int
        let alive: Locked<Int>
        init(_ n: Int, _ alive: Locked<Int>) {
            self.n = n
            self.alive = alive
            alive.withLock { $0 += 1 }
        }
        deinit { alive.withLock { $0 -= 1 } }
    }

    func testParallelMapTakingReleasesEachInputOnceItsResultIsMade() throws {
        let alive = Locked(0)
        var items = (0..<200).map { Tracked($0, alive) }
        // One thread, one item a chunk: when item i is judged, items i... are alive and no other.
        let seen = Locked<[Int]>([])
        let results = try Parallel.map(taking: &items, threads: 1, chunk: 1, makeWorker: { () throws(DiagnosticError) in 0 }, body: { _, item in
            let n = item.alive.withLock { $0 }
            seen.withLock { $0.append(n) }
            return item.n * 2
        })
        XCTAssertEqual(results, (0..<200).map { $0 * 2 })
        XCTAssertTrue(items.isEmpty)
        XCTAssertEqual(seen.withLock { $0 }, (0..<200).map { 200 - $0 })
        XCTAssertEqual(alive.withLock { $0 }, 0)

        // With threads, the same results in the same order as the plain map.
        var more = (0..<1_000).map { Tracked($0, alive) }
        let plain = try Parallel.map(more, threads: 4, chunk: 7, makeWorker: { () throws(DiagnosticError) in 0 }, body: { _, item in item.n })
        let taken = try Parallel.map(taking: &more, threads: 4, chunk: 7, makeWorker: { () throws(DiagnosticError) in 0 }, body: { _, item in item.n })
        XCTAssertEqual(taken, plain)
        XCTAssertEqual(alive.withLock { $0 }, 0)
    }

    func testRuleCheckFindsUnknownHooksAndBrokenLibraries() throws {
        let dir = try Self.rules(replacing: [
            "levels/thpt.lua": "return { clasify = function() end }",
            "lib/broken.lua": "local x = \n",
        ])
        let report = RuleCheck.run(rules: dir, limits: .default)
        let text = report.diagnostics.map(\.description).joined(separator: "\n")
        XCTAssertTrue(text.contains("levels/thpt.lua: warning: `clasify` is not a hook gopy calls"), text)
        XCTAssertTrue(text.contains("lib/broken.lua:2: error:"), text)
        let clean = RuleCheck.run(rules: defaultRules, limits: .default)
        XCTAssertEqual(clean.diagnostics, [], clean.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
