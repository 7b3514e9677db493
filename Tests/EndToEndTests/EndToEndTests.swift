import Foundation
import XCTest

final class EndToEndTests: XCTestCase {
    let h = Harness()
    static let root = Harness.root
    static let mini = Harness.mini
    func gopy(_ arguments: [String]) throws -> Harness.Result { try h.gopy(arguments) }
    func temporary(_ name: String) -> String { h.temporary(name) }
    func rules(_ files: [String: String]) throws -> String { try h.rules(files) }
    func lines(_ path: String) throws -> [[String: Any]] { try h.lines(path) }

    func testRunWritesEveryCommentAndExplainsEveryRejectedRow() throws {
        let out = temporary("out")
        let r = try gopy(["run", Self.mini, "--out", out])
        XCTAssertEqual(r.status, 1, "findings in the data: exit 1\n" + r.stderr)
        let annotations = try lines(out + "/annotations.jsonl")
        XCTAssertEqual(annotations.count, 9)
        XCTAssertEqual(annotations.first?["id"] as? String, "thcs/cum-01/2")
        XCTAssertEqual(Set((annotations.first ?? [:]).keys), ["id", "source", "level", "cluster", "unit", "text", "group", "area", "appendix", "refs", "stance", "has_data", "has_evidence", "generic", "six_clear", "target_proposal", "corroboration", "response", "flags", "trace"])
        let diagnostics = try lines(out + "/diagnostics.jsonl")
        let rejected = diagnostics.filter { $0["code"] as? String == "comments.no-content" }
        XCTAssertEqual(rejected.compactMap { $0["row"] as? Int }, [7, 8])
        XCTAssertTrue(r.stderr.contains("11 comments read, 9 annotated, 2 rejected, 0 rule errors"), r.stderr)
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as! [String: Any]
        XCTAssertEqual((summary["totals"] as! [String: Any])["comments"] as? Int, 9)
    }

    func testEditingARuleChangesTheAnnotationsWithoutRebuilding() throws {
        let before = temporary("before")
        XCTAssertEqual(try gopy(["run", Self.mini, "--out", before]).status, 1)
        let edited = try rules([
            "levels/thcs.lua": """
            local classify = require("classify")
            local base = classify.new({ level = "thcs" })
            return {
              classify = function(c)
                local labels = base(c)
                if gopy.contains(c.key, "phong hoc bo mon") then
                  labels.area = "chuyen_doi_so"
                  gopy.why("area", "analyst's edit")
                end
                return labels
              end,
            }
            """,
        ])
        let after = temporary("after")
        XCTAssertEqual(try gopy(["run", Self.mini, "--rules", edited, "--out", after]).status, 1)
        let a = try lines(before + "/annotations.jsonl").first { $0["id"] as? String == "thcs/cum-01/5" }!
        let b = try lines(after + "/annotations.jsonl").first { $0["id"] as? String == "thcs/cum-01/5" }!
        XCTAssertEqual(a["area"] as? String, "phong_hoc")
        XCTAssertEqual(b["area"] as? String, "chuyen_doi_so")
        let trace = b["trace"] as! [[String: Any]]
        XCTAssertTrue(trace.contains { $0["why"] as? String == "analyst's edit" && ($0["rule"] as? String) == edited + "/levels/thcs.lua:8" }, "\(trace)")
    }

    func testHostileRuleFilesAreRefusedAndNothingIsWritten() throws {
        let cases: [(String, String, String)] = [
            ("os.execute('touch /tmp/gopy-e2e-pwned')\nreturn {}", "thcs.lua:1: error: blocked: os.execute", "os.execute"),
            ("local f = io.open('/etc/passwd')\nreturn {}", "thcs.lua:1: error: blocked: io.open", "io.open"),
            ("\nlocal s = require('socket')\nreturn {}", "thcs.lua:2: error: module 'socket' not found", "require"),
            ("return load(string.dump(function() end))", "thcs.lua:1: error: blocked: string.dump", "bytecode"),
            ("local n = 0\nwhile true do n = n + 1 end\nreturn {}", "thcs.lua:2: error: instruction budget exceeded", "loop"),
        ]
        for (source, expected, name) in cases {
            let dir = try rules(["levels/thcs.lua": source])
            let out = temporary("hostile")
            // An earlier complete output must survive a refused run untouched.
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try "previous".write(toFile: out + "/marker", atomically: true, encoding: .utf8)
            let started = Date()
            let r = try gopy(["run", Self.mini, "--rules", dir, "--out", out, "--max-instructions", "5000000"])
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, name)
            XCTAssertEqual(r.status, 3, name + ": " + r.stderr)
            XCTAssertTrue(r.stderr.contains(dir + "/levels/" + expected), name + ": " + r.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), ["marker"], name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/gopy-e2e-pwned"))
    }

    func testARuleErrorMarksTheRecordAndTheBatchGoesOn() throws {
        let dir = try rules([
            "levels/thcs.lua": """
            local classify = require("classify")
            local base = classify.new({ level = "thcs" })
            return {
              classify = function(c)
                if c.row == 3 then
                  local missing = nil
                  return missing.field
                end
                return base(c)
              end,
            }
            """,
        ])
        let out = temporary("ruleerror")
        let r = try gopy(["run", Self.mini, "--rules", dir, "--out", out])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains(dir + "/levels/thcs.lua:7: error: [thcs/cum-01/3] attempt to index a nil value (local 'missing')"), r.stderr)
        let annotations = try lines(out + "/annotations.jsonl")
        XCTAssertEqual(annotations.count, 9, "the batch goes on")
        let failed = annotations.first { $0["id"] as? String == "thcs/cum-01/3" }!
        XCTAssertTrue((failed["error"] as? String ?? "").contains("thcs.lua:7"))
        XCTAssertNotNil(annotations.first { $0["id"] as? String == "thcs/cum-01/4" }?["group"] as? String)

        let strictOut = temporary("strict")
        let strict = try gopy(["run", Self.mini, "--rules", dir, "--out", strictOut, "--strict"])
        XCTAssertEqual(strict.status, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: strictOut), "--strict writes nothing")
    }

    func testThreadCountDoesNotChangeTheBytes() throws {
        var outputs: [Data] = []
        for threads in ["1", "3"] {
            let out = temporary("threads")
            XCTAssertEqual(try gopy(["run", Self.mini, "--out", out, "--threads", threads]).status, 1)
            var bytes = Data()
            for name in ["annotations.jsonl", "summary.json", "diagnostics.jsonl"] {
                bytes += try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            }
            outputs.append(bytes)
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    func testCheckAndHelpAndMissingDataset() throws {
        let check = try gopy(["check", Self.mini])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.contains("phu-luc-1.csv!G4: error: “khoảng 800” is not a number"), check.stderr)
        let help = try gopy(["run", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--rules"))
        XCTAssertTrue(help.stdout.contains("annotations.jsonl"))
        let missing = try gopy(["run", "/nonexistent", "--out", temporary("x")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent: error: no dataset folder here"), missing.stderr)
        let rulesCheck = try gopy(["rules", "check"])
        XCTAssertEqual(rulesCheck.status, 0, rulesCheck.stderr)
    }
}
