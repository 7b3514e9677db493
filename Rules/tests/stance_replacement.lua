-- Rules/tests/stance_replacement.lua: a refusal followed in the same point by what should
-- replace it is a change (LABELS.md sua_doi: a concrete change asked); a refusal alone, or a
-- removal, stays khong_dong_y. Run: gopy rules test
return {
  gopy.example {
    name = "không nên X, đề nghị sửa thành Y",
    level = "mam_non",
    comment = { text = "Nhiệm vụ 1.2: không nên sáp nhập các trường mầm non dưới 9 nhóm lớp. Đề nghị sửa thành: chỉ sáp nhập trường có dưới 6 nhóm lớp." },
    expect = { group = "giai_phap", stance = "sua_doi" },
  },
  gopy.example {
    name = "bỏ cụm từ, thay bằng cụm từ khác",
    level = "thcs",
    comment = { text = "Nhiệm vụ 4.2: đề nghị bỏ cụm từ 'mũi nhọn', thay bằng 'phát triển năng lực'." },
    expect = { stance = "sua_doi" },
  },
  gopy.example {
    name = "không đồng ý rồi đề nghị giá trị khác",
    level = "thpt",
    comment = { text = "Không đồng ý chỉ tiêu 4.1 (90% trường đạt chuẩn): cụm chỉ có 4/9 trường đủ đất. Đề nghị 75% đến 2030." },
    expect = { group = "muc_tieu", stance = "sua_doi", target_proposal = { value = true } },
  },
  gopy.example {
    name = "không đồng ý, không nêu thay thế",
    level = "thpt",
    comment = { text = "Không đồng ý chỉ tiêu 4.1 vì cụm chỉ có 4/9 trường đủ đất." },
    expect = { stance = "khong_dong_y", target_proposal = false },
  },
  gopy.example {
    name = "đề nghị bỏ, không thay thế",
    level = "thcs",
    comment = { text = "Chỉ tiêu 2.8 không cần thiết, đề nghị bỏ khỏi Đề án năm 2026." },
    expect = { stance = "khong_dong_y" },
  },
  gopy.example {
    name = "“chưa nhất trí” là không đồng ý",
    level = "thpt",
    comment = { text = "Chưa nhất trí với nhiệm vụ bắt buộc dùng chung một phần mềm quản lý từ năm 2026." },
    expect = { stance = "khong_dong_y" },
  },
  gopy.example {
    name = "“để phù hợp” là mục đích của đề nghị, không phải đồng ý",
    level = "thcs",
    comment = { text = "Chỉ tiêu 1.5: đề nghị đặt 98% để phù hợp với các xã đảo." },
    expect = { group = "muc_tieu", stance = "sua_doi", target_proposal = { value = true } },
  },
  gopy.example {
    name = "“chưa nhất trí với dự thảo” không phải đồng ý chung",
    level = "thcs",
    comment = { text = "Chúng tôi chưa nhất trí với dự thảo vì chưa lấy ý kiến giáo viên." },
    expect = { stance = "khong_dong_y" },
  },
}
