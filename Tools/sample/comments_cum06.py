"""cum-06 — THCS khu vực Hải Dương cũ (DỮ LIỆU MẪU). UTF-16 LE + BOM, tab-delimited (Excel
"Unicode text"), also for the appendices and evidence list; header wording varies."""
from common import C

CLUSTER = dict(
    code="cum-06", level="thcs",
    name="Cụm chuyên môn THCS số 2 (Hải Dương – Thanh Hà – Tứ Kỳ – Gia Lộc – Ninh Giang)",
    host="HP-THCS-018", workshop_date="2026-02-04", received_at="2026-02-06T11:05:00+07:00",
    data_cutoff="2025-10",
    communes=["Hải Dương", "Lê Thanh Nghị", "Tân Hưng", "Thành Đông", "Thanh Hà", "Tứ Kỳ", "Gia Lộc",
              "Ninh Giang", "Thanh Miện", "Bình Giang", "Cẩm Giàng", "Nam Sách"],
    gop_y="csv", csv_encoding="utf-16-le-bom", csv_delimiter="\t", appendix="csv",
    appendix_style="plain", minh_chung="csv", bien_ban="docx", gop_y_pdf=True,
    headers={"Đơn vị góp ý": "Đơn vị", "Nội dung góp ý": "NOI DUNG GOP Y"},
)

INSTITUTIONS = """
HP-THCS-018 | Trường THCS Lê Quý Đôn | Hải Dương | Công lập
HP-THCS-019 | Trường THCS Võ Thị Sáu | Hải Dương | Công lập
HP-THCS-020 | Trường THCS Nguyễn Trãi | Lê Thanh Nghị | Công lập
HP-THCS-021 | Trường THCS Ngô Gia Tự | Tân Hưng | Công lập
HP-THCS-022 | Trường THCS Thạch Khôi | Thành Đông | Công lập
HP-THCS-023 | Trường THCS Thanh Hà | Thanh Hà | Công lập
HP-THCS-024 | Trường THCS Hà Đông | Thanh Hà | Công lập
HP-THCS-025 | Trường THCS Tứ Kỳ | Tứ Kỳ | Công lập
HP-THCS-026 | Trường THCS Nguyên Giáp | Tứ Kỳ | Công lập
HP-THCS-027 | Trường THCS Gia Lộc | Gia Lộc | Công lập
HP-THCS-028 | Trường THCS Yết Kiêu | Gia Lộc | Công lập
HP-THCS-029 | Trường THCS Ninh Giang | Ninh Giang | Công lập
HP-THCS-030 | Trường THCS Hồng Dụ | Ninh Giang | Công lập
HP-THCS-031 | Trường THCS Thanh Miện | Thanh Miện | Công lập
HP-THCS-032 | Trường THCS Bình Giang | Bình Giang | Công lập
HP-THCS-033 | Trường THCS Cẩm Giàng | Cẩm Giàng | Công lập
HP-THCS-034 | Trường THCS Nam Sách | Nam Sách | Công lập
"""

OVERRIDES = {
    "HP-THCS-018": dict(so_lop=24, hoc_sinh=1080, hsg=60, dat_chuan="Có", kiem_dinh="Cấp độ 3"),
    "HP-THCS-020": dict(so_lop=19, hoc_sinh=850, dien_tich=7800),
    "HP-THCS-023": dict(phong_tam=2, ban_kien_co=1),
    "HP-THCS-026": dict(so_lop=8, hoc_sinh=290, cong_suat=450),
    "HP-THCS-028": dict(gv_dat_chuan="all"),
    "HP-THCS-029": dict(so_lop=20, thieu_gv=4),
    "HP-THCS-031": dict(so_lop=16, thieu_gv=-3),
    "HP-THCS-033": dict(dat_chuan="Không", kiem_dinh="Cấp độ 1"),
}

COMMENTS = [
    C("HP-THCS-018", "Mục III", "CT1.09", "Cụm THCS số 2 thống nhất với chỉ tiêu 42 HS/lớp THCS năm 2030; bình quân của cụm hiện 39,7 HS/lớp, chỉ 4 trường ở các phường trung tâm trên 44.",
      basis="Phụ lục 1 của 17 trường", note="Disagrees with cum-05 on CT1.09 (cum-05 proposes 45 for the inner city)"),
    C("HP-THCS-018", "Phụ lục 4", "NV4.05", "Trường Lê Quý Đôn năm học 2024-2025 có 60 giải học sinh giỏi cấp thành phố, là nguồn tuyển chính cho THPT chuyên Nguyễn Trãi. Đề nghị Đề án giữ mô hình trường THCS trọng điểm chất lượng cao ở khu vực Hải Dương.",
      basis="Phụ lục 4"),
    C("HP-THCS-019", "", "", "Nhat tri voi du thao De an."),
    C("HP-THCS-020", "Phụ lục 3", "CT3.06", "Trường Nguyễn Trãi có diện tích 7.800 m², 850 HS, bình quân khoảng 9,2 m²/HS, đạt yêu cầu khu vực đô thị. Số liệu Phụ lục 3 chính xác.",
      basis="Phụ lục 3; Giấy chứng nhận QSDĐ"),
    C("HP-THCS-021", "Mục III", "CT6.01", "Đề nghị nâng chỉ tiêu tỷ lệ học sinh sau tốt nghiệp THCS vào GDNN, GDTX lên 45% vì nhu cầu lao động kỹ thuật của các khu công nghiệp Tân Trường, Đại An, Lai Vu rất lớn; năm 2025 tỷ lệ của cụm đã đạt 33%.",
      val="45%", basis="Báo cáo phân luồng năm 2025 của cụm", cond="Các trường trung cấp, cao đẳng mở thêm lớp 9+ gần khu công nghiệp", time="2030",
      note="Disagrees with cum-05 on CT6.01 (cum-05 proposes 35%)"),
    C("HP-THCS-022", "Mục IV", "NV7.02", "Tu van huong nghiep can co giao vien chuyen trach, hien giao vien chu nhiem kiem nhiem, khong du chuyen mon."),
    C("HP-THCS-023", "Phụ lục 3", "NV3.03", "Trường THCS Thanh Hà còn 2 phòng học tạm và 1 phòng bán kiên cố, dùng cho lớp 6. Đề nghị xóa phòng tạm trong năm 2026-2027 với khoảng 4,2 tỷ đồng.",
      basis="Phụ lục 3", time="2027"),
    C("HP-THCS-024", "Mục III", "CT4.03", "Chỉ tiêu 85% trường THCS đạt chuẩn quốc gia là thấp, khu vực cụm đã đạt 82% năm 2025. Đề nghị 90%.",
      val="90%", basis="Báo cáo kiểm định, công nhận chuẩn năm học 2024-2025", time="2030"),
    C("HP-THCS-025", "", "", "De an nen co giai phap cu the hon."),
    C("HP-THCS-026", "Mục IV", "NV1.03", "Trường Nguyên Giáp chỉ 8 lớp, 290 HS nhưng không nên sáp nhập vì cách trường Tứ Kỳ 9 km, học sinh đi xe đạp qua quốc lộ 391 rất nguy hiểm. Đề nghị giữ trường, có thể gộp tổ chuyên môn liên trường.",
      basis="Phụ lục 1"),
    C("HP-THCS-027", "Mục IV", "NV2.05", "Điều động giáo viên thừa thiếu giữa các xã cần thực hiện ngay năm 2026, giao Sở GDĐT chủ trì."),
    C("HP-THCS-028", "Mục III", "CT2.03", "Dong y chi tieu 2.3, truong Yet Kieu da dat 100% GV dat chuan."),
    C("HP-THCS-029", "Phụ lục 2", "CT2.05", "Trường THCS Ninh Giang 20 lớp, định mức 38 giáo viên nhưng có 34, thiếu 4 (Toán 1, KHTN 2, Tin 1).",
      basis="Phụ lục 2; Thông tư 20/2023/TT-BGDĐT"),
    C("HP-THCS-030", "", "NV6.06", "Đề nghị hỗ trợ bữa ăn bán trú cho học sinh THCS vùng bãi ven sông Luộc."),
    C("HP-THCS-031", "Phụ lục 2", "NV2.05", "Trường Thanh Miện thừa 3 giáo viên (2 Ngữ văn, 1 Lịch sử) so với định mức do số lớp giảm, trong khi trường Ninh Giang thiếu. Đề nghị Sở điều chuyển ngay trong năm học 2026-2027.",
      basis="Phụ lục 2", time="Năm học 2026-2027"),
    C("HP-THCS-032", "Mục III, nhóm 5", "CT5.01", "Đồng ý 100% trường dùng phần mềm quản trị và học bạ số."),
    C("HP-THCS-033", "Phụ lục 4", "CT4.03", "Trường THCS Cẩm Giàng đã đạt chuẩn quốc gia mức độ 1 năm 2022, đề nghị ghi nhận trong Phụ lục 4.",
      note="CONTRADICTS appendix: PL4 of HP-THCS-033 shows Đạt chuẩn quốc gia = Không"),
    C("HP-THCS-034", "Mục IV", "NV4.06", "Đề nghị bổ sung chương trình sữa học đường cho học sinh THCS như mầm non, tiểu học."),
    C("HP-THCS-018", "Mục IV", "NV5.04", "Đề xuất bổ sung nhiệm vụ \"Xây dựng hệ thống kiểm tra, đánh giá trên máy tính cho kỳ khảo sát chất lượng lớp 9 toàn thành phố\":\n- Rõ việc: xây ngân hàng câu hỏi chuẩn hóa 3 môn Toán, Ngữ văn, Tiếng Anh; tổ chức khảo sát trên máy tính.\n- Rõ mục tiêu: đánh giá khách quan, so sánh được giữa các trường để điều chỉnh dạy học.\n- Rõ sản phẩm: ngân hàng 6.000 câu hỏi đã thẩm định; phần mềm thi; báo cáo phân tích kết quả hằng năm.\n- Rõ tiến độ: 2026 xây ngân hàng, thí điểm học kỳ II năm học 2026-2027, triển khai toàn thành phố từ 2027-2028.\n- Rõ nguồn lực: 3,2 tỷ đồng sự nghiệp giáo dục; 60 giáo viên cốt cán.\n- Rõ trách nhiệm: Sở GDĐT (phòng Giáo dục Trung học) chủ trì; các trường THCS thực hiện.",
      time="2026-2028", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-THCS-019", "Phần thứ hai, mục II.1.e", "", "Hạ tầng số của trường: 1 phòng máy 40 máy, Internet 100 Mbps, 100% phòng học có tivi kết nối. Khó khăn là thiếu nhân viên công nghệ thông tin chuyên trách."),
    C("HP-THCS-020", "Mục IV", "NV2.03", "Boi duong giao vien STEM: de nghi moi cum co 1 trung tam STEM dung chung, giao vien cac truong luan phien su dung."),
    C("HP-THCS-021", "Phụ lục 1", "", "Trường Ngô Gia Tự có học sinh là con công nhân ở trọ, biến động lớn trong năm, số liệu Phụ lục 1 là số tại tháng 10/2025."),
    C("HP-THCS-022", "Mục III", "CT3.08", "Chỉ tiêu 75% trường phổ thông có nhà đa năng năm 2030: khu vực nông thôn cụm mới đạt khoảng 40%, để đạt 75% cần khoảng 8 tỷ đồng/nhà, đề nghị nêu rõ nguồn vốn.",
      cond="Vốn đầu tư công trung hạn 2026-2030"),
    C("HP-THCS-023", "", "", "Nhất trí với ý kiến của trường Lê Quý Đôn về chỉ tiêu sĩ số."),
    C("HP-THCS-024", "Mục IV", "NV4.02", "Cần hỗ trợ kinh phí đánh giá ngoài và sửa chữa nhỏ để các trường duy trì chuẩn quốc gia sau 5 năm công nhận lại."),
    C("HP-THCS-025", "Mục IV, nhóm giải pháp 3", "NV3.04", "Trường Tứ Kỳ thiếu phòng bộ môn Khoa học tự nhiên và Công nghệ; theo Thông tư 14/2020/TT-BGDĐT trường hạng I cần 2 phòng KHTN, hiện chỉ có 1."),
    C("HP-THCS-026", "", "NV6.03", "Xã hội hóa ở vùng nông thôn khó thực hiện, đề nghị không giao chỉ tiêu huy động xã hội hóa cho các trường vùng nông thôn."),
    C("HP-THCS-027", "Phần thứ ba", "", "Đề nghị Đề án có bảng phân công trách nhiệm rõ cho từng sở, ngành và UBND xã, phường."),
    C("HP-THCS-028", "Mục IV", "NV8.04", "Phoi hop gia dinh - nha truong: de nghi trien khai so lien lac dien tu mien phi cho phu huynh, khong thu tien."),
    C("HP-THCS-029", "Mục IV", "NV2.01", "Ủng hộ tuyển dụng bổ sung giáo viên, đề nghị ưu tiên môn Khoa học tự nhiên vì thiếu nhiều nhất."),
    C("HP-THCS-030", "Mục III", "CT4.11", "Học sinh biết bơi: trường Hồng Dụ ven sông, đã đạt 85%. Đề nghị nâng chỉ tiêu vùng ven sông lên 95%.",
      val="95%"),
    C("HP-THCS-031", "Mục IV", "NV7.02", "Đề xuất liên kết với Trường Cao đẳng nghề khu vực mở lớp 9+ ngay tại trường THCS Thanh Miện, tận dụng phòng học dôi dư."),
    C("HP-THCS-032", "Mục IV", "NV3.06", "Trường Bình Giang chưa được cấp giấy chứng nhận quyền sử dụng đất do hồ sơ từ trước năm 2000 bị thất lạc."),
    C("HP-THCS-034", "", "NV5.05", "Đề nghị bồi dưỡng năng lực số cho giáo viên theo hình thức trực tuyến, có chứng nhận, không tập trung vào ngày nghỉ."),
    C("", "Mục IV", "NV3.01", "Phòng Văn hóa - Xã hội xã Tứ Kỳ xác nhận xã có 6.000 m² đất công ích có thể chuyển đổi cho giáo dục, đang chờ ý kiến của thành phố.",
      unit="Phòng Văn hóa - Xã hội xã Tứ Kỳ"),
    C("HP-THCS-033", "Mục IV", "NV4.02", "De nghi ho tro truong THCS Cam Giang hoan thien ho so cong nhan lai chuan quoc gia nam 2026."),
    C("HP-THCS-019", "Mục III", "CT2.08", "Trường Võ Thị Sáu có 3 giáo viên Tiếng Anh chưa đạt B2, đang học, dự kiến đạt năm 2027."),
    C("HP-THCS-021", "Mục IV", "NV1.02", "Phường Tân Hưng có 2 khu nhà ở công nhân mới, đề nghị quy hoạch thêm 1 trường THCS 30 lớp trước năm 2030."),
    C("HP-THCS-024", "", "", "Nhat tri."),
    C("HP-THCS-030", "Mục IV", "NV3.05", "Đề nghị đầu tư bể bơi cho trường Hồng Dụ bằng nguồn xã hội hóa kết hợp ngân sách xã."),
]
