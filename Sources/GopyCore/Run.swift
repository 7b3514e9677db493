import Diagnostics
import Foundation
import LuaBridge

/// How a run ended, as the process exit code (documented in README).
public enum ExitStatus: Int32, Sendable {
    /// Everything read and annotated; nothing to look at.
    case success = 0
    /// Done, with findings in the data worth a look (late dossiers, bad cells, rejected rows).
    case findings = 1
    /// The dataset cannot be used (no plan, unreadable plan): nothing written.
    case inputError = 2
    /// A rule file failed to load, or a rule failed on a record (outputs are written unless
    /// `--strict`, with the failing records marked).
    case ruleError = 3
    /// gopy itself went wrong (a lost row, an unwritable output folder).
    case internalError = 4
}

/// What `gopy run` needs to know.
public struct RunOptions: Sendable {
    public var dataset: String
    public var rules: String
    public var out: String
    public var threads: Int
    public var strict: Bool
    public var limits: LuaLimits
    /// Show a progress line on stderr (only when it is a terminal).
    public var progress: Bool
    /// Count where the rules spend their instructions and report the busiest lines.
    public var profileRules = false

    /// Creates options.
    public init(dataset: String, rules: String = "Rules", out: String = "out", threads: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false, limits: LuaLimits = .default, progress: Bool = false) {
        self.dataset = dataset
        self.rules = rules
        self.out = out
        self.threads = threads
        self.strict = strict
        self.limits = limits
        self.progress = progress
    }
}

/// What a run did, for the command line to print.
public struct RunReport: Sendable {
    public var status: ExitStatus
    public var diagnostics: [Diagnostic]
    public var commentsRead = 0
    public var annotated = 0
    public var rejected = 0
    public var ruleErrors = 0
    /// Seconds spent reading, in rules, in synthesis and writing.
    public var timings: [(String, Double)] = []
    /// Files written, when the run wrote its outputs.
    public var written: [String] = []
    /// With `profileRules`: every rule line sampled and the share of instructions spent there,
    /// busiest first.
    public var ruleProfile: [(place: String, share: Double)] = []
}

/// Runs the whole job: read, judge, synthesise, write.
public enum Runner {
    /// CPU seconds the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Checks a dataset without rules (`gopy check`).
    public static func check(dataset path: String) -> RunReport {
        do {
            let dataset = try DatasetLoader().load(path)
            let read = dataset.tallies.filter { $0.table == "gop-y" }.reduce(0) { $0 + $1.rowsRead }
            var report = RunReport(status: status(for: dataset.diagnostics), diagnostics: dataset.diagnostics)
            report.commentsRead = read
            report.annotated = dataset.comments.count
            report.rejected = read - dataset.comments.count
            return report
        } catch {
            return RunReport(status: .inputError, diagnostics: error.diagnostics)
        }
    }

    static func status(for diagnostics: [Diagnostic]) -> ExitStatus {
        diagnostics.contains { $0.severity >= .warning } ? .findings : .success
    }

    /// Runs `gopy run`.
    public static func run(_ options: RunOptions) -> RunReport {
        let clock = ContinuousClock()
        var mark = clock.now
        func lap() -> Double {
            let now = clock.now
            defer { mark = now }
            let d = now - mark
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }

        // Everything but the comments first (the rules look institutions up in the appendices);
        // the comment tables are read cluster by cluster while the rules run.
        let loader = DatasetLoader()
        let opened: OpenedDataset
        do {
            opened = try loader.open(options.dataset)
        } catch {
            return RunReport(status: .inputError, diagnostics: error.diagnostics)
        }
        let rules: RuleSet
        do {
            rules = try RuleSet.load(options.rules)
        } catch {
            return RunReport(status: .ruleError, diagnostics: opened.finish([], check: CommentCheck(rows: [])).diagnostics + error.diagnostics)
        }
        let readTime = lap()

        let clusters = opened.readable
        let levelsWithComments = Set(clusters.filter { !DatasetLoader.tableFiles(named: "gop-y", in: $0.files).isEmpty }.map(\.level))
        let unruled = levelsWithComments.filter { rules.levels[$0] == nil && opened.dataset.plan.level($0) != nil }.sorted()
        if !unruled.isEmpty {
            let missing = unruled.map { Diagnostic(.error, code: "rules.missing-level", "no rule file for level `\($0)`: create \(rules.root)/levels/\($0).lua (copy another level's file to start)", at: SourceLocation(file: rules.root + "/levels")) }
            return RunReport(status: .ruleError, diagnostics: opened.finish([], check: CommentCheck(rows: [])).diagnostics + missing)
        }

        // Outputs go to a staging folder as they are made (annotations.jsonl while the rules
        // run), which takes the place of `out` only when the run completes.
        let folder: OutputFolder
        do {
            folder = try OutputFolder(options.out)
        } catch {
            return RunReport(status: .internalError, diagnostics: opened.finish([], check: CommentCheck(rows: [])).diagnostics + [Self.unwritable(error, options.out)])
        }
        let writeFailure = Locked<(any Error)?>(nil)

        let library = HostLibrary(dataset: opened.dataset)
        let limits = options.limits
        // The appendix checks' results: only the rows a rule flagged are kept (a national run
        // checks about 212,000 rows; the reports and the summary need the flagged ones and the
        // count), and each row's rule failure, in row order.
        var findings: [RowFinding] = []
        var appendixFailures: [Diagnostic] = []
        var flagMessages: FlagMessages?
        let progress = options.progress && Progress.terminalAttached ? Progress(files: clusters.count) : nil
        progress?.start()
        defer { progress?.stop() }
        let profiling = options.profileRules
        let samples = Locked<[String: UInt64]>([:])
        let collect: @Sendable (RuleWorker) -> Void = { worker in
            let lines = worker.host.state.profile()
            samples.withLock { total in
                for (file, line, n) in lines { total["\(file):\(line)", default: 0] += n }
            }
        }
        // What the reading of comment tables leaves for after the rules: each table's
        // diagnostics and tally, the cross-check against the appendices, the time it took.
        let parts = Locked<[ClusterComments]>([])
        let commentCheck = Locked(CommentCheck(rows: opened.dataset.appendixRows))
        let commentReading = Locked((seconds: 0.0, comments: 0))
        // The annotations go to a spool file in the staging folder as they come; what stays in
        // memory is a digest of each (AnnotationStore), and each comment's rule failure.
        let annotations: AnnotationStore
        do {
            annotations = AnnotationStore(spool: try AnnotationSpool(url: folder.scratch().appendingPathComponent("annotations.spool")))
        } catch {
            return RunReport(status: .internalError, diagnostics: opened.finish([], check: CommentCheck(rows: [])).diagnostics + [Self.unwritable(error, options.out)])
        }
        let commentFailures = Locked<[Diagnostic]>([])
        let root = opened.dataset.root
        do {
            // One thread reads the comment tables in folder order into a bounded queue; the
            // workers annotate them; each annotation's JSON line reaches the file in input order.
            // What stays in memory is the annotation without its trace, its comment with only the
            // fields the later steps read: the comments as loaded are dropped once annotated.
            try Parallel.stream(threads: options.threads, progress: progress, produce: { emit in
                var sinceRelease = 0
                for cluster in clusters {
                    // The reader's own CPU time, not the wall clock: beside two rule workers on
                    // two cores, the wall clock counted the time it waited for a core as reading.
                    let started = Self.threadCPUSeconds()
                    var part = loader.comments(of: cluster, root: root)
                    let comments = part.comments
                    part.comments = []
                    commentCheck.withLock { $0.add(comments) }
                    parts.withLock { $0.append(part) }
                    let took = Self.threadCPUSeconds() - started
                    commentReading.withLock {
                        $0.seconds += took
                        $0.comments += comments.count
                    }
                    progress?.fileRead(comments: comments.count)
                    sinceRelease += comments.count
                    if sinceRelease >= Heap.commentsBetweenReleases {
                        sinceRelease = 0
                        Heap.releaseFreePages()
                    }
                    for comment in comments where !emit(comment) { return }
                }
            }, makeWorker: { () throws(DiagnosticError) in
                let worker = try RuleWorker(rules: rules, limits: limits, library: library)
                if profiling { worker.host.state.enableProfile() }
                return worker
            }, body: { worker, comment in
                var annotation = worker.annotate(comment)
                var line = annotation.json.serialized()
                line += "\n"
                annotation.trace = []
                annotation.comment = annotation.comment.reported()
                return Annotated(annotation: annotation, line: line)
            }, finish: profiling ? collect : nil, inOrder: { item in
                do {
                    try folder.append("annotations.jsonl", Data(item.line.utf8))
                } catch {
                    writeFailure.withLock { if $0 == nil { $0 = error } }
                }
                item.line = ""
                do {
                    try annotations.append(item.annotation)
                } catch {
                    writeFailure.withLock { if $0 == nil { $0 = error } }
                }
                if let failure = item.annotation.failure { commentFailures.withLock { $0.append(failure) } }
            })
            do {
                try annotations.finishWriting()
            } catch {
                writeFailure.withLock { if $0 == nil { $0 = error } }
            }
            // The comment workers' Lua states are gone; the appendix checks make their own.
            Heap.releaseFreePages()
            // Each result is only the row's flags (the trace is for `gopy explain`): a failure
            // goes to a list by row number, so that every row does not carry room for one.
            // The flags' messages go to a scratch file, in row order, as rows finish (when the
            // file cannot be made they stay in memory).
            let appendixRows = opened.dataset.appendixRows
            let failed = Locked<[(Int, Diagnostic)]>([])
            let messages = try? FlagMessages(folder: folder.scratch())
            flagMessages = messages
            let flags = try Parallel.map(Array(appendixRows.indices), threads: options.threads, chunk: 256, makeWorker: { () throws(DiagnosticError) in
                try RuleWorker(rules: rules, limits: limits, library: library)
            }, body: { worker, i in
                let (finding, failure) = worker.check(appendixRows[i])
                if let failure { failed.withLock { $0.append((i, failure)) } }
                return finding.flags
            }, inOrder: messages.map { store in
                { rowFlags in
                    for j in rowFlags.indices {
                        do { try store.append(rowFlags[j].message) } catch { writeFailure.withLock { if $0 == nil { $0 = error } } }
                        rowFlags[j].message = ""
                    }
                }
            })
            do { try messages?.finishWriting() } catch { writeFailure.withLock { if $0 == nil { $0 = error } } }
            findings.reserveCapacity(flags.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) })
            var nextMessage = 0
            for (i, rowFlags) in flags.enumerated() where !rowFlags.isEmpty {
                var finding = RowFinding(row: appendixRows[i], flags: rowFlags, trace: [])
                if let messages { finding.messages = .init(store: messages, first: nextMessage) }
                nextMessage += rowFlags.count
                findings.append(finding)
            }
            appendixFailures = failed.withLock { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
        } catch {
            // Every worker loads the same files: one report per distinct problem.
            let partial = opened.finish(parts.withLock { $0 }, check: commentCheck.withLock { $0 })
            return RunReport(status: .ruleError, diagnostics: partial.diagnostics + unique(error.diagnostics))
        }
        let dataset = opened.finish(parts.withLock { $0 }, check: commentCheck.withLock { $0 })
        var diagnostics = dataset.diagnostics
        let (commentReadTime, commentsLoaded) = commentReading.withLock { $0 }
        // The comment tables were read while the rules ran: the reader's CPU time counts as
        // reading, the rest of the phase as rules.
        let ruleTime = max(0, lap() - commentReadTime)
        // The workers' Lua states and the comment tables are gone: give their pages back.
        Heap.releaseFreePages()
        let profile = samples.withLock { $0 }
        let totalSamples = Double(max(profile.values.reduce(0, +), 1))
        let busiest = profile.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (place: $0.key, share: Double($0.value) / totalSamples) }

        // Per indicator and task: one worker, on this thread (a hundred calls, not a million).
        let synthesis: Synthesis.Output
        do {
            let worker = try RuleWorker(rules: rules, limits: limits, library: library)
            synthesis = Synthesis.run(dataset: dataset, annotations: annotations, findings: findings, worker: worker)
        } catch {
            return RunReport(status: .ruleError, diagnostics: diagnostics + unique(error.diagnostics))
        }

        let ruleFailures = commentFailures.withLock { $0 } + appendixFailures + synthesis.diagnostics
        diagnostics += ruleFailures
        if options.strict, let first = ruleFailures.first {
            // --strict: the first rule error (in input order) stops the run before anything is written.
            return RunReport(status: .ruleError, diagnostics: dataset.diagnostics + [first])
        }

        // Nothing lost: every row read is annotated or rejected with a reason.
        var report = RunReport(status: .success, diagnostics: diagnostics)
        let commentTallies = dataset.tallies.filter { $0.table == "gop-y" }
        report.commentsRead = commentTallies.reduce(0) { $0 + $1.rowsRead }
        report.rejected = commentTallies.reduce(0) { $0 + $1.rowsRejected }
        report.annotated = annotations.count
        report.ruleErrors = ruleFailures.count
        for tally in dataset.tallies where tally.rowsRead != tally.rowsKept + tally.rowsRejected {
            report.status = .internalError
            report.diagnostics.append(Diagnostic(.error, code: "internal.lost-rows", "internal error: \(tally.rowsRead) rows read but \(tally.rowsKept) kept and \(tally.rowsRejected) rejected", at: SourceLocation(file: tally.file)))
        }
        if report.annotated != commentsLoaded || report.commentsRead != report.annotated + report.rejected {
            report.status = .internalError
            report.diagnostics.append(Diagnostic(.error, code: "internal.lost-rows", "internal error: \(report.commentsRead) comment rows read, \(report.annotated) annotated, \(report.rejected) rejected"))
        }
        if report.status == .internalError { return report }

        let summary = Summary.build(dataset: dataset, annotations: annotations, findings: findings, synthesis: synthesis, ruleErrors: ruleFailures.count, rulesRoot: rules.root)
        Heap.releaseFreePages()
        let synthesisTime = lap()

        // Each file goes to the staging folder as soon as it is made, and is not kept.
        let deliver: @Sendable (String, Data) -> Void = { name, data in
            do { try folder.write(name, data) } catch { writeFailure.withLock { if $0 == nil { $0 = error } } }
        }
        deliver("diagnostics.jsonl", Data(report.diagnostics.map { diagnosticJSON($0).serialized() + "\n" }.joined().utf8))
        // Written piece by piece as it is made: a national summary is 160 MB of text, which as
        // one string and then one `Data` was the run's largest use of memory.
        summary.json.pretty(pieces: 1 << 20) { piece in
            do { try folder.append("summary.json", Data(piece.utf8)) } catch { writeFailure.withLock { if $0 == nil { $0 = error } } }
        }
        // Workbooks are written as files in the staging folder's scratch folder and moved into place.
        let scratch = try? folder.scratch()
        // Every flagged appendix row, one JSON line each (the summary counts them and quotes a few).
        do {
            var lines = ""
            for finding in findings where !finding.flags.isEmpty {
                lines += finding.json.serialized() + "\n"
                if lines.utf8.count >= 1 << 20 {
                    try folder.append("appendix-findings.jsonl", Data(lines.utf8))
                    lines = ""
                }
            }
            try folder.append("appendix-findings.jsonl", Data(lines.utf8))
        } catch {
            writeFailure.withLock { if $0 == nil { $0 = error } }
        }
        Reports.render(summary: summary.json, annotations: annotations, findings: findings, scratch: scratch) { name, content in
            switch content {
            case .bytes(let data): deliver(name, data)
            case .file(let url):
                do { try folder.adopt(name, from: url) } catch {
                    try? FileManager.default.removeItem(at: url)
                    writeFailure.withLock { if $0 == nil { $0 = error } }
                }
            case .failed(let why):
                writeFailure.withLock { if $0 == nil { $0 = OutputFolder.Failure(description: "cannot write \(name): \(why)") } }
            }
        }
        do {
            if annotations.isEmpty { try folder.write("annotations.jsonl", Data()) }
            annotations.remove()
            if let failure = annotations.readFailure { throw OutputFolder.Failure(description: failure) }
            if let failure = flagMessages?.readFailure { throw OutputFolder.Failure(description: failure) }
            if let failure = writeFailure.withLock({ $0 }) { throw failure }
            report.written = try folder.commit()
        } catch {
            report.status = .internalError
            report.diagnostics.append(Self.unwritable(error, options.out))
            return report
        }
        let writeTime = lap()
        report.timings = [("reading", readTime + commentReadTime), ("rules", ruleTime), ("synthesis", synthesisTime), ("writing", writeTime)]
        report.ruleProfile = busiest
        report.status = ruleFailures.isEmpty ? status(for: dataset.diagnostics) : .ruleError
        return report
    }

    static func unwritable(_ error: any Error, _ out: String) -> Diagnostic {
        Diagnostic(.error, code: "output.unwritable", "cannot write the outputs: \(error)", at: SourceLocation(file: out))
    }

    /// The diagnostics without repeats, in first-seen order.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// A diagnostic as a line of `diagnostics.jsonl`.
    public static func diagnosticJSON(_ d: Diagnostic) -> JSON {
        .obj([
            "severity": .string(d.severity.rawValue), "code": .string(d.code), "message": .string(d.message),
            "file": .str(d.location?.file), "sheet": .str(d.location?.sheet), "row": .num(d.location?.row),
            "column": .str(d.location?.column), "line": .num(d.location?.line), "record": .str(d.record),
        ])
    }
}

/// An annotation and its line of `annotations.jsonl`, until the line is written.
struct Annotated: Sendable {
    var annotation: Annotation
    var line: String
}

/// Writes a run's files so that the output folder holds either the previous complete run or the
/// new complete run, never a mix, even if the process is killed at any instant: files go to a
/// hidden staging folder beside it (`.out.partial-<pid>`), which then takes its place in one
/// atomic exchange of the two names.
final class OutputFolder: @unchecked Sendable {
    // Used by one thread at a time: the runner, or the in-order sink under its lock.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let out: String
    let target: URL
    let staging: URL
    let old: URL
    private var names: [String] = []
    private var open: [String: FileHandle] = [:]
    private var settled = false

    /// Makes the staging folder beside `out` (and clears what killed runs left there).
    init(_ out: String) throws {
        let fm = FileManager.default
        self.out = out
        target = URL(fileURLWithPath: out).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.recoverFromKilledRuns(beside: target)
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(pid)")
        old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(pid)")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit { abandon() }

    /// Writes a whole file into the staging folder.
    func write(_ name: String, _ data: Data) throws {
        guard FileManager.default.createFile(atPath: staging.appendingPathComponent(name).path, contents: data) else {
            throw Failure(description: "cannot create \(name) in \(staging.path)")
        }
        names.append(name)
    }

    /// A folder inside the staging folder for temporary files (made on first use, removed
    /// before the staging folder takes the place of `out`).
    func scratch() throws -> URL {
        let url = staging.appendingPathComponent(".scratch")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Moves a finished file (written in `scratch()` or elsewhere) into the staging folder.
    func adopt(_ name: String, from url: URL) throws {
        let destination = staging.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.moveItem(at: url, to: destination)
        names.append(name)
    }

    /// Appends to a file of the staging folder, creating it on first use (files written as a
    /// stream, such as annotations.jsonl).
    func append(_ name: String, _ data: Data) throws {
        if open[name] == nil {
            let path = staging.appendingPathComponent(name).path
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw Failure(description: "cannot create \(name) in \(staging.path)")
            }
            open[name] = handle
            names.append(name)
        }
        try open[name]!.write(contentsOf: data)
    }

    /// Puts the staging folder in the place of `out` in one step; returns the files written.
    func commit() throws -> [String] {
        for (_, handle) in open { try handle.close() }
        open = [:]
        let fm = FileManager.default
        try? fm.removeItem(at: staging.appendingPathComponent(".scratch"))
        settled = true
        let written = names.sorted().map { out + "/" + $0 }
        if fm.fileExists(atPath: target.path) {
            if Self.exchange(staging.path, target.path) {
                // The staging name now holds the previous output.
                try? fm.removeItem(at: staging)
                return written
            }
            // No atomic exchange (not Linux, or a file system without it): two renames, with a
            // moment where `out` is missing; recoverFromKilledRuns puts the old one back if the
            // process dies in between.
            try? fm.removeItem(at: old)
            try fm.moveItem(at: target, to: old)
        }
        try fm.moveItem(at: staging, to: target)
        try? fm.removeItem(at: old)
        return written
    }

    /// Drops the staging folder: the previous output stays as it was.
    func abandon() {
        guard !settled else { return }
        settled = true
        for (_, handle) in open { try? handle.close() }
        open = [:]
        try? FileManager.default.removeItem(at: staging)
    }

    /// Writes a run's files at once (the staging folder, then the swap).
    static func write(_ files: [(String, Data)], to out: String) throws -> [String] {
        let folder = try OutputFolder(out)
        for (name, data) in files { try folder.write(name, data) }
        return try folder.commit()
    }

    /// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE); false when unavailable.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            // Looked up at run time: the C library declares it only under _GNU_SOURCE.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let atCurrentDirectory: Int32 = -100  // AT_FDCWD
            let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
            return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, renameExchange) == 0
        #else
            return false
        #endif
    }

    /// Removes the staging folders of runs that were killed (their process is gone), and puts
    /// back a previous output that a killed run had moved aside without replacing it. Folders of
    /// a run still going are left alone.
    static func recoverFromKilledRuns(beside target: URL) {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            for kind in ["partial", "old"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !isRunning(pid) else { continue }
                let path = parent.appendingPathComponent(entry)
                if kind == "old" && !fm.fileExists(atPath: target.path) {
                    try? fm.moveItem(at: path, to: target)
                } else {
                    try? fm.removeItem(at: path)
                }
            }
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
