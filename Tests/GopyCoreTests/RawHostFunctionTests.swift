import LuaBridge
import XCTest

@testable import GopyCore

/// The raw versions of the busiest host functions answer exactly as the generic ones.
final class RawHostFunctionTests: XCTestCase {
    private let probe = RuleSource(path: "Rules/probe.lua", text: """
        local function show(v)
          if type(v) ~= 'table' then return tostring(v) end
          local keys = {}
          for k in pairs(v) do keys[#keys + 1] = tostring(k) end
          table.sort(keys)
          local parts = {}
          for _, k in ipairs(keys) do parts[#parts + 1] = k .. '=' .. show(v[tonumber(k) or k]) end
          return '{' .. table.concat(parts, ',') .. '}'
        end
        local function call(f, ...)
          local ok, a, b = pcall(f, ...)
          return tostring(ok) .. ' ' .. show(a) .. ' ' .. show(b)
        end
        return { run = function(text)
          local set = gopy.word_set({ 'hoc sinh', 'hoc', '%', 'ct' })
          local out = {}
          for _, args in ipairs({ { text }, { '\\xff\\xfe' .. text }, { string.sub(text, 1, 2) }, { 12 }, { 2.5 }, { nil }, { {} } }) do
            out[#out + 1] = call(gopy.numbers, args[1])
            out[#out + 1] = call(gopy.codes, args[1])
            out[#out + 1] = call(gopy.match_key, args[1])
            out[#out + 1] = call(gopy.occurrences, gopy.match_key(tostring(args[1])), set)
            out[#out + 1] = call(gopy.occurrences, args[1], set)
            out[#out + 1] = call(gopy.occurrences, args[1], tostring(set))
            out[#out + 1] = call(gopy.occurrences, args[1], set + 0.0)
          end
          -- The memo answers a repeated text with new tables.
          local a, b = gopy.numbers(text), gopy.numbers(text)
          out[#out + 1] = tostring(a ~= b and a[1] ~= b[1])
          out[#out + 1] = call(gopy.occurrences)
          out[#out + 1] = call(gopy.numbers)
          return out
        end }
        """)

    private func run(_ host: RuleHost, _ text: String) throws -> LuaValue {
        let rule = try host.load(probe).get()
        guard case .value(let value, _, _) = host.invoke(rule, hook: "run", arguments: [.string(text)], record: nil) else {
            XCTFail("the probe failed")
            return .nil
        }
        return value
    }

    func testRawAndGenericFunctionsGiveTheSameAnswersAndErrors() throws {
        let library = HostLibrary()
        let generic = try RuleHost(libraries: [:], hostFunctions: library.functions)
        let worker = library.workerFunctions
        XCTAssertEqual(Set(worker.raw.keys), ["occurrences", "numbers", "codes", "match_key"])
        let raw = try RuleHost(libraries: [:], hostFunctions: worker.values, rawHostFunctions: worker.raw)
        for text in ["Học sinh đạt 95 % chỉ tiêu CT 2.3, kinh phí 12 tỷ đồng; NV5.02 hoc", "", "hoc sinh hoc % hoc", "2.500 trẻ, 1 200 m²"] {
            let expected = try run(generic, text)
            XCTAssertEqual(try run(raw, text), expected, text)
            // Twice: the second time from the memo.
            XCTAssertEqual(try run(raw, text), expected, text)
        }
        let sample = try run(raw, "Học sinh đạt 95 % chỉ tiêu CT 2.3")
        XCTAssertEqual(sample.arrayValue?[1], "true {1=CT2.03} nil")
        XCTAssertEqual(sample.arrayValue?.last?.stringValue?.hasPrefix("false "), true, "numbers() with no argument fails: \(sample)")
    }
}
