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
        func outputs(_ list: [Annotation]) throws -> [(String, Data)] {
            let annotations = AnnotationStore(list)
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

    func testStreamDeliversEveryResultInInputOrderWhileHoldingABoundedSlice() throws {
        let alive = Locked(0)
        let mostAlive = Locked(0)
        let delivered = Locked<[Int]>([])
        // 5,000 items through a queue of 100, four workers taking 8 at a time; some items are
        // slow, so the workers finish out of order.
        try Parallel.stream(threads: 4, chunk: 8, capacity: 100, produce: { emit in
            for n in 0..<5_000 {
                let item = Tracked(n, alive)
                let now = alive.withLock { $0 }
                mostAlive.withLock { $0 = max($0, now) }
                guard emit(item) else { return }
            }
        }, makeWorker: { () throws(DiagnosticError) in 0 }, body: { _, item in
            if item.n % 97 == 0 { Thread.sleep(forTimeInterval: 0.002) }
            return item.n
        }, inOrder: { n in delivered.withLock { $0.append(n) } })
        XCTAssertEqual(delivered.withLock { $0 }, Array(0..<5_000))
        XCTAssertEqual(alive.withLock { $0 }, 0)
        // The queue (100), what four workers hold (4 × 8) and the item being made.
        XCTAssertLessThanOrEqual(mostAlive.withLock { $0 }, 100 + 4 * 8 + 1)
        XCTAssertGreaterThan(mostAlive.withLock { $0 }, 1)
    }

    func testStreamStopsTheProducerWhenTheWorkersCannotStart() {
        let emitted = Locked(0)
        XCTAssertThrowsError(try Parallel.stream(threads: 2, chunk: 4, capacity: 10, produce: { emit in
            for n in 0..<1_000_000 {
                guard emit(n) else { return }
                emitted.withLock { $0 += 1 }
            }
        }, makeWorker: { () throws(DiagnosticError) -> Int in
            throw DiagnosticError(Diagnostic(.error, code: "rules.broken", "broken"))
        }, body: { _, n in n }, inOrder: { _ in XCTFail("nothing is annotated") }))
        // The producer gave up once the queue was full: it did not read the whole input.
        XCTAssertLessThanOrEqual(emitted.withLock { $0 }, 10)
    }

    /// text.lua keeps a comment's answers, two texts per list: asking about more texts in turn,
    /// with other questions in between, must still give each text its own answer, in one
    /// comment and after text.forget().
    func testTextKeepsEachTextItsOwnAnswers() throws {
        let rule = """
            local text = require("text")
            local LIST = { "phong hoc", "giao vien", "truong" }
            local TEXTS = { "xay 6 phong hoc moi", "thieu 12 giao vien", "truong hoc va 3 phong hoc", "khong co gi", "tang 5% giao vien" }
            local function answer(s)
              local all = {}
              for _, o in ipairs(text.find_all(s, LIST)) do all[#all + 1] = o.word .. "@" .. o.at end
              local numbers = {}
              for _, q in ipairs(text.data_numbers(s, {})) do numbers[#numbers + 1] = q.text end
              return tostring(text.find(s, LIST)) .. "|" .. table.concat(all, ",") .. "|" .. table.concat(numbers, ",")
            end
            return { classify = function(c)
              local fresh = {}
              for i, s in ipairs(TEXTS) do
                text.forget()
                fresh[i] = answer(s)
              end
              if fresh[1] ~= "phong hoc|phong hoc@7|6" or fresh[4] ~= "nil||" then
                error("unexpected fresh answers: " .. fresh[1] .. " / " .. fresh[4])
              end
              for round = 1, 4 do
                for i = 1, #TEXTS do
                  local j = (round % 2 == 0) and (#TEXTS + 1 - i) or i
                  local got = answer(TEXTS[j])
                  if got ~= fresh[j] then error(string.format("round %d, text %d: %s, expected %s", round, j, got, fresh[j])) end
                end
                if round == 2 then text.forget() end
              end
              return { group = "khac", area = "chat_luong", stance = "khac", flags = {} }
            end }
            """
        let dir = try Self.rules(replacing: ["levels/thcs.lua": rule])
        let worker = try RuleWorker(rules: try RuleSet.load(dir), limits: .default, library: HostLibrary())
        for _ in 0..<3 {
            let a = worker.annotate(comment("x"))
            XCTAssertNil(a.failure, a.failure?.message ?? "")
            XCTAssertEqual(a.labels.group, "khac")
        }
    }

    /// text.word_before and text.last_word read from the end with anchored patterns; they must
    /// give what the plain patterns ("(%S+)%s*$", "(%S+ %S+)%s*$"; "(%S+)$", "(%S+ %S+)$") give
    /// on the text up to the place, for texts longer and shorter than the window, with runs of
    /// spaces, tabs and line breaks.
    func testWordBeforeIsThePlainPatternsAnswer() throws {
        let rule = """
            local text = require("text")
            local PIECES = { "a", "bb", "ccc", "dddddddddd", " ", "  ", "\\t", "\\n", "hoc", "\\u{1EC7}" }
            return { classify = function(c)
              local seed = 7
              local function random(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n + 1 end
              local checked = 0
              for _ = 1, 3000 do
                local parts = {}
                for i = 1, random(30) do parts[i] = PIECES[random(#PIECES)] end
                local s = table.concat(parts)
                local upto = random(#s + 1) - 1
                local head = string.sub(s, 1, upto)
                for _, two in ipairs({ false, true }) do
                  local want = string.match(head, two and "(%S+ %S+)%s*$" or "(%S+)%s*$")
                  local got = text.word_before(s, upto, two)
                  if got ~= want then
                    error(string.format("word_before(%q, %d, %s) = %s, expected %s", s, upto, tostring(two), tostring(got), tostring(want)))
                  end
                  if want then checked = checked + 1 end
                  local ending = string.match(head, two and "(%S+ %S+)$" or "(%S+)$")
                  if text.last_word(head, two) ~= ending then
                    error(string.format("last_word(%q, %s) = %s, expected %s", head, tostring(two), tostring(text.last_word(head, two)), tostring(ending)))
                  end
                end
              end
              if checked < 1000 then error("too few texts with a word: " .. checked) end
              if not text.has_key_of("theo ct gdpt", { nv = true }, { ct = "chuong trinh" }) or text.has_key_of("cong viec", { ct = true }, {}) then
                error("has_key_of")
              end
              return { group = "khac", area = "chat_luong", stance = "khac", flags = {} }
            end }
            """
        let dir = try Self.rules(replacing: ["levels/thcs.lua": rule])
        // 3,000 texts with the plain patterns beside: more than one call's default budget.
        let worker = try RuleWorker(rules: try RuleSet.load(dir), limits: LuaLimits(instructionBudget: 1_000_000_000), library: HostLibrary())
        let a = worker.annotate(comment("x"))
        XCTAssertNil(a.failure, a.failure?.message ?? "")
        XCTAssertEqual(a.labels.group, "khac")
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
