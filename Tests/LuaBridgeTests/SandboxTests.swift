import Diagnostics
import Foundation
import XCTest

@testable import LuaBridge

/// Helpers: a host with one rule file whose `run` hook is the code under test.
private func host(libraries: [String: RuleSource] = [:], limits: LuaLimits = .default, functions: [String: HostFunction] = [:]) throws -> RuleHost {
    try RuleHost(libraries: libraries, limits: limits, hostFunctions: functions)
}

private func loadFailure(_ source: String, path: String = "Rules/levels/thcs.lua", limits: LuaLimits = .default) throws -> Diagnostic {
    let h = try host(limits: limits)
    switch h.load(RuleSource(path: path, text: source)) {
    case .success: XCTFail("expected the rule file to be refused"); throw DiagnosticError([])
    case .failure(let d): return d
    }
}

/// Runs `body` as the `run` hook and returns the diagnostic of its failure.
private func hookFailure(_ body: String, limits: LuaLimits = .default, record: String = "thcs/cum-03/17") throws -> (Diagnostic, RuleHost, LoadedRule) {
    let h = try host(limits: limits)
    let source = "return {\n  run = function(x)\n" + body + "\n  end,\n  ok = function() return 'still fine' end,\n}\n"
    let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: source)).get()
    switch h.invoke(rule, hook: "run", arguments: [], record: record) {
    case .failure(let d): return (d, h, rule)
    case .value(let v, _, _): XCTFail("expected a failure, got \(v)")
    case .noHook: XCTFail("no hook")
    }
    throw DiagnosticError([])
}

private func assertHealthy(_ h: RuleHost, _ rule: LoadedRule, file: StaticString = #filePath, line: UInt = #line) {
    guard case .value(let v, _, _) = h.invoke(rule, hook: "ok", arguments: [], record: nil) else {
        return XCTFail("the host did not survive", file: file, line: line)
    }
    XCTAssertEqual(v, "still fine", file: file, line: line)
}

final class BlockedFunctionTests: XCTestCase {
    /// Every withheld function answers with an error that names it, at the rule's line.
    func testEveryBlockedFunctionNamesItself() throws {
        let cases: [(String, String)] = [
            ("io.open('/etc/passwd')", "blocked: io.open"),
            ("io.read()", "blocked: io.read"),
            ("io.write('x')", "blocked: io.write"),
            ("io.lines('/etc/passwd')", "blocked: io.lines"),
            ("io.popen('ls')", "blocked: io.popen"),
            ("os.execute('ls')", "blocked: os.execute"),
            ("os.exit(1)", "blocked: os.exit"),
            ("os.getenv('HOME')", "blocked: os.getenv"),
            ("os.remove('/tmp/x')", "blocked: os.remove"),
            ("os.rename('/tmp/x', '/tmp/y')", "blocked: os.rename"),
            ("os.tmpname()", "blocked: os.tmpname"),
            ("os.clock()", "blocked: os.clock"),
            ("os.time()", "blocked: os.time() without a date"),
            ("os.date('%Y')", "blocked: os.date without a time"),
            ("debug.getinfo(1)", "blocked: debug.getinfo"),
            ("debug.sethook()", "blocked: debug.sethook"),
            ("debug.getregistry()", "blocked: debug.getregistry"),
            ("package.loadlib('libc.so.6', 'system')", "blocked: package.loadlib"),
            ("dofile('/etc/passwd')", "blocked: dofile"),
            ("loadfile('/etc/passwd')", "blocked: loadfile"),
            ("collectgarbage('stop')", "blocked: collectgarbage(\"stop\")"),
            ("collectgarbage('generational')", "blocked: collectgarbage(\"generational\")"),
            ("string.dump(function() end)", "blocked: string.dump"),
            ("coroutine.create(function() end)", "blocked: coroutine.create"),
            ("math.random()", "blocked: math.random"),
            ("setmetatable({}, { __gc = function() end })", "blocked: __gc metamethod"),
            ("load('return 1', 'x', 'b')", "blocked: load with mode 'b'"),
        ]
        for (code, expected) in cases {
            let (d, h, rule) = try hookFailure("    " + code)
            XCTAssertTrue(d.message.hasPrefix(expected), "\(code): \(d.message)")
            XCTAssertEqual(d.location?.file, "Rules/levels/thcs.lua", code)
            XCTAssertEqual(d.location?.line, 3, code)
            XCTAssertEqual(d.record, "thcs/cum-03/17")
            assertHealthy(h, rule)
        }
    }

    func testAllowedLibrariesWork() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/t.lua", text: """
            return { run = function()
              return { s = string.upper("abc"), t = table.concat({1, 2}, ","), m = math.floor(2.7),
                       u = utf8.len("Việt"), d = os.date("!%Y-%m-%d", os.time({year = 2026, month = 2, day = 6, hour = 12})),
                       g = collectgarbage("count") > 0 }
            end }
            """)).get()
        guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v["s"], "ABC")
        XCTAssertEqual(v["t"], "1,2")
        XCTAssertEqual(v["m"], 2)
        XCTAssertEqual(v["u"], 4)
        XCTAssertEqual(v["g"], true)
        XCTAssertNotNil(v["d"].stringValue)
    }

    func testBytecodeIsRefused() throws {
        // A precompiled chunk handed to load: refused even though string.dump is gone, since a
        // rule could carry bytecode bytes inside a string literal.
        let (d, _, _) = try hookFailure("""
                local f, err = load("\\27Lua\\84\\0\\25\\147\\13\\10\\26\\10")
                error(err)
            """)
        XCTAssertTrue(d.message.contains("precompiled bytecode"), d.message)

        let (d2, _, _) = try hookFailure("    return load(string.dump(function() return 1 end))()")
        XCTAssertTrue(d2.message.hasPrefix("blocked: string.dump"), d2.message)

        let (d3, _, _) = try hookFailure("    local s = ('x').dump; return s(function() end)")
        XCTAssertTrue(d3.message.hasPrefix("blocked: string.dump"), d3.message)
    }

    func testStringMetatableIsLocked() throws {
        let (d, _, _) = try hookFailure("    getmetatable('').__index = { upper = function() return 'pwned' end }")
        XCTAssertTrue(d.message.contains("attempt to index a boolean value"), d.message)
    }

    func testHostLibrariesAreReadOnly() throws {
        let (d, _, _) = try hookFailure("    string.upper = function() return 'x' end")
        XCTAssertTrue(d.message.contains("cannot assign string.upper"), d.message)
        let (d2, _, _) = try hookFailure("    gopy.why = nil")
        XCTAssertTrue(d2.message.contains("cannot assign gopy.why"), d2.message)
    }
}

final class LoadTimeTests: XCTestCase {
    func testLoadTimeEscapesAreRefusedWithFileAndLine() throws {
        let cases: [(String, String, Int)] = [
            ("local x = 1\nos.execute('touch /tmp/gopy-pwned')\nreturn {}", "blocked: os.execute", 2),
            ("\nio.open('/etc/passwd')\nreturn {}", "blocked: io.open", 2),
            ("local socket = require('socket')\nreturn {}", "module 'socket' not found", 1),
            ("return load(string.dump(function() end))", "blocked: string.dump", 1),
            ("local n = 0\nwhile true do n = n + 1 end\nreturn {}", "instruction budget exceeded", 2),
            ("require('../../etc/passwd')", "blocked: require(\"../../etc/passwd\")", 1),
            ("require('/etc/passwd')", "blocked: require(\"/etc/passwd\")", 1),
        ]
        for (source, expected, line) in cases {
            let started = Date()
            let d = try loadFailure(source)
            XCTAssertLessThan(Date().timeIntervalSince(started), 5, "stopping must be prompt")
            XCTAssertTrue(d.message.hasPrefix(expected), "\(source): \(d.message)")
            XCTAssertEqual(d.location?.file, "Rules/levels/thcs.lua", source)
            XCTAssertEqual(d.location?.line, line, source)
            XCTAssertEqual(d.severity, .error)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/gopy-pwned"))
    }

    func testSyntaxErrorNamesTheLine() throws {
        let d = try loadFailure("return {\n  classify = function(c)\n    if c then\n  end,\n}")
        XCTAssertEqual(d.location?.file, "Rules/levels/thcs.lua")
        XCTAssertEqual(d.location?.line, 4)
        XCTAssertTrue(d.message.contains("expected"), d.message)
    }

    func testAFileMustReturnATable() throws {
        let d = try loadFailure("local x = 1")
        XCTAssertTrue(d.message.contains("must end with `return {"), d.message)
    }
}

final class LimitTests: XCTestCase {
    let quick = LuaLimits(instructionBudget: 5_000_000, memoryBytes: 16 << 20)

    private func assertStopped(_ body: String, _ expected: String, line: Int = 3, code: String, file: StaticString = #filePath, l: UInt = #line) throws {
        let started = Date()
        let (d, h, rule) = try hookFailure(body, limits: quick)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0, "must stop within a second", file: file, line: l)
        XCTAssertTrue(d.message.contains(expected), d.message, file: file, line: l)
        XCTAssertEqual(d.code, code, file: file, line: l)
        XCTAssertEqual(d.location?.file, "Rules/levels/thcs.lua", file: file, line: l)
        XCTAssertEqual(d.location?.line, line, d.description, file: file, line: l)
        assertHealthy(h, rule, file: file, line: l)
    }

    func testInfiniteLoopIsStopped() throws {
        try assertStopped("    while true do end", "instruction budget exceeded", code: "rule.budget")
    }

    func testLoopInsidePcallCannotSwallowTheStop() throws {
        try assertStopped("    for i = 1, 10 do pcall(function() while true do end end) end\n    return 'escaped'", "instruction budget exceeded", code: "rule.budget")
        try assertStopped("    local ok = xpcall(function() while true do end end, function(e) return e end)\n    while not ok do end", "instruction budget exceeded", code: "rule.budget")
        // The stop is raised inside the hook, where hooks are off: a looping message handler run
        // then was never stopped (the host hung). A looping __close runs as the stop unwinds, and is
        // stopped in turn, at its own line.
        try assertStopped("    xpcall(function() error('x') end, function() while true do end end)", "instruction budget exceeded", code: "rule.budget")
        try assertStopped("    local guard <close> = setmetatable({}, { __close = function() while true do end end })\n    while true do end", "instruction budget exceeded", line: 3, code: "rule.budget")
    }

    func testMemoryBombIsStopped() throws {
        try assertStopped("    local t = {} while true do t[#t + 1] = {} end", "memory limit exceeded", code: "rule.memory")
    }

    func testHugeStringIsStopped() throws {
        let (d, h, rule) = try hookFailure("    local s = string.rep('x', 1 << 30)\n    return #s", limits: quick)
        XCTAssertTrue(d.message.contains("memory limit exceeded"), d.message)
        XCTAssertEqual(d.code, "rule.memory")
        XCTAssertEqual(d.location?.line, 3, "one C call, no hook sample yet: the line is read when the allocator refuses")
        assertHealthy(h, rule)
        XCTAssertLessThan(h.state.memoryUsed, 8 << 20, "the bomb's memory is given back")
    }

    func testMemoryBombInsidePcallIsStopped() throws {
        try assertStopped("    while true do pcall(function() local t = {} while true do t[#t + 1] = 'xxxxxxxx' .. #t end end) end",
                          "memory limit exceeded", code: "rule.memory")
    }

    func testRunawayRecursionIsStopped() throws {
        let started = Date()
        let (d, h, rule) = try hookFailure("    local function f(n) return 1 + f(n + 1) end\n    return f(1)", limits: quick)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
        XCTAssertTrue(d.message.contains("stack overflow") || d.message.contains("memory limit"), d.message)
        XCTAssertEqual(d.location?.file, "Rules/levels/thcs.lua")
        XCTAssertEqual(d.location?.line, 3)
        assertHealthy(h, rule)
    }

    /// The matcher runs in C where the instruction hook cannot reach; these patterns would run for
    /// minutes (or for ever) without the up-front charge.
    func testPathologicalPatternsAreStoppedPromptly() throws {
        let cases = [
            "    local at = string.find(string.rep('a', 50000), '.-.-.-.-.-.-b')\n    return at",
            "    local at = string.rep('a', 1e5):find('(.-)*b')\n    return at",
            "    return (string.rep('a', 1e5):match('^(a*)*a*a*a*b'))",
            "    for w in string.gmatch(string.rep('ab', 30000), '.-.-.-c') do end",
            "    return (string.gsub(string.rep(' ', 40000), '%s*%s*%s*x', ''))",
            "    local at = string.find(string.rep('a', 3e6), string.rep('a', 1e6) .. 'b', 1, true)\n    return at",
            // Caught and retried: the stop must not be swallowed.
            "    for i = 1, 100 do pcall(string.find, string.rep('a', 50000), '.-.-.-.-b') end\n    return 'escaped'",
        ]
        for body in cases {
            let started = Date()
            let (d, h, rule) = try hookFailure(body, limits: quick)
            XCTAssertLessThan(Date().timeIntervalSince(started), 2.0, body)
            XCTAssertEqual(d.code, "rule.budget", body)
            XCTAssertEqual(d.location?.line, 3, body)
            XCTAssertTrue(d.message.contains("may take up to") || d.message.hasPrefix("instruction budget exceeded"), "\(body): \(d.message)")
            assertHealthy(h, rule)
        }
        // A tail call of a string function keeps the hook's frame (the guarded functions are C
        // functions, which Lua calls in place): the line of the call is named.
        let (d, _, _) = try hookFailure("    return string.find(string.rep('a', 50000), '.-.-.-.-.-.-b')", limits: quick)
        XCTAssertEqual(d.location?.line, 3, d.description)
        XCTAssertTrue(d.message.hasPrefix("string.find: the pattern \".-.-.-.-.-.-b\" may take up to "), d.message)
        XCTAssertTrue(d.message.contains("on this 50000-byte text, more than the "), d.message)
    }

    /// The patterns rules really use cost little against the bound, on long comments too.
    func testOrdinaryPatternsStillWork() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/p.lua", text: """
            return { run = function()
              -- 2,400 bytes on one line: a long comment.
              local key = string.rep("truong dang qua tai 1420 hs / lop, binh quan 52 hs/lop; ", 40)
              local out = {}
              for i = 1, 3 do
                out.ratio = string.match(key, "(%d+[%.,]?%d*)%s*hs%s*/%s*lop")
                out.trim = string.match("   x y   ", "^%s*(.-)%s*$")
                out.n = select(2, string.gsub(key, "([%.;,])%s", "\\n"))
                out.lines = 0
                for line in string.gmatch(key .. "\\n", "([^\\n]*)\\n") do out.lines = out.lines + 1 end
                out.bal = string.match("(a (b) c) d", "^%s*%b()")
                out.set = string.find("x]y", "[]]")
                out.plain = string.find(key, "binh quan", 1, true)
                out.method = ("Abc"):find("%u")
              end
              return out
            end }
            """)).get()
        let outcome = h.invoke(rule, hook: "run", arguments: [], record: nil)
        guard case .value(let v, _, _) = outcome else { return XCTFail("ordinary patterns were refused: \(outcome)") }
        XCTAssertEqual(v["ratio"], "1420")
        XCTAssertEqual(v["trim"], "x y")
        XCTAssertEqual(v["n"], 80)
        XCTAssertEqual(v["lines"], 1)
        XCTAssertEqual(v["bal"], "(a (b) c)")
        XCTAssertEqual(v["set"], 2)
        XCTAssertEqual(v["plain"], 36)
        XCTAssertEqual(v["method"], 1)
    }

    func testBudgetIsPerCall() throws {
        // 10 calls of ~1M instructions each fit a 5M budget only if it is reset before each call.
        let h = try host(limits: quick)
        let rule = try h.load(RuleSource(path: "Rules/t.lua", text: "return { run = function() local n = 0 for i = 1, 300000 do n = n + i end return n end }")).get()
        for _ in 0..<10 {
            guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail("budget not reset") }
            XCTAssertEqual(v, .integer(45_000_150_000))
        }
    }
}

final class ErrorShapeTests: XCTestCase {
    func testRuntimeErrorReadsLikeACompiler() throws {
        let (d, h, rule) = try hookFailure("    local c = nil\n    return c.x")
        XCTAssertEqual(d.description, "Rules/levels/thcs.lua:4: error: [thcs/cum-03/17] attempt to index a nil value (local 'c')")
        assertHealthy(h, rule)
    }

    func testErrorObjectsThatAreNotStrings() throws {
        let (d, _, _) = try hookFailure("    error({ code = 42 })")
        XCTAssertEqual(d.message, "error object is a table value")
        XCTAssertEqual(d.location?.line, 3)
        let (d2, _, _) = try hookFailure("    error(nil)")
        XCTAssertEqual(d2.message, "error object is a nil value")
        let (d3, _, _) = try hookFailure("    error(setmetatable({}, { __tostring = function() return 'custom message' end }))")
        XCTAssertEqual(d3.message, "custom message")
    }

    func testUndeclaredGlobalIsNamed() throws {
        let (d, _, _) = try hookFailure("    local n = string.len(comment_text)")
        XCTAssertEqual(d.message, "undeclared global 'comment_text'")
        XCTAssertEqual(d.location?.line, 3)
    }

    func testRuleFilesDoNotLeakGlobals() throws {
        let h = try host()
        let a = try h.load(RuleSource(path: "Rules/a.lua", text: "shared = 'from a'\nreturn { get = function() return shared end }")).get()
        let b = try h.load(RuleSource(path: "Rules/b.lua", text: "return { get = function() return shared end }")).get()
        guard case .value(let v, _, _) = h.invoke(a, hook: "get", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, "from a")
        guard case .failure(let d) = h.invoke(b, hook: "get", arguments: [], record: nil) else { return XCTFail("b saw a's global") }
        XCTAssertEqual(d.message, "undeclared global 'shared'")
    }

    func testRawsetOnALibraryIsRefusedLikeAnAssignment() throws {
        // rawset skips __newindex; without the guard it would quietly give this one file a
        // different string.upper than the others, which is worse than an error an analyst can see.
        let h = try host()
        guard case .failure(let d) = h.load(RuleSource(path: "Rules/a.lua", text: "rawset(string, 'upper', function() return 'pwned' end)\nreturn {}")) else {
            return XCTFail("rawset into a host library was accepted")
        }
        XCTAssertEqual(d.description, "Rules/a.lua:1: error: cannot assign string.upper: host libraries are read-only")
        guard case .failure(let d2) = h.load(RuleSource(path: "Rules/c.lua", text: "\nrawset(gopy, 'contains', function() return true end)\nreturn {}")) else {
            return XCTFail("rawset into gopy was accepted")
        }
        XCTAssertEqual(d2.description, "Rules/c.lua:2: error: cannot assign gopy.contains: host libraries are read-only")
        // A file's own tables and globals stay the file's to change.
        let b = try h.load(RuleSource(path: "Rules/b.lua", text: "local t = {}\nrawset(t, 'k', 1)\nrawset(_G, 'mine', 2)\nreturn { up = function() return string.upper('x') .. t.k .. mine end }")).get()
        guard case .value(let vb, _, _) = h.invoke(b, hook: "up", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(vb, "X12")
    }

    /// An argument that cannot cross is named by its place: the argument's number, then the
    /// keys down to the value; the cycle check works for a table in any argument.
    func testArgumentsThatCannotCrossAreNamedByPlace() throws {
        let h = try host(functions: ["echo": { args in args }])
        let source = """
            return {
              nested = function() return gopy.echo("text", 2, { k = { function() end } }) end,
              cyclic = function() local t = {} t.me = t return gopy.echo(1, t) end,
              plain = function() return gopy.echo("a", 1, true, nil) end,
            }
            """
        let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: source)).get()
        guard case .failure(let d) = h.invoke(rule, hook: "nested", arguments: [], record: nil) else { return XCTFail("a function crossed") }
        XCTAssertTrue(d.message.contains("a function cannot be passed to gopy (at argument 3.k[1])"), d.message)
        guard case .failure(let d2) = h.invoke(rule, hook: "cyclic", arguments: [], record: nil) else { return XCTFail("a cycle crossed") }
        XCTAssertTrue(d2.message.contains("cyclic table (a table that contains itself) (at argument 2.me)"), d2.message)
        guard case .value(let v, _, _) = h.invoke(rule, hook: "plain", arguments: [], record: nil) else { return XCTFail("plain arguments failed") }
        XCTAssertEqual(v, "a")
    }

    func testResultsThatCannotCross() throws {
        let (d, _, _) = try hookFailure("    local t = {} t.self = t return t")
        XCTAssertEqual(d.code, "rule.result")
        XCTAssertTrue(d.message.contains("cyclic table"), d.message)
        let (d2, _, _) = try hookFailure("    return { f = function() end }")
        XCTAssertTrue(d2.message.contains("a function cannot be passed to gopy (at f)"), d2.message)
        let limits = LuaLimits(instructionBudget: 50_000_000, memoryBytes: 256 << 20, maxResultValues: 10_000)
        let (d3, _, _) = try hookFailure("    local t = {} for i = 1, 20000 do t[i] = i end return t", limits: limits)
        XCTAssertTrue(d3.message.contains("result too large"), d3.message)
    }
}

final class BridgeTests: XCTestCase {
    func testValuesRoundTripBothWays() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/echo.lua", text: "return { echo = function(...) return { ... } end, kinds = function(v) local out = {} for k, x in pairs(v) do out[k] = math.type(x) or type(x) end return out end }")).get()
        let value: LuaValue = [
            "text": "Trường THCS Lê Lợi – “quá tải”",
            "count": 42,
            "rate": 85.5,
            "flag": true,
            "list": ["CT2.03", "NV5.02"],
            "nested": ["deep": ["deeper": [1, 2, 3]]],
            "empty": "",
        ]
        guard case .value(let v, _, _) = h.invoke(rule, hook: "echo", arguments: [value, "second", 7], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, .array([value, "second", 7]))
        guard case .value(let kinds, _, _) = h.invoke(rule, hook: "kinds", arguments: [["i": 1, "f": 1.5, "s": "x", "b": false, "t": [1]]], record: nil) else { return XCTFail() }
        XCTAssertEqual(kinds, ["i": "integer", "f": "float", "s": "string", "b": "boolean", "t": "table"])
    }

    func testHostFunctionsAndTheirErrors() throws {
        let functions: [String: HostFunction] = [
            "upper": { args throws(HostFunctionError) in
                guard let s = args.first?.stringValue else { throw HostFunctionError("expected a string, got \(args.first?.typeName ?? "nothing")") }
                return [.string(s.uppercased())]
            },
            "pair": { _ in ["a", ["b": 2]] },
        ]
        let h = try host(functions: functions)
        let rule = try h.load(RuleSource(path: "Rules/h.lua", text: "return {\n run = function() local a, b = gopy.pair() return { gopy.upper('đường'), a, b.b } end,\n bad = function()\n return gopy.upper(42)\n end }")).get()
        guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, ["ĐƯỜNG", "a", 2])
        guard case .failure(let d) = h.invoke(rule, hook: "bad", arguments: [], record: "r1") else { return XCTFail() }
        XCTAssertEqual(d.description, "Rules/h.lua:4: error: [r1] gopy.upper: expected a string, got number")
        // A rule can catch a host function's error like any Lua error.
        let rule2 = try h.load(RuleSource(path: "Rules/h2.lua", text: "return { run = function() return (pcall(gopy.upper, {})) end }")).get()
        guard case .value(let caught, _, _) = h.invoke(rule2, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(caught, false)
    }

    func testMissingHookMeansNoOpinion() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/x.lua", text: "return { classify = function() return nil end }")).get()
        guard case .noHook = h.invoke(rule, hook: "check_row", arguments: [], record: nil) else { return XCTFail() }
        guard case .value(.nil, _, _) = h.invoke(rule, hook: "classify", arguments: [], record: nil) else { return XCTFail() }
    }

    func testTraceNamesTheRuleLine() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: "return {\n  classify = function(c)\n    gopy.why('group', 'nói về chỉ tiêu')\n    return { group = 'muc_tieu' }\n  end,\n}")).get()
        guard case .value(_, let trace, let defined) = h.invoke(rule, hook: "classify", arguments: [[:]], record: nil) else { return XCTFail() }
        XCTAssertEqual(trace, [TraceEntry(field: "group", why: "nói về chỉ tiêu", at: "Rules/levels/thcs.lua:3")])
        XCTAssertEqual(defined, "Rules/levels/thcs.lua:2")
    }

    func testRequireLoadsOnlyRulesLib() throws {
        let lib = RuleSource(path: "Rules/lib/text.lua", text: "local M = {}\nfunction M.twice(s) return s .. s end\nreturn M")
        let h = try host(libraries: ["text": lib])
        let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: "local text = require('text')\ntext.twice = nil\nreturn { run = function() return require('text') == text end }")).get()
        guard case .value(let same, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(same, true)
        // Another file gets its own copy of the module: the first file's edit did not reach it.
        let other = try h.load(RuleSource(path: "Rules/levels/thpt.lua", text: "local text = require('text')\nreturn { run = function() return text.twice('ab') end }")).get()
        guard case .value(let v, _, _) = h.invoke(other, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, "abab")
    }

    func testPairsIsDeterministic() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/p.lua", text: "return { run = function() local t = { zeta = 1, alpha = 2, mid = 3, [2] = 'b', [1] = 'a' } local keys = {} for k in pairs(t) do keys[#keys + 1] = tostring(k) end return table.concat(keys, ',') end }")).get()
        guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, "1,2,alpha,mid,zeta")
    }
}

final class LuaArgumentWriterTests: XCTestCase {
    /// Arguments written piece by piece are the bytes of the same values built whole.
    func testWrittenArgumentsEncodeAsTheValuesWould() {
        let items: [LuaValue] = [["id": "a", "n": 1], ["id": "b", "n": 2.5, "ok": true], .nil, "x"]
        let others: [String: LuaValue] = ["cutoff_year": 2025, "zeta": "last", "appendix": ["rows": 3]]
        for key in ["positions", "aaa", "zzz", "zeta"] {
            var whole = others
            whole[key] = .array(items)
            var writer = LuaArgumentWriter()
            writer.append("first")
            writer.appendMap(others, key: key) { $0.appendArray(count: items.count) { items[$0] } }
            writer.appendArray(count: 0) { _ in .nil }
            let once = LuaArgumentWriter.encoded { $0.appendArray(count: items.count) { items[$0] } }
            writer.append(once)
            writer.appendMap(others, key: key) { $0.append(once) }
            XCTAssertEqual(writer.bytes, LuaCodec.encode(["first", .map(whole), .array([]), .array(items), .map(whole)]), "key \(key)")
        }
    }

    /// An array encoded in slices on several threads is the array encoded in one go.
    func testAnArrayEncodedInSlicesIsTheWholeArray() {
        let element: @Sendable (Int) -> LuaValue = { i in ["id": .string("c\(i)"), "n": .integer(Int64(i)), "odd": .bool(i % 2 == 1)] }
        for count in [0, 1, 31, 32, 65, 100, 1000] {
            var whole = LuaArgumentWriter()
            whole.appendArray(count: count, element)
            for parts in [1, 2, 3, 8] {
                var sliced = LuaArgumentWriter()
                sliced.append(LuaArgumentWriter.encodedArray(count: count, parts: parts, element))
                XCTAssertEqual(sliced.bytes, whole.bytes, "\(count) values in \(parts) parts")
            }
        }
        XCTAssertEqual(LuaArgumentWriter.encodedArray(count: 1000, parts: 3, element).parts.count, 4, "a header and three slices")
    }

    /// A hook called with written arguments sees them as tables.
    func testAHookReadsWrittenArguments() throws {
        let h = try host()
        let rule = try h.load(RuleSource(path: "Rules/plan.lua", text: """
            return { run = function(item, facts)
              local ids = {}
              for i, p in ipairs(facts.positions) do ids[i] = p.id end
              return item.code .. ":" .. table.concat(ids, ",") .. ":" .. facts.comments
            end }
            """)).get()
        let outcome = h.invoke(rule, hook: "run", record: "CT1.01") { writer in
            writer.append(["code": "CT1.01"])
            writer.appendMap(["comments": 3], key: "positions") { $0.appendArray(count: 3) { ["id": .string("c\($0)")] } }
        }
        guard case .value(let v, _, _) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(v, "CT1.01:c0,c1,c2:3")
    }
}

final class RawHostFunctionBridgeTests: XCTestCase {
    func testRawFunctionsReadArgumentBytesAndWriteResultBytes() throws {
        let raw: [String: RawHostFunction] = [
            "probe": { args, out throws(HostFunctionError) in
                // What each of the first four arguments is, as the accessors see it.
                for index in 0..<4 {
                    if let bytes = args.stringBytes(at: index) {
                        out.append(.string("s" + String(bytes.count)))
                    } else if let d = args.double(at: index) {
                        out.append(.number(d))
                    } else {
                        out.append(.bool(false))
                    }
                }
                out.beginArray(count: 2)
                out.append(integer: 7)
                out.append(encoded: HostResults.encode([["k": "v"]]))
                return 5
            },
            "fail": { _, _ throws(HostFunctionError) in throw HostFunctionError("no") },
            "echo": { args, out throws(HostFunctionError) in
                let values = try args.values()
                for v in values { out.append(v) }
                return values.count
            },
        ]
        let h = try RuleHost(libraries: [:], hostFunctions: ["echo": { _ in ["shadowed"] }], rawHostFunctions: raw)
        let rule = try h.load(RuleSource(path: "Rules/r.lua", text: """
            return {
              run = function()
                local a, b, c, d, e = gopy.probe({ 1, { 'x' } }, 'héllo', 3, 2.5)
                return { a, b, c, d, e[1], e[2].k, select('#', gopy.echo(1, nil, 'z')), (gopy.echo('q')) }
              end,
              bad = function() return gopy.fail() end }
            """)).get()
        guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(v, [false, "s6", 3.0, 2.5, 7, "v", 3, "q"], "a table is skipped whole; the raw function wins over a same-named one")
        guard case .failure(let d) = h.invoke(rule, hook: "bad", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(d.message, "gopy.fail: no")
    }
}

final class PatternBoundTests: XCTestCase {
    private let quick = LuaLimits(instructionBudget: 5_000_000, memoryBytes: 16 << 20)

    /// With an init argument only the subject from init on is bounded: a pattern refused on the
    /// whole of a long text runs on its last bytes; from the start it is still refused.
    func testTheBoundCoversTheSubjectFromInitOn() throws {
        let h = try RuleHost(libraries: [:], limits: quick)
        let rule = try h.load(RuleSource(path: "Rules/p.lua", text: """
            local s = string.rep('a', 50000) .. 'b'
            return { run = function()
              local out = {}
              out.find = string.find(s, '.-.-.-b', 49990)
              out.negative = select(2, string.find(s, '.-.-.-b', -5))
              out.match = string.match(s, '(a.-.-.-b)', '49995')
              local n = 0
              for w in string.gmatch(s, 'a.-.-.-b', 49980) do n = n + 1 end
              out.gmatch = n
              out.past = tostring(string.find(s, '.-.-.-b', 60000))
              return out
            end,
            whole = function() return string.find(s, '.-.-.-b', 1) end,
            zero = function() return string.find(s, '.-.-.-b', 0) end,
            far_back = function() return string.match(s, '.-.-.-b', -60000) end,
            fraction = function() return string.find(s, '.-.-.-b', 49990.5) end,
            gsub = function() return string.gsub(s, '.-.-.-b', '49990') end }
            """)).get()
        let outcome = h.invoke(rule, hook: "run", arguments: [], record: nil)
        guard case .value(let v, _, _) = outcome else { return XCTFail("refused: \(outcome)") }
        XCTAssertEqual(v["find"], 49990)
        XCTAssertEqual(v["negative"], 50001)
        XCTAssertEqual(v["match"], "aaaaaab")
        XCTAssertEqual(v["gmatch"], 1)
        XCTAssertEqual(v["past"], "nil")
        // From the start, a negative init past the start, and gsub (whose 3rd argument is no init):
        // the whole subject, refused as before.
        for hook in ["whole", "zero", "far_back", "gsub"] {
            guard case .failure(let d) = h.invoke(rule, hook: hook, arguments: [], record: nil) else { return XCTFail(hook) }
            XCTAssertEqual(d.code, "rule.budget", hook)
            XCTAssertTrue(d.message.contains("on this 50001-byte text"), "\(hook): \(d.message)")
        }
        // An init lstrlib refuses is bounded as none: the bound stops it first.
        guard case .failure(let d) = h.invoke(rule, hook: "fraction", arguments: [], record: nil) else { return XCTFail() }
        XCTAssertEqual(d.code, "rule.budget", d.message)
    }
}

final class AllocatorTests: XCTestCase {
    /// Lua's small blocks come from the state's own pool (by 16-byte class, up to 256 bytes),
    /// larger ones from malloc: strings and tables of every size on both sides of that limit,
    /// grown through every class, freed in part and made again, keep their contents.
    func testBlocksOfEverySizeKeepTheirContents() throws {
        let h = try host()
        let source = """
        return {
          run = function(rounds)
            local total = 0
            for round = 1, rounds do
              local kept = {}
              for n = 1, 600 do
                local s = string.rep(string.char(65 + (n + round) % 26), n)
                local t = {}
                for i = 1, n % 40 do t[i] = n * i end
                kept[n] = { s = s, t = t }
              end
              for n = 600, 1, -1 do
                local k = kept[n]
                if #k.s ~= n or k.s ~= string.rep(string.char(65 + (n + round) % 26), n) then error("string " .. n) end
                for i = 1, n % 40 do if k.t[i] ~= n * i then error("table " .. n) end end
                total = total + #k.s
                if n % 3 == 0 then kept[n] = nil end
              end
            end
            return total
          end,
        }
        """
        let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: source)).get()
        for _ in 0..<3 {
            guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [.integer(20)], record: nil) else {
                return XCTFail("the hook failed")
            }
            XCTAssertEqual(v, .integer(20 * 180_300))
        }
    }

    /// What a call left behind is freed by `collectGarbage`, not at the collector's next step.
    func testCollectGarbageFreesWhatACallLeft() throws {
        let h = try host()
        let source = "return { run = function(n) local t = {} for i = 1, n do t[i] = { i, tostring(i) } end return #t end }"
        let rule = try h.load(RuleSource(path: "Rules/levels/thcs.lua", text: source)).get()
        h.state.collectGarbage()
        let before = h.state.memoryUsed
        guard case .value(let v, _, _) = h.invoke(rule, hook: "run", arguments: [.integer(200_000)], record: nil) else {
            return XCTFail("the hook failed")
        }
        XCTAssertEqual(v, .integer(200_000))
        h.state.collectGarbage()
        XCTAssertLessThan(h.state.memoryUsed, before + (1 << 20), "200,000 tables (over 10 MB) are freed")
    }
}

