import ArgumentParser
import Diagnostics
import Foundation
import GopyCore
import LuaBridge

@main
struct Gopy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gopy",
        abstract: "Merge workshop comment tables on the education plan into rules-annotated reports.",
        discussion: """
            A dataset is a folder with ke-hoach.toml (the plan), de-an/ (the indicator and task \
            catalogues) and cum/<cluster>/ (each cluster's dossier: gop-y, phu-luc-1..4, minh-chung, \
            bien-ban). The judgement (keywords, thresholds, weights) lives in Lua files under Rules/: \
            edit them and run again, no rebuild needed.

            Examples:
              gopy run Inputs/hai-phong-mau                 annotate the sample into ./out
              gopy run Inputs/hai-phong-mau --out /tmp/o    write somewhere else
              gopy check Inputs/hai-phong-mau               check the dossiers without the rules
              gopy explain Inputs/hai-phong-mau thcs/cum-05/12   why the rules labelled that comment so
              gopy template Inputs/hai-phong-mau --out bieu-mau   the blank forms for every cluster
              gopy rules check                              load every rule file and report problems
              gopy rules test                               run the rule tests in Rules/tests

            Exit codes: 0 success; 1 success with findings in the data; 2 the dataset cannot be \
            read; 3 a rule failed (to load, or on a record); 4 internal error.
            """,
        subcommands: [Run.self, Check.self, Explain.self, Template.self, BenchData.self, RulesCommand.self],
        defaultSubcommand: nil
    )
}

/// Prints diagnostics to stderr, errors first, at most `limit` of each severity.
func printDiagnostics(_ diagnostics: [Diagnostic], limit: Int = 25) {
    var err = StandardError()
    for severity in Severity.allCases.reversed() {
        let items = diagnostics.filter { $0.severity == severity }
        for d in items.prefix(limit) { print(d.description, to: &err) }
        if items.count > limit {
            print("… and \(items.count - limit) more \(severity.rawValue)s (all of them are in diagnostics.jsonl)", to: &err)
        }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-instructions"), help: "Lua instructions one rule call may run before it is stopped.")
    var maxInstructions: UInt64 = LuaLimits.default.instructionBudget

    @Option(name: .customLong("max-memory"), help: "Megabytes one rule state may hold before a call is stopped.")
    var maxMemory: Int = LuaLimits.default.memoryBytes >> 20

    var limits: LuaLimits {
        LuaLimits(instructionBudget: maxInstructions, memoryBytes: maxMemory << 20, maxResultValues: LuaLimits.default.maxResultValues)
    }

    func validate() throws {
        guard maxInstructions > 0 else { throw ValidationError("--max-instructions must be positive") }
        guard maxMemory >= 8 else { throw ValidationError("--max-memory must be at least 8 (MB)") }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a dataset, run the rules on every comment and appendix row, write the outputs.",
        discussion: """
            Writes into --out: annotations.jsonl (one line per comment, with labels and the rule \
            line behind each decision), summary.json (every figure of the reports) and \
            diagnostics.jsonl (every problem found, with file, sheet, row and column). The folder \
            is replaced only when the run succeeds.
            """
    )

    @Argument(help: "The dataset folder (with ke-hoach.toml, de-an/ and cum/).")
    var dataset: String

    @Option(help: "The rules folder.")
    var rules: String = "Rules"

    @Option(help: "The output folder (replaced as a whole when the run succeeds).")
    var out: String = "out"

    @Option(help: "Worker threads, each with its own Lua state (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop at the first rule error instead of marking the record and going on.")
    var strict = false

    @Flag(help: "Print only errors: no progress line, no findings, no closing line.")
    var quiet = false

    @Flag(name: .customLong("profile-rules"), help: "Report the rule lines where the comment rules spend most of their instructions.")
    var profileRules = false

    @Option(name: .customLong("profile-lines"), help: "With --profile-rules: how many of the busiest lines to list (0 for all).")
    var profileLines = 30

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard profileLines >= 0 else { throw ValidationError("--profile-lines must be 0 (all) or more") }
    }

    func run() throws {
        var options = RunOptions(dataset: dataset, rules: rules, out: out, threads: threads, strict: strict, limits: limitOptions.limits, progress: !quiet)
        options.profileRules = profileRules
        let report = Runner.run(options)
        if profileRules {
            var err = StandardError()
            print("gopy: where the comment rules spend their instructions (share of samples, busiest lines):", to: &err)
            let lines = profileLines == 0 ? report.ruleProfile[...] : report.ruleProfile.prefix(profileLines)
            for (place, share) in lines { print(String(format: "%6.1f%%  ", share * 100) + place, to: &err) }
        }
        printDiagnostics(quiet ? report.diagnostics.filter { $0.severity == .error } : report.diagnostics)
        if !quiet, !report.written.isEmpty {
            var err = StandardError()
            let time = report.timings.map(\.1).reduce(0, +)
            let split = report.timings.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: ", ")
            print("gopy: \(report.commentsRead) comments read, \(report.annotated) annotated, \(report.rejected) rejected, \(report.ruleErrors) rule errors; \(String(format: "%.2f", time)) s (\(split)); wrote \(out)/", to: &err)
        }
        if report.status != .success { throw ExitCode(report.status.rawValue) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset's dossiers and tables without running the rules.",
        discussion: "Reports missing parts, late dossiers, wrong cut-offs, unreadable cells and rows that would be rejected. Exits 1 when there are findings, 2 when the dataset cannot be read."
    )

    @Argument(help: "The dataset folder.")
    var dataset: String

    func run() throws {
        let report = Runner.check(dataset: dataset)
        printDiagnostics(report.diagnostics, limit: 200)
        var err = StandardError()
        print("gopy check: \(report.commentsRead) comment rows read, \(report.rejected) would be rejected; \(report.diagnostics.filter { $0.severity == .error }.count) errors, \(report.diagnostics.filter { $0.severity == .warning }.count) warnings", to: &err)
        if report.status != .success { throw ExitCode(report.status.rawValue) }
    }
}

struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the blank forms (biểu mẫu) for every cluster of a dataset.",
        discussion: """
            Writes <out>/<cluster>/gop-y.xlsx (the comment table, with the catalogue codes and the \
            cluster's institutions as drop-down lists) and phu-luc-1.xlsx … phu-luc-4.xlsx (the \
            appendix tables, one row per institution of the cluster). The headers are the ones \
            gopy reads, so filled forms go back into cum/<cluster>/ as they are.
            """
    )

    @Argument(help: "The dataset folder (its plan, catalogues and cluster manifests).")
    var dataset: String

    @Option(help: "The folder to write the forms into.")
    var out: String = "bieu-mau"

    func run() throws {
        let loaded: Dataset
        do {
            loaded = try DatasetLoader().load(dataset)
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(ExitStatus.inputError.rawValue)
        }
        let written: [String]
        do {
            written = try Templates.write(dataset: loaded, to: out)
        } catch {
            var err = StandardError()
            print("gopy template: cannot write the forms into \(out): \(error)", to: &err)
            throw ExitCode(ExitStatus.internalError.rawValue)
        }
        var err = StandardError()
        print("gopy template: \(written.count) forms for \(loaded.clusters.count) clusters in \(out)/", to: &err)
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work on the Lua rule files.",
        subcommands: [RulesCheck.self, RulesTest.self, RulesScore.self]
    )
}

struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load every rule file without data and report load errors and unknown hooks."
    )

    @Option(help: "The rules folder.")
    var rules: String = "Rules"

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let report = RuleCheck.run(rules: rules, limits: limitOptions.limits)
        printDiagnostics(report.diagnostics, limit: 200)
        var out = StandardError()
        print("gopy rules check: \(report.files) rule files, \(report.diagnostics.filter { $0.severity == .error }.count) errors, \(report.diagnostics.filter { $0.severity == .warning }.count) warnings", to: &out)
        if report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.ruleError.rawValue) }
    }
}

struct RulesScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Measure the rules against a labelled set of comments, per label.",
        discussion: """
            The labelled file is JSON Lines: one comment per line with its columns (level, unit, \
            location, ref, text, proposal, basis, ...) and an `expect` object with the labels a \
            careful analyst gave it. Prints the accuracy per label against the bars the default \
            rules must reach; exits 1 when a figure is under its bar.
            """
    )

    @Argument(help: "The labelled comments (JSON Lines).")
    var labelled: String = "Tests/Fixtures/labelled/labelled.jsonl"

    @Option(help: "The rules folder.")
    var rules: String = "Rules"

    @Option(help: "Print the cases where a label differs from the rules (e.g. --misses stance, or --misses all).")
    var misses: String?

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        let report: RuleScore.Report
        do {
            report = try RuleScore.run(labelled: labelled, rules: rules, limits: limitOptions.limits)
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(ExitStatus.ruleError.rawValue)
        }
        printDiagnostics(report.ruleErrors)
        if let misses {
            for miss in report.misses where misses == "all" || miss.field == misses || miss.field.hasPrefix(misses + ".") {
                print("\(miss.id)\t\(miss.field)\texpected \(miss.expected)\tgot \(miss.got)\t\(miss.text.prefix(160))")
            }
        }
        for metric in report.metrics {
            let bar = metric.bar.map { String(format: "%.2f", $0) } ?? "  - "
            let verdict = metric.bar == nil ? "" : (metric.passes ? "PASS" : "FAIL")
            print(String(format: "%-28@ %6.3f  bar %@  n=%4d  %@", metric.name.padding(toLength: 28, withPad: " ", startingAt: 0), metric.value, bar, metric.cases, verdict))
        }
        if !report.passes { throw ExitCode(1) }
    }
}

struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rule tests in Rules/tests/ and the examples inside rule files.",
        discussion: "Prints PASS or FAIL per case with the file and line of the case; exits 1 when a case fails. See Rules/README.md, \"Testing rules\"."
    )

    @Option(help: "The rules folder.")
    var rules: String = "Rules"

    @Option(help: "A dataset whose catalogue and appendices the tests may look up (gopy.indicator, gopy.institution).")
    var dataset: String?

    @Flag(help: "Print failures only.")
    var quiet = false

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        var library = HostLibrary()
        if let dataset {
            do {
                library = HostLibrary(dataset: try DatasetLoader().load(dataset))
            } catch {
                printDiagnostics(error.diagnostics)
                throw ExitCode(ExitStatus.inputError.rawValue)
            }
        }
        let outcomes: [RuleTest.Outcome]
        do {
            outcomes = try RuleTest.run(rules: rules, limits: limitOptions.limits, library: library)
        } catch {
            printDiagnostics(error.diagnostics)
            throw ExitCode(ExitStatus.ruleError.rawValue)
        }
        for outcome in outcomes where !quiet || !outcome.passed { print(outcome.description) }
        let failed = outcomes.filter { !$0.passed }.count
        print("\(outcomes.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every decision the rules made about one comment or appendix row, and the rule line behind it.",
        discussion: "The id is the one in annotations.jsonl: level/cluster/row for a comment (thcs/cum-05/12), level/cluster/PLn/row for an appendix row."
    )

    @Argument(help: "The dataset folder.")
    var dataset: String

    @Argument(help: "The record id, e.g. thcs/cum-05/12.")
    var id: String

    @Option(help: "The rules folder.")
    var rules: String = "Rules"

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        do {
            for line in try GopyCore.Explain.run(dataset: dataset, id: id, rules: rules, limits: limitOptions.limits) { print(line) }
        } catch {
            printDiagnostics(error.diagnostics.filter { $0.severity == .error })
            throw ExitCode(error.diagnostics.contains { $0.code.hasPrefix("rule") } ? ExitStatus.ruleError.rawValue : ExitStatus.inputError.rawValue)
        }
    }
}

struct BenchData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-data",
        abstract: "Write a benchmark dataset shaped like the sample (for Benchmarks/run.sh).",
        shouldDisplay: false
    )

    @Option(help: "Institutions.")
    var institutions: Int = 1_600

    @Option(help: "Comments.")
    var comments: Int = 32_000

    @Option(help: "Seed: the same seed writes the same dataset.")
    var seed: UInt64 = 1

    @Option(help: "The dataset the shape and texts are taken from.")
    var template: String = "Inputs/hai-phong-mau"

    @Option(help: "The folder to write (replaced).")
    var out: String

    func run() throws {
        let clusters = try BenchmarkData.write(template: template, institutions: institutions, comments: comments, seed: seed, to: out)
        var err = StandardError()
        print("gopy bench-data: \(clusters) clusters, \(institutions) institutions, \(comments) comments in \(out)", to: &err)
    }
}
