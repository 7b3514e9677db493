"""Indicator (chỉ tiêu) and task (nhiệm vụ) catalogues of the SAMPLE Đề án.

DỮ LIỆU MẪU: the real draft plan is not public.  Topics follow LABELS.md ("Catalogue groups in
the sample"); values are modelled on the national strategy (QĐ 1705/QĐ-TTg, 31/12/2024, Chiến
lược phát triển giáo dục đến năm 2030, tầm nhìn 2045) and Nghị quyết 71-NQ/TW (22/8/2025), scaled
to a plausible Hải Phòng after the 2025 merger with Hải Dương.  They are not official figures.
"""

INDICATOR_GROUPS = {
    1: "Quy mô, mạng lưới trường lớp",
    2: "Đội ngũ nhà giáo, cán bộ quản lý",
    3: "Cơ sở vật chất, trang thiết bị",
    4: "Chất lượng giáo dục",
    5: "Chuyển đổi số, cải cách hành chính",
    6: "Giáo dục nghề nghiệp, đại học và học tập suốt đời",
}

ALL_SCHOOL = "mam_non;tieu_hoc;thcs;thpt"

# (code, name, unit, levels, direction, baseline 10/2025, target 2030, target 2045 or None,
#  yearly step for the 2021-2025 history or None (no history), appendix measure or "")
INDICATORS = [
    ("CT1.01", "Tỷ lệ huy động trẻ em độ tuổi nhà trẻ ra lớp", "%", "mam_non", "tăng", 38.5, 50, 65, 1.6, "PL1.hoc_sinh"),
    ("CT1.02", "Tỷ lệ huy động trẻ em mẫu giáo 3-5 tuổi ra lớp", "%", "mam_non", "tăng", 98.6, 99.5, 100, 0.3, "PL1.hoc_sinh"),
    ("CT1.03", "Tỷ lệ xã, phường, đặc khu đạt chuẩn phổ cập giáo dục mầm non cho trẻ em mẫu giáo", "%", "mam_non", "tăng", 62, 100, 100, None, ""),
    ("CT1.04", "Tỷ lệ trẻ em 6-10 tuổi đi học tiểu học đúng độ tuổi", "%", "tieu_hoc", "tăng", 99.8, 100, 100, 0.05, "PL1.hoc_sinh"),
    ("CT1.05", "Tỷ lệ người học trong độ tuổi THCS đi học", "%", "thcs", "tăng", 98.2, 99.5, 100, 0.2, "PL1.hoc_sinh"),
    ("CT1.06", "Tỷ lệ người trong độ tuổi THPT và tương đương đi học", "%", "thpt;gdtx;gdnn", "tăng", 88.4, 92, 95, 0.7, "PL1.hoc_sinh"),
    ("CT1.07", "Số trẻ bình quân/nhóm, lớp mầm non", "trẻ/lớp", "mam_non", "giảm", 31.2, 28, 25, 0.2, "PL1.so_lop"),
    ("CT1.08", "Số học sinh bình quân/lớp tiểu học", "HS/lớp", "tieu_hoc", "giảm", 38.6, 35, 35, -0.3, "PL1.so_lop"),
    ("CT1.09", "Số học sinh bình quân/lớp THCS, THPT", "HS/lớp", "thcs;thpt", "giảm", 44.2, 42, 40, -0.2, "PL1.so_lop"),
    ("CT1.10", "Tỷ lệ người học ngoài công lập (mầm non đến THPT)", "%", ALL_SCHOOL, "tăng", 9.5, 15, 25, 0.4, "PL1.hoc_sinh"),

    ("CT2.01", "Tỷ lệ giáo viên mầm non đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019", "%", "mam_non", "tăng", 86.4, 100, 100, 2.1, "PL2.giao_vien_dat_chuan"),
    ("CT2.02", "Tỷ lệ giáo viên tiểu học đạt chuẩn trình độ đào tạo", "%", "tieu_hoc", "tăng", 82.7, 100, 100, 2.6, "PL2.giao_vien_dat_chuan"),
    ("CT2.03", "Tỷ lệ giáo viên THCS đạt chuẩn trình độ đào tạo", "%", "thcs", "tăng", 91.5, 100, 100, 1.4, "PL2.giao_vien_dat_chuan"),
    ("CT2.04", "Tỷ lệ giáo viên THPT có trình độ thạc sĩ trở lên", "%", "thpt", "tăng", 18.6, 25, 40, 0.9, ""),
    ("CT2.05", "Tỷ lệ cơ sở giáo dục phổ thông, mầm non bảo đảm đủ giáo viên theo định mức", "%", ALL_SCHOOL, "tăng", 71.2, 100, 100, 1.5, "PL2.giao_vien"),
    ("CT2.06", "Tỷ lệ giảng viên đại học có trình độ tiến sĩ", "%", "dai_hoc", "tăng", 24.5, 35, 50, 1.3, ""),
    ("CT2.07", "Tỷ lệ nhà giáo giáo dục nghề nghiệp đạt chuẩn chuyên môn, nghiệp vụ", "%", "gdnn", "tăng", 88, 100, 100, 1.8, "PL2.giao_vien_dat_chuan"),
    ("CT2.08", "Tỷ lệ giáo viên ngoại ngữ đạt chuẩn năng lực ngoại ngữ theo quy định", "%", "tieu_hoc;thcs;thpt", "tăng", 79.5, 100, 100, 2.4, ""),

    ("CT3.01", "Tỷ lệ phòng học kiên cố cấp mầm non", "%", "mam_non", "tăng", 84.6, 95, 100, 1.7, "PL3.phong_kien_co"),
    ("CT3.02", "Tỷ lệ phòng học kiên cố cấp tiểu học", "%", "tieu_hoc", "tăng", 90.2, 100, 100, 1.2, "PL3.phong_kien_co"),
    ("CT3.03", "Tỷ lệ phòng học kiên cố cấp THCS, THPT", "%", "thcs;thpt", "tăng", 95.1, 100, 100, 0.8, "PL3.phong_kien_co"),
    ("CT3.04", "Số phòng học tạm, phòng học mượn", "phòng", ALL_SCHOOL, "giảm", 126, 0, 0, -21, "PL3.phong_tam"),
    ("CT3.05", "Tỷ lệ trường phổ thông có đủ phòng học bộ môn theo quy định", "%", "tieu_hoc;thcs;thpt", "tăng", 61.3, 90, 100, 3.2, ""),
    ("CT3.06", "Tỷ lệ trường bảo đảm diện tích đất bình quân/người học theo Thông tư 13/2020/TT-BGDĐT", "%", ALL_SCHOOL, "tăng", 72.4, 85, 95, 0.6, "PL3.dien_tich_dat"),
    ("CT3.07", "Tỷ lệ trường mầm non, tiểu học có bếp ăn bán trú một chiều đạt chuẩn", "%", "mam_non;tieu_hoc", "tăng", 78, 95, 100, 2.0, ""),
    ("CT3.08", "Tỷ lệ trường phổ thông có nhà đa năng hoặc nhà tập thể chất", "%", "tieu_hoc;thcs;thpt", "tăng", 48, 75, 100, 2.5, ""),
    ("CT3.09", "Tỷ lệ cơ sở giáo dục có đủ thiết bị dạy học tối thiểu theo Chương trình GDPT 2018", "%", "tieu_hoc;thcs;thpt", "tăng", 68.2, 100, 100, 4.5, ""),

    ("CT4.01", "Tỷ lệ trường mầm non đạt chuẩn quốc gia", "%", "mam_non", "tăng", 62.8, 80, 95, 2.2, "PL4.dat_chuan_quoc_gia"),
    ("CT4.02", "Tỷ lệ trường tiểu học đạt chuẩn quốc gia", "%", "tieu_hoc", "tăng", 78.5, 90, 100, 1.9, "PL4.dat_chuan_quoc_gia"),
    ("CT4.03", "Tỷ lệ trường THCS đạt chuẩn quốc gia", "%", "thcs", "tăng", 74.1, 85, 95, 1.7, "PL4.dat_chuan_quoc_gia"),
    ("CT4.04", "Tỷ lệ trường THPT đạt chuẩn quốc gia", "%", "thpt", "tăng", 64.3, 80, 95, 2.4, "PL4.dat_chuan_quoc_gia"),
    ("CT4.05", "Tỷ lệ trẻ em mầm non suy dinh dưỡng thể thấp còi", "%", "mam_non", "giảm", 4.2, 3, 2, -0.3, ""),
    ("CT4.06", "Tỷ lệ học sinh hoàn thành chương trình tiểu học", "%", "tieu_hoc", "tăng", 99.7, 99.9, 100, 0.05, "PL4.ty_le_hoan_thanh"),
    ("CT4.07", "Tỷ lệ học sinh tốt nghiệp THCS", "%", "thcs", "tăng", 99.3, 99.5, 99.8, 0.1, "PL4.ty_le_tot_nghiep"),
    ("CT4.08", "Tỷ lệ học sinh tốt nghiệp THPT", "%", "thpt;gdtx", "tăng", 99.1, 99.5, 99.8, 0.1, "PL4.ty_le_tot_nghiep"),
    ("CT4.09", "Tỷ lệ cơ sở giáo dục đạt kiểm định chất lượng cấp độ 2 trở lên", "%", ALL_SCHOOL, "tăng", 71, 85, 95, 2.0, "PL4.muc_kiem_dinh"),
    ("CT4.10", "Số giải học sinh giỏi quốc gia bậc THPT mỗi năm", "giải", "thpt", "tăng", 98, 120, 150, 3, ""),
    ("CT4.11", "Tỷ lệ học sinh tiểu học, THCS biết bơi an toàn", "%", "tieu_hoc;thcs", "tăng", 52, 80, 95, 3.5, ""),

    ("CT5.01", "Tỷ lệ cơ sở giáo dục phổ thông sử dụng phần mềm quản trị nhà trường và học bạ số", "%", "tieu_hoc;thcs;thpt", "tăng", 85, 100, 100, 8, ""),
    ("CT5.02", "Tỷ lệ thủ tục hành chính của ngành giải quyết trực tuyến toàn trình", "%", ALL_SCHOOL + ";gdtx;gdnn;dai_hoc", "tăng", 72, 100, 100, 9, ""),
    ("CT5.03", "Tỷ lệ phòng học có thiết bị trình chiếu và kết nối Internet", "%", ALL_SCHOOL, "tăng", 64.5, 100, 100, 5.5, ""),
    ("CT5.04", "Tỷ lệ giáo viên đạt chuẩn năng lực số cơ bản", "%", ALL_SCHOOL + ";gdtx;gdnn", "tăng", 58, 100, 100, None, ""),
    ("CT5.05", "Tỷ lệ cơ sở giáo dục có đường truyền Internet cáp quang từ 100 Mbps trở lên", "%", ALL_SCHOOL + ";gdtx", "tăng", 81, 100, 100, 4, ""),
    ("CT5.06", "Tỷ lệ môn học có ngân hàng câu hỏi, học liệu số dùng chung của thành phố", "%", "thcs;thpt;gdtx", "tăng", 40, 80, 100, None, ""),
    ("CT5.07", "Tỷ lệ cơ sở giáo dục nghề nghiệp, đại học tổ chức đào tạo trực tuyến, kết hợp", "%", "gdnn;dai_hoc", "tăng", 45, 70, 90, 5, ""),

    ("CT6.01", "Tỷ lệ học sinh sau tốt nghiệp THCS vào học giáo dục nghề nghiệp, GDTX", "%", "thcs;gdtx;gdnn", "tăng", 28.5, 40, 45, 0.8, "PL1.hoc_sinh"),
    ("CT6.02", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", "gdnn", "tăng", 34.8, 45, 55, 1.2, ""),
    ("CT6.03", "Tỷ lệ lao động qua đào tạo", "%", "gdnn", "tăng", 86, 90, 95, 0.8, ""),
    ("CT6.04", "Quy mô tuyển sinh giáo dục nghề nghiệp mỗi năm", "người", "gdnn", "tăng", 95000, 120000, 150000, 3500, "PL1.hoc_sinh"),
    ("CT6.05", "Số sinh viên đại học trên một vạn dân", "SV/vạn dân", "dai_hoc", "tăng", 205, 260, 330, 6, "PL1.hoc_sinh"),
    ("CT6.06", "Tỷ lệ học viên GDTX cấp THPT tốt nghiệp", "%", "gdtx", "tăng", 92, 96, 98, 0.9, "PL4.ty_le_tot_nghiep"),
    ("CT6.07", "Tỷ lệ xã, phường, đặc khu có trung tâm học tập cộng đồng hoạt động hiệu quả", "%", "gdtx", "tăng", 76, 95, 100, None, ""),
]

TASK_GROUPS = {
    1: "Sắp xếp, phát triển mạng lưới cơ sở giáo dục",
    2: "Phát triển đội ngũ nhà giáo và cán bộ quản lý",
    3: "Đất đai, cơ sở vật chất, trang thiết bị",
    4: "Đổi mới nội dung, nâng cao chất lượng giáo dục",
    5: "Chuyển đổi số, cải cách hành chính",
    6: "Tài chính, huy động nguồn lực",
    7: "Phát triển giáo dục nghề nghiệp và đại học",
    8: "Hợp tác, hội nhập quốc tế",
}

# (code, name, lead body, timeline)
TASKS = [
    ("NV1.01", "Rà soát, quy hoạch lại mạng lưới trường lớp theo đơn vị hành chính cấp xã mới", "Sở GDĐT", "2026-2027"),
    ("NV1.02", "Xây dựng mới trường học tại khu đô thị, khu công nghiệp có điểm quá tải cục bộ", "UBND xã, phường", "2026-2030"),
    ("NV1.03", "Sáp nhập trường quy mô nhỏ, dồn điểm trường lẻ bảo đảm thuận lợi cho người học", "UBND xã, phường", "2026-2028"),
    ("NV1.04", "Khuyến khích phát triển cơ sở giáo dục ngoài công lập", "Sở GDĐT", "2026-2030"),
    ("NV1.05", "Phát triển hệ thống trường THPT chuyên, trường chất lượng cao", "Sở GDĐT", "2026-2030"),
    ("NV1.06", "Phát triển trường liên cấp, bán trú tại đặc khu Cát Hải, Bạch Long Vĩ", "UBND đặc khu", "2026-2030"),

    ("NV2.01", "Tuyển dụng đủ giáo viên theo định mức, bù đắp thiếu hụt cục bộ", "Sở Nội vụ", "2026-2028"),
    ("NV2.02", "Đào tạo nâng chuẩn trình độ giáo viên theo Nghị định 71/2020/NĐ-CP", "Sở GDĐT", "2026-2030"),
    ("NV2.03", "Bồi dưỡng giáo viên ngoại ngữ, tin học, giáo dục STEM", "Sở GDĐT", "2026-2030"),
    ("NV2.04", "Chính sách thu hút, đãi ngộ nhà giáo giỏi và nhà giáo công tác tại đặc khu", "UBND thành phố", "2026-2030"),
    ("NV2.05", "Điều động, biệt phái giáo viên giữa các xã, phường để giải quyết thừa thiếu cục bộ", "Sở GDĐT", "2026-2027"),
    ("NV2.06", "Bồi dưỡng cán bộ quản lý theo chuẩn hiệu trưởng, năng lực quản trị trường học", "Sở GDĐT", "2026-2030"),

    ("NV3.01", "Bố trí quỹ đất giáo dục trong quy hoạch chung, quy hoạch phân khu", "Sở Xây dựng", "2026-2027"),
    ("NV3.02", "Chuyển đổi trụ sở, tài sản công dôi dư sau sắp xếp sang phục vụ giáo dục", "Sở Tài chính", "2026-2027"),
    ("NV3.03", "Xóa phòng học tạm, phòng học mượn; kiên cố hóa trường lớp", "UBND xã, phường", "2026-2028"),
    ("NV3.04", "Đầu tư phòng học bộ môn, thiết bị dạy học tối thiểu", "Sở GDĐT", "2026-2030"),
    ("NV3.05", "Đầu tư nhà đa năng, bể bơi, bếp ăn bán trú", "UBND xã, phường", "2026-2030"),
    ("NV3.06", "Cấp giấy chứng nhận quyền sử dụng đất cho cơ sở giáo dục", "Sở Nông nghiệp và Môi trường", "2026-2027"),

    ("NV4.01", "Thực hiện Chương trình GDPT 2018, đổi mới kiểm tra, đánh giá", "Sở GDĐT", "2026-2030"),
    ("NV4.02", "Xây dựng trường đạt chuẩn quốc gia, kiểm định chất lượng giáo dục", "Sở GDĐT", "2026-2030"),
    ("NV4.03", "Từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học", "Sở GDĐT", "2026-2035"),
    ("NV4.04", "Giáo dục STEM, trí tuệ nhân tạo trong nhà trường", "Sở GDĐT", "2026-2030"),
    ("NV4.05", "Phát hiện, bồi dưỡng học sinh năng khiếu, học sinh giỏi", "Sở GDĐT", "2026-2030"),
    ("NV4.06", "Giáo dục thể chất, dinh dưỡng, phổ cập bơi, y tế trường học", "Sở GDĐT", "2026-2030"),

    ("NV5.01", "Hoàn thiện hạ tầng số: đường truyền Internet, thiết bị số trong trường học", "Sở GDĐT", "2026-2028"),
    ("NV5.02", "Xây dựng cơ sở dữ liệu ngành, liên thông cơ sở dữ liệu quốc gia", "Sở GDĐT", "2026-2027"),
    ("NV5.03", "Triển khai học bạ số, văn bằng số, chữ ký số", "Sở GDĐT", "2026-2027"),
    ("NV5.04", "Phát triển học liệu số, ngân hàng câu hỏi, thi và kiểm tra trên máy tính", "Sở GDĐT", "2026-2030"),
    ("NV5.05", "Bồi dưỡng năng lực số cho cán bộ quản lý, giáo viên, học sinh", "Sở GDĐT", "2026-2030"),
    ("NV5.06", "Cải cách hành chính, cung cấp dịch vụ công trực tuyến toàn trình", "Văn phòng Sở GDĐT", "2026-2027"),

    ("NV6.01", "Bảo đảm chi ngân sách cho giáo dục và đào tạo tối thiểu 20% tổng chi ngân sách", "Sở Tài chính", "2026-2030"),
    ("NV6.02", "Thực hiện cơ chế tự chủ tài chính đối với cơ sở giáo dục công lập", "Sở Tài chính", "2026-2030"),
    ("NV6.03", "Đẩy mạnh xã hội hóa, hợp tác công tư trong đầu tư giáo dục", "Sở Tài chính", "2026-2030"),
    ("NV6.04", "Thực hiện chính sách miễn, hỗ trợ học phí", "Sở GDĐT", "2026-2030"),
    ("NV6.05", "Cơ chế đặt hàng, giao nhiệm vụ đào tạo giáo dục nghề nghiệp", "Sở Nội vụ", "2026-2030"),
    ("NV6.06", "Hỗ trợ tiền ăn trưa cho trẻ mầm non, học sinh bán trú", "UBND thành phố", "2026-2030"),

    ("NV7.01", "Sắp xếp, tổ chức lại cơ sở giáo dục nghề nghiệp công lập", "Sở Nội vụ", "2026-2027"),
    ("NV7.02", "Phân luồng học sinh sau THCS, tư vấn hướng nghiệp", "Sở GDĐT", "2026-2030"),
    ("NV7.03", "Đào tạo nhân lực cảng biển, logistics, công nghiệp bán dẫn", "Sở GDĐT", "2026-2030"),
    ("NV7.04", "Phát triển Trường Đại học Hải Phòng thành trường đại học trọng điểm vùng", "UBND thành phố", "2026-2035"),
    ("NV7.05", "Gắn kết đào tạo với doanh nghiệp, khu công nghiệp, khu kinh tế", "Ban Quản lý Khu kinh tế", "2026-2030"),
    ("NV7.06", "Phát triển học tập suốt đời, trung tâm học tập cộng đồng", "Sở GDĐT", "2026-2030"),

    ("NV8.01", "Hợp tác quốc tế trong đào tạo, liên kết chương trình", "Sở GDĐT", "2026-2030"),
    ("NV8.02", "Thu hút đầu tư nước ngoài, trường quốc tế", "Sở Tài chính", "2026-2030"),
    ("NV8.03", "Trao đổi giáo viên, học sinh với các địa phương, đối tác nước ngoài", "Sở GDĐT", "2026-2030"),
    ("NV8.04", "Phối hợp nhà trường - gia đình - xã hội trong giáo dục", "Sở GDĐT", "2026-2030"),
    ("NV8.05", "Liên kết vùng Đồng bằng sông Hồng trong đào tạo nhân lực", "Sở GDĐT", "2026-2030"),
    ("NV8.06", "Truyền thông, phổ biến Đề án", "Văn phòng Sở GDĐT", "2026"),
]

APPENDIX_KEYS = {"PL1.hoc_sinh", "PL1.so_lop", "PL1.cong_suat", "PL2.giao_vien", "PL2.giao_vien_dat_chuan",
                 "PL3.phong_kien_co", "PL3.phong_tam", "PL3.dien_tich_dat", "PL4.dat_chuan_quoc_gia",
                 "PL4.ty_le_hoan_thanh", "PL4.ty_le_tot_nghiep", "PL4.muc_kiem_dinh"}
LEVELS = ("mam_non", "tieu_hoc", "thcs", "thpt", "gdtx", "gdnn", "dai_hoc")

assert len(INDICATORS) == 52 and len(TASKS) == 48
assert len({c[0] for c in INDICATORS}) == 52 and len({t[0] for t in TASKS}) == 48

assert len(INDICATOR_GROUPS) == 6 and len(TASK_GROUPS) == 8
assert all(c[9] == "" or c[9] in APPENDIX_KEYS for c in INDICATORS)
assert all(lv in LEVELS for c in INDICATORS for lv in c[3].split(";"))
assert all(c[4] in ("tăng", "giảm") for c in INDICATORS)
assert {int(c[0][2]) for c in INDICATORS} == set(INDICATOR_GROUPS)
assert {int(t[0][2]) for t in TASKS} == set(TASK_GROUPS)
