import Foundation

/// Every report of a run, rendered from `summary.json` (one synthesis, several renderers) and,
/// for the tables that list every comment, from the annotations.
///
/// File names: `bao-cao-<level>.<ext>` for each level's summary report (Báo cáo tổng hợp cấp
/// học) and `tong-hop-toan-nganh.<ext>` for the Office's sector synthesis.
enum Reports {
    /// Renders every report, handing each file to `deliver` as soon as it is made (from any
    /// thread, one call at a time), so that a national run does not hold every file at once.
    /// Workbooks are handed over as files written in `scratch` (the system's temporary folder
    /// when nil), which `deliver` moves or removes.
    static func render(summary: JSON, annotations: AnnotationStore, findings: [RowFinding] = [], scratch: URL? = nil, deliver: @escaping @Sendable (String, ReportContent) -> Void) {
        let documents = ReportBuilder.documents(summary: summary)
        // Each file renders on its own, so they share the cores. The workbooks first: the sector
        // one, which lists every comment, is the longest job.
        var jobs = Array(ExcelReport.jobs(summary: summary, annotations: annotations, findings: findings, scratch: scratch).reversed())
        for document in documents {
            jobs.append { [(document.name + ".md", .bytes(Data(MarkdownRenderer.render(document).utf8)))] }
            jobs.append { [(document.name + ".docx", .bytes(WordRenderer.render(document)))] }
            jobs.append { [(document.name + ".html", .bytes(Data(HTMLRenderer.render(document).utf8)))] }
        }
        let work = jobs
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            let files = work[i]()
            lock.lock()
            defer { lock.unlock() }
            for (name, data) in files { deliver(name, data) }
        }
    }

    /// Every report file, by name (for tests and tools that want them in memory).
    static func render(summary: JSON, annotations: AnnotationStore) throws -> [(String, Data)] {
        let files = Locked<[(String, Result<Data, ReportContent.Failure>)]>([])
        render(summary: summary, annotations: annotations) { name, content in
            let data = Result { () throws(ReportContent.Failure) in try content.data() }
            files.withLock { $0.append((name, data)) }
        }
        return try files.withLock { $0 }.sorted { $0.0 < $1.0 }.map { ($0.0, try $0.1.get()) }
    }
}

/// A rendered report file: its bytes, or a temporary file holding them (the workbooks, which
/// for a national run are too big to hold), or why it could not be made.
enum ReportContent: Sendable {
    case bytes(Data)
    /// A temporary file, which the receiver moves into place or removes.
    case file(URL)
    /// The file could not be written; the reason.
    case failed(String)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The bytes; a temporary file is read and removed.
    func data() throws(Failure) -> Data {
        switch self {
        case .bytes(let data): return data
        case .file(let url):
            defer { try? FileManager.default.removeItem(at: url) }
            do { return try Data(contentsOf: url) } catch { throw Failure(description: "cannot read \(url.path): \(error)") }
        case .failed(let why): throw Failure(description: why)
        }
    }
}
