/// Renders a report as Markdown, for review in plain text and for diffs between runs.
enum MarkdownRenderer {
    static func render(_ document: ReportDocument) -> String {
        var out = "\(document.issuer)  \n\(document.unit)\n\n*\(document.placeAndDate)*\n\n# \(document.title)\n\n**\(document.subtitle)**\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let level, let number, let text):
                out += String(repeating: "#", count: min(level + 1, 6)) + " \(number) \(text)\n"
            case .paragraph(let text):
                out += escape(text) + "\n"
            case .bullets(let items):
                out += items.map { "- " + escape($0) }.joined(separator: "\n") + "\n"
            case .quote(let text, let source):
                out += "> " + escape(text).replacingOccurrences(of: "\n", with: "\n> ") + "\n>\n> — *\(escape(source))*\n"
            case .table(let table):
                out += self.table(caption: table.caption, header: table.header, rows: table.rows, numeric: table.numeric)
            case .chart(let chart):
                // Markdown has no charts: the data the chart draws, as a table.
                let rows = chart.categories.enumerated().map { i, category in
                    [category] + chart.series.map { ReportBuilder.vn($0.values[i]) }
                }
                out += self.table(caption: chart.title + " (\(chart.unit))", header: [""] + chart.series.map(\.name), rows: rows, numeric: Set(1...max(1, chart.series.count)))
            }
        }
        return out
    }

    static func table(caption: String, header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        var out = "*\(escape(caption))*\n\n"
        out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            let padded = row + Array(repeating: "", count: max(0, header.count - row.count))
            out += "| " + padded.prefix(header.count).map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func cell(_ text: String) -> String {
        let escaped = escape(text)
        // Most cells hold neither: no need for Foundation's search.
        guard escaped.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A }) else { return escaped }
        return escaped.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Characters Markdown would read as markup are escaped, so that a comment can never turn
    /// into a heading, a link or emphasis.
    static func escape(_ text: String) -> String {
        // Most text holds none of these characters: return it as it is.
        guard text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x60 || $0 == 0x5B || $0 == 0x5D || $0 == 0x3C || $0 == 0x3E || $0 == 0x23 || $0 == 0x5C }) else {
            return text
        }
        var out = ""
        for ch in text {
            switch ch {
            case "*", "_", "`", "[", "]", "<", ">", "#", "\\": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
