-- Rules/tests/proposals_by_form.lua: a point that asks for a measure by its form, without
-- "đề nghị" (LABELS.md group: a task or measure is giai_phap; stance: a new task is bo_sung),
-- and the descriptions that open with the same verbs. Run: gopy rules test
return {
  gopy.example {
    name = "mở đầu bằng động từ hành động: đề xuất giải pháp mới",
    level = "thpt",
    comment = { text = "Xây dựng phòng học bộ môn Tin học dùng chung, mỗi trường tối thiểu 2 phòng, do Sở GDĐT chủ trì, hoàn thành năm 2028." },
    expect = { group = "giai_phap", stance = "bo_sung", six_clear = { viec = true, tien_do = true, trach_nhiem = true } },
  },
  gopy.example {
    name = "gạch đầu dòng rồi động từ hành động",
    level = "tieu_hoc",
    comment = { text = "- Tăng cường tập huấn giáo viên dạy Tiếng Anh theo CT GDPT 2018." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "cơ quan đứng đầu rồi động từ hành động",
    level = "thcs",
    comment = { text = "Phòng GDĐT phối hợp UBND xã triển khai trong năm học 2025-2026 việc rà soát đất các điểm trường." },
    expect = { group = "giai_phap", stance = "bo_sung", six_clear = { viec = true, trach_nhiem = true } },
  },
  gopy.example {
    name = "cơ quan đã làm: mô tả, không đề xuất",
    level = "thcs",
    comment = { text = "Phòng GDĐT đã triển khai rà soát đất các điểm trường từ năm 2023." },
    expect = { group = "thuc_trang", stance = "khac", six_clear = false },
  },
  gopy.example {
    name = "động từ đứng đầu nhưng câu mô tả hiện trạng",
    level = "mam_non",
    comment = { text = "Tuyển dụng giáo viên mầm non vùng ven đang gặp khó khăn vì ít người đăng ký." },
    expect = { group = "thuc_trang", stance = "khac", six_clear = false },
  },
  gopy.example {
    name = "CT trước chữ là chương trình, không phải chỉ tiêu",
    level = "tieu_hoc",
    comment = { text = "Bồi dưỡng giáo viên Tin học theo CT GDPT 2018 cho 40 giáo viên." },
    expect = { group = "giai_phap", refs = {} },
  },
  gopy.example {
    name = "“mục tiêu” sau việc đề nghị làm là đích của giải pháp",
    level = "dai_hoc",
    comment = { text = "Đề nghị xây dựng hệ thống thư viện số dùng chung, mục tiêu đến 2029 có 5.000 đầu sách điện tử." },
    expect = { group = "giai_phap", stance = "bo_sung", six_clear = { viec = true, muc_tieu = true } },
  },
  gopy.example {
    name = "“nền tảng” không phải “nên tăng”",
    level = "thpt",
    comment = { text = "Đề nghị phát triển nền tảng học trực tuyến dùng chung cho các trường THPT." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "“nên tăng” vẫn là đề nghị sửa",
    level = "thcs",
    comment = { text = "Chỉ tiêu 2.3 nên tăng lên 95%." },
    expect = { group = "muc_tieu", stance = "sua_doi" },
  },
  gopy.example {
    name = "biểu mẫu tách cột: chỉ ghi mã chỉ tiêu, giá trị ở cột đề xuất",
    level = "gdnn",
    comment = { text = "Chỉ tiêu 6.2", proposed_value = "42%", conditions = "Có quỹ hỗ trợ học nghề", timeline = "2030" },
    expect = { group = "muc_tieu", stance = "sua_doi", target_proposal = { value = true, conditions = true, timeline = true } },
  },
  gopy.example {
    name = "biểu mẫu tách cột: cột đề xuất chỉ ghi hướng",
    level = "gdtx",
    comment = { text = "Chỉ tiêu 6.5", proposal = "tăng", basis = "Số học viên năm 2025 tăng 12% so với 2024" },
    expect = { group = "muc_tieu", stance = "sua_doi", target_proposal = { value = false, basis = true } },
  },
  gopy.example {
    name = "động từ đứng đầu, “còn thiếu” nói về nơi nhận, không mô tả việc",
    level = "mam_non",
    comment = { text = "Trang bị 01 bộ thiết bị đồ chơi ngoài trời cho mỗi điểm trường mầm non còn thiếu; do UBND các xã thực hiện." },
    expect = { group = "giai_phap", stance = "bo_sung", six_clear = { viec = true, san_pham = true, trach_nhiem = true } },
  },
  gopy.example {
    name = "động từ rồi “cho … còn thấp” không có đối tượng riêng: mô tả",
    level = "mam_non",
    comment = { text = "Đầu tư cho giáo dục mầm non vùng ven còn hạn chế." },
    expect = { group = "thuc_trang", stance = "khac", six_clear = false },
  },
  gopy.example {
    name = "cơ quan rồi động từ một âm tiết nhận ra nhờ số đi sau",
    level = "tieu_hoc",
    comment = { text = "UBND phường Hồng Bàng chịu trách nhiệm xóa 06 phòng học mượn tại Trường TH Hoàng Văn Thụ trước tháng 8/2026." },
    expect = { group = "giai_phap", stance = "bo_sung", six_clear = { viec = true, san_pham = true, tien_do = true, trach_nhiem = true } },
  },
}
