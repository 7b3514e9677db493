import Foundation
import Tabular

/// Renders a report as one self-contained HTML5 page: the CSS is inline and every chart is an
/// inline SVG drawn here from the chart's data, so the page opens from a USB stick or an e-mail
/// attachment with no network and no script. On screen it reads as a sheet of paper; printed,
/// it follows the A4 page and margins of Nghị định 30/2020/NĐ-CP like the Word report, with
/// table header rows repeated on each page and no row split across two.
enum HTMLRenderer {
    /// The page, as UTF-8 text.
    static func render(_ document: ReportDocument) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + escaped(document.title + (document.subtitle.isEmpty ? "" : " – " + document.subtitle)) + "</title>\n"
        html += "<style>\n" + css + "</style>\n</head>\n<body>\n<article class=\"report\">\n"
        html += masthead(document)
        html += "<h1>" + escaped(document.title)
        if !document.subtitle.isEmpty { html += "<span class=\"subtitle\">" + escaped(document.subtitle) + "</span>" }
        html += "</h1>\n<div class=\"title-rule\"></div>\n"
        var charts = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let number, let text):
                let tag = "h\(min(max(level, 1), 3) + 1)"
                html += "<\(tag)>" + (number.isEmpty ? "" : "<span class=\"number\">" + escaped(number) + "</span> ") + escaped(text) + "</\(tag)>\n"
            case .paragraph(let text):
                html += "<p>" + lines(text) + "</p>\n"
            case .bullets(let items):
                html += "<ul class=\"dash\">\n" + items.map { "<li>" + lines($0) + "</li>\n" }.joined() + "</ul>\n"
            case .quote(let text, let source):
                html += "<blockquote><span class=\"quote-text\">“" + lines(text) + "”</span> <cite>(" + escaped(source) + ")</cite></blockquote>\n"
            case .table(let table):
                html += self.table(table)
            case .chart(let chart):
                charts += 1
                html += figure(chart, id: "bieu-do-\(charts)")
            }
        }
        html += "</article>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Blocks

    /// Issuer and unit on the left, national name, motto and place/date on the right (NĐ 30).
    static func masthead(_ document: ReportDocument) -> String {
        var html = "<header class=\"masthead\">\n<div class=\"issuer\">"
        let unit = document.unit.trimmingCharacters(in: .whitespaces)
        if unit.isEmpty {
            html += "<p class=\"unit\">" + lines(document.issuer.uppercased()) + "</p>"
        } else {
            html += "<p>" + lines(document.issuer.uppercased()) + "</p><p class=\"unit\">" + lines(unit.uppercased()) + "</p>"
        }
        html += "<div class=\"rule\"></div></div>\n<div class=\"nation\"><p class=\"nation-name\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
        html += "<p><span class=\"motto\">Độc lập - Tự do - Hạnh phúc</span></p>"
        html += "<p class=\"place-date\">" + escaped(document.placeAndDate) + "</p></div>\n</header>\n"
        return html
    }

    static func table(_ table: ReportDocument.Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        var shares = table.widths
        if shares.count != columns || shares.contains(where: { !$0.isFinite || $0 <= 0 }) {
            shares = Array(repeating: 1, count: columns)
        }
        let total = shares.reduce(0, +)
        // Many columns (the data appendix has twelve) get smaller type so they fit A4 portrait.
        let density = columns <= 5 ? "" : columns <= 8 ? " class=\"dense\"" : " class=\"very-dense\""
        // A short table stays on one page with its caption; a long one breaks between rows.
        let keep = WordRenderer.isShort(table) ? " keep" : ""
        var html = "<div class=\"table-wrap\(keep)\"><table\(density)>\n"
        if !table.caption.isEmpty { html += "<caption>" + escaped(table.caption) + "</caption>\n" }
        html += "<colgroup>" + shares.map { "<col style=\"width:" + percent($0 / total) + "\">" }.joined() + "</colgroup>\n"
        html += "<thead><tr>"
        for column in 0..<columns {
            html += "<th scope=\"col\">" + escaped(column < table.header.count ? table.header[column] : "") + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for column in 0..<columns {
                let text = column < row.count ? row[column] : ""
                // A short code or date ("cum-05", "03/02/2026") is never broken at its hyphen
                // or slash; the browser widens the column instead.
                let unbroken = text.prefix(17).count <= 16 && !text.contains(where: \.isWhitespace)
                let kind = table.numeric.contains(column) ? "<td class=\"num\">" : unbroken ? "<td class=\"nw\">" : "<td>"
                html += kind + lines(text) + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        return html
    }

    /// A chart as an SVG, with its numbers in a collapsed table under it for screen readers
    /// and for whoever wants the exact figures (hidden when printing: the bars carry the values).
    static func figure(_ chart: ReportDocument.Chart, id: String) -> String {
        var html = "<figure class=\"chart\" id=\"\(id)\">\n<figcaption id=\"\(id)-title\">" + escaped(chart.title) + "</figcaption>\n"
        html += ChartSVG(chart: chart, titleID: "\(id)-title").svg()
        html += "<details class=\"chart-data\"><summary>Số liệu của biểu đồ</summary>\n"
        html += table(WordRenderer.chartTable(chart))
        html += "</details>\n</figure>\n"
        return html
    }

    // MARK: - Text

    /// Text escaped for HTML content and attributes (see `XMLText`).
    static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    /// Escaped text whose line breaks stay line breaks.
    static func lines(_ text: String) -> String {
        // Most texts are one line: no need for Foundation's search.
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return escaped(text) }
        return escaped(text.replacingOccurrences(of: "\r\n", with: "\n")).replacingOccurrences(of: "\n", with: "<br>")
    }

    static func percent(_ share: Double) -> String {
        String(format: "%.2f%%", share * 100)
    }

    // MARK: - Style

    /// Times New Roman 14 pt (NĐ 30) with the metric-compatible free fonts as fallbacks, so a
    /// machine without Microsoft fonts lays the page out the same way.
    static let css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        :root { background: #e8e8e4; color: #000; }
        body { margin: 0; font-family: "Times New Roman", Times, "Liberation Serif", "Tinos", "Nimbus Roman", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.35; }
        .report { box-sizing: border-box; max-width: 210mm; margin: 16px auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
        @media screen and (max-width: 820px) { .report { margin: 0; padding: 16px; box-shadow: none; } }
        @media print { :root { background: none; } .report { max-width: none; margin: 0; padding: 0; box-shadow: none; } }
        .masthead { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 12pt; line-height: 1.25; }
        .masthead p { margin: 0; text-indent: 0; text-align: center; }
        .masthead .unit, .masthead .nation-name, .masthead .motto { font-weight: bold; }
        .masthead .rule { width: 30%; margin: 3px auto 0; border-top: 1px solid #000; }
        .masthead .motto { font-size: 14pt; border-bottom: 1px solid #000; padding-bottom: 1px; }
        .masthead .place-date { margin-top: 12pt; font-size: 14pt; font-style: italic; }
        h1 { margin: 24pt 0 0; font-size: 14pt; text-align: center; line-height: 1.3; }
        h1 .subtitle { display: block; }
        .title-rule { width: 33%; margin: 4pt auto 10pt; border-top: 1px solid #000; }
        h2, h3, h4 { margin: 12pt 0 3pt; font-size: 14pt; text-indent: 1cm; text-align: justify; break-after: avoid; page-break-after: avoid; }
        h4 { font-style: italic; }
        p { margin: 6pt 0 0; text-indent: 1cm; text-align: justify; }
        ul.dash { margin: 6pt 0 0; padding: 0; list-style: none; }
        ul.dash li { margin-top: 3pt; text-indent: 1cm; text-align: justify; }
        ul.dash li::before { content: "- "; }
        blockquote { margin: 4pt 0.5cm 0 1cm; font-size: 13pt; text-align: justify; }
        blockquote .quote-text { font-style: italic; }
        blockquote cite { font-style: normal; }
        .table-wrap { margin: 10pt 0 6pt; padding: 0 1px; overflow-x: auto; }
        .table-wrap.keep { break-inside: avoid; page-break-inside: avoid; }
        table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.2; }
        table.dense { font-size: 11pt; }
        table.very-dense { font-size: 9.5pt; }
        caption { padding-bottom: 4pt; font-size: 13pt; font-weight: bold; caption-side: top; break-after: avoid; }
        th, td { padding: 2pt 4pt; border: 1px solid #000; vertical-align: top; overflow-wrap: break-word; }
        th { vertical-align: middle; text-align: center; background: #f2f2f2; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        td.nw { white-space: nowrap; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        figure.chart { margin: 12pt 0 6pt; break-inside: avoid; page-break-inside: avoid; }
        figure.chart figcaption { font-size: 13pt; font-weight: bold; text-align: center; }
        figure.chart svg { display: block; width: 100%; height: auto; font-family: inherit; }
        details.chart-data { font-size: 12pt; }
        details.chart-data summary { cursor: pointer; color: #333; }
        @media print { .table-wrap { overflow: visible; } details.chart-data { display: none; } }

        """
}

/// A bar chart drawn as SVG. There is no script and no font metrics at hand, so text widths are
/// estimated from character counts (a serif's average advance is about half its size); every
/// layout decision leaves room for that estimate to be off by a few characters.
struct ChartSVG {
    let chart: ReportDocument.Chart
    let titleID: String

    /// The drawing's width in user units; the SVG scales to the text width (165 mm on A4).
    static let width = 640.0
    static let palette = ["#2f6db5", "#e08a1e", "#3a9a5b", "#c44536", "#7b5ea7", "#8c6d31", "#d45d9e", "#5f6b73"]
    static let fontSize = 15.0
    static let smallFont = 13.0

    func svg() -> String {
        let series = chart.series.filter { !$0.values.isEmpty }
        if chart.categories.isEmpty || series.isEmpty {
            return open(height: 40) + text("Không có số liệu để vẽ biểu đồ.", x: Self.width / 2, y: 24, anchor: "middle") + "</svg>\n"
        }
        switch chart.kind {
        case .horizontalBars: return horizontal()
        case .groupedBars: return vertical(stacked: false)
        case .stackedBars: return vertical(stacked: true)
        }
    }

    // MARK: Vertical bars, grouped or stacked

    func vertical(stacked: Bool) -> String {
        let categories = chart.categories
        let series = chart.series
        let (legendSVG, legendHeight) = legend(y: 4)
        let top = legendHeight + 18
        let maximum: Double
        if stacked {
            maximum = categories.indices.map { i in series.reduce(0) { $0 + max(0, value($1, i) ?? 0) } }.max() ?? 0
        } else {
            maximum = series.flatMap { s in categories.indices.compactMap { value(s, $0) } }.max() ?? 0
        }
        let (step, axisTop) = Self.niceScale(maximum)
        let tickLabels = stride(from: 0.0, through: axisTop + step / 2, by: step).map { ($0, ReportBuilder.vn($0)) }
        let tickWidth = tickLabels.map { Self.textWidth($0.1, Self.smallFont) }.max() ?? 10
        let left = 22 + tickWidth + 6
        let right = 8.0
        let plotWidth = Self.width - left - right
        let slot = plotWidth / Double(categories.count)
        // Category labels wrap under their slot; when slots are too narrow for a word they are
        // turned by 40° instead.
        let wrapped = categories.map { Self.wrap($0, width: slot - 6, size: Self.smallFont, maxLines: 3) }
        let rotate = slot < 44 || wrapped.contains { $0.count > 3 || $0.contains { Self.textWidth($0, Self.smallFont) > slot - 2 } }
        let labelHeight: Double
        if rotate {
            let longest = categories.map { Self.textWidth($0, Self.smallFont) }.max() ?? 0
            labelHeight = min(longest, 150) * 0.65 + 16
        } else {
            labelHeight = Double(wrapped.map(\.count).max() ?? 1) * (Self.smallFont + 2) + 8
        }
        let plotHeight = 220.0
        let height = top + plotHeight + labelHeight + 4
        let y = { (v: Double) -> Double in top + plotHeight - plotHeight * max(0, v) / axisTop }

        var out = open(height: height) + legendSVG
        out += axisGrid(ticks: tickLabels, left: left, right: Self.width - right, y: y)
        out += "<text x=\"12\" y=\"\(Self.f(top + plotHeight / 2))\" font-size=\"\(Self.f(Self.smallFont))\" text-anchor=\"middle\" transform=\"rotate(-90 12 \(Self.f(top + plotHeight / 2)))\">" + HTMLRenderer.escaped(chart.unit) + "</text>\n"
        for (i, category) in categories.enumerated() {
            let x0 = left + slot * Double(i)
            out += "<g><title>" + HTMLRenderer.escaped(category) + "</title>\n"
            if stacked {
                let barWidth = min(slot * 0.6, 56)
                let x = x0 + (slot - barWidth) / 2
                var base = 0.0
                for (n, s) in series.enumerated() {
                    guard let v = value(s, i), v > 0 else { continue }
                    let y1 = y(base + v), y0 = y(base)
                    out += rect(x: x, y: y1, width: barWidth, height: y0 - y1, colour: n, tooltip: "\(s.name): \(ReportBuilder.vn(v)) \(chart.unit)")
                    let label = ReportBuilder.vn(v)
                    if y0 - y1 >= Self.smallFont + 2, Self.textWidth(label, Self.smallFont) <= barWidth - 2 {
                        out += text(label, x: x + barWidth / 2, y: (y0 + y1) / 2 + Self.smallFont * 0.35, anchor: "middle", size: Self.smallFont, fill: "#fff")
                    }
                    base += v
                }
            } else {
                let groupWidth = slot * 0.8
                let barWidth = min(groupWidth / Double(series.count), 40)
                let x = x0 + (slot - barWidth * Double(series.count)) / 2
                for (n, s) in series.enumerated() {
                    let bx = x + barWidth * Double(n)
                    guard let v = value(s, i) else {
                        out += text("–", x: bx + barWidth / 2, y: y(0) - 3, anchor: "middle", size: Self.smallFont)
                        continue
                    }
                    out += rect(x: bx, y: y(v), width: barWidth, height: y(0) - y(v), colour: n, tooltip: "\(s.name): \(ReportBuilder.vn(v)) \(chart.unit)")
                    let label = ReportBuilder.vn(v)
                    let size = min(Self.smallFont, max(8, barWidth / (Double(label.count) * 0.5 + 0.2)))
                    out += text(label, x: bx + barWidth / 2, y: y(v) - 3, anchor: "middle", size: size)
                }
            }
            let cx = x0 + slot / 2
            let ly = top + plotHeight + Self.smallFont + 4
            if rotate {
                let label = Self.truncate(category, width: 150, size: Self.smallFont)
                out += "<text x=\"\(Self.f(cx))\" y=\"\(Self.f(ly))\" font-size=\"\(Self.f(Self.smallFont))\" text-anchor=\"end\" transform=\"rotate(-40 \(Self.f(cx)) \(Self.f(ly)))\">" + HTMLRenderer.escaped(label) + "</text>\n"
            } else {
                out += multiline(wrapped[i], x: cx, y: ly, anchor: "middle", size: Self.smallFont)
            }
            out += "</g>\n"
        }
        out += line(x1: left, y1: y(0), x2: Self.width - right, y2: y(0), colour: "#000")
        return out + "</svg>\n"
    }

    // MARK: Horizontal bars

    func horizontal() -> String {
        let categories = chart.categories
        let series = chart.series
        let (legendSVG, legendHeight) = series.count > 1 ? legend(y: 4) : ("", 0)
        let maximum = series.flatMap { s in categories.indices.compactMap { value(s, $0) } }.max() ?? 0
        // Scores and shares are on 0–100; anything larger gets a scale of its own.
        let (step, axisTop) = maximum <= 100 ? (20.0, 100.0) : Self.niceScale(maximum)
        let longest = categories.map { Self.textWidth($0, Self.fontSize) }.max() ?? 0
        let labelWidth = min(longest + 4, Self.width * 0.32)
        let wrapped = categories.map { Self.wrap($0, width: labelWidth - 4, size: Self.fontSize, maxLines: 3) }
        let left = labelWidth + 8
        let valueRoom = 44.0
        let plotWidth = Self.width - left - valueRoom
        let barHeight = series.count > 1 ? 12.0 : 16.0
        let top = legendHeight + 8
        let x = { (v: Double) -> Double in left + plotWidth * min(max(0, v), axisTop) / axisTop }

        var rows = ""
        var cursor = top
        for (i, category) in categories.enumerated() {
            let labelLines = Double(wrapped[i].count)
            let band = max(barHeight * Double(series.count) + 8, labelLines * (Self.fontSize + 2) + 6)
            let barsTop = cursor + (band - barHeight * Double(series.count)) / 2
            rows += "<g><title>" + HTMLRenderer.escaped(category) + "</title>\n"
            rows += multiline(wrapped[i], x: labelWidth, y: cursor + band / 2 - (labelLines - 1) * (Self.fontSize + 2) / 2 + Self.fontSize * 0.35, anchor: "end", size: Self.fontSize)
            for (n, s) in series.enumerated() {
                let by = barsTop + barHeight * Double(n)
                guard let v = value(s, i) else {
                    rows += text("–", x: left + 4, y: by + barHeight * 0.75, anchor: "start", size: Self.smallFont)
                    continue
                }
                rows += rect(x: left, y: by + 1, width: x(v) - left, height: barHeight - 2, colour: n, tooltip: "\(s.name): \(ReportBuilder.vn(v)) \(chart.unit)")
                rows += text(ReportBuilder.vn(v), x: x(v) + 4, y: by + barHeight * 0.72, anchor: "start", size: Self.smallFont)
            }
            rows += "</g>\n"
            cursor += band
        }
        let plotBottom = cursor
        let height = plotBottom + 36
        var out = open(height: height) + legendSVG
        // Vertical grid lines and their labels under the plot.
        for v in stride(from: 0.0, through: axisTop + step / 2, by: step) {
            out += line(x1: x(v), y1: top, x2: x(v), y2: plotBottom, colour: v == 0 ? "#000" : "#d5d5d5")
            out += text(ReportBuilder.vn(v), x: x(v), y: plotBottom + 14, anchor: "middle", size: Self.smallFont)
        }
        out += rows
        out += text(chart.unit, x: left + plotWidth / 2, y: plotBottom + 30, anchor: "middle", size: Self.smallFont)
        return out + "</svg>\n"
    }

    // MARK: Pieces

    func value(_ series: (name: String, values: [Double]), _ index: Int) -> Double? {
        guard index < series.values.count, series.values[index].isFinite else { return nil }
        return series.values[index]
    }

    func open(height: Double) -> String {
        "<svg viewBox=\"0 0 \(Self.f(Self.width)) \(Self.f(height))\" role=\"img\" aria-labelledby=\"\(titleID)\" font-size=\"\(Self.f(Self.fontSize))\">\n"
    }

    /// One coloured square and name per series, wrapped over as many rows as needed.
    func legend(y: Double) -> (String, Double) {
        var out = ""
        var x = 0.0
        var row = 0.0
        let rowHeight = Self.fontSize + 6
        var items: [(Double, Double, Int, String)] = []
        for (n, s) in chart.series.enumerated() {
            let width = 14 + 5 + Self.textWidth(s.name, Self.fontSize) + 18
            if x > 0, x + width > Self.width {
                x = 0
                row += 1
            }
            items.append((x, row, n, s.name))
            x += width
        }
        // Each row is centred under the caption.
        for r in Set(items.map(\.1)).sorted() {
            let inRow = items.filter { $0.1 == r }
            let last = inRow[inRow.count - 1]
            let rowWidth = last.0 + 14 + 5 + Self.textWidth(last.3, Self.fontSize)
            let offset = (Self.width - rowWidth) / 2
            for (ix, _, n, name) in inRow {
                let top = y + r * rowHeight
                out += "<rect x=\"\(Self.f(offset + ix))\" y=\"\(Self.f(top + 2))\" width=\"14\" height=\"14\" fill=\"\(Self.colour(n))\"/>"
                out += text(name, x: offset + ix + 19, y: top + 14, anchor: "start")
            }
        }
        return (out, (row + 1) * rowHeight + y)
    }

    func axisGrid(ticks: [(Double, String)], left: Double, right: Double, y: (Double) -> Double) -> String {
        var out = ""
        for (v, label) in ticks {
            if v > 0 { out += line(x1: left, y1: y(v), x2: right, y2: y(v), colour: "#d5d5d5") }
            out += text(label, x: left - 5, y: y(v) + Self.smallFont * 0.35, anchor: "end", size: Self.smallFont)
        }
        return out
    }

    func rect(x: Double, y: Double, width: Double, height: Double, colour: Int, tooltip: String) -> String {
        "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(max(0, width)))\" height=\"\(Self.f(max(0, height)))\" fill=\"\(Self.colour(colour))\"><title>"
            + HTMLRenderer.escaped(tooltip) + "</title></rect>\n"
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: String) -> String {
        "<line x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" stroke=\"\(colour)\" stroke-width=\"1\"/>\n"
    }

    func text(_ content: String, x: Double, y: Double, anchor: String, size: Double? = nil, fill: String? = nil) -> String {
        var attributes = "x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor)\""
        if let size { attributes += " font-size=\"\(Self.f(size))\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        return "<text \(attributes)>" + HTMLRenderer.escaped(content) + "</text>\n"
    }

    func multiline(_ lines: [String], x: Double, y: Double, anchor: String, size: Double) -> String {
        var out = "<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.f(size))\">"
        for (n, line) in lines.enumerated() {
            out += "<tspan x=\"\(Self.f(x))\" dy=\"\(n == 0 ? "0" : Self.f(size + 2))\">" + HTMLRenderer.escaped(line) + "</tspan>"
        }
        return out + "</text>\n"
    }

    // MARK: Measures

    static func colour(_ n: Int) -> String { palette[n % palette.count] }

    /// Coordinates with at most one decimal: short, and the same text on every machine.
    static func f(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func textWidth(_ text: String, _ size: Double) -> Double {
        Double(text.count) * size * 0.52
    }

    /// A step of 1, 2, 2.5 or 5 × 10ⁿ giving about five ticks, and the top of the axis.
    static func niceScale(_ maximum: Double) -> (step: Double, top: Double) {
        guard maximum.isFinite, maximum > 0 else { return (1, 1) }
        let raw = maximum / 5
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let normal = raw / magnitude
        let step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10) * magnitude
        // Counts never get a fractional step.
        let whole = maximum == maximum.rounded() ? max(step, 1) : step
        return (whole, (maximum / whole).rounded(.up) * whole)
    }

    /// Words packed into lines no wider than `width`; a last line that would overflow is cut
    /// with an ellipsis (the full text stays in the tooltip and in the data table).
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if textWidth(candidate, size) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            let kept = Array(lines.prefix(maxLines - 1))
            let rest = lines.dropFirst(maxLines - 1).joined(separator: " ")
            return kept + [truncate(rest, width: width, size: size)]
        }
        return lines
    }

    static func truncate(_ text: String, width: Double, size: Double) -> String {
        guard textWidth(text, size) > width else { return text }
        let keep = max(1, Int(width / (size * 0.52)) - 1)
        return String(text.prefix(keep)) + "…"
    }
}
