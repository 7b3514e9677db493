"""cum-11 — Đại học (DỮ LIỆU MẪU). gop-y.xlsx (title not merged); appendices as CSV UTF-8 with
Vietnamese number formatting."""
from common import C

CLUSTER = dict(
    code="cum-11", level="dai_hoc",
    name="Cụm chuyên môn Đại học (các trường đại học trên địa bàn thành phố)",
    host="HP-DH-001", workshop_date="2026-02-06", received_at="2026-02-06T16:30:00+07:00",
    data_cutoff="2025-10",
    communes=["Kiến An", "Lê Chân", "Ngô Quyền", "Hải Dương", "Chí Linh", "Thành Đông"],
    gop_y="xlsx", appendix="csv", csv_encoding="utf-8", appendix_style="vn", minh_chung="csv",
    bien_ban="pdf", gop_y_pdf=True,
)

INSTITUTIONS = """
HP-DH-001 | Trường Đại học Hải Phòng | Kiến An | Công lập
HP-DH-002 | Trường Đại học Hàng hải Việt Nam | Lê Chân | Công lập
HP-DH-003 | Trường Đại học Y Dược Hải Phòng | Ngô Quyền | Công lập
HP-DH-004 | Trường Đại học Quản lý và Công nghệ Hải Phòng | Lê Chân | Tư thục
HP-DH-005 | Trường Đại học Hải Dương | Hải Dương | Công lập
HP-DH-006 | Trường Đại học Sao Đỏ | Chí Linh | Công lập
HP-DH-007 | Trường Đại học Kỹ thuật Y tế Hải Dương | Hải Dương | Công lập
HP-DH-008 | Trường Đại học Thành Đông | Thành Đông | Tư thục
"""

OVERRIDES = {
    "HP-DH-001": dict(so_lop=320, hoc_sinh=14500, dinh_muc=484, giao_vien=520, gv_dat_chuan=520),
    "HP-DH-005": dict(so_lop=70, hoc_sinh=3200, du_bao=3600, cong_suat=6000),
    "HP-DH-008": dict(so_lop=90, hoc_sinh=4100),
}

COMMENTS = [
    C("HP-DH-001", "Mục III, nhóm 6", "CT6.05", "Chỉ tiêu 260 sinh viên/vạn dân năm 2030 là phù hợp với định hướng của Chiến lược phát triển giáo dục (QĐ 1705/QĐ-TTg), nhưng cần tính dân số sau hợp nhất (khoảng 4,6 triệu người), tức khoảng 120.000 sinh viên. Hiện 8 trường đại học trên địa bàn có khoảng 83.000 sinh viên.",
      basis="Quyết định 1705/QĐ-TTg ngày 31/12/2024; số liệu tuyển sinh 2025", cond="Mở rộng quy mô ĐH Hải Phòng, ĐH Hải Dương; thu hút phân hiệu đại học lớn", time="2030"),
    C("HP-DH-001", "Phụ lục 2", "CT2.06", "Trường Đại học Hải Phòng có 14.500 sinh viên, 520 giảng viên (khoảng 28 SV/GV), tỷ lệ giảng viên tiến sĩ 32%. Chỉ tiêu 35% năm 2030 là khả thi, đề nghị nâng lên 40% cho trường trọng điểm.",
      val="40%", basis="Phụ lục 1, Phụ lục 2; báo cáo 3 công khai năm 2025", time="2030"),
    C("HP-DH-001", "Mục IV", "NV7.04", "Đề xuất cụ thể cho nhiệm vụ 7.4 (phát triển ĐH Hải Phòng thành đại học trọng điểm vùng):\n- Việc: xây dựng cơ sở 2 tại khu đô thị Bắc Sông Cấm, quy mô 50 ha.\n- Mục tiêu: quy mô 25.000 sinh viên năm 2035, 30% ngành STEM.\n- Sản phẩm: Đề án phát triển trường trình UBND thành phố; khu giảng đường, ký túc xá 5.000 chỗ, trung tâm nghiên cứu bán dẫn.\n- Tiến độ: lập đề án 2026, giải phóng mặt bằng 2027-2028, xây dựng 2028-2032.\n- Nguồn lực: khoảng 3.500 tỷ đồng, ngân sách thành phố và vốn ODA.\n- Trách nhiệm: UBND thành phố chủ trì, Trường ĐH Hải Phòng thực hiện, Sở Xây dựng bố trí quỹ đất.",
      time="2026-2032", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-DH-002", "Mục IV", "NV7.03", "Trường Đại học Hàng hải Việt Nam sẵn sàng đặt hàng đào tạo nhân lực logistics, kinh tế biển cho thành phố; đề nghị thành phố có cơ chế đặt hàng với trường trung ương."),
    C("HP-DH-002", "", "", "Đồng ý với dự thảo."),
    C("HP-DH-003", "Mục IV", "NV7.05", "Đề nghị thành phố hỗ trợ học phí cho sinh viên y khoa cam kết về công tác tại các trạm y tế xã, đặc khu sau tốt nghiệp."),
    C("HP-DH-003", "Mục III", "CT2.06", "Tỷ lệ giảng viên tiến sĩ 35% không áp dụng được với ngành y vì nhiều giảng viên là bác sĩ chuyên khoa II, tương đương. Đề nghị tính cả chuyên khoa II.",
      prop="Sửa tên chỉ tiêu 2.6: \"tiến sĩ hoặc tương đương (chuyên khoa II)\""),
    C("HP-DH-004", "Mục IV", "NV1.04", "Trường tư thục đề nghị thành phố cho thuê đất dài hạn giá ưu đãi để xây ký túc xá sinh viên, hiện sinh viên phải thuê trọ 1,5-2 triệu đồng/tháng."),
    C("HP-DH-005", "Phụ lục 1", "", "Trường Đại học Hải Dương có 3.200 sinh viên, chỉ khoảng một nửa công suất 6.000, dự báo 2030 đạt 3.600. Đề nghị thành phố định hướng ngành đào tạo để trường tuyển sinh tốt hơn.",
      basis="Phụ lục 1"),
    C("HP-DH-005", "Mục IV", "NV7.04", "Đề nghị Đề án làm rõ vai trò của Trường ĐH Hải Dương sau hợp nhất: sáp nhập với ĐH Hải Phòng hay phát triển độc lập theo hướng ứng dụng."),
    C("HP-DH-006", "Mục IV", "NV7.03", "Trường Sao Đỏ có thế mạnh cơ khí, điện, đề nghị được tham gia chương trình đào tạo nhân lực bán dẫn của thành phố."),
    C("HP-DH-007", "", "CT6.05", "Đồng ý chỉ tiêu 6.5."),
    C("HP-DH-008", "Mục III", "CT6.05", "Chỉ tiêu 260 SV/vạn dân là thấp, đề nghị 300 SV/vạn dân năm 2030 vì Hải Phòng là trung tâm vùng duyên hải Bắc Bộ.",
      val="300 SV/vạn dân", time="2030", note="Disagrees with HP-DH-001 (agrees with 260)"),
    C("HP-DH-001", "Mục IV", "NV8.01", "Đề nghị cơ chế cho trường mời giảng viên nước ngoài, thủ tục cấp giấy phép lao động hiện kéo dài 2-3 tháng.", plain=True),
    C("HP-DH-002", "Mục III", "CT5.07", "Trường đã tổ chức đào tạo kết hợp trực tuyến ở 100% ngành, chỉ tiêu 70% năm 2030 là thấp, đề nghị 90%.",
      val="90%"),
    C("HP-DH-003", "Phần thứ hai, mục II.1.c", "", "Phần thực trạng cơ sở vật chất đại học chưa có số liệu ký túc xá: các trường trên địa bàn đáp ứng khoảng 15% nhu cầu chỗ ở."),
    C("HP-DH-004", "", "", "De nghi co chinh sach binh dang giua truong cong lap va tu thuc."),
    C("HP-DH-005", "Mục IV", "NV2.04", "Chính sách thu hút tiến sĩ về trường thuộc thành phố: đề nghị mức hỗ trợ 300 triệu đồng/người, cam kết 5 năm.",
      val="300 triệu đồng/người"),
    C("HP-DH-006", "Mục IV", "NV5.02", "Đề nghị liên thông dữ liệu sinh viên với cơ sở dữ liệu ngành của thành phố để thống kê chỉ tiêu 6.5 chính xác."),
    C("HP-DH-007", "Mục IV", "NV8.05", "Liên kết vùng: đề nghị hợp tác đào tạo kỹ thuật viên y tế với các tỉnh lân cận."),
    C("HP-DH-008", "Mục IV", "NV6.03", "Trường tư thục sẵn sàng tham gia hợp tác công tư đầu tư ký túc xá 2.000 chỗ nếu thành phố giao đất sạch."),
    C("HP-DH-001", "Phần thứ ba, mục IV", "NV7.06", "Học tập suốt đời: trường đề nghị được giao tổ chức các khóa bồi dưỡng ngắn hạn cho giáo viên phổ thông theo đặt hàng của Sở."),
    C("HP-DH-002", "Mục IV", "NV3.01", "Trường ĐH Hàng hải đề nghị thành phố bố trí quỹ đất khoảng 20 ha cho cơ sở đào tạo thực hành hàng hải tại Cát Hải."),
    C("HP-DH-003", "Mục III", "CT6.05", "Đồng ý chỉ tiêu số sinh viên/vạn dân, nhưng cần tách sinh viên các trường trung ương và trường của thành phố."),
    C("HP-DH-004", "Mục IV", "NV6.04", "Đề nghị thành phố có học bổng cho sinh viên ngành ưu tiên học tại trường tư thục."),
    C("HP-DH-005", "Mục III", "chỉ tiêu 6.5 và 2.6", "Hai chỉ tiêu 6.5 và 2.6 cần tính riêng cho các trường do thành phố quản lý, vì thành phố không có thẩm quyền giao chỉ tiêu cho trường trực thuộc Bộ."),
    C("HP-DH-006", "", "", "Trường Sao Đỏ thuộc Bộ Công Thương, các ý kiến mang tính tham khảo."),
    C("HP-DH-007", "Phụ lục 3", "", "Diện tích đất của trường tại Phụ lục 3 chưa gồm khu thực hành 1,2 ha thuê của bệnh viện."),
    C("HP-DH-008", "Mục IV", "NV4.04", "Đề xuất thành lập trung tâm đổi mới sáng tạo dùng chung cho các trường đại học, đặt tại khu vực Hải Dương."),
    C("HP-DH-001", "Mục IV", "NV5.05", "Trường có thể tham gia bồi dưỡng năng lực số, AI cho giáo viên phổ thông của thành phố, đề nghị Sở đặt hàng."),
    C("HP-DH-002", "Mục IV", "NV8.02", "Đề nghị thành phố thu hút đại học nước ngoài mở phân hiệu tại khu kinh tế Đình Vũ – Cát Hải."),
    C("", "Mục IV", "NV7.04", "Sở Xây dựng cho biết quy hoạch chung thành phố đã dự kiến khoảng 60 ha đất giáo dục đại học tại Bắc Sông Cấm, cần Đề án thống nhất số liệu này.",
      unit="Sở Xây dựng (dự hội thảo)"),
    C("HP-DH-003", "Mục IV", "NV6.02", "Trường tự chủ toàn diện đề nghị được quyết định mức học phí theo Nghị định 81/2021/NĐ-CP và văn bản sửa đổi, không bị khống chế thêm."),
    C("HP-DH-005", "", "", "Nhất trí với ý kiến của trường Đại học Hải Phòng."),
    C("HP-DH-006", "Mục III", "CT5.07", "Đồng ý chỉ tiêu 5.7."),
    C("HP-DH-007", "Mục IV", "NV2.06", "Đề nghị bồi dưỡng cán bộ quản lý đại học về quản trị đại học tự chủ, kiểm định chất lượng theo chuẩn quốc tế."),
    C("HP-DH-004", "Mục III", "CT2.06", "Chi tieu giang vien tien si 35%: truong tu thuc hien dat 21%, de nghi lo trinh rieng cho truong tu thuc, 30% nam 2030.",
      val="30%", time="2030"),
    C("HP-DH-008", "", "", "Thống nhất các nội dung của Đề án."),
    C("HP-DH-001", "Phần thứ hai, mục II.1.e", "", "Đại học Hải Phòng đã số hóa 100% học liệu, triển khai LMS; điểm nghẽn là đường truyền ký túc xá và bản quyền phần mềm."),
]
