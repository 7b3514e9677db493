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
        var files: [(String, Data)] = []
        for document in documents {
            files.append((document.name + ".md", Data(MarkdownRenderer.render(document).utf8)))
            files.append((document.name + ".docx", WordRenderer.render(document)))
            files.append((document.name + ".html", Data(HTMLRenderer.render(document).utf8)))
        }
        files += ExcelReport.render(summary: summary, annotations: annotations)
        return files
    }
}
