import Diagnostics
import Foundation
import LuaBridge
import VietText

/// One worker's rule host: a Lua state loaded with every rule file of the set.
///
/// Each worker thread builds its own; they load the same sources, so a record's annotation does
/// not depend on which worker took it.
public final class RuleWorker {
    let host: RuleHost
    let levelRules: [String: LoadedRule]
    let appendixRules: [Int: LoadedRule]
    let planRule: LoadedRule?

    /// Loads every rule file; throws the diagnostics of every file that failed to load.
    public init(rules: RuleSet, limits: LuaLimits, library: HostLibrary?) throws(DiagnosticError) {
        let functions = library?.workerFunctions
        host = try RuleHost(libraries: rules.libraries, limits: limits, hostFunctions: functions?.values ?? [:], rawHostFunctions: functions?.raw ?? [:])
        var failures: [Diagnostic] = []
        var levels: [String: LoadedRule] = [:]
        for (code, source) in rules.levels.sorted(by: { $0.key < $1.key }) {
            switch host.load(source) {
            case .success(let rule): levels[code] = rule
            case .failure(let d): failures.append(d)
            }
        }
        var appendices: [Int: LoadedRule] = [:]
        for (n, source) in rules.appendices.sorted(by: { $0.key < $1.key }) {
            switch host.load(source) {
            case .success(let rule): appendices[n] = rule
            case .failure(let d): failures.append(d)
            }
        }
        var plan: LoadedRule?
        if let source = rules.plan {
            switch host.load(source) {
            case .success(let rule): plan = rule
            case .failure(let d): failures.append(d)
            }
        }
        if !failures.isEmpty { throw DiagnosticError(Runner.unique(failures)) }
        levelRules = levels
        appendixRules = appendices
        planRule = plan
    }

    /// The comment as rules receive it: every column of the form (empty ones as ""), `extra`
    /// columns by header, and `key`, the folded text of all content columns, computed once.
    static func record(_ comment: Comment) -> LuaValue {
        var fields: [String: LuaValue] = [:]
        for spec in Columns.comments { fields[spec.key] = .string(comment.fields[spec.key] ?? "") }
        let all = Columns.commentContentKeys.compactMap { comment.fields[$0] }.joined(separator: "\n")
        fields["all"] = .string(all)
        fields["key"] = .string(VietText.matchKey(all))
        fields["id"] = .string(comment.id)
        fields["level"] = .string(comment.level)
        fields["cluster"] = .string(comment.cluster)
        fields["file"] = .string(comment.source.file)
        fields["row"] = LuaValue(comment.source.row)
        fields["extra"] = .map(comment.extras.mapValues(LuaValue.string))
        return .map(fields)
    }

    /// Runs the level's `classify` hook on a comment.
    public func annotate(_ comment: Comment) -> Annotation {
        guard let rule = levelRules[comment.level] else {
            return Annotation(comment: comment, labels: Labels(), trace: [], failure: nil)
        }
        switch host.invoke(rule, hook: "classify", arguments: [Self.record(comment)], record: comment.id) {
        case .noHook:
            return Annotation(comment: comment, labels: Labels(), trace: [], failure: nil)
        case .failure(let diagnostic):
            return Annotation(comment: comment, labels: Labels(), trace: [], failure: diagnostic)
        case .value(let value, let trace, let definedAt):
            var validator = LabelValidator(hook: "classify")
            let labels = validator.labels(value)
            let fullTrace = Self.completeTrace(trace, value: value, definedAt: definedAt)
            var failure: Diagnostic?
            if !validator.problems.isEmpty {
                failure = Diagnostic(.error, code: "rule.result-shape", validator.problems.joined(separator: "; "), at: Self.location(definedAt) ?? SourceLocation(file: rule.path), record: comment.id)
            }
            return Annotation(comment: comment, labels: labels, trace: fullTrace, failure: failure)
        }
    }

    /// Runs the appendix's `check_row` hook on a row.
    public func check(_ row: AppendixRow) -> (RowFinding, Diagnostic?) {
        guard let rule = appendixRules[row.appendix] else { return (RowFinding(row: row, flags: [], trace: []), nil) }
        switch host.invoke(rule, hook: "check_row", arguments: [HostLibrary.appendixRow(row)], record: row.id) {
        case .noHook:
            return (RowFinding(row: row, flags: [], trace: []), nil)
        case .failure(let d):
            return (RowFinding(row: row, flags: [], trace: []), d)
        case .value(let value, let trace, let definedAt):
            var validator = LabelValidator(hook: "check_row")
            let flags = validator.flags(value)
            let failure = validator.problems.isEmpty ? nil : Diagnostic(.error, code: "rule.result-shape", validator.problems.joined(separator: "; "), at: Self.location(definedAt) ?? SourceLocation(file: rule.path), record: row.id)
            return (RowFinding(row: row, flags: flags, trace: trace), failure)
        }
    }

    static func location(_ at: String?) -> SourceLocation? {
        guard let at, let colon = at.lastIndex(of: ":"), let line = Int(at[at.index(after: colon)...]) else { return nil }
        return SourceLocation(file: String(at[..<colon]), line: line)
    }

    /// Every decided field gets a trace entry: the rule's own `gopy.why` where it gave one,
    /// else the hook that returned it.
    static func completeTrace(_ trace: [TraceEntry], value: LuaValue, definedAt: String?) -> [TraceEntry] {
        guard case .map(let m) = value else { return trace }
        var out = trace
        let explained = Set(trace.map(\.field))
        for key in m.keys.sorted() where !explained.contains(key) && key != "flags" {
            out.append(TraceEntry(field: key, why: "", at: definedAt))
        }
        return out
    }
}

/// A value behind a pthread mutex (NSLock). Used instead of Synchronization.Mutex because
/// ThreadSanitizer on Linux does not see the futex that Mutex parks on and reports its
/// protected value as a race; a checker that cries wolf hides the real races.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Maps items over worker threads, each with its own non-Sendable worker, and returns the
/// results in input order, whatever the thread count.
enum Parallel {
    final class Slots<R: Sendable>: @unchecked Sendable {
        // Each index is written by exactly one thread and read only after all threads joined.
        let storage: UnsafeMutableBufferPointer<R?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
    }

    /// Hands finished results on in input order: chunks end in any order on the workers, and
    /// each contiguous run from the first unfinished index is passed on, under one lock.
    final class InOrder<R: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var finished: [Int: Int] = [:]
        private var next = 0
        private let slots: Slots<R>
        private let each: (inout R) -> Void

        init(_ slots: Slots<R>, _ each: @escaping (inout R) -> Void) {
            self.slots = slots
            self.each = each
        }

        func finish(_ range: Range<Int>) {
            lock.lock()
            defer { lock.unlock() }
            finished[range.lowerBound] = range.upperBound
            while let end = finished.removeValue(forKey: next) {
                for i in next..<end { each(&slots.storage[i]!) }
                next = end
            }
        }
    }

    /// Maps `items` over `threads` workers. `inOrder`, if given, sees every result once, in
    /// input order, while the others are still being computed (to stream them to a file), and
    /// may change what is kept.
    static func map<T: Sendable, R: Sendable, W>(
        _ items: [T], threads: Int, chunk: Int = 64, progress: Progress? = nil,
        makeWorker: @escaping @Sendable () throws(DiagnosticError) -> W,
        body: @escaping @Sendable (W, T) -> R,
        finish: (@Sendable (W) -> Void)? = nil,
        inOrder: (@Sendable (inout R) -> Void)? = nil
    ) throws(DiagnosticError) -> [R] {
        try map(count: items.count, item: { items[$0] }, threads: threads, chunk: chunk, progress: progress,
                makeWorker: makeWorker, body: body, finish: finish, inOrder: inOrder)
    }

    /// A worker from `makeWorker`, or nil once the first failure to make one is recorded.
    private static func start<W>(_ makeWorker: () throws(DiagnosticError) -> W, failure: Locked<DiagnosticError?>) -> W? {
        do throws(DiagnosticError) {
            return try makeWorker()
        } catch {
            failure.withLock { if $0 == nil { $0 = error } }
            return nil
        }
    }

    private static func map<T: Sendable, R: Sendable, W>(
        count: Int, item: @escaping @Sendable (Int) -> T, threads: Int, chunk: Int, progress: Progress?,
        makeWorker: @escaping @Sendable () throws(DiagnosticError) -> W,
        body: @escaping @Sendable (W, T) -> R,
        finish: (@Sendable (W) -> Void)?,
        inOrder: (@Sendable (inout R) -> Void)?
    ) throws(DiagnosticError) -> [R] {
        let slots = Slots<R>(count: count)
        let ordered = inOrder.map { InOrder(slots, $0) }
        let next = Locked(0)
        let failure = Locked<DiagnosticError?>(nil)
        let workers = max(1, min(threads, (count + chunk - 1) / chunk))
        let work: @Sendable (Int) -> Void = { _ in
            guard let worker = start(makeWorker, failure: failure) else { return }
            while true {
                let start = next.withLock { value -> Int in
                    let s = value
                    value += chunk
                    return s
                }
                if start >= count { break }
                for i in start..<min(start + chunk, count) {
                    slots.storage[i] = body(worker, item(i))
                }
                ordered?.finish(start..<min(start + chunk, count))
                progress?.advance(min(start + chunk, count) - start)
            }
            finish?(worker)
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return slots.storage.map { $0! }
    }
    /// Items flowing from one producer through the workers to one in-order sink, with bounds:
    /// at most `capacity` items wait to be taken, and a worker does not run more than `window`
    /// items ahead of the oldest unfinished one, so memory holds a bounded slice of the input
    /// however long it is and however slow one item is.
    final class Pipeline<T: Sendable, R: Sendable>: @unchecked Sendable {
        // Every field is used under `condition`.
        private let condition = NSCondition()
        private var queue: [T?] = []
        private var head = 0
        private var taken = 0
        private var delivered = 0
        private var closed = false
        private var stopped = false
        private var pending: [Int: [R]] = [:]
        private let capacity: Int
        private let window: Int
        private let sink: (inout R) -> Void

        init(capacity: Int, window: Int, sink: @escaping (inout R) -> Void) {
            self.capacity = max(1, capacity)
            self.window = max(1, window)
            self.sink = sink
        }

        /// Adds the next item, waiting while the queue is full; false once the pipeline stopped.
        func put(_ item: T) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count - head >= capacity && !stopped { condition.wait() }
            if stopped { return false }
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            queue.append(item)
            condition.broadcast()
            return true
        }

        /// No more items will come.
        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        /// Stops the pipeline: the producer's next `put` and every `take` return at once.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        /// Up to `count` items and the input index of the first, waiting for items (or for the
        /// oldest items to finish); nil when every item has been taken or the pipeline stopped.
        func take(_ count: Int) -> (start: Int, items: [T])? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped && ((queue.count == head && !closed) || (queue.count > head && taken - delivered >= window)) {
                condition.wait()
            }
            if stopped || queue.count == head { return nil }
            let n = min(count, queue.count - head)
            var items: [T] = []
            items.reserveCapacity(n)
            for i in head..<head + n {
                items.append(queue[i]!)
                queue[i] = nil
            }
            head += n
            let start = taken
            taken += n
            condition.broadcast()
            return (start, items)
        }

        /// The results of the items from `start`; hands every result now in order to the sink.
        func finish(_ start: Int, _ results: [R]) {
            condition.lock()
            defer { condition.unlock() }
            pending[start] = results
            while var run = pending.removeValue(forKey: delivered) {
                for i in run.indices { sink(&run[i]) }
                delivered += run.count
            }
            condition.broadcast()
        }
    }

    /// Maps the items that `produce` emits, in order, over `threads` workers, while it is still
    /// producing them (it runs on a thread of its own; `emit` returns false when the workers
    /// have stopped, and the producer should then return). `inOrder` sees every result once, in
    /// input order; nothing else keeps them. Throws what a worker failed to start with.
    static func stream<T: Sendable, R: Sendable, W>(
        threads: Int, chunk: Int = 64, capacity: Int = 4096, progress: Progress? = nil,
        produce: @escaping @Sendable (_ emit: (T) -> Bool) -> Void,
        makeWorker: @escaping @Sendable () throws(DiagnosticError) -> W,
        body: @escaping @Sendable (W, T) -> R,
        finish: (@Sendable (W) -> Void)? = nil,
        inOrder: @escaping @Sendable (inout R) -> Void
    ) throws(DiagnosticError) {
        let workers = max(1, threads)
        let pipeline = Pipeline<T, R>(capacity: capacity, window: max(capacity, 2 * workers * chunk), sink: inOrder)
        let failure = Locked<DiagnosticError?>(nil)
        let produced = DispatchSemaphore(value: 0)
        let producer = Thread {
            produce { pipeline.put($0) }
            pipeline.close()
            produced.signal()
        }
        producer.start()
        let work: @Sendable (Int) -> Void = { _ in
            guard let worker = start(makeWorker, failure: failure) else {
                pipeline.stop()
                return
            }
            while let (start, items) = pipeline.take(chunk) {
                var results: [R] = []
                results.reserveCapacity(items.count)
                for item in items { results.append(body(worker, item)) }
                pipeline.finish(start, results)
                progress?.advance(items.count)
            }
            finish?(worker)
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        produced.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
