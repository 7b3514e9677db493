"""cum-08 — THPT ngoại thành (DỮ LIỆU MẪU). CSV UTF-8; 5 rows typed in TCVN3 (vn3=True);
defect: PL3 Số phòng học of HP-THPT-024 = 27 while 22 + 2 + 1 = 25."""
from common import C

CLUSTER = dict(
    code="cum-08", level="thpt",
    name="Cụm chuyên môn THPT số 2 (Thủy Nguyên – An Dương – Kiến Thụy – Tiên Lãng – Vĩnh Bảo – An Lão)",
    host="HP-THPT-017", workshop_date="2026-02-05", received_at="2026-02-06T16:40:00+07:00",
    data_cutoff="2025-10",
    communes=["Thủy Nguyên", "An Dương", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "An Lão"],
    gop_y="csv", csv_encoding="utf-8", appendix="csv", appendix_style="plain", minh_chung="csv",
    bien_ban="pdf", gop_y_pdf=True,
    defects=[dict(kind="rooms_total_mismatch", sheet="PL3", code="HP-THPT-024", col="Số phòng học", value="27")],
)

INSTITUTIONS = """
HP-THPT-015 | Trường THPT An Dương | An Dương | Công lập
HP-THPT-016 | Trường THPT Thủy Sơn | Thủy Nguyên | Công lập
HP-THPT-017 | Trường THPT Lê Ích Mộc | Thủy Nguyên | Công lập
HP-THPT-018 | Trường THPT Phạm Ngũ Lão | Thủy Nguyên | Công lập
HP-THPT-019 | Trường THPT Quang Trung | Thủy Nguyên | Công lập
HP-THPT-020 | Trường THPT Nguyễn Trãi | An Dương | Công lập
HP-THPT-021 | Trường THPT Kiến Thụy | Kiến Thụy | Công lập
HP-THPT-022 | Trường THPT Nguyễn Đức Cảnh | Kiến Thụy | Công lập
HP-THPT-023 | Trường THPT Tiên Lãng | Tiên Lãng | Công lập
HP-THPT-024 | Trường THPT Toàn Thắng | Tiên Lãng | Công lập
HP-THPT-025 | Trường THPT Vĩnh Bảo | Vĩnh Bảo | Công lập
HP-THPT-026 | Trường THPT Cộng Hiền | Vĩnh Bảo | Công lập
HP-THPT-027 | Trường THPT Nguyễn Khuyến | Vĩnh Bảo | Công lập
HP-THPT-028 | Trường THPT An Lão | An Lão | Công lập
HP-THPT-029 | Trường THPT Trần Hưng Đạo | An Lão | Công lập
"""

OVERRIDES = {
    "HP-THPT-015": dict(so_lop=30, hoc_sinh=1312),       # same in comments_cum07.py
    "HP-THPT-017": dict(so_lop=42, hoc_sinh=1890, cong_suat=1700),
    "HP-THPT-021": dict(dat_chuan="Không", phong_cn=6),
    "HP-THPT-022": dict(dat_chuan="Không"),
    "HP-THPT-023": dict(so_lop=33, thieu_gv=7),
    "HP-THPT-024": dict(kien_co=22, ban_kien_co=2, phong_tam=1, dat_chuan="Không"),
    "HP-THPT-026": dict(so_lop=24, hoc_sinh=960, du_bao=900, dat_chuan="Không"),
    "HP-THPT-027": dict(dat_chuan="Không"),
    "HP-THPT-029": dict(dat_chuan="Không"),
    "HP-THPT-028": dict(so_lop=32, hoc_sinh=1380),
}

COMMENTS = [
    C("HP-THPT-017", "Phần thứ hai, mục II.1.a", "CT1.09", "Trường Lê Ích Mộc có 42 lớp, 1.890 HS (45 HS/lớp), vượt công suất 1.700 HS. Thủy Nguyên đang đô thị hóa nhanh, tỷ lệ vào lớp 10 công lập tăng, trong khi các trường ở Tiên Lãng, Vĩnh Bảo, Kiến Thụy chỉ từ 38 đến 44 HS/lớp.",
      basis="Phụ lục 1"),
    C("HP-THPT-017", "Mục III", "CT4.04", "Chỉ tiêu 80% trường THPT đạt chuẩn quốc gia năm 2030 là cao với khu vực ngoại thành: cụm hiện chỉ 7/15 trường đạt chuẩn (47%), nhiều trường thiếu phòng bộ môn, nhà đa năng. Cụm đề nghị 75% cho toàn thành phố, nội thành có thể cao hơn.",
      val="75%", basis="Phụ lục 4 của cụm", cond="Vốn đầu tư công khoảng 180 tỷ đồng cho phòng bộ môn, nhà đa năng", time="2030",
      note="Disagrees with cum-07 on CT4.04 (cum-07 proposes 85%)"),
    C("HP-THPT-016", "Mục III", "chỉ tiêu 2.4", "Chỉ tiêu 25% GV THPT có trình độ thạc sĩ năm 2030 là cao với trường ngoại thành, trường Thủy Sơn hiện 12%. Đề nghị 20% và có hỗ trợ học phí cao học.",
      val="20%", cond="Hỗ trợ 50% học phí thạc sĩ", note="Disagrees with cum-07 (HP-THPT-004 agrees to 25%)"),
    C("HP-THPT-018", "", "", "Nhất trí với dự thảo."),
    C("HP-THPT-019", "Mục IV", "NV7.02", "Tỷ lệ học sinh lớp 9 vào THPT công lập ở Thủy Nguyên khoảng 75%, số còn lại đi học nghề hoặc GDTX. Cần tăng cường tư vấn để phụ huynh không coi học nghề là \"trượt\"."),
    C("HP-THPT-020", "Mục IV", "NV4.01", "Đổi mới kiểm tra đánh giá theo Thông tư 22/2021/TT-BGDĐT: đề nghị Sở tổ chức kiểm tra chung học kỳ cho lớp 12 để học sinh làm quen đề thi tốt nghiệp mới."),
    C("HP-THPT-021", "Phụ lục 4", "CT4.04", "Trường THPT Kiến Thụy chưa đạt chuẩn quốc gia vì mới có 6 phòng chức năng, thiếu phòng Tin học và phòng Công nghệ theo Thông tư 14/2020/TT-BGDĐT.",
      basis="Phụ lục 3, Phụ lục 4"),
    C("HP-THPT-022", "Mục IV", "NV6.04", "Khi miễn học phí THPT, các trường mất nguồn 40% học phí trước đây dùng cho chi thường xuyên; đề nghị ngân sách cấp bù bằng mức thu cũ."),
    C("HP-THPT-023", "Phụ lục 2", "CT2.05", "Trường THPT Tiên Lãng 33 lớp, định mức 75 GV, hiện 68, thiếu 7 giáo viên. Giáo viên trẻ xin chuyển về nội thành hằng năm.",
      basis="Phụ lục 2"),
    C("HP-THPT-024", "Phụ lục 3", "", "Trường Toàn Thắng còn 1 phòng học tạm, 2 phòng bán kiên cố; tổng số phòng học ghi ở Phụ lục 3 đã bao gồm 2 phòng đang mượn của trường THCS bên cạnh.",
      note="Explains (but does not fix) the rooms total mismatch: PL3 Số phòng học 27 ≠ 22 + 2 + 1"),
    C("HP-THPT-025", "Mục III", "CT4.08", "Đồng ý chỉ tiêu tốt nghiệp THPT 99,5%."),
    C("HP-THPT-026", "Phụ lục 1", "NV1.03", "Trường Cộng Hiền có 24 lớp, 960 HS, dự báo giảm còn khoảng 900 HS năm 2030 do dân số trẻ giảm. Không nên sáp nhập với Vĩnh Bảo vì cách 12 km.",
      basis="Phụ lục 1", vn3=True),
    C("HP-THPT-026", "Mục IV", "NV2.04", "Đề nghị có chính sách nhà công vụ cho giáo viên trẻ công tác tại các xã ven biển Vĩnh Bảo, Tiên Lãng.", vn3=True),
    C("HP-THPT-027", "Mục III", "CT4.10", "Chỉ tiêu 120 giải học sinh giỏi quốc gia là chỉ tiêu của trường chuyên, không nên giao cho trường THPT không chuyên.", vn3=True),
    C("HP-THPT-027", "", "", "Nhất trí với các giải pháp của Đề án.", vn3=True),
    C("HP-THPT-027", "Mục IV", "NV5.03", "Đề nghị cấp chữ ký số miễn phí cho giáo viên để ký học bạ số, hiện mỗi giáo viên tự mua khoảng 1,2 triệu đồng/3 năm.", vn3=True),
    C("HP-THPT-028", "Phụ lục 1", "", "Trường THPT An Lão hiện có 1.650 học sinh, 32 lớp, quá tải nặng, bình quân trên 51 HS/lớp.",
      note="CONTRADICTS appendix: PL1 of HP-THPT-028 gives 1.380 HS / 32 lớp (~43 HS/lớp)"),
    C("HP-THPT-029", "Mục IV", "NV3.05", "De nghi dau tu be boi cho truong Tran Hung Dao, hoc sinh vung song nuoc nhieu em chua biet boi."),
    C("HP-THPT-015", "Phụ lục 1", "", "Trường THPT An Dương: 30 lớp, 1.312 học sinh. Trường báo cáo số liệu theo cụm 2.", basis="Phụ lục 1"),
    C("HP-THPT-015", "Mục IV", "NV1.02", "An Dương có khu công nghiệp Tràng Duệ, An Dương, dân số cơ học tăng nhanh, trường An Dương dự kiến quá tải từ năm 2027. Đề nghị quy hoạch thêm 1 trường THPT tại phường An Dương."),
    C("HP-THPT-016", "Mục IV", "NV2.02", "Ho tro giao vien hoc thac si: de nghi thanh pho ho tro 50% hoc phi, giao vien cam ket cong tac tai truong 5 nam."),
    C("HP-THPT-017", "Mục IV", "NV3.03", "Đề xuất bổ sung: cải tạo, mở rộng trường Lê Ích Mộc thêm 12 phòng học để giảm sĩ số xuống 40 HS/lớp; kinh phí dự kiến 30 tỷ đồng; thời gian 2027-2028.",
      time="2027-2028", note="6 rõ incomplete: no responsible body named"),
    C("HP-THPT-018", "Mục III", "CT5.02", "Chỉ tiêu 100% thủ tục hành chính trực tuyến toàn trình cần loại trừ các thủ tục bắt buộc có mặt (xác minh văn bằng bản gốc)."),
    C("HP-THPT-019", "", "NV7.05", "Đề nghị gắn kết trường THPT với doanh nghiệp trong khu kinh tế Đình Vũ – Cát Hải để học sinh tham quan, trải nghiệm nghề."),
    C("HP-THPT-020", "Mục III", "CT1.06", "Đồng ý chỉ tiêu 1.6 (92% người trong độ tuổi THPT đi học) nếu tính cả học viên GDTX và học sinh trung cấp."),
    C("HP-THPT-021", "Mục IV", "NV3.04", "Đề nghị năm 2026 đầu tư 2 phòng bộ môn (Tin học, Công nghệ) cho trường Kiến Thụy, khoảng 3,5 tỷ đồng, để kịp công nhận chuẩn năm 2027."),
    C("HP-THPT-022", "Phần thứ hai, mục II.1.d", "", "Phần nguồn lực tài chính chưa phân tích được chênh lệch đầu tư giữa nội thành và ngoại thành giai đoạn 2021-2025; đề nghị bổ sung số liệu vốn đầu tư bình quân/học sinh theo khu vực."),
    C("HP-THPT-023", "Mục IV", "NV2.01", "Đề nghị khi tuyển dụng giáo viên cho các trường ngoại thành, yêu cầu cam kết công tác tối thiểu 5 năm trước khi xin chuyển.", plain=True),
    C("HP-THPT-024", "Mục IV", "NV3.03", "Xóa 1 phòng học tạm và cải tạo 2 phòng bán kiên cố của trường Toàn Thắng trong năm 2026."),
    C("HP-THPT-025", "Mục IV", "NV5.05", "Giáo viên cần được bồi dưỡng sử dụng trí tuệ nhân tạo trong soạn bài, chấm bài một cách có trách nhiệm; đề nghị Sở ban hành hướng dẫn."),
    C("HP-THPT-028", "Mục III", "CT4.04", "Đồng ý với ý kiến của cụm: 75% trường THPT đạt chuẩn quốc gia năm 2030 là sát thực tế."),
    C("HP-THPT-029", "", "", "Đề án tốt, đề nghị sớm ban hành."),
    C("HP-THPT-018", "Mục IV", "NV4.05", "Trường Phạm Ngũ Lão năm 2025 có 3 học sinh đạt giải học sinh giỏi quốc gia, đề nghị có chính sách khen thưởng giáo viên trường không chuyên có học sinh đạt giải."),
    C("", "Mục IV", "NV3.01", "UBND xã Tiên Lãng thống nhất bố trí 1,2 ha đất công tại khu trung tâm xã mới cho việc mở rộng trường THPT Tiên Lãng; cần Sở GDĐT lập chủ trương đầu tư.",
      unit="UBND xã Tiên Lãng"),
    C("HP-THPT-020", "Mục IV", "NV8.05", "Liên kết vùng: đề nghị hợp tác với Quảng Ninh trong tuyển sinh, đào tạo nghề cho học sinh vùng giáp ranh."),
    C("HP-THPT-022", "Mục III", "CT2.08", "Chi tieu 100% GV ngoai ngu dat chuan la kha thi, truong da dat 100%."),
    C("HP-THPT-019", "Mục III", "CT3.09", "Thiết bị dạy học tối thiểu lớp 10-12 mới đạt khoảng 70%, nhiều thiết bị thực hành Vật lý, Hóa học cấp năm 2022 đã hỏng.",
      basis="Biên bản kiểm kê thiết bị tháng 6/2025"),
]
