-- Rules/tests/requests.lua: group and stance follow what a proposal asks (LABELS.md): grounds
-- before a request do not decide the group; a new measure under a task adds to it; conditions
-- or spelled-out wording change an existing item; a vague verb counts as an action only when
-- its object is a named activity. Run: gopy rules test
return {
  gopy.example {
    name = "lý do rồi đề nghị: nhóm theo việc đề nghị",
    level = "thcs",
    comment = { text = "Trường hiện chỉ có 12 phòng học cho 20 lớp. Để học một ca, đề nghị UBND xã xây thêm 8 phòng học trong năm 2027." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "chỉ tiêu nêu trước đề nghị vẫn là đối tượng",
    level = "thpt",
    comment = { text = "Chỉ tiêu 4.2 quá cao, đề nghị 85% năm 2030 (Phụ lục 4)." },
    expect = { group = "muc_tieu", stance = "sua_doi" },
  },
  gopy.example {
    name = "mở đầu bằng việc, mục đích không phải mô tả",
    level = "dai_hoc",
    comment = { text = "Tăng số suất học bổng cho sinh viên ngành sư phạm lên 300 suất để bù thiếu giáo viên." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "mở đầu bằng việc: 'không dùng' là nội dung việc",
    level = "tieu_hoc",
    comment = { text = "- Áp dụng thu học phí không dùng tiền mặt tại các trường tiểu học từ năm 2026." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "'trên địa bàn' chỉ nơi chốn",
    level = "thpt",
    comment = { text = "Xây dựng ngân hàng đề kiểm tra dùng chung cho các trường THPT trên địa bàn" },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "từ thủ tục sau chủ đề đề nghị",
    level = "mam_non",
    comment = { text = "Đề nghị bổ sung phụ cấp cho giáo viên mầm non vùng đảo, thời hạn hưởng 5 năm." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "việc mới trong nhiệm vụ đã có là bổ sung",
    level = "thcs",
    comment = { text = "Nhiệm vụ 1.3: đề nghị sáp nhập 2 trường THCS dưới 10 lớp ở xã đảo trước năm 2028." },
    expect = { group = "giai_phap", stance = "bo_sung" },
  },
  gopy.example {
    name = "ghi rõ kèm nội dung cần ghi là sửa đổi",
    level = "thcs",
    comment = { text = "Đề nghị nhiệm vụ 2.4 ghi rõ UBND xã bố trí nhà công vụ cho giáo viên." },
    expect = { group = "giai_phap", stance = "sua_doi" },
  },
  gopy.example {
    name = "ghi rõ không kèm nội dung là nhận xét",
    level = "thcs",
    comment = { text = "Nhiệm vụ 2.4 cần ghi rõ hơn." },
    expect = { stance = "khac" },
  },
  gopy.example {
    name = "chỉ tiêu chỉ khả thi nếu có điều kiện",
    level = "thpt",
    comment = { text = "Chỉ tiêu 3.2 chỉ khả thi khi thành phố bố trí kinh phí xây phòng bộ môn." },
    expect = { group = "muc_tieu", stance = "sua_doi" },
  },
  gopy.example {
    name = "giữ nguyên kèm điều kiện",
    level = "thcs",
    comment = { text = "Chỉ tiêu 2.2: giữ nguyên, điều kiện thành phố giao đủ biên chế giáo viên." },
    expect = { stance = "sua_doi" },
  },
  gopy.example {
    name = "giữ nguyên rồi ý khác thì vẫn đồng ý",
    level = "thcs",
    comment = { text = "Chỉ tiêu 2.2 nên giữ; cần bổ sung nhiệm vụ bồi dưỡng giáo viên." },
    expect = { stance = "dong_y" },
  },
  gopy.example {
    name = "đề nghị không làm là không đồng ý",
    level = "thcs",
    comment = { text = "Đề nghị không giải thể điểm trường lẻ ở xã miền núi." },
    expect = { stance = "khong_dong_y" },
  },
  gopy.example {
    name = "'thống nhất' trong lời đề nghị",
    level = "thcs",
    comment = { text = "Sổ điểm điện tử: đề nghị Sở hướng dẫn thống nhất một mẫu cho các trường." },
    expect = { stance = "bo_sung" },
  },
  gopy.example {
    name = "động từ chung chung với việc cụ thể",
    level = "thpt",
    comment = { text = "Tăng cường tập huấn giáo viên dạy STEM." },
    expect = { group = "giai_phap", six_clear = { viec = true } },
  },
  gopy.example {
    name = "đổi mới một điều trừu tượng không là việc",
    level = "thpt",
    comment = { text = "Đổi mới cách thức dạy học môn Lịch sử." },
    expect = { six_clear = { viec = false } },
  },
}
