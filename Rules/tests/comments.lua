-- Rules/tests/comments.lua: comments whose labels the default rules must get right, one per
-- kind of decision in LABELS.md. Run: gopy rules test
return {
  gopy.example {
    name = "số đếm sau “điều động”, “thí điểm” là số liệu, không phải nhãn “dòng”, “điểm”",
    level = "thcs",
    comment = { text = "Đề nghị Sở GDĐT điều động 15 giáo viên THCS dôi dư sang các trường thiếu và thí điểm 10 lớp học hai buổi/ngày." },
    expect = { group = "giai_phap", has_data = true },
  },
  gopy.example {
    name = "đồng ý chung với dự thảo là ngoài trọng tâm",
    level = "thcs",
    comment = { text = "Nhất trí với dự thảo." },
    expect = { group = "khac", area = false, stance = "dong_y", generic = true, refs = {} },
  },
  gopy.example {
    name = "đề nghị giảm chỉ tiêu, giá trị ở cột đề xuất",
    level = "thcs",
    comment = {
      ref = "CT2.03",
      text = "Chỉ tiêu 2.3 đến năm 2030 là quá cao so với thực tế của trường.",
      proposal = "Đề nghị điều chỉnh xuống 85%",
      basis = "Hiện chỉ 12/20 giáo viên Tiếng Anh đạt B2",
      proposed_value = "85%", conditions = "Bố trí kinh phí bồi dưỡng", timeline = "2030",
    },
    expect = {
      group = "muc_tieu", stance = "sua_doi", refs = { "CT2.03" }, has_data = true,
      target_proposal = { value = true, conditions = true, timeline = true },
    },
  },
  gopy.example {
    name = "giải pháp đủ 6 rõ",
    level = "thcs",
    comment = {
      text = "Đề nghị bổ sung nhiệm vụ xây dựng 6 phòng học bộ môn, giao Sở GDĐT chủ trì, giai đoạn 2026-2028, kinh phí 15 tỷ đồng từ ngân sách thành phố, nhằm đạt 100% trường có đủ phòng bộ môn.",
    },
    expect = { group = "giai_phap", stance = "bo_sung", area = "phong_hoc", six_clear = { complete = true } },
  },
  gopy.example {
    name = "mô tả thực trạng có số liệu và dẫn phụ lục",
    level = "thcs",
    comment = { location = "Phần thứ hai - Thực trạng", text = "Trường đang quá tải: 1.420 học sinh trên công suất 1.100, bình quân 52 HS/lớp (Phụ lục 1)." },
    expect = { group = "thuc_trang", area = "quy_mo_mang_luoi", has_data = true, has_evidence = true, generic = false },
  },
  gopy.example {
    name = "danh sách mã trong văn xuôi",
    level = "tieu_hoc",
    comment = { text = "Đề nghị rà soát chỉ tiêu 1.1, 1.2 và 4.8; riêng nhiệm vụ 5.1 (hạ tầng) và 5.2 cần lộ trình rõ." },
    expect = { refs = { "CT1.01", "CT1.02", "CT4.08", "NV5.01", "NV5.02" } },
  },
  gopy.example {
    name = "số có dấu chấm phân cách hàng nghìn sau “nhiệm vụ” không phải mã",
    level = "thcs",
    comment = { text = "Bổ sung nhiệm vụ mua sắm 1.200 bộ máy tính cho phòng Tin học các trường THCS, tổng kinh phí khoảng 18 tỷ đồng." },
    expect = { refs = {}, group = "giai_phap", stance = "bo_sung", has_data = true },
  },
  gopy.example {
    name = "gõ không dấu vẫn nhận đúng",
    level = "tieu_hoc",
    comment = { text = "De nghi tang chi tieu 2.3 len 95%" },
    expect = { group = "muc_tieu", stance = "sua_doi", refs = { "CT2.03" }, has_data = true },
  },
}
