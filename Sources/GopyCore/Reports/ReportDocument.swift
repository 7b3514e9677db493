import Foundation

/// A report as a sequence of blocks, independent of the file format: built once from
/// `summary.json`, rendered to Markdown, Word and HTML by renderers that add no figure of
/// their own.
public struct ReportDocument: Sendable {
    /// The file name without extension (`bao-cao-thcs`, `tong-hop-toan-nganh`).
    public var name: String
    /// The issuing body, top left of a Vietnamese administrative document ("SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG").
    public var issuer: String
    /// The unit under the issuer ("PHÒNG GIÁO DỤC TRUNG HỌC").
    public var unit: String
    /// Place and date line ("Hải Phòng, ngày 08 tháng 02 năm 2026").
    public var placeAndDate: String
    /// The document title ("BÁO CÁO TỔNG HỢP CẤP HỌC").
    public var title: String
    /// The line under the title ("Kết quả hội thảo góp ý Đề án ... — cấp Trung học cơ sở").
    public var subtitle: String
    /// The body.
    public var blocks: [Block]

    /// Creates a document.
    public init(name: String, issuer: String, unit: String, placeAndDate: String, title: String, subtitle: String, blocks: [Block]) {
        self.name = name
        self.issuer = issuer
        self.unit = unit
        self.placeAndDate = placeAndDate
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    /// One piece of the body.
    public enum Block: Sendable, Hashable {
        /// A numbered heading: `level` 1 is "I., II., …", 2 is "1., 2., …", 3 is "a), b), …".
        /// `number` is the full label as printed ("I.", "1.", "a)").
        case heading(level: Int, number: String, text: String)
        /// A paragraph of running text.
        case paragraph(String)
        /// A bulleted list ("- " items in Vietnamese documents).
        case bullets([String])
        /// A table: header row (repeated on each page), rows of cells, and the relative width
        /// of each column (they add up to 1).
        case table(Table)
        /// A chart, drawn by the HTML renderer as SVG and by the others as the table of its data.
        case chart(Chart)
        /// A quotation of a comment, with its source ("Trường THCS Lê Lợi (cum-01, dòng 12)").
        case quote(text: String, source: String)
    }

    /// A table block.
    public struct Table: Sendable, Hashable {
        public var caption: String
        public var header: [String]
        public var rows: [[String]]
        public var widths: [Double]
        /// Column indexes that hold numbers (right-aligned).
        public var numeric: Set<Int>

        /// Creates a table; widths default to equal shares.
        public init(caption: String, header: [String], rows: [[String]], widths: [Double]? = nil, numeric: Set<Int> = []) {
            self.caption = caption
            self.header = header
            self.rows = rows
            self.widths = widths ?? Array(repeating: 1.0 / Double(max(header.count, 1)), count: header.count)
            self.numeric = numeric
        }
    }

    /// A chart block: a bar chart of labelled series.
    public struct Chart: Sendable, Hashable {
        /// What kind of chart.
        public enum Kind: String, Sendable, Hashable {
            /// Bars side by side per category, one colour per series.
            case groupedBars
            /// Bars stacked per category.
            case stackedBars
            /// One horizontal bar per category, values 0–100 (scores, shares).
            case horizontalBars
        }

        public var kind: Kind
        public var title: String
        /// The categories on the axis (clusters, indicators).
        public var categories: [String]
        /// Series name and one value per category.
        public var series: [(name: String, values: [Double])]
        /// The unit shown on the value axis ("ý kiến", "%", "điểm").
        public var unit: String

        /// Creates a chart.
        public init(kind: Kind, title: String, categories: [String], series: [(name: String, values: [Double])], unit: String) {
            self.kind = kind
            self.title = title
            self.categories = categories
            self.series = series
            self.unit = unit
        }

        public static func == (a: Chart, b: Chart) -> Bool {
            a.kind == b.kind && a.title == b.title && a.categories == b.categories && a.unit == b.unit
                && a.series.map(\.name) == b.series.map(\.name) && a.series.map(\.values) == b.series.map(\.values)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(title)
            hasher.combine(categories)
            for s in series { hasher.combine(s.name); hasher.combine(s.values) }
        }
    }
}
