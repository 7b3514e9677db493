-- Rules/tests/appendices.lua: what the appendix checks must find. Run: gopy rules test
return {
  gopy.example {
    name = "quá tải so với công suất và sĩ số vượt định mức",
    appendix = 1, level = "thcs",
    row = { ma_truong = "T1", so_lop = 27, hoc_sinh = 1420, cong_suat = 1100 },
    expect = { flags = { "qua_tai", "si_so_vuot" } },
  },
  gopy.example {
    name = "trong công suất thì không báo quá tải",
    appendix = 1, level = "thcs",
    row = { ma_truong = "T2", so_lop = 20, hoc_sinh = 860, cong_suat = 900 },
    expect = { no_flags = { "qua_tai", "si_so_vuot" } },
  },
  gopy.example {
    name = "thiếu giáo viên so với định mức",
    appendix = 2, level = "thcs",
    row = { ma_truong = "T1", giao_vien = 50, dinh_muc_giao_vien = 54, giao_vien_dat_chuan = 48 },
    expect = { flags = { "thieu_giao_vien" }, no_flags = { "so_lieu_sai" } },
  },
  gopy.example {
    name = "giáo viên đạt chuẩn nhiều hơn tổng số là số liệu sai",
    appendix = 2, level = "thcs",
    row = { ma_truong = "T3", giao_vien = 34, dinh_muc_giao_vien = 34, giao_vien_dat_chuan = 36 },
    expect = { flags = { "so_lieu_sai" }, no_flags = { "thieu_giao_vien", "thua_giao_vien" } },
  },
  gopy.example {
    name = "phòng tạm và tổng phòng không khớp",
    appendix = 3, level = "thpt",
    row = { ma_truong = "T4", phong_hoc = 27, phong_kien_co = 22, phong_ban_kien_co = 2, phong_tam = 1 },
    expect = { flags = { "phong_tam", "tong_khong_khop" } },
  },
  gopy.example {
    name = "tỷ lệ ngoài 0–100",
    appendix = 4, level = "thcs",
    row = { ma_truong = "T5", ty_le_hoan_thanh = 99, ty_le_tot_nghiep = 100.8 },
    expect = { flags = { "ty_le_sai" } },
  },
}
