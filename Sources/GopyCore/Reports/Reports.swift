import Foundation

/// Every report of a run, rendered from `summary.json` (one synthesis, several renderers) and,
/// for the tables that list every comment, from the annotations.
///
/// File names: `bao-cao-<level>.<ext>` for each level's summary report (Báo cáo tổng hợp cấp
/// học) and `tong-hop-toan-nganh.<ext>` for the Office's sector synthesis.
enum Reports {
    /// The report files to write into the output folder, by name.
    static func render(summary: JSON, annotations: [Annotation]) -> [(String, Data)] {
        let documents = ReportBuilder.documents(summary: summary)
        // Each file renders on its own, so they share the cores; the order of the list (and so
        // of the files) stays the same whatever the thread that finished first.
        // The workbooks first: the sector one, which lists every comment, is the longest job.
        var jobs = Array(ExcelReport.jobs(summary: summary, annotations: annotations).reversed())
        for document in documents {
            jobs.append { [(document.name + ".md", Data(MarkdownRenderer.render(document).utf8))] }
            jobs.append { [(document.name + ".docx", WordRenderer.render(document))] }
            jobs.append { [(document.name + ".html", Data(HTMLRenderer.render(document).utf8))] }
        }
        let work = jobs
        let results = Locked([[(String, Data)]](repeating: [], count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { i in
            let files = work[i]()
            results.withLock { $0[i] = files }
        }
        // Files in a fixed order, whatever the jobs' order.
        return results.withLock { $0.flatMap { $0 } }.sorted { $0.0 < $1.0 }
    }
}
