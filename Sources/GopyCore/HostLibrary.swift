import Foundation
import LuaBridge
import VietText

/// The `gopy` library rules call: what Lua lacks for Vietnamese text, and a read-only view of the
/// catalogue and the appendices. Every function returns fresh values, so a rule that changes
/// what it got changes nothing for the next rule. Documented for analysts in Rules/README.md.
public struct HostLibrary: Sendable {
    let indicators: [String: Indicator]
    let tasks: [String: PlanTask]
    let institutions: [String: [AppendixRow]]
    let levels: [String: Level]
    let indicatorCodes: [String]
    let taskCodes: [String]

    /// Builds the library over a dataset.
    public init(dataset: Dataset) {
        self.init(indicators: dataset.indicators, tasks: dataset.tasks, rows: dataset.appendixRows, levels: dataset.plan.levels)
    }

    /// Builds the library over loose parts (tests, and `rules check`, which has no dataset).
    public init(indicators: [Indicator] = [], tasks: [PlanTask] = [], rows: [AppendixRow] = [], levels: [Level] = []) {
        self.indicators = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.tasks = Dictionary(tasks.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        institutions = Dictionary(grouping: rows, by: \.institution)
        self.levels = Dictionary(levels.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        indicatorCodes = indicators.map(\.code)
        taskCodes = tasks.map(\.code)
    }

    private static func text(_ args: [LuaValue], _ name: String) throws(HostFunctionError) -> String {
        guard let first = args.first else { throw HostFunctionError("expected a string argument") }
        switch first {
        case .string(let s): return s
        case .nil: return ""
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        default: throw HostFunctionError("expected a string, got \(first.typeName)")
        }
    }

    /// Results of the text functions for the texts seen lately, for one worker: rules ask for
    /// the folded form or the numbers of the same comment text many times per comment, and the
    /// answer never changes.
    final class Memo<Value>: @unchecked Sendable {
        // Used only by the thread that owns the worker's Lua state, never shared.
        // Keyed by the text's bytes, not by String: a String's hash and == normalise Unicode,
        // which for Vietnamese text cost more than the functions the memo saves. The bytes are
        // hashed eight at a time (`ByteHash`) and compared on a hit, so two texts with the same
        // hash never share an answer.
        /// The memoised functions.
        enum Function: UInt64 {
            case matchKey = 1, numbers, codes
        }

        private struct Entry {
            let function: Function
            let bytes: [UInt8]
            let value: Value
        }
        private var entries: [UInt64: [Entry]] = [:]
        private var count = 0
        private let hash: (UnsafeRawBufferPointer) -> UInt64

        /// A memo hashing texts with `hash` (tests pass one that collides).
        init(hash: @escaping (UnsafeRawBufferPointer) -> UInt64 = ByteHash.hash64) {
            self.hash = hash
        }

        func value(_ function: Function, _ text: String, _ compute: () -> Value) -> Value {
            var text = text
            return text.withUTF8 { value(function, UnsafeRawBufferPointer($0), compute) }
        }

        func value(_ function: Function, _ bytes: UnsafeRawBufferPointer, _ compute: () -> Value) -> Value {
            let key = hash(bytes) ^ (function.rawValue &* 0x9E37_79B9_7F4A_7C15)
            if let bucket = entries[key] {
                for entry in bucket where entry.function == function && entry.bytes.count == bytes.count {
                    let same = bytes.isEmpty || entry.bytes.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
                    if same { return entry.value }
                }
            }
            let result = compute()
            if count > 512 {
                entries.removeAll(keepingCapacity: true)
                count = 0
            }
            entries[key, default: []].append(Entry(function: function, bytes: Array(bytes), value: result))
            count += 1
            return result
        }
    }

    /// Keyword lists registered by the rules, for matching a whole list in one call: the rules
    /// match dozens of lists against each comment, and looping over every keyword in Lua was
    /// most of their instructions. One registry per worker; identical lists share a handle.
    final class WordSets: @unchecked Sendable {
        // Used only by the thread that owns the worker's Lua state, never shared.

        /// A registered list, indexed by each keyword's first word: a keyword can only match
        /// where a word of the text starts, and only if that word equals its first word, so the
        /// text is walked once per call and each of its words is looked up once. The index is
        /// an open-addressing table of the first words' hashes (a call looks up every word of a
        /// comment, 40 calls a comment: a `Dictionary` spent most of the call hashing).
        final class Set {
            /// The keywords' bytes one after another: keyword `i` is `bytes[starts[i]..<starts[i + 1]]`.
            let bytes: [UInt8]
            let starts: [Int]
            /// Slot → the hash of a first word (0: empty), `hashes.count` a power of two.
            let hashes: [UInt64]
            /// Slot → the range of `candidates` holding the keywords that start with its word.
            let ranges: [Range<Int32>]
            /// Indices (0-based) of keywords, grouped by first word, each group in list order.
            let candidates: [Int32]
            /// Keywords that do not start with a letter or digit ("%", "-"): searched byte by byte.
            let others: [Int]
            let shift: UInt64

            var count: Int { starts.count - 1 }

            init(_ words: [String]) {
                var bytes: [UInt8] = []
                var starts = [0]
                var groups: [(hash: UInt64, members: [Int32])] = []
                var groupOf: [UInt64: Int] = [:]
                var others: [Int] = []
                for (index, word) in words.enumerated() {
                    let utf8 = Array(word.utf8)
                    bytes += utf8
                    starts.append(bytes.count)
                    guard let first = utf8.first else { continue }
                    if !WordSets.isWord(first) {
                        others.append(index)
                        continue
                    }
                    var end = 1
                    while end < utf8.count, WordSets.isWord(utf8[end]) { end += 1 }
                    let hash = utf8.withUnsafeBufferPointer { WordSets.hash($0, 0, end) }
                    if let g = groupOf[hash] {
                        groups[g].members.append(Int32(index))
                    } else {
                        groupOf[hash] = groups.count
                        groups.append((hash, [Int32(index)]))
                    }
                }
                var bits: UInt64 = 1
                while (1 << bits) < 2 * max(groups.count, 1) { bits += 1 }
                let size = 1 << Int(bits)
                var hashes = [UInt64](repeating: 0, count: size)
                var ranges = [Range<Int32>](repeating: 0..<0, count: size)
                var candidates: [Int32] = []
                for group in groups {
                    var slot = WordSets.slot(group.hash, shift: 64 - bits)
                    while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
                    hashes[slot] = group.hash
                    ranges[slot] = Int32(candidates.count)..<Int32(candidates.count + group.members.count)
                    candidates += group.members
                }
                self.bytes = bytes
                self.starts = starts
                self.hashes = hashes
                self.ranges = ranges
                self.candidates = candidates
                self.others = others
                self.shift = 64 - bits
            }

            /// The keywords (0-based indices, in list order) whose first word hashes to `hash`.
            func candidates(_ hash: UInt64) -> Range<Int32> {
                let mask = hashes.count - 1
                var slot = WordSets.slot(hash, shift: shift)
                while true {
                    let h = hashes[slot]
                    if h == hash { return ranges[slot] }
                    if h == 0 { return 0..<0 }
                    slot = (slot + 1) & mask
                }
            }
        }

        private var byContent: [[String]: Int] = [:]
        private(set) var sets: [Set] = []
        /// The words of the last text searched (start, end, hash): rules search the same
        /// comment with dozens of lists in a row, and it is split into words once.
        private var lastText: [UInt8] = []
        private var lastWords: [(Int, Int, UInt64)] = []
        private var splitOnce = false
        /// Reused by every call: how often each keyword was found, and the occurrences.
        private var hits: [UInt8] = []
        private var found: [(Int, Int, Int)] = []

        /// Splits `text` into words into `lastWords`, unless it was the last text split.
        private func split(_ text: UnsafeBufferPointer<UInt8>) {
            if splitOnce, text.count == lastText.count,
               text.isEmpty || lastText.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }) {
                return
            }
            splitOnce = true
            lastWords.removeAll(keepingCapacity: true)
            let n = text.count
            var i = 0
            while i < n {
                guard Self.isWord(text[i]) else { i += 1; continue }
                var end = i + 1
                while end < n, Self.isWord(text[end]) { end += 1 }
                lastWords.append((i, end, Self.hash(text, i, end)))
                i = end
            }
            lastText.removeAll(keepingCapacity: true)
            lastText.append(contentsOf: text)
        }

        static func isWord(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

        /// FNV-1a over bytes: fast, and the same for a keyword's first word and a text's word;
        /// never 0 (0 marks an empty slot).
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in from..<to { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
            return h == 0 ? 1 : h
        }

        /// The table slot of a hash: its top bits after a multiplicative mix.
        static func slot(_ hash: UInt64, shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        func register(_ words: [String]) -> Int {
            if let handle = byContent[words] { return handle }
            let set = Set(words)
            sets.append(set)
            if hits.count < set.count { hits = [UInt8](repeating: 0, count: set.count) }
            byContent[words] = sets.count
            return sets.count
        }

        /// Every whole-word occurrence of the set's words in `key`, as (start, end, index), 1-based
        /// byte positions as Lua's string.find gives them, sorted by start then longest first.
        /// A word boundary is anything but an ASCII letter or digit, as Lua's %w. At most 64
        /// occurrences of each keyword are reported.
        func occurrences(_ key: String, _ handle: Int) -> [(Int, Int, Int)] {
            var key = key
            return key.withUTF8 { occurrences(in: $0, handle) }
        }

        /// `occurrences(_:_:)` over the UTF-8 bytes of the key.
        func occurrences(in text: UnsafeBufferPointer<UInt8>, _ handle: Int) -> [(Int, Int, Int)] {
            withOccurrences(in: text, handle) { Array($0) }
        }

        /// `occurrences(in:_:)` lent to `body` from a buffer the next call reuses.
        func withOccurrences<R>(in text: UnsafeBufferPointer<UInt8>, _ handle: Int, _ body: (UnsafeBufferPointer<(Int, Int, Int)>) -> R) -> R {
            found.removeAll(keepingCapacity: true)
            guard handle >= 1, handle <= sets.count else { return found.withUnsafeBufferPointer(body) }
            let set = sets[handle - 1]
            let n = text.count
            set.bytes.withUnsafeBufferPointer { bytes in
                set.starts.withUnsafeBufferPointer { starts in
                    hits.withUnsafeMutableBufferPointer { hits in
                        // Keyword `index` at byte i: its bytes, and a boundary after it.
                        func matches(_ index: Int, at i: Int) -> Bool {
                            let from = starts[index], m = starts[index + 1] - from
                            guard i + m <= n else { return false }
                            var j = 0
                            while j < m, text[i + j] == bytes[from + j] { j += 1 }
                            return j == m && (i + m == n || !Self.isWord(text[i + m]))
                        }
                        func record(_ index: Int, at i: Int) {
                            guard hits[index] < 64 else { return }
                            hits[index] += 1
                            found.append((i + 1, i + starts[index + 1] - starts[index], index + 1))
                        }
                        if !set.candidates.isEmpty, n > 0 {
                            split(text)
                            set.candidates.withUnsafeBufferPointer { candidates in
                                for (i, _, hash) in lastWords {
                                    for c in set.candidates(hash) {
                                        let index = Int(candidates[Int(c)])
                                        if matches(index, at: i) { record(index, at: i) }
                                    }
                                }
                            }
                        }
                        for index in set.others {
                            let first = bytes[starts[index]]
                            for i in 0..<n where text[i] == first && (i == 0 || !Self.isWord(text[i - 1])) && matches(index, at: i) {
                                record(index, at: i)
                            }
                        }
                        for f in found { hits[f.2 - 1] = 0 }
                    }
                }
            }
            // Words were walked in order, so the list is nearly sorted: insertion sort.
            Self.insertionSort(&found)
            return found.withUnsafeBufferPointer(body)
        }

        /// Start first, then the longer, then the lower index.
        static func precedes(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Bool {
            a.0 != b.0 ? a.0 < b.0 : (a.1 - a.0) != (b.1 - b.0) ? (a.1 - a.0) > (b.1 - b.0) : a.2 < b.2
        }

        static func insertionSort(_ list: inout [(Int, Int, Int)]) {
            guard list.count > 1 else { return }
            if list.count > 512 {
                list.sort(by: precedes)
                return
            }
            for i in 1..<list.count {
                let item = list[i]
                var j = i
                while j > 0, precedes(item, list[j - 1]) {
                    list[j] = list[j - 1]
                    j -= 1
                }
                list[j] = item
            }
        }
    }

    /// The functions, by name, for `RuleHost`, sharing one memo (use one set per worker).
    public var functions: [String: HostFunction] { functions(memo: Memo(), words: WordSets()) }

    /// The same functions for one worker's `RuleHost`, the most called ones as raw functions
    /// (`occurrences`, `numbers`, `codes`, `match_key`): same answers, same errors, fewer copies.
    public var workerFunctions: (values: [String: HostFunction], raw: [String: RawHostFunction]) {
        let words = WordSets()
        let values = functions(memo: Memo(), words: words)
        return (values, rawFunctions(memo: Memo(), words: words, fallback: values))
    }

    /// The raw versions. Each handles the arguments rules pass (strings, a number handle) and
    /// hands any other to the `fallback` function of the same name, which also gives the errors.
    func rawFunctions(memo: Memo<(count: Int, bytes: [UInt8])>, words: WordSets, fallback: [String: HostFunction]) -> [String: RawHostFunction] {
        @Sendable func slow(_ name: String, _ args: HostArguments, _ out: inout HostResults) throws(HostFunctionError) -> Int {
            let values = try fallback[name]!(try args.values())
            for value in values { out.append(value) }
            return values.count
        }
        // A text function memoised by its argument's bytes, its results kept encoded: a hit is
        // one copy. The text is decoded as the codec decodes strings (invalid UTF-8 repaired), so
        // the answers are those of the `fallback` function.
        func memoised(_ name: String, _ function: Memo<(count: Int, bytes: [UInt8])>.Function, _ compute: @escaping @Sendable (String) -> [LuaValue]) -> RawHostFunction {
            return { args, out throws(HostFunctionError) in
                guard let bytes = args.stringBytes(at: 0) else { return try slow(name, args, &out) }
                let result = memo.value(function, bytes) {
                    let values = compute(String(decoding: bytes, as: UTF8.self))
                    return (values.count, HostResults.encode(values))
                }
                out.append(encoded: result.bytes)
                return result.count
            }
        }
        return [
            "occurrences": { args, out throws(HostFunctionError) in
                guard let key = args.stringBytes(at: 0), let handle = args.double(at: 1) else { return try slow("occurrences", args, &out) }
                // Flat triples (start, end, index): one Lua table, not one per occurrence.
                func encode(_ found: UnsafeBufferPointer<(Int, Int, Int)>) -> Int {
                    out.beginArray(count: found.count * 3)
                    for (a, b, i) in found {
                        out.append(integer: Int64(a))
                        out.append(integer: Int64(b))
                        out.append(integer: Int64(i))
                    }
                    return 1
                }
                if Self.isASCII(key) {
                    return words.withOccurrences(in: key.assumingMemoryBound(to: UInt8.self), Int(handle), encode)
                }
                // Decoded as the codec decodes strings: invalid UTF-8 repaired.
                var text = String(decoding: key, as: UTF8.self)
                return text.withUTF8 { words.withOccurrences(in: $0, Int(handle), encode) }
            },
            "match_key": memoised("match_key", .matchKey) { [.string(VietText.matchKey($0))] },
            "numbers": memoised("numbers", .numbers) { [.array(QuantityScanner.scan($0).map(Self.quantity))] },
            "codes": memoised("codes", .codes) { [LuaValue(QuantityScanner.codes($0))] },
        ]
    }

    /// True when every byte is ASCII: such bytes are valid UTF-8 as they are.
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            if bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    func functions(memo: Memo<[LuaValue]>, words: WordSets) -> [String: HostFunction] {
        let library = self
        return [
            "word_set": { args throws(HostFunctionError) in
                guard let list = args.first?.arrayValue else { throw HostFunctionError("expected a list of words, got \(args.first?.typeName ?? "nothing")") }
                var strings: [String] = []
                for item in list {
                    guard let s = item.stringValue else { throw HostFunctionError("the list holds \(item.typeName), expected words") }
                    strings.append(s)
                }
                return [.integer(Int64(words.register(strings)))]
            },
            "occurrences": { args throws(HostFunctionError) in
                guard args.count >= 2, let key = args[0].stringValue, let handle = args[1].doubleValue else {
                    throw HostFunctionError("expected (folded text, word set)")
                }
                // Flat triples (start, end, index): one Lua table, not one per occurrence.
                var flat: [LuaValue] = []
                for (a, b, i) in words.occurrences(key, Int(handle)) {
                    flat.append(.integer(Int64(a)))
                    flat.append(.integer(Int64(b)))
                    flat.append(.integer(Int64(i)))
                }
                return [.array(flat)]
            },
            "fold": { args throws(HostFunctionError) in [.string(VietText.fold(try Self.text(args, "fold")))] },
            "lower": { args throws(HostFunctionError) in [.string(VietText.lowercase(try Self.text(args, "lower")))] },
            "nfc": { args throws(HostFunctionError) in [.string(VietText.nfc(try Self.text(args, "nfc")))] },
            "match_key": { args throws(HostFunctionError) in
                let text = try Self.text(args, "match_key")
                return memo.value(.matchKey, text) { [.string(VietText.matchKey(text))] }
            },
            "numbers": { args throws(HostFunctionError) in
                let text = try Self.text(args, "numbers")
                return memo.value(.numbers, text) { [.array(QuantityScanner.scan(text).map(Self.quantity))] }
            },
            "codes": { args throws(HostFunctionError) in
                let text = try Self.text(args, "codes")
                return memo.value(.codes, text) { [LuaValue(QuantityScanner.codes(text))] }
            },
            "indicator": { args throws(HostFunctionError) in
                [library.indicators[try Self.text(args, "indicator")].map(Self.indicator) ?? .nil]
            },
            "task": { args throws(HostFunctionError) in
                [library.tasks[try Self.text(args, "task")].map(Self.task) ?? .nil]
            },
            "catalogue": { _ in
                [["indicators": LuaValue(library.indicatorCodes), "tasks": LuaValue(library.taskCodes)]]
            },
            "institution": { args throws(HostFunctionError) in
                let code = try Self.text(args, "institution")
                guard let rows = library.institutions[code] else { return [.nil] }
                return [Self.institution(code: code, rows: rows)]
            },
            "level": { args throws(HostFunctionError) in
                guard let level = library.levels[try Self.text(args, "level")] else { return [.nil] }
                return [["code": .string(level.code), "name": .string(level.name), "division": .string(level.division), "class_size_norm": LuaValue(level.classSizeNorm)]]
            },
            "format_number": { args throws(HostFunctionError) in
                guard let value = args.first?.doubleValue else { throw HostFunctionError("expected a number, got \(args.first?.typeName ?? "nothing")") }
                let decimals = args.count > 1 ? Int(args[1].doubleValue ?? 1) : 1
                return [.string(ReportBuilder.vn(value, decimals: max(0, min(decimals, 6))))]
            },
            "print": { args in
                let line = args.map { value -> String in value.stringValue ?? value.brief }.joined(separator: "\t")
                FileHandle.standardError.write(Data(("[rule] " + line + "\n").utf8))
                return []
            },
        ]
    }

    static func quantity(_ q: Quantity) -> LuaValue {
        [
            "value": .number(q.value), "text": .string(q.text), "percent": .bool(q.percent), "unit": .string(q.unit),
            "unit2": .string(q.unit2), "before": .string(q.before), "money": .bool(q.money), "year": .bool(q.year),
            "in_reference": .bool(q.inReference),
        ]
    }

    static func indicator(_ i: Indicator) -> LuaValue {
        [
            "code": .string(i.code), "group": .integer(Int64(i.group)), "group_name": .string(i.groupName), "name": .string(i.name),
            "unit": .string(i.unit), "levels": LuaValue(i.levels), "direction": .string(i.direction),
            "baseline": LuaValue(i.baseline), "target_2030": LuaValue(i.target2030), "target_2045": LuaValue(i.target2045),
            "history": .array(i.history.map { ["year": .integer(Int64($0.year)), "value": .number($0.value)] }),
            "appendix_measure": LuaValue(i.appendixMeasure),
        ]
    }

    static func task(_ t: PlanTask) -> LuaValue {
        [
            "code": .string(t.code), "group": .integer(Int64(t.group)), "group_name": .string(t.groupName), "name": .string(t.name),
            "lead": .string(t.lead), "timeline": .string(t.timeline),
        ]
    }

    static func cell(_ value: CellValue) -> LuaValue {
        switch value {
        case .text(let s): return .string(s)
        case .number(let d): return .number(d)
        case .bool(let b): return .bool(b)
        }
    }

    /// An appendix row as rules see it: its typed values plus `id`, `cluster`, `level`, `row`.
    static func appendixRow(_ row: AppendixRow) -> LuaValue {
        var fields: [String: LuaValue] = [:]
        for (key, value) in row.values { fields[key] = cell(value) }
        fields["id"] = .string(row.id)
        fields["appendix"] = .integer(Int64(row.appendix))
        fields["cluster"] = .string(row.cluster)
        fields["level"] = .string(row.level)
        fields["institution"] = .string(row.institution)
        fields["row"] = LuaValue(row.source.row)
        fields["extra"] = .map(row.extras.mapValues(LuaValue.string))
        return .map(fields)
    }

    static func institution(code: String, rows: [AppendixRow]) -> LuaValue {
        var fields: [String: LuaValue] = ["code": .string(code)]
        for row in rows {
            let key = "pl\(row.appendix)"
            if fields[key] == nil { fields[key] = appendixRow(row) }
            if fields["name"] == nil, case .text(let name)? = row.values["ten_truong"] { fields["name"] = .string(name) }
        }
        fields["clusters"] = LuaValue(Array(Set(rows.map(\.cluster))).sorted())
        if let first = rows.first {
            fields["cluster"] = .string(first.cluster)
            fields["level"] = .string(first.level)
        }
        return .map(fields)
    }
}
