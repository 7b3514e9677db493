import Foundation
import XCTest

/// The hostile rule files of Tests/Fixtures/hostile-rules, each put in place of
/// Rules/levels/thcs.lua and run through the built binary on the mini dataset, as an analyst who
/// received the file by email would run it.
///
/// A file that attacks from a hook does so on one record (thcs/cum-01/2): the run must stop that
/// call, report it with file, line and record, and classify every other record as usual. A file
/// that attacks while loading is refused before any record is read, and nothing is written.
final class HostileRuleTests: XCTestCase {
    let h = Harness()
    static let fixtures = Harness.root + "/Tests/Fixtures/hostile-rules"
    static let budget = "instruction budget exceeded (20000000 instructions per call) — the rule may loop without end"
    static let memory = "memory limit exceeded (128 MB per rule state) — the rule may build ever larger tables or strings"

    /// File → the diagnostic line the run must print, after `<rules>/levels/`. Hooks attack on
    /// line 9 of their file; files that attack while loading do so on line 4.
    static let hookCases: [(String, String)] = [
        ("io-open", "thcs.lua:9: error: [thcs/cum-01/2] blocked: io.open"),
        ("io-popen", "thcs.lua:9: error: [thcs/cum-01/2] blocked: io.popen"),
        ("io-lines", "thcs.lua:9: error: [thcs/cum-01/2] blocked: io.lines"),
        ("io-stdout", "thcs.lua:9: error: [thcs/cum-01/2] blocked: io.stdout"),
        ("os-execute", "thcs.lua:9: error: [thcs/cum-01/2] blocked: os.execute"),
        ("os-exit", "thcs.lua:9: error: [thcs/cum-01/2] blocked: os.exit"),
        ("os-getenv", "thcs.lua:9: error: [thcs/cum-01/2] blocked: os.getenv"),
        ("os-remove", "thcs.lua:9: error: [thcs/cum-01/2] blocked: os.remove"),
        ("os-time-now", "thcs.lua:9: error: [thcs/cum-01/2] blocked: os.time() without a date"),
        ("debug-sethook", "thcs.lua:9: error: [thcs/cum-01/2] blocked: debug.sethook"),
        ("debug-getregistry", "thcs.lua:9: error: [thcs/cum-01/2] blocked: debug.getregistry"),
        ("dofile", "thcs.lua:9: error: [thcs/cum-01/2] blocked: dofile"),
        ("loadfile", "thcs.lua:9: error: [thcs/cum-01/2] blocked: loadfile"),
        ("package-loadlib", "thcs.lua:9: error: [thcs/cum-01/2] blocked: package.loadlib"),
        ("collectgarbage-stop", "thcs.lua:9: error: [thcs/cum-01/2] blocked: collectgarbage(\"stop\")"),
        ("math-random", "thcs.lua:9: error: [thcs/cum-01/2] blocked: math.random (rules must give the same result on every run)"),
        ("gc-finalizer", "thcs.lua:9: error: [thcs/cum-01/2] blocked: __gc metamethod (finalizers run at unpredictable times)"),
        ("bytecode-load", "thcs.lua:9: error: [thcs/cum-01/2] blocked: precompiled bytecode (only Lua source text is allowed)"),
        ("bytecode-load-mode", "thcs.lua:9: error: [thcs/cum-01/2] blocked: load with mode 'b' (only Lua source text is allowed)"),
        ("bytecode-string-dump", "thcs.lua:9: error: [thcs/cum-01/2] blocked: string.dump (precompiled bytecode is not allowed)"),
        ("bytecode-dump-method", "thcs.lua:9: error: [thcs/cum-01/2] blocked: string.dump (precompiled bytecode is not allowed)"),
        ("string-metatable", "thcs.lua:9: error: [thcs/cum-01/2] attempt to index a boolean value"),
        ("setmetatable-library", "thcs.lua:9: error: [thcs/cum-01/2] cannot change a protected metatable"),
        ("setmetatable-gopy", "thcs.lua:9: error: [thcs/cum-01/2] cannot change a protected metatable"),
        ("assign-library", "thcs.lua:9: error: [thcs/cum-01/2] cannot assign string.upper: host libraries are read-only"),
        ("rawset-library", "thcs.lua:9: error: [thcs/cum-01/2] cannot assign gopy.contains: host libraries are read-only"),
        ("loop-in-hook", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("loop-in-pcall", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("loop-in-xpcall-handler", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("loop-in-loaded-chunk", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("loop-in-tostring", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("loop-in-close", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("memory-table", "thcs.lua:9: error: [thcs/cum-01/2] " + memory),
        ("memory-string-rep", "thcs.lua:9: error: [thcs/cum-01/2] " + memory),
        ("memory-in-pcall", "thcs.lua:9: error: [thcs/cum-01/2] " + memory),
        ("recursion", "thcs.lua:9: error: [thcs/cum-01/2] stack overflow"),
        ("coroutine-endless", "thcs.lua:9: error: [thcs/cum-01/2] blocked: coroutine.create"),
        ("hook-yields", "thcs.lua:9: error: [thcs/cum-01/2] blocked: coroutine.yield"),
        ("error-table", "thcs.lua:9: error: [thcs/cum-01/2] error object is a table value"),
        ("error-nil", "thcs.lua:9: error: [thcs/cum-01/2] error object is a nil value"),
        // The hook has returned when its result is refused: the place named is the hook.
        ("result-cyclic", "thcs.lua:7: error: [thcs/cum-01/2] the hook's result cannot be used: cyclic table (a table that contains itself) (at flags[1])"),
        ("result-function", "thcs.lua:7: error: [thcs/cum-01/2] the hook's result cannot be used: a function cannot be passed to gopy (at group)"),
        ("result-ten-million", "thcs.lua:7: error: [thcs/cum-01/2] the hook's result cannot be used: result too large (at flags)"),
        ("pattern-backtracking", "thcs.lua:9: error: [thcs/cum-01/2] string.find: the pattern \".-.-.-.-.-.-b\" may take up to 1e+30 steps on this 50000-byte text"),
        ("pattern-quadratic", "thcs.lua:9: error: [thcs/cum-01/2] string.find: the pattern \"(.-)*b\" may take up to 4e+10 steps on this 100000-byte text"),
        // Caught by pcall, the refusal comes back from the hook as the plain budget stop.
        ("pattern-in-pcall", "thcs.lua:9: error: [thcs/cum-01/2] " + budget),
        ("undeclared-global", "thcs.lua:9: error: [thcs/cum-01/2] undeclared global 'comment_text'"),
    ]

    static let loadCases: [(String, String)] = [
        ("load-io-open", "thcs.lua:4: error: blocked: io.open"),
        ("load-loop", "thcs.lua:4: error: " + budget),
        ("load-memory", "thcs.lua:4: error: " + memory),
        ("require-c-module", "thcs.lua:4: error: blocked: require(\"socket.core\"): a module name is the plain name of a file in Rules/lib"),
        ("require-unknown", "thcs.lua:4: error: module 'lfs' not found: require loads only Rules/lib/lfs.lua"),
        ("require-parent-path", "thcs.lua:4: error: blocked: require(\"../../etc/passwd\"): a module name is the plain name of a file in Rules/lib"),
        ("require-absolute-path", "thcs.lua:4: error: blocked: require(\"/etc/passwd\"): a module name is the plain name of a file in Rules/lib"),
        ("package-path", "thcs.lua:4: error: blocked: package.path"),
    ]

    /// Extra options: the 10-million-entry result needs room to be built at all, so that what
    /// stops it is the result limit, not the budget or the memory cap.
    static let options: [String: [String]] = ["result-ten-million": ["--max-instructions", "200000000", "--max-memory", "1024"]]

    struct Outcome: Sendable {
        var name: String
        var rules: String
        var out: String
        var result: Harness.Result
        var seconds: Double
    }

    /// Runs every case, two at a time (the runs are independent; this halves the suite's time).
    func runAll(_ cases: [(String, String)]) throws -> [Outcome] {
        let prepared: [(String, String, String)] = try cases.map { name, _ in
            let source = try String(contentsOfFile: Self.fixtures + "/" + name + ".lua", encoding: .utf8)
            return (name, try h.rules(["levels/thcs.lua": source]), h.temporary("hostile-" + name))
        }
        let slots = OutcomeSlots(count: prepared.count)
        let harness = h
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            for i in stride(from: lane, to: prepared.count, by: 2) {
                let (name, rules, out) = prepared[i]
                let started = Date()
                let result = (try? harness.gopy(["run", Harness.mini, "--rules", rules, "--out", out] + (Self.options[name] ?? [])))
                    ?? Harness.Result(status: -1, stdout: "", stderr: "could not start gopy")
                slots.set(i, Outcome(name: name, rules: rules, out: out, result: result, seconds: Date().timeIntervalSince(started)))
            }
        }
        return slots.all()
    }

    func testEveryFileOfTheSuiteIsHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures).filter { $0.hasSuffix(".lua") }.map { String($0.dropLast(4)) }
        XCTAssertEqual(Set(files), Set((Self.hookCases + Self.loadCases).map(\.0)), "every hostile file has an expected diagnostic, and every case a file")
        XCTAssertGreaterThanOrEqual(files.count, 20)
    }

    func testHostileHooksAreStoppedAndTheBatchGoesOn() throws {
        let victim = "/tmp/gopy-hostile-victim"
        try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
        let expected = Dictionary(uniqueKeysWithValues: Self.hookCases)
        for outcome in try runAll(Self.hookCases) {
            let name = outcome.name
            let r = outcome.result
            XCTAssertLessThan(outcome.seconds, 20, "\(name): stopping must be prompt")
            XCTAssertEqual(r.status, 3, "\(name): a rule error on a record is exit 3\n\(r.stderr)")
            let line = outcome.rules + "/levels/" + expected[name]!
            XCTAssertTrue(r.stderr.split(separator: "\n").contains { $0.hasPrefix(line) }, "\(name): expected\n\(line)\ngot\n\(r.stderr)")
            guard let annotations = try? h.lines(outcome.out + "/annotations.jsonl") else {
                XCTFail("\(name): no annotations written"); continue
            }
            XCTAssertEqual(annotations.count, 9, "\(name): every comment is in the output")
            let attacked = annotations.first { $0["id"] as? String == "thcs/cum-01/2" }
            XCTAssertTrue((attacked?["error"] as? String ?? "").contains("thcs.lua:"), "\(name): the attacked record is marked")
            // The host stayed healthy: the next records of the same level were classified.
            for id in ["thcs/cum-01/4", "thcs/cum-01/5"] {
                let next = annotations.first { $0["id"] as? String == id }
                XCTAssertNil(next?["error"], "\(name): \(id) failed too")
                XCTAssertNotNil(next?["group"] as? String, "\(name): \(id) was not classified")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/gopy-hostile-pwned"), "a shell command ran")
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me", "a file was removed")
    }

    func testHostileFilesAreRefusedAtLoadAndNothingIsWritten() throws {
        let expected = Dictionary(uniqueKeysWithValues: Self.loadCases)
        for outcome in try runAll(Self.loadCases) {
            let r = outcome.result
            XCTAssertLessThan(outcome.seconds, 20, outcome.name)
            XCTAssertEqual(r.status, 3, "\(outcome.name)\n\(r.stderr)")
            let line = outcome.rules + "/levels/" + expected[outcome.name]!
            XCTAssertTrue(r.stderr.split(separator: "\n").contains { $0.hasPrefix(line) }, "\(outcome.name): expected\n\(line)\ngot\n\(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: outcome.out), "\(outcome.name): a refused run writes nothing")
        }
    }
}

/// Results of concurrent runs, one slot per case.
final class OutcomeSlots: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [HostileRuleTests.Outcome?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ outcome: HostileRuleTests.Outcome) { lock.withLock { slots[i] = outcome } }
    func all() -> [HostileRuleTests.Outcome] { lock.withLock { slots.compactMap { $0 } } }
}
