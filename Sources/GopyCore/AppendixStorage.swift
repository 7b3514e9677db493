import Diagnostics
import Tabular

// How appendix rows are stored. A national dataset has about 212,000 appendix rows; kept as a
// struct of strings with a `[String: CellValue]` per row they took over a kilobyte each (the
// dictionary alone about 650 bytes), and loading the national set peaked at 465 MB. Here the
// rows of one table share one object that holds, row after row, one byte of kind and eight bytes
// of payload per cell against a column list shared by the table, and each distinct text of a
// cluster's appendices once. An `AppendixRow` is a reference to that object and a row index.

/// The column keys of a table, shared by all its rows: one list and one index for the table,
/// not a dictionary per row.
final class CellSchema: Sendable {
    /// Distinct keys, in column order (the order `AppendixValues` iterates in).
    let keys: [String]
    /// Key → position in `keys`.
    let slots: [String: Int]

    /// A schema over `keys`; a key given twice keeps its first position.
    init(keys: [String]) {
        var unique: [String] = []
        var slots: [String: Int] = [:]
        for key in keys where slots[key] == nil {
            slots[key] = unique.count
            unique.append(key)
        }
        self.keys = unique
        self.slots = slots
    }

    /// No columns: the extras of a table without unknown columns.
    static let empty = CellSchema(keys: [])

    /// The columns of each appendix (FORMATS.md), shared by every table of that appendix.
    static let appendices: [Int: CellSchema] = Columns.appendices.mapValues { CellSchema(keys: $0.map(\.spec.key)) }
}

/// Typed cells of some rows against one schema: cell `slot` of row `row` is at
/// `row * width + slot` in `kinds` (absent, text, number, yes/no) and `payloads` (a number's
/// bits, a boolean as 0/1, or the index of a text in `texts`).
final class CellBlock: Sendable {
    enum Kind {
        static let absent: UInt8 = 0
        static let text: UInt8 = 1
        static let number: UInt8 = 2
        static let bool: UInt8 = 3
    }

    let schema: CellSchema
    let kinds: [UInt8]
    let payloads: [UInt64]
    /// The texts the cells point into; usually one array shared by the four appendices of a cluster.
    let texts: [String]

    init(schema: CellSchema, kinds: [UInt8], payloads: [UInt64], texts: [String]) {
        precondition(kinds.count == payloads.count && (schema.keys.isEmpty || kinds.count % schema.keys.count == 0))
        self.schema = schema
        self.kinds = kinds
        self.payloads = payloads
        self.texts = texts
    }

    /// One row holding `values`, its keys in sorted order (rows made from parts, not read).
    convenience init(_ values: [String: CellValue]) {
        var pool = TextPool()
        var builder = CellBlockBuilder(schema: CellSchema(keys: values.keys.sorted()))
        builder.append(builder.schema.keys.map { values[$0] }, pool: &pool)
        self.init(schema: builder.schema, kinds: builder.kinds, payloads: builder.payloads, texts: pool.texts)
    }

    var width: Int { schema.keys.count }

    /// The value of a cell, nil when the row has none there.
    func value(row: Int, slot: Int) -> CellValue? {
        let i = row * schema.keys.count + slot
        let payload = payloads[i]
        switch kinds[i] {
        case Kind.text: return .text(texts[Int(payload)])
        case Kind.number: return .number(Double(bitPattern: payload))
        case Kind.bool: return .bool(payload != 0)
        default: return nil
        }
    }

    /// The first slot at or after `slot` in `row` that holds a value, or `width`.
    func nextPresent(row: Int, from slot: Int) -> Int {
        let width = schema.keys.count
        var s = slot
        while s < width && kinds[row * width + s] == Kind.absent { s += 1 }
        return s
    }
}

/// Distinct texts, each kept once: a school's name is in all four appendices, a commune on
/// hundreds of rows.
struct TextPool {
    private(set) var texts: [String] = []
    private var positions: [ExactText: UInt32] = [:]

    /// The position of `text`, adding it the first time.
    mutating func intern(_ text: String) -> UInt32 {
        let key = ExactText(text: text)
        if let position = positions[key] { return position }
        precondition(texts.count < Int(UInt32.max), "more distinct texts than one cluster's appendices can hold")
        let position = UInt32(texts.count)
        texts.append(text)
        positions[key] = position
        return position
    }
}

/// Collects the cells of rows, then becomes a `CellBlock`.
struct CellBlockBuilder {
    let schema: CellSchema
    private(set) var kinds: [UInt8] = []
    private(set) var payloads: [UInt64] = []

    init(schema: CellSchema) { self.schema = schema }

    /// Appends a row: one value (or nil) per schema slot.
    mutating func append(_ row: [CellValue?], pool: inout TextPool) {
        precondition(row.count == schema.keys.count)
        for value in row {
            switch value {
            case nil:
                kinds.append(CellBlock.Kind.absent)
                payloads.append(0)
            case .text(let s)?:
                kinds.append(CellBlock.Kind.text)
                payloads.append(UInt64(pool.intern(s)))
            case .number(let d)?:
                kinds.append(CellBlock.Kind.number)
                payloads.append(d.bitPattern)
            case .bool(let b)?:
                kinds.append(CellBlock.Kind.bool)
                payloads.append(b ? 1 : 0)
            }
        }
    }

    func build(texts: [String]) -> CellBlock {
        CellBlock(schema: schema, kinds: exactCopy(kinds), payloads: exactCopy(payloads), texts: texts)
    }
}

/// The elements in storage of exactly their count: an array grown by appending has up to twice
/// the room it uses, and a table keeps its arrays as long as the dataset lives.
func exactCopy<T>(_ array: [T]) -> [T] {
    array.capacity == array.count ? array : array.withUnsafeBufferPointer { Array($0) }
}

/// The rows of one appendix table (or one row made from parts), shared by the `AppendixRow`s
/// that point into it.
final class AppendixTable: Sendable {
    /// Where the rows come from, from which their ids and source locations follow.
    enum Place: Sendable {
        /// Rows read from a sheet: id `<idPrefix><row>`, source `file`/`sheet`/row.
        case sheet(file: String, sheet: String?, idPrefix: String, rows: [Int])
        /// Rows made from parts (rule tests, changed rows): ids and sources as given.
        case given(ids: [String], sources: [SourceLocation])
    }

    let appendix: Int
    let level: String
    let cluster: String
    let place: Place
    /// Each row's institution code, a position in `values.texts`.
    let institutions: [UInt32]
    let values: CellBlock
    /// Columns the form does not know, by header; text cells only.
    let extras: CellBlock

    init(appendix: Int, level: String, cluster: String, place: Place, institutions: [UInt32], values: CellBlock, extras: CellBlock) {
        self.appendix = appendix
        self.level = level
        self.cluster = cluster
        self.place = place
        self.institutions = institutions
        self.values = values
        self.extras = extras
    }

    var count: Int { institutions.count }

    func id(_ row: Int) -> String {
        switch place {
        case .sheet(_, _, let prefix, let rows): return prefix + String(rows[row])
        case .given(let ids, _): return ids[row]
        }
    }

    func source(_ row: Int) -> SourceLocation {
        switch place {
        case .sheet(let file, let sheet, _, let rows): return SourceLocation(file: file, sheet: sheet, row: rows[row])
        case .given(_, let sources): return sources[row]
        }
    }

    func institution(_ row: Int) -> String { values.texts[Int(institutions[row])] }

    func extras(_ row: Int) -> [String: String] {
        let width = extras.width
        guard width > 0 else { return [:] }
        var out: [String: String] = [:]
        for slot in 0..<width {
            if case .text(let s)? = extras.value(row: row, slot: slot) { out[extras.schema.keys[slot]] = s }
        }
        return out
    }
}

/// Collects the rows of one appendix table as they are read, then becomes an `AppendixTable`.
struct AppendixTableBuilder {
    let appendix: Int
    let level: String
    let cluster: String
    let file: String
    let sheet: String?
    private var rows: [Int] = []
    private var institutions: [UInt32] = []
    private var values: CellBlockBuilder
    private var extras: CellBlockBuilder

    /// A builder for a table whose unknown columns have these headers (repeats allowed, as typed).
    init(appendix: Int, level: String, cluster: String, file: String, sheet: String?, extraHeaders: [String]) {
        self.appendix = appendix
        self.level = level
        self.cluster = cluster
        self.file = file
        self.sheet = sheet
        values = CellBlockBuilder(schema: CellSchema.appendices[appendix] ?? CellSchema.empty)
        extras = CellBlockBuilder(schema: extraHeaders.isEmpty ? CellSchema.empty : CellSchema(keys: extraHeaders))
    }

    /// The slot of each key of the appendix, in the order of `Columns.appendices[appendix]`.
    var valueSchema: CellSchema { values.schema }
    /// The slot of each extra header.
    var extraSchema: CellSchema { extras.schema }
    var count: Int { rows.count }

    /// Adds a row: its sheet row, institution code, one value per `valueSchema` slot and one
    /// text per `extraSchema` slot.
    mutating func append(row: Int, institution: String, values rowValues: [CellValue?], extras rowExtras: [String?], pool: inout TextPool) {
        rows.append(row)
        institutions.append(pool.intern(institution))
        values.append(rowValues, pool: &pool)
        extras.append(rowExtras.map { $0.map(CellValue.text) }, pool: &pool)
    }

    /// The table, its texts in `texts` (the pool every builder of the cluster wrote to).
    func build(texts: [String]) -> AppendixTable {
        AppendixTable(
            appendix: appendix, level: level, cluster: cluster,
            place: .sheet(file: file, sheet: sheet, idPrefix: "\(level)/\(cluster)/PL\(appendix)/", rows: exactCopy(rows)),
            institutions: exactCopy(institutions), values: values.build(texts: texts), extras: extras.build(texts: texts))
    }
}

/// The typed values of an appendix row by column key, as a read-only dictionary would give
/// them: `values["so_lop"]`, `for (key, value) in values`. Rows read from one table share
/// their column list and storage; iteration follows the form's column order.
public struct AppendixValues: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    let block: CellBlock
    let row: Int

    init(block: CellBlock, row: Int) {
        self.block = block
        self.row = row
    }

    /// Values from a dictionary (iterated in key order).
    public init(_ values: [String: CellValue]) {
        self.init(block: CellBlock(values), row: 0)
    }

    /// Values from a literal; a key given twice keeps its last value.
    public init(dictionaryLiteral elements: (String, CellValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of a column, nil when the row has none.
    public subscript(key: String) -> CellValue? {
        guard let slot = block.schema.slots[key] else { return nil }
        return block.value(row: row, slot: slot)
    }

    /// How many columns have a value.
    public var count: Int {
        var n = 0
        var slot = block.nextPresent(row: row, from: 0)
        while slot < block.width {
            n += 1
            slot = block.nextPresent(row: row, from: slot + 1)
        }
        return n
    }

    /// True when no column has a value.
    public var isEmpty: Bool { block.nextPresent(row: row, from: 0) == block.width }

    /// The keys that have a value, in iteration order.
    public var keys: [String] { map(\.key) }

    /// The values as a dictionary.
    public var dictionary: [String: CellValue] {
        var out: [String: CellValue] = [:]
        for (key, value) in self { out[key] = value }
        return out
    }

    /// Iterates the columns that have a value, as `(key, value)` pairs.
    public struct Iterator: IteratorProtocol {
        let values: AppendixValues
        var slot: Int

        /// The next column that has a value, nil after the last.
        public mutating func next() -> (key: String, value: CellValue)? {
            let block = values.block
            slot = block.nextPresent(row: values.row, from: slot)
            guard slot < block.width, let value = block.value(row: values.row, slot: slot) else { return nil }
            defer { slot += 1 }
            return (block.schema.keys[slot], value)
        }
    }

    /// An iterator over the columns that have a value, in column order.
    public func makeIterator() -> Iterator { Iterator(values: self, slot: 0) }

    /// Equal when the same keys have the same values, whatever the storage or the order.
    public static func == (a: AppendixValues, b: AppendixValues) -> Bool {
        if a.block === b.block && a.row == b.row { return true }
        guard a.count == b.count else { return false }
        return a.allSatisfy { b[$0.key] == $0.value }
    }

    /// Hashes the keys and values, whatever their order.
    public func hash(into hasher: inout Hasher) {
        // Order-independent, as for a dictionary, so that equal values hash equal.
        var combined = 0
        for (key, value) in self {
            var h = Hasher()
            h.combine(key)
            h.combine(value)
            combined ^= h.finalize()
        }
        hasher.combine(combined)
    }
}
