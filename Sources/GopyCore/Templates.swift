import Foundation
import Tabular

/// The blank forms (biểu mẫu) the Office sends each cluster before its workshop: the comment
/// table and the four appendix tables, as workbooks whose headers are exactly the ones the
/// loader reads, so that what comes back needs no mapping.
///
/// The comment form leaves its rows empty and offers the cluster's institutions and the
/// catalogue codes as drop-down lists: a pre-filled row that a school does not use would come
/// back as a row without content, which the loader rejects with a warning. The appendix forms
/// are the opposite: one row per institution is what the Office asks for, so the cluster's
/// institutions are pre-filled and only the figures are left to type.
public enum Templates {
    /// The comment form's columns in FORMATS.md order: key, header (one of the loader's
    /// aliases), width in characters. The 6 rõ columns use the "Rõ …" aliases, which say what
    /// is asked better than a bare "Việc".
    static let commentColumns: [(key: String, header: String, width: Double)] = [
        ("stt", "STT", 5), ("unit", "Đơn vị góp ý", 26), ("unit_code", "Mã đơn vị", 13), ("location", "Vị trí trong Đề án", 18),
        ("ref", "Mã chỉ tiêu/nhiệm vụ", 13), ("text", "Nội dung góp ý", 50), ("proposal", "Đề xuất (chỉnh sửa, bổ sung)", 36),
        ("basis", "Căn cứ, minh chứng", 26), ("proposed_value", "Chỉ tiêu đề xuất", 11), ("conditions", "Điều kiện thực hiện", 22),
        ("timeline", "Mốc thời gian", 12), ("viec", "Rõ việc", 16), ("muc_tieu", "Rõ mục tiêu", 16), ("san_pham", "Rõ sản phẩm", 16),
        ("tien_do", "Rõ tiến độ", 14), ("nguon_luc", "Rõ nguồn lực", 16), ("trach_nhiem", "Rõ trách nhiệm", 16),
    ]

    /// The title the Office puts over every comment form.
    static let commentTitle = "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO ĐỀ ÁN"
    /// The appendices' titles.
    static let appendixTitles = [
        1: "PHỤ LỤC 1. QUY MÔ, MẠNG LƯỚI CƠ SỞ GIÁO DỤC", 2: "PHỤ LỤC 2. ĐỘI NGŨ CÁN BỘ QUẢN LÝ, GIÁO VIÊN, NHÂN VIÊN",
        3: "PHỤ LỤC 3. ĐẤT ĐAI, PHÒNG HỌC, DỰ ÁN ĐẦU TƯ", 4: "PHỤ LỤC 4. CHẤT LƯỢNG GIÁO DỤC",
    ]
    /// Rows of the comment form that carry the drop-down lists.
    static let formRows = 500
    static let catalogueSheet = "Danh mục"

    /// The answers an appendix column accepts, offered as a drop-down list (the texts the rules
    /// and the loader already read: "Có"/"Không", the project states the plan's rules count).
    static let appendixChoices: [String: [String]] = [
        "loai_hinh": ["Công lập", "Tư thục", "Dân lập"],
        "du_an_dau_tu": ["Chưa có", "Đã phê duyệt", "Đang xây dựng", "Hoàn thành"],
        "dat_chuan_quoc_gia": ["Có", "Không"],
        "muc_kiem_dinh": ["Chưa kiểm định", "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4"],
    ]

    /// An institution as the forms list it.
    struct Institution: Hashable {
        var code: String
        var name: String
        /// Appendix 1's descriptive columns (level, commune, public/private), when known.
        var descriptors: [String: String]
    }

    /// Writes `<folder>/<cluster>/gop-y.xlsx` and `phu-luc-1.xlsx` … `phu-luc-4.xlsx` for every
    /// cluster of the dataset; returns the paths written.
    public static func write(dataset: Dataset, to folder: String) throws -> [String] {
        var written: [String] = []
        for (path, workbook) in workbooks(dataset: dataset) {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try workbook.data().write(to: URL(fileURLWithPath: full), options: .atomic)
            written.append(full)
        }
        return written
    }

    /// The forms of every cluster, by path under the output folder.
    static func workbooks(dataset: Dataset) -> [(String, XLSXWorkbook)] {
        var out: [(String, XLSXWorkbook)] = []
        for cluster in dataset.clusters {
            let people = institutions(of: cluster, in: dataset)
            let levelName = dataset.plan.level(cluster.level)?.name ?? cluster.level
            let subtitle = "\(cluster.name) — cấp \(levelName) — số liệu tháng \(monthYear(dataset.plan.dataCutoff))"
            out.append(("\(cluster.code)/gop-y.xlsx", commentForm(subtitle: subtitle, institutions: people, indicators: dataset.indicators, tasks: dataset.tasks)))
            for n in 1...4 {
                out.append(("\(cluster.code)/phu-luc-\(n).xlsx", appendixForm(n, subtitle: subtitle, institutions: people)))
            }
        }
        return out
    }

    /// `2025-10` → `10/2025`.
    static func monthYear(_ cutoff: String) -> String {
        let parts = cutoff.split(separator: "-")
        return parts.count == 2 ? "\(parts[1])/\(parts[0])" : cutoff
    }

    /// The cluster's institutions from its appendix rows (Appendix 1 first, in row order), then
    /// any commenting unit that gave a code the appendices do not have.
    static func institutions(of cluster: Cluster, in dataset: Dataset) -> [Institution] {
        var order: [String] = []
        var byCode: [String: Institution] = [:]
        for row in dataset.appendixRows where row.cluster == cluster.code {
            var institution = byCode[row.institution] ?? Institution(code: row.institution, name: "", descriptors: [:])
            if byCode[row.institution] == nil { order.append(row.institution) }
            if institution.name.isEmpty, case .text(let name)? = row.values["ten_truong"] { institution.name = name }
            if row.appendix == 1 {
                for key in ["cap_hoc", "xa_phuong", "loai_hinh"] {
                    if case .text(let value)? = row.values[key], institution.descriptors[key] == nil { institution.descriptors[key] = value }
                }
            }
            byCode[row.institution] = institution
        }
        for comment in dataset.comments where comment.cluster == cluster.code {
            let code = comment["unit_code"]
            guard !code.isEmpty, byCode[code] == nil else { continue }
            order.append(code)
            byCode[code] = Institution(code: code, name: comment["unit"], descriptors: [:])
        }
        return order.map { byCode[$0]! }
    }

    /// A form's first rows: the title and the cluster line over the table's width.
    static func heading(_ title: String, subtitle: String, width: Int) -> (rows: [[XLSXCell]], merges: [MergedRange]) {
        (rows: [[.text(title, .title)], [.text(subtitle, XLSXStyle(italic: true, alignment: .center))]],
         merges: [MergedRange(firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: width - 1),
                  MergedRange(firstRow: 2, lastRow: 2, firstColumn: 0, lastColumn: width - 1)])
    }

    static func commentForm(subtitle: String, institutions: [Institution], indicators: [Indicator], tasks: [PlanTask]) -> XLSXWorkbook {
        let (top, merges) = heading(commentTitle, subtitle: subtitle, width: commentColumns.count)
        var form = XLSXWorksheet(name: "Góp ý", rows: top, columnWidths: commentColumns.map(\.width), frozenRows: 3, autoFilterRow: 3, merges: merges, paper: .a3)
        form.append(commentColumns.map { .text($0.header, .header) })
        // Empty bordered rows, so the printed form shows where to write; no value, so an unused
        // row is not read as a comment.
        let blank = commentColumns.map { _ in XLSXCell.empty(.body) }
        for _ in 0..<formRows { form.append(blank) }
        let firstRow = 4, lastRow = 3 + formRows
        func column(_ key: String) -> Int { commentColumns.firstIndex { $0.key == key }! }

        // The catalogue stays visible: a code means nothing to a school without the name beside it.
        var catalogue = XLSXWorksheet(name: catalogueSheet, columnWidths: [12, 60, 3, 16, 40], frozenRows: 1, landscape: false)
        catalogue.append([.text("Mã chỉ tiêu, nhiệm vụ", .header), .text("Tên chỉ tiêu, nhiệm vụ", .header), .empty(), .text("Mã trường", .header), .text("Tên trường", .header)])
        let codes = indicators.map { ($0.code, $0.name) } + tasks.map { ($0.code, $0.name) }
        for i in 0..<max(codes.count, institutions.count) {
            var row: [XLSXCell] = i < codes.count ? [.text(codes[i].0, .centered), .text(codes[i].1, .body)] : [.empty(), .empty()]
            if i < institutions.count {
                row += [.empty(), .text(institutions[i].code, .centered), .text(institutions[i].name, .body)]
            }
            catalogue.append(row)
        }
        if !codes.isEmpty {
            form.validations.append(XLSXListValidation(column: column("ref"), rows: firstRow...lastRow, sourceSheet: catalogueSheet, sourceColumn: 0, sourceRows: 2...(codes.count + 1),
                                                       prompt: "Chọn mã chỉ tiêu (CT…) hoặc nhiệm vụ (NV…) trong sheet Danh mục; góp ý về nhiều mã thì ghi các mã, cách nhau bởi dấu phẩy."))
        }
        if !institutions.isEmpty {
            let names = 2...(institutions.count + 1)
            form.validations.append(XLSXListValidation(column: column("unit"), rows: firstRow...lastRow, sourceSheet: catalogueSheet, sourceColumn: 4, sourceRows: names,
                                                       prompt: "Chọn trường trong danh sách của cụm, hoặc ghi tên đơn vị khác."))
            form.validations.append(XLSXListValidation(column: column("unit_code"), rows: firstRow...lastRow, sourceSheet: catalogueSheet, sourceColumn: 3, sourceRows: names,
                                                       prompt: "Mã trường theo sheet Danh mục (cùng dòng với tên trường)."))
        }
        return XLSXWorkbook(sheets: [form, catalogue, guide()])
    }

    /// How to fill the comment form, in the Office's words.
    static func guide() -> XLSXWorksheet {
        let lines = [
            "HƯỚNG DẪN GHI BẢNG TỔNG HỢP Ý KIẾN GÓP Ý",
            "1. Mỗi ý kiến ghi trên một dòng của sheet “Góp ý”; không sửa, không xoá các tiêu đề cột; không chèn dòng tiêu đề nhóm giữa bảng.",
            "2. “Đơn vị góp ý” và “Mã đơn vị”: chọn trong danh sách các trường của cụm (sheet “Danh mục”); đơn vị khác thì ghi tên.",
            "3. “Mã chỉ tiêu/nhiệm vụ”: chọn mã CT… (chỉ tiêu) hoặc NV… (nhiệm vụ) mà ý kiến đề cập; xem tên ở sheet “Danh mục”.",
            "4. Ý kiến về chỉ tiêu: ghi rõ “Chỉ tiêu đề xuất” (giá trị), “Căn cứ, minh chứng”, “Điều kiện thực hiện” và “Mốc thời gian”.",
            "5. Đề xuất nhiệm vụ, giải pháp: ghi đủ 6 rõ (rõ việc, rõ mục tiêu, rõ sản phẩm, rõ tiến độ, rõ nguồn lực, rõ trách nhiệm).",
            "6. Số liệu ghi theo thời điểm kế hoạch quy định; trích dẫn nguồn (phụ lục, văn bản, khảo sát) ở cột “Căn cứ, minh chứng”.",
            "7. Lưu tệp dạng .xlsx, giữ nguyên tên tệp; gửi kèm bản PDF có chữ ký theo hồ sơ quy định.",
        ]
        var sheet = XLSXWorksheet(name: "Hướng dẫn", columnWidths: [120], landscape: false)
        sheet.append([.text(lines[0], XLSXStyle(bold: true, fontSize: 13))])
        for line in lines.dropFirst() { sheet.append([.text(line, XLSXStyle(wrap: true, alignTop: true))]) }
        return sheet
    }

    static func appendixForm(_ n: Int, subtitle: String, institutions: [Institution]) -> XLSXWorkbook {
        let columns = Columns.appendices[n]!
        let (top, merges) = heading(appendixTitles[n]!, subtitle: subtitle, width: columns.count)
        let widths = columns.map { column -> Double in
            switch column.spec.key {
            case "ten_truong": return 34
            case "ma_truong": return 14
            case "xa_phuong", "du_an_dau_tu": return 18
            default: return max(11, Double(column.spec.aliases.first!.count) * 0.55)
            }
        }
        var sheet = XLSXWorksheet(name: "PL\(n)", rows: top, columnWidths: widths, frozenRows: 3, autoFilterRow: 3, merges: merges)
        sheet.append(columns.map { .text($0.spec.aliases.first!, .header) })
        for institution in institutions {
            sheet.append(columns.map { column in
                switch column.spec.key {
                case "ma_truong": return .text(institution.code, .centered)
                case "ten_truong": return .text(institution.name, .body)
                default:
                    if let value = institution.descriptors[column.spec.key] { return .text(value, .body) }
                    return .empty(column.kind == .number ? .number(.general) : .body)
                }
            })
        }
        var lists = XLSXWorksheet(name: catalogueSheet, isHidden: true)
        var listColumn = 0
        let lastRow = 3 + max(institutions.count, 200)
        for (index, column) in columns.enumerated() {
            guard let choices = appendixChoices[column.spec.key] else { continue }
            while lists.rows.count < choices.count { lists.append([]) }
            for (i, choice) in choices.enumerated() {
                while lists.rows[i].count < listColumn { lists.rows[i].append(.empty()) }
                lists.rows[i].append(.text(choice))
            }
            sheet.validations.append(XLSXListValidation(column: index, rows: 4...lastRow, sourceSheet: catalogueSheet, sourceColumn: listColumn, sourceRows: 1...choices.count))
            listColumn += 1
        }
        return XLSXWorkbook(sheets: lists.rows.isEmpty ? [sheet] : [sheet, lists])
    }
}
