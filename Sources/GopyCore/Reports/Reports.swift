import Foundation

/// Every report of a run, rendered from `summary.json` (one synthesis, several renderers) and,
/// for the tables that list every comment, from the annotations.
///
/// File names: `bao-cao-<level>.<ext>` for each level's summary report (Báo cáo tổng hợp cấp
/// học) and `tong-hop-toan-nganh.<ext>` for the Office's sector synthesis.
enum Reports {
    /// Renders every report, handing each file to `deliver` as soon as it is made (from any
    /// thread, one call at a time), so that a national run does not hold every file at once.
    static func render(summary: JSON, annotations: [Annotation], deliver: @escaping @Sendable (String, Data) -> Void) {
        let documents = ReportBuilder.documents(summary: summary)
        // Each file renders on its own, so they share the cores. The workbooks first: the sector
        // one, which lists every comment, is the longest job.
        var jobs = Array(ExcelReport.jobs(summary: summary, annotations: annotations).reversed())
        for document in documents {
            jobs.append { [(document.name + ".md", Data(MarkdownRenderer.render(document).utf8))] }
            jobs.append { [(document.name + ".docx", WordRenderer.render(document))] }
            jobs.append { [(document.name + ".html", Data(HTMLRenderer.render(document).utf8))] }
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
    static func render(summary: JSON, annotations: [Annotation]) -> [(String, Data)] {
        let files = Locked<[(String, Data)]>([])
        render(summary: summary, annotations: annotations) { name, data in files.withLock { $0.append((name, data)) } }
        return files.withLock { $0 }.sorted { $0.0 < $1.0 }
    }
}
