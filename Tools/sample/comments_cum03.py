"""cum-03 — Tiểu học (Lê Chân – Kiến An – An Dương – Dương Kinh) (DỮ LIỆU MẪU). CSV UTF-8, no BOM.
Defects: PL1 Số lớp = "khoảng 30" (HP-TH-008); HP-TH-019 copied from cum-04 (duplicate code)."""
from common import C

CLUSTER = dict(
    code="cum-03", level="tieu_hoc",
    name="Cụm chuyên môn Tiểu học số 1 (Lê Chân – Kiến An – An Dương – Dương Kinh)",
    host="HP-TH-001", workshop_date="2026-02-03", received_at="2026-02-06T09:10:00+07:00",
    data_cutoff="2025-10", communes=["Lê Chân", "An Biên", "Kiến An", "Phù Liễn", "An Dương", "Dương Kinh"],
    gop_y="csv", csv_encoding="utf-8", appendix="csv", appendix_style="plain", minh_chung="csv",
    bien_ban="pdf", gop_y_pdf=True,
    defects=[dict(kind="unparseable_number", sheet="PL1", code="HP-TH-008", col="Số lớp", value="khoảng 30")],
)

INSTITUTIONS = """
HP-TH-001 | Trường Tiểu học Nguyễn Văn Trỗi | Lê Chân | Công lập
HP-TH-002 | Trường Tiểu học Trần Quốc Toản | Lê Chân | Công lập
HP-TH-003 | Trường Tiểu học Dư Hàng Kênh | Lê Chân | Công lập
HP-TH-004 | Trường Tiểu học Vĩnh Niệm | Lê Chân | Công lập
HP-TH-005 | Trường Tiểu học Lý Tự Trọng | An Biên | Công lập
HP-TH-006 | Trường Tiểu học Kiến An | Kiến An | Công lập
HP-TH-007 | Trường Tiểu học Bắc Sơn | Kiến An | Công lập
HP-TH-008 | Trường Tiểu học Trần Thành Ngọ | Kiến An | Công lập
HP-TH-009 | Trường Tiểu học Phù Liễn | Phù Liễn | Công lập
HP-TH-010 | Trường Tiểu học An Dương | An Dương | Công lập
HP-TH-011 | Trường Tiểu học Lê Lợi | An Dương | Công lập
HP-TH-012 | Trường Tiểu học An Hưng | An Dương | Công lập
HP-TH-013 | Trường Tiểu học Hồng Phong | An Dương | Công lập
HP-TH-014 | Trường Tiểu học Hòa Nghĩa | Dương Kinh | Công lập
HP-TH-015 | Trường Tiểu học Anh Dũng | Dương Kinh | Công lập
HP-TH-016 | Trường Tiểu học Hải Thành | Dương Kinh | Công lập
HP-TH-017 | Trường Tiểu học tư thục Thăng Long | Lê Chân | Tư thục
HP-TH-018 | Trường Tiểu học Tân Thành | Dương Kinh | Công lập
HP-TH-019 | Trường Tiểu học Thủy Đường | Thủy Nguyên | Công lập
"""

OVERRIDES = {
    "HP-TH-001": dict(so_lop=36, hoc_sinh=1620, cong_suat=1260, dien_tich=6500, dat_bo_sung=0, kien_co=34, ban_kien_co=0, phong_tam=0),
    "HP-TH-003": dict(so_lop=32, hoc_sinh=1504, cong_suat=1200, kien_co=24, ban_kien_co=2, phong_tam=0),
    "HP-TH-006": dict(so_lop=30, thieu_gv=5),
    "HP-TH-008": dict(so_lop=30, hoc_sinh=1290),
    "HP-TH-012": dict(phong_tam=2),
    "HP-TH-007": dict(hoan_thanh=100.0),
    "HP-TH-013": dict(so_lop=18, hoc_sinh=738, phong_tam=3, ban_kien_co=1),
    "HP-TH-014": dict(dat_bo_sung=4000, du_an="Đang xây dựng", von=32_000_000_000),
    "HP-TH-016": dict(dat_chuan="Có", kiem_dinh="Cấp độ 3"),
}

COMMENTS = [
    C("HP-TH-001", "Phần thứ hai, mục II.1.a", "CT1.08", "Trường Nguyễn Văn Trỗi hiện 36 lớp, 1.620 học sinh, bình quân 45 HS/lớp (vượt 10 HS so với Điều lệ trường tiểu học), công suất thiết kế chỉ 1.260 HS. Diện tích đất 6.500 m², bình quân khoảng 4 m²/HS. Chỉ tiêu 35 HS/lớp năm 2030 không thể đạt nếu không tách trường.",
      prop="Điều chỉnh chỉ tiêu 1.8 đối với các phường nội thành: 38 HS/lớp năm 2030, 35 HS/lớp năm 2035.", basis="Phụ lục 1, Phụ lục 3; Thông tư 28/2020/TT-BGDĐT",
      val="38 HS/lớp (nội thành)", cond="Xây mới 2 trường tiểu học tại Lê Chân, mỗi trường 30 lớp", time="2030; 2035",
      note="Disagrees with cum-04 on CT1.08 (cum-04 agrees with 35)"),
    C("HP-TH-002", "", "", "Nhất trí với dự thảo, không có ý kiến bổ sung."),
    C("HP-TH-003", "Phụ lục 3", "CT1.08", "Trường Dư Hàng Kênh có 32 lớp nhưng chỉ có 26 phòng học (24 kiên cố, 2 bán kiên cố), 6 lớp phải học luân phiên nên không tổ chức được dạy học 2 buổi/ngày cho toàn trường. Bình quân 47 HS/lớp.",
      basis="Phụ lục 1, Phụ lục 3"),
    C("HP-TH-004", "Mục IV", "NV1.02", "Cần xây trường mới tại các khu đô thị mới Vĩnh Niệm, nơi dân cư tăng nhanh.", plain=True),
    C("HP-TH-005", "Mục III", "CT4.11", "Chỉ tiêu 80% học sinh biết bơi năm 2030 là quá cao: toàn cụm chỉ có 1 bể bơi di động, học sinh phải thuê bể ngoài 30.000 đ/buổi.",
      prop="Hạ chỉ tiêu xuống 65%", val="65%", basis="Năm học 2024-2025 tỷ lệ biết bơi của cụm đạt 41%",
      note="Disagrees with cum-04 on CT4.11 (cum-04 proposes 90%)"),
    C("HP-TH-006", "Phụ lục 2", "CT2.05", "Trường Tiểu học Kiến An thiếu 5 giáo viên so với định mức 1,5 GV/lớp (Thông tư 20/2023/TT-BGDĐT), trong đó 3 GV Tiếng Anh và 2 GV Tin học. Nhà trường phải hợp đồng thỉnh giảng, chi khoảng 320 triệu đồng/năm.",
      basis="Phụ lục 2"),
    C("HP-TH-007", "Mục IV, nhóm giải pháp 2", "NV2.01", "Đề xuất thành phố giao chỉ tiêu hợp đồng giáo viên theo Nghị định 111/2022/NĐ-CP cho các trường còn thiếu trong khi chờ tuyển dụng."),
    C("HP-TH-008", "Phụ lục 1", "", "Số lớp của trường tại Phụ lục 1 ghi 'khoảng 30' do tại thời điểm báo cáo trường đang tách lớp 1. Trường sẽ cập nhật số chính xác sau.",
      note="Refers to the deliberate unparseable cell in phu-luc-1.csv (HP-TH-008)"),
    C("HP-TH-009", "", "", "Đề án cần chú trọng hơn nữa đến chất lượng giáo dục toàn diện."),
    C("HP-TH-010", "Mục III, nhóm 2", "chỉ tiêu 2.2", "Chỉ tiêu 2.2 (100% GV tiểu học đạt chuẩn trình độ) cần lùi đến 2030 mới khả thi, vì còn nhiều giáo viên trên 50 tuổi không thuộc diện phải nâng chuẩn.",
      prop="Giữ 100% nhưng loại trừ giáo viên không thuộc đối tượng nâng chuẩn theo Nghị định 71/2020/NĐ-CP"),
    C("HP-TH-011", "Mục IV", "NV5.03", "Học bạ số đã triển khai lớp 1-3 từ năm học 2024-2025, đề nghị Sở sớm hướng dẫn ký số cho lớp 4, lớp 5, hiện giáo viên chưa được cấp chữ ký số cá nhân.",
      basis="Công văn hướng dẫn triển khai học bạ số của Bộ GDĐT"),
    C("HP-TH-012", "Phụ lục 3", "CT3.04", "Trường An Hưng đã xóa hết phòng học tạm từ năm 2024, không còn phòng tạm.",
      note="CONTRADICTS appendix: PL3 of HP-TH-012 shows Phòng tạm = 2"),
    C("HP-TH-013", "Phụ lục 3", "NV3.03", "Trường Hồng Phong còn 3 phòng học tạm, 1 phòng bán kiên cố xuống cấp. De nghi dua truong vao danh muc uu tien xoa phong tam nam 2026.",
      basis="Phụ lục 3; biên bản kiểm định chất lượng công trình tháng 8/2025"),
    C("HP-TH-014", "Phụ lục 3", "", "Dự án mở rộng trường Hòa Nghĩa (4.000 m² đất bổ sung, 32 tỷ đồng) đang xây dựng, hoàn thành dự kiến quý III/2026, khi đó trường đủ 1 phòng/lớp."),
    C("HP-TH-015", "Mục III", "CT4.02", "Đồng ý chỉ tiêu 90% trường tiểu học đạt chuẩn quốc gia năm 2030."),
    C("HP-TH-016", "Mục IV, giải pháp 4, nhiệm vụ 3", "", "Từng bước đưa tiếng Anh thành ngôn ngữ thứ hai: đề nghị có lộ trình cụ thể cho tiểu học, bắt đầu từ các trường đã đạt chuẩn quốc gia như trường Hải Thành."),
    C("HP-TH-017", "", "NV1.04", "Truong tu thuc de nghi duoc thue dai han co so vat chat du thua cua truong cong lap sau sap xep."),
    C("HP-TH-018", "Mục IV", "NV3.04", "Thiết bị dạy học tối thiểu lớp 5 theo Thông tư 37/2021/TT-BGDĐT của trường mới đạt khoảng 60%, đề nghị ưu tiên cấp năm 2026."),
    C("HP-TH-001", "Mục IV", "NV1.02", "Đề xuất nhiệm vụ cụ thể: xây mới Trường Tiểu học Lê Chân 2 tại ô đất GD-03 khu đô thị Hồ Sen – Cầu Rào 2.\n- Mục tiêu: giảm sĩ số các trường Nguyễn Văn Trỗi, Dư Hàng Kênh xuống dưới 40 HS/lớp.\n- Sản phẩm: trường 30 lớp, 1.050 chỗ học.\n- Tiến độ: khởi công 2027, đưa vào sử dụng năm học 2029-2030.\n- Nguồn lực: khoảng 150 tỷ đồng vốn đầu tư công thành phố.\n- Trách nhiệm: UBND phường Lê Chân làm chủ đầu tư, Sở GDĐT thẩm định quy mô.",
      time="2027-2029", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-TH-002", "Phần thứ hai, mục II.1.b", "", "Phần thực trạng đội ngũ cần nêu rõ số giáo viên nghỉ hưu giai đoạn 2026-2030 để tính nhu cầu tuyển mới."),
    C("HP-TH-003", "Mục III", "CT3.05", "Tỷ lệ trường có đủ phòng học bộ môn 90% năm 2030 khó khả thi với trường nội thành: trường không còn đất, không còn phòng để chuyển đổi thành phòng bộ môn.",
      prop="Cho phép tính phòng đa chức năng (kết hợp Tin học – Tiếng Anh) vào tỷ lệ"),
    C("HP-TH-004", "", "NV4.04", "Giáo dục STEM cần có giáo viên được đào tạo bài bản, hiện mỗi trường chỉ có 1-2 người được tập huấn ngắn hạn.", plain=True),
    C("HP-TH-005", "Phần thứ hai", "", "Thống nhất với phần đánh giá thực trạng."),
    C("HP-TH-006", "Mục IV, nhiệm vụ 2.1", "NV2.01", "Đề nghị thực hiên tuyển dụng giáo viên Tiếng Anh, Tin học theo hình thức xét tuyển đặc cách cho sinh viên sư phạm tốt nghiệp loại giỏi, vì 2 đợt thi tuyển năm 2024, 2025 không đủ hồ sơ dự tuyển."),
    C("HP-TH-007", "Mục III", "CT4.06", "Chỉ tiêu hoàn thành chương trình tiểu học 99,9% năm 2030: trường đã đạt 100% nhiều năm, đề nghị giữ nguyên."),
    C("HP-TH-009", "Mục IV", "NV6.02", "Cơ chế tự chủ tài chính với trường tiểu học công lập hầu như không thực hiện được vì không có nguồn thu. Đề nghị Đề án đánh giá lại, không nên áp dụng chung cho mọi cấp học.",
      prop="Sửa nhiệm vụ 6.2: chỉ áp dụng với trường THPT, GDNN, ĐH"),
    C("HP-TH-010", "Mục IV", "NV3.06", "Trường An Dương chưa có giấy chứng nhận quyền sử dụng đất do vướng tranh chấp ranh giới với khu dân cư từ năm 2012, đề nghị UBND phường An Dương phối hợp giải quyết dứt điểm."),
    C("HP-TH-011", "Mục III", "CT5.01", "ok, chi tieu 100% truong dung phan mem quan tri va hoc ba so la kha thi."),
    C("HP-TH-012", "", "NV6.06", "Đề nghị nâng mức hỗ trợ tiền ăn bán trú cho học sinh tiểu học vùng khó khăn (nếu có) lên tương đương mầm non."),
    C("HP-TH-013", "Mục III", "CT1.08", "Sĩ số ở An Dương tăng nhanh do khu công nghiệp Tràng Duệ, VSIP; trường Hồng Phong đã lên 41 HS/lớp. Cụm đề nghị tách chỉ tiêu 1.8 theo khu vực như ý kiến của trường Nguyễn Văn Trỗi."),
    C("HP-TH-014", "Mục IV", "", "Đề nghị có giải pháp mạnh hơn về cơ sở vật chất."),
    C("HP-TH-015", "Mục IV", "NV4.06", "Bể bơi: đề nghị mỗi phường ít nhất 1 bể bơi dùng chung cho các trường, giao UBND phường quản lý, thu phí thấp cho học sinh."),
    C("HP-TH-016", "Mục III", "CT4.09", "Đồng ý chỉ tiêu kiểm định cấp độ 2 trở lên 85%, trường Hải Thành đã đạt cấp độ 3."),
    C("HP-TH-018", "Mục IV", "NV2.03", "Đề nghị bồi dưỡng giáo viên dạy Tin học và Công nghệ lớp 3-5, hiện giáo viên chủ nhiệm phải dạy thay mà chưa được đào tạo."),
    C("HP-TH-019", "Phụ lục 1", "", "Trường Thủy Đường được mời dự hội thảo cụm 1 vì giáp ranh An Dương, số liệu đã gửi cả cụm Thủy Nguyên.",
      note="HP-TH-019 is in the appendices of both cum-03 and cum-04 (duplicate institution code, identical rows)"),
    C("", "", "NV3.01", "UBND phường Kiến An đề nghị Sở GDĐT phối hợp rà soát lại các ô đất giáo dục trong quy hoạch phân khu, hiện 2 ô đất đã được giao cho dự án nhà ở.",
      unit="UBND phường Kiến An"),
    C("HP-TH-020", "", "", "Tham dự với tư cách khách mời, nhất trí với ý kiến của cụm.", unit="Trường Tiểu học Lê Văn Tám",
      note="Unit code HP-TH-020 is not in this cluster's appendices (belongs to cum-04)"),
    C("HP-TH-004", "Phụ lục 1", "", "Số liệu Phụ lục 1 của trường Vĩnh Niệm đã đối chiếu với cơ sở dữ liệu ngành, thống nhất."),
    C("HP-TH-005", "Mục IV", "NV5.05", "Bồi dưỡng năng lực số: đề nghị Sở tổ chức lớp theo nhóm tuổi, giáo viên trên 50 tuổi cần hướng dẫn trực tiếp tại trường."),
    C("HP-TH-009", "Mục III", "CT3.07", "Chỉ tiêu 95% trường có bếp ăn bán trú một chiều đạt chuẩn: trường Phù Liễn chưa có bếp, học sinh ăn suất ăn công nghiệp. Đề nghị xây bếp 2027.",
      time="2027"),
    C("HP-TH-011", "Mục IV", "NV8.04", "Phối hợp với Ban đại diện cha mẹ học sinh trong giáo dục kỹ năng an toàn giao thông."),
    C("HP-TH-015", "", "", "Thống nhất với ý kiến của cụm về chỉ tiêu sĩ số."),
    C("HP-TH-017", "Mục III", "CT1.10", "Chỉ tiêu 15% học sinh ngoài công lập năm 2030 phù hợp với nội thành."),
]
