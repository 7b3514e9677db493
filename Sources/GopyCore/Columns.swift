import Tabular

/// The columns of the Office's forms (FORMATS.md), with the spellings offices really type.
///
/// Headers are compared after folding case, diacritics, spaces and punctuation, so an alias is
/// needed only for a different wording, never for a different spelling of the same words.
public enum Columns {
    /// A column of an appendix and how its cells are read.
    public struct Typed: Sendable {
        public var spec: ColumnSpec
        public var kind: Kind
        /// How a cell is read.
        public enum Kind: Sendable { case text, number, yesNo }
    }

    /// The comment table (gop-y).
    public static let comments: [ColumnSpec] = [
        ColumnSpec(key: "stt", aliases: ["STT", "Số thứ tự", "TT", "Số TT"], required: false),
        ColumnSpec(key: "unit", aliases: ["Đơn vị góp ý", "Đơn vị", "Tên đơn vị", "Chủ thể góp ý", "Cơ quan, đơn vị", "Đơn vị, cá nhân góp ý", "Tên trường"], required: true),
        ColumnSpec(key: "unit_code", aliases: ["Mã đơn vị", "Mã trường", "Mã CSGD", "Mã cơ sở", "Mã cơ sở giáo dục"], required: false),
        ColumnSpec(key: "location", aliases: ["Vị trí trong Đề án", "Vị trí", "Vị trí góp ý", "Phần, mục", "Nội dung trong dự thảo", "Vị trí trong dự thảo"], required: false),
        ColumnSpec(key: "ref", aliases: ["Mã chỉ tiêu/nhiệm vụ", "Mã chỉ tiêu, nhiệm vụ", "Mã chỉ tiêu", "Mã nhiệm vụ", "Mã CT/NV"], required: false),
        ColumnSpec(key: "text", aliases: ["Nội dung góp ý", "Ý kiến góp ý", "Nội dung ý kiến", "Góp ý", "Ý kiến", "Nội dung", "Nội dung ý kiến góp ý"], required: true),
        ColumnSpec(key: "proposal", aliases: ["Đề xuất", "Đề xuất (chỉnh sửa, bổ sung)", "Đề xuất chỉnh sửa, bổ sung", "Kiến nghị", "Đề xuất, kiến nghị", "Nội dung đề xuất"], required: false),
        ColumnSpec(key: "basis", aliases: ["Căn cứ, minh chứng", "Căn cứ/minh chứng", "Căn cứ", "Minh chứng", "Cơ sở đề xuất", "Căn cứ đề xuất"], required: false),
        ColumnSpec(key: "proposed_value", aliases: ["Chỉ tiêu đề xuất", "Giá trị đề xuất", "Đề xuất chỉ tiêu", "Giá trị chỉ tiêu đề xuất"], required: false),
        ColumnSpec(key: "conditions", aliases: ["Điều kiện thực hiện", "Điều kiện", "Điều kiện bảo đảm"], required: false),
        ColumnSpec(key: "timeline", aliases: ["Mốc thời gian", "Lộ trình", "Thời hạn", "Mốc hoàn thành"], required: false),
        ColumnSpec(key: "viec", aliases: ["Việc", "Rõ việc", "Nội dung công việc"], required: false),
        ColumnSpec(key: "muc_tieu", aliases: ["Mục tiêu", "Rõ mục tiêu"], required: false),
        ColumnSpec(key: "san_pham", aliases: ["Sản phẩm", "Rõ sản phẩm"], required: false),
        ColumnSpec(key: "tien_do", aliases: ["Tiến độ", "Rõ tiến độ", "Thời gian hoàn thành"], required: false),
        ColumnSpec(key: "nguon_luc", aliases: ["Nguồn lực", "Rõ nguồn lực", "Kinh phí, nguồn lực"], required: false),
        ColumnSpec(key: "trach_nhiem", aliases: ["Trách nhiệm", "Rõ trách nhiệm", "Đơn vị chủ trì", "Cơ quan chủ trì"], required: false),
    ]

    /// The keys of the comment table whose text the rules read as content.
    public static let commentContentKeys = [
        "location", "ref", "text", "proposal", "basis", "proposed_value", "conditions", "timeline",
        "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem",
    ]

    private static func typed(_ key: String, _ aliases: [String], _ kind: Typed.Kind = .number, required: Bool = false) -> Typed {
        Typed(spec: ColumnSpec(key: key, aliases: aliases, required: required), kind: kind)
    }

    private static let institutionCode = typed("ma_truong", ["Mã trường", "Mã đơn vị", "Mã CSGD", "Mã cơ sở", "Mã cơ sở giáo dục"], .text, required: true)
    private static let institutionName = typed("ten_truong", ["Tên trường", "Tên đơn vị", "Tên cơ sở giáo dục", "Cơ sở giáo dục"], .text)

    /// Appendix 1-4, by number.
    public static let appendices: [Int: [Typed]] = [
        1: [
            institutionCode, institutionName,
            typed("cap_hoc", ["Cấp học"], .text),
            typed("xa_phuong", ["Xã/phường", "Xã, phường", "Xã, phường, đặc khu", "Địa bàn", "Xã/phường/đặc khu"], .text),
            typed("loai_hinh", ["Loại hình", "Công lập/tư thục"], .text),
            typed("so_lop", ["Số lớp", "Số nhóm, lớp", "Tổng số lớp"]),
            typed("hoc_sinh", ["Số học sinh", "Học sinh", "Số trẻ", "Số người học", "Tổng số học sinh"]),
            typed("cong_suat", ["Công suất thiết kế", "Công suất", "Quy mô thiết kế"]),
            typed("du_bao_2030", ["Dự báo học sinh 2030", "Dự báo 2030", "Dự báo số học sinh năm 2030"]),
        ],
        2: [
            institutionCode, institutionName,
            typed("can_bo_quan_ly", ["CBQL", "Cán bộ quản lý"]),
            typed("giao_vien", ["Giáo viên", "Số giáo viên", "GV"]),
            typed("nhan_vien", ["Nhân viên", "Số nhân viên"]),
            typed("dinh_muc_giao_vien", ["Định mức giáo viên", "Định mức GV", "Định mức"]),
            typed("giao_vien_dat_chuan", ["GV đạt chuẩn", "Giáo viên đạt chuẩn", "GV đạt chuẩn trình độ"]),
        ],
        3: [
            institutionCode, institutionName,
            typed("dien_tich_dat", ["Diện tích đất (m²)", "Diện tích đất", "Diện tích đất (m2)", "Diện tích khuôn viên"]),
            typed("dat_bo_sung", ["Đất bổ sung theo quy hoạch (m²)", "Đất bổ sung theo quy hoạch", "Đất bổ sung", "Đất bổ sung (m2)"]),
            typed("phong_hoc", ["Số phòng học", "Phòng học", "Tổng số phòng học"]),
            typed("phong_kien_co", ["Phòng kiên cố", "Kiên cố"]),
            typed("phong_ban_kien_co", ["Phòng bán kiên cố", "Bán kiên cố"]),
            typed("phong_tam", ["Phòng tạm", "Tạm", "Phòng học tạm"]),
            typed("phong_chuc_nang", ["Phòng chức năng", "Số phòng chức năng", "Phòng học bộ môn"]),
            typed("du_an_dau_tu", ["Dự án đầu tư", "Tình trạng dự án", "Dự án"], .text),
            typed("von_dau_tu", ["Vốn đầu tư (đồng)", "Vốn đầu tư", "Kinh phí đầu tư"]),
        ],
        4: [
            institutionCode, institutionName,
            typed("dat_chuan_quoc_gia", ["Đạt chuẩn quốc gia", "Chuẩn quốc gia", "Trường chuẩn quốc gia"], .yesNo),
            typed("ty_le_hoan_thanh", ["Tỷ lệ hoàn thành chương trình (%)", "Tỷ lệ hoàn thành chương trình", "Tỷ lệ hoàn thành"]),
            typed("ty_le_tot_nghiep", ["Tỷ lệ tốt nghiệp (%)", "Tỷ lệ tốt nghiệp"]),
            typed("hoc_sinh_gioi", ["Học sinh giỏi", "Số học sinh giỏi", "HS giỏi"]),
            typed("muc_kiem_dinh", ["Mức kiểm định", "Kiểm định chất lượng", "Cấp độ kiểm định"], .text),
        ],
    ]

    /// The indicator catalogue (chi-tieu).
    public static let indicators: [ColumnSpec] = [
        ColumnSpec(key: "code", aliases: ["Mã", "Mã chỉ tiêu"], required: true),
        ColumnSpec(key: "group", aliases: ["Nhóm", "Nhóm chỉ tiêu"], required: true),
        ColumnSpec(key: "group_name", aliases: ["Tên nhóm"], required: false),
        ColumnSpec(key: "name", aliases: ["Tên chỉ tiêu", "Chỉ tiêu"], required: true),
        ColumnSpec(key: "unit", aliases: ["Đơn vị tính", "ĐVT"], required: false),
        ColumnSpec(key: "levels", aliases: ["Cấp học"], required: false),
        ColumnSpec(key: "direction", aliases: ["Chiều", "Xu hướng"], required: false),
        ColumnSpec(key: "baseline", aliases: ["Giá trị 10/2025", "Hiện trạng", "Giá trị hiện tại", "Hiện trạng 10/2025"], required: false),
        ColumnSpec(key: "target_2030", aliases: ["Mục tiêu 2030", "Chỉ tiêu 2030"], required: false),
        ColumnSpec(key: "target_2045", aliases: ["Mục tiêu 2045", "Tầm nhìn 2045"], required: false),
        ColumnSpec(key: "history", aliases: ["Lịch sử", "Số liệu các năm"], required: false),
        ColumnSpec(key: "appendix_measure", aliases: ["Số liệu phụ lục", "Phụ lục"], required: false),
    ]

    /// The task catalogue (nhiem-vu).
    public static let tasks: [ColumnSpec] = [
        ColumnSpec(key: "code", aliases: ["Mã", "Mã nhiệm vụ"], required: true),
        ColumnSpec(key: "group", aliases: ["Nhóm", "Nhóm giải pháp"], required: true),
        ColumnSpec(key: "group_name", aliases: ["Tên nhóm"], required: false),
        ColumnSpec(key: "name", aliases: ["Tên nhiệm vụ", "Nhiệm vụ"], required: true),
        ColumnSpec(key: "lead", aliases: ["Cơ quan chủ trì", "Chủ trì", "Đơn vị chủ trì"], required: false),
        ColumnSpec(key: "timeline", aliases: ["Thời gian", "Thời gian thực hiện", "Tiến độ"], required: false),
    ]
}
