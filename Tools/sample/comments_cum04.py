"""cum-04 — Tiểu học (Thủy Nguyên – Cát Hải – Bạch Long Vĩ) (DỮ LIỆU MẪU).
CSV `;`-delimited UTF-8; header wording varies; dossier LATE (received 07/02/2026)."""
from common import C

CLUSTER = dict(
    code="cum-04", level="tieu_hoc",
    name="Cụm chuyên môn Tiểu học số 2 (Thủy Nguyên – Cát Hải – Bạch Long Vĩ)",
    host="HP-TH-021", workshop_date="2026-02-05", received_at="2026-02-07T08:40:00+07:00",
    data_cutoff="2025-10",
    communes=["Thủy Nguyên", "Lưu Kiếm", "Bạch Đằng", "Việt Khê", "Cát Hải", "Bạch Long Vĩ"],
    gop_y="csv", csv_encoding="utf-8", csv_delimiter=";", appendix="csv", appendix_style="vn",
    minh_chung="csv", bien_ban="pdf", gop_y_pdf=True,
    headers={"Nội dung góp ý": "Ý kiến góp ý", "Mã đơn vị": "Mã trường"},
    dossier_defects={"late": "ho-so.toml received_at = 2026-02-07T08:40:00+07:00, after the "
                             "cluster deadline 2026-02-06T17:00:00+07:00 (15 h 40 min late)"},
)

INSTITUTIONS = """
HP-TH-019 | Trường Tiểu học Thủy Đường | Thủy Nguyên | Công lập
HP-TH-020 | Trường Tiểu học Lê Văn Tám | Thủy Nguyên | Công lập
HP-TH-021 | Trường Tiểu học Núi Đèo | Thủy Nguyên | Công lập
HP-TH-022 | Trường Tiểu học Thủy Sơn | Thủy Nguyên | Công lập
HP-TH-023 | Trường Tiểu học Hoa Động | Thủy Nguyên | Công lập
HP-TH-024 | Trường Tiểu học Hoàng Động | Thủy Nguyên | Công lập
HP-TH-025 | Trường Tiểu học Minh Tân | Lưu Kiếm | Công lập
HP-TH-026 | Trường Tiểu học Liên Khê | Lưu Kiếm | Công lập
HP-TH-027 | Trường Tiểu học Lại Xuân | Việt Khê | Công lập
HP-TH-028 | Trường Tiểu học Kỳ Sơn | Việt Khê | Công lập
HP-TH-029 | Trường Tiểu học Tam Hưng | Bạch Đằng | Công lập
HP-TH-030 | Trường Tiểu học Ngũ Lão | Bạch Đằng | Công lập
HP-TH-031 | Trường Tiểu học Cát Bà | Cát Hải | Công lập
HP-TH-032 | Trường Tiểu học Cát Hải | Cát Hải | Công lập
HP-TH-033 | Trường Tiểu học Văn Phong | Cát Hải | Công lập
HP-TH-034 | Trường Tiểu học Việt Hải | Cát Hải | Công lập
HP-TH-035 | Trường Tiểu học và THCS Bạch Long Vĩ | Bạch Long Vĩ | Công lập
HP-TH-036 | Trường Tiểu học Phục Lễ | Thủy Nguyên | Công lập
"""

OVERRIDES = {
    "HP-TH-021": dict(so_lop=34, hoc_sinh=1428, cong_suat=1190),
    "HP-TH-022": dict(dat_bo_sung=3000, du_an="Đã phê duyệt", von=45_000_000_000),
    "HP-TH-026": dict(cong_suat=840),
    "HP-TH-027": dict(so_lop=20, thieu_gv=4),
    "HP-TH-031": dict(phong_tam=2, ban_kien_co=1),
    "HP-TH-033": dict(dat_chuan="Không", phong_cn=2),
    "HP-TH-034": dict(so_lop=5, hoc_sinh=38, cong_suat=175, dinh_muc=8, giao_vien=7, gv_dat_chuan=6, phong_tam=0, ban_kien_co=0, so_phong=6),
    "HP-TH-035": dict(so_lop=5, hoc_sinh=62, cong_suat=140, dinh_muc=8, giao_vien=6, gv_dat_chuan=6, phong_tam=0),
}

COMMENTS = [
    C("HP-TH-021", "Mục III", "CT1.08", "Cụm Thủy Nguyên – Cát Hải thống nhất giữ chỉ tiêu 35 HS/lớp năm 2030. Bình quân của cụm hiện 36,8 HS/lớp; các trường ở đặc khu Cát Hải, Bạch Long Vĩ đều dưới 35, các trường ở Thủy Nguyên, Bạch Đằng từ 36 đến 42 HS/lớp và sẽ giảm khi trường Thủy Sơn mở rộng xong.",
      basis="Phụ lục 1 của 18 trường trong cụm", note="Disagrees with cum-03 on CT1.08 (cum-03 proposes 38 for urban wards)"),
    C("HP-TH-021", "Phụ lục 1", "", "Trường Núi Đèo 34 lớp, 1.428 HS, vượt công suất 1.190 HS. Trường đã dùng cả phòng thư viện làm lớp học."),
    C("HP-TH-022", "Phụ lục 3", "NV3.03", "Dự án mở rộng trường Thủy Sơn (3.000 m², 45 tỷ đồng) đã được phê duyệt năm 2025 nhưng chưa bố trí vốn năm 2026. Đề nghị ưu tiên bố trí vốn để khởi công trong năm 2026.",
      basis="Quyết định phê duyệt dự án (minh chứng kèm theo)", time="2026"),
    C("HP-TH-023", "", "", "Nhất trí cao với dự thảo Đề án."),
    C("HP-TH-024", "Mục IV", "NV4.03", "Giáo viên tiếng Anh của trường chủ yếu là hợp đồng, đề nghị Đề án có giải pháp về biên chế cho môn này trước khi đặt mục tiêu tiếng Anh là ngôn ngữ thứ hai."),
    C("HP-TH-025", "Mục III", "CT4.11", "Cụm đề nghị nâng chỉ tiêu học sinh biết bơi lên 90% năm 2030 do địa bàn sông nước, ven biển, nguy cơ đuối nước cao.",
      val="90%", basis="Năm 2025 cụm đạt 68% (báo cáo kết quả phổ cập bơi hè 2025)", cond="Mỗi xã, phường, đặc khu có 1 bể bơi di động", time="2030",
      note="Disagrees with cum-03 on CT4.11 (cum-03 proposes 65%)"),
    C("HP-TH-026", "", "NV2.05", "Không nên điều động giáo viên từ Lưu Kiếm ra Cát Hải nếu không có chế độ nhà công vụ, phụ cấp đi lại."),
    C("HP-TH-027", "Phụ lục 2", "CT2.05", "Trường Lại Xuân hiện đủ giáo viên theo định mức, không có kiến nghị về đội ngũ.",
      note="CONTRADICTS appendix: PL2 of HP-TH-027 shows 4 teachers fewer than Định mức giáo viên"),
    C("HP-TH-028", "Mục IV, giai phap 3, nhiem vu 4", "", "Thiet bi day hoc lop 4, lop 5 cua truong moi dat khoang 55% danh muc toi thieu, de nghi cap bo sung truoc nam hoc 2026-2027."),
    C("HP-TH-029", "Mục III", "CT3.02", "Đồng ý 100% phòng học kiên cố cấp tiểu học năm 2030."),
    C("HP-TH-030", "Mục IV", "NV5.01", "Đường truyền Internet của trường chỉ 30 Mbps cho 29 phòng học và phòng máy, thường xuyên mất kết nối khi kiểm tra trực tuyến.",
      prop="Ưu tiên nâng cấp đường truyền cáp quang 300 Mbps trong năm 2026"),
    C("HP-TH-031", "Phụ lục 3", "CT3.04", "Trường Tiểu học Cát Bà còn 2 phòng học tạm và 1 phòng bán kiên cố bị ảnh hưởng sau bão số 3 năm 2024, tường nứt, mái hỏng. Đề nghị ưu tiên kinh phí khắc phục.",
      basis="Biên bản kiểm tra thiệt hại sau bão (kèm theo)"),
    C("HP-TH-032", "", "NV1.06", "Đồng ý chủ trương phát triển trường liên cấp, bán trú tại đặc khu Cát Hải."),
    C("HP-TH-033", "Mục III", "CT4.02", "Chỉ tiêu 90% trường tiểu học đạt chuẩn quốc gia năm 2030 quá cao với đặc khu: trường Văn Phong chỉ có 2 phòng chức năng, chưa có nhà đa năng, không có quỹ đất mở rộng vì nằm trong khu bảo tồn.",
      prop="Giao chỉ tiêu riêng cho đặc khu Cát Hải, Bạch Long Vĩ: 80%; toàn thành phố 85%", val="85%", basis="Phụ lục 3, Phụ lục 4",
      note="Disagrees with cum-03 (cum-03 agrees to CT4.02 = 90%)"),
    C("HP-TH-034", "Phụ lục 1", "NV1.03", "Trường Việt Hải có 5 lớp, 38 học sinh, phải dạy lớp ghép. Làng Việt Hải chỉ đi lại bằng thuyền và đường bộ hẹp, không thể sáp nhập vào trường Cát Bà. Đề nghị Đề án giữ trường và có chính sách riêng cho trường quy mô nhỏ vùng đảo.",
      basis="Phụ lục 1"),
    C("HP-TH-035", "Phụ lục 2", "NV2.04", "Trường TH&THCS Bạch Long Vĩ có 5 lớp tiểu học, 62 HS, thiếu 2 giáo viên so với định mức; giáo viên luân phiên từ đất liền ra đảo 6 tháng/đợt, tàu ra đảo 2 chuyến/tuần, bị hủy khi biển động.",
      prop="Bổ sung chế độ phụ cấp thu hút, nhà công vụ và hỗ trợ vé tàu cho giáo viên ra đảo", basis="Phụ lục 2; Nghị định 76/2019/NĐ-CP"),
    C("HP-TH-036", "", "", "Đề án cần quan tâm hơn nữa đến vùng khó khăn."),
    C("HP-TH-019", "Phụ lục 1", "", "Số liệu Phụ lục của trường Thủy Đường đã gửi cả cụm 1 và cụm 2, đề nghị Phòng GDMN&TH chỉ tính một lần."),
    C("HP-TH-035", "Mục IV, nhóm giải pháp 1", "NV1.06", "Đề xuất bổ sung nhiệm vụ: \"Xây dựng khu nội trú giáo viên và học sinh tại đặc khu Bạch Long Vĩ\".\n+ Việc: xây nhà công vụ 12 phòng cho giáo viên và khu bán trú 40 chỗ cho học sinh.\n+ Mục tiêu: giáo viên yên tâm công tác tối thiểu 2 năm, giảm luân chuyển 6 tháng/lần, bảo đảm 100% trẻ 6-14 tuổi trên đảo đi học.\n+ Sản phẩm: 01 nhà công vụ 12 phòng, 01 khu bán trú 40 chỗ, bếp ăn.\n+ Tiến độ: khởi công 2027, hoàn thành tháng 8/2028.\n+ Nguồn lực: 28 tỷ đồng ngân sách thành phố, lồng ghép vốn Chương trình mục tiêu biển đảo.\n+ Trách nhiệm: UBND đặc khu Bạch Long Vĩ chủ đầu tư; Sở GDĐT, Sở Tài chính phối hợp.",
      time="2027-2028", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-TH-031", "Mục IV", "NV2.04", "Phụ cấp thu hút cho giáo viên tại Cát Hải hiện không còn do đặc khu không thuộc danh mục xã đặc biệt khó khăn. Đề nghị thành phố ban hành chính sách riêng, mức tối thiểu 30% lương cơ bản.",
      val="30% lương cơ bản"),
    C("HP-TH-032", "Mục III, nhóm 5", "CT5.05", "Chỉ tiêu 100% trường có cáp quang 100 Mbps: Bạch Long Vĩ và các điểm trường Việt Hải hiện chưa có cáp quang, chỉ có 4G. Đề nghị ghi rõ điều kiện: nhà mạng kéo cáp quang biển hoặc dùng vệ tinh.",
      cond="Nhà mạng đầu tư hạ tầng; ngân sách hỗ trợ thuê bao vệ tinh"),
    C("HP-TH-020", "", "", "Thong nhat voi y kien cua cum."),
    C("HP-TH-022", "Mục IV", "NV3.01", "Đề nghị bổ sung vào nhiêm vụ 3.1: quy hoạch đất trường tiểu học tại khu đô thị Bắc Sông Cấm, dự báo thêm 2.000 học sinh tiểu học đến năm 2030."),
    C("HP-TH-023", "Phần thứ hai, mục II.1.e", "", "Giáo viên tiểu học nhiều tuổi còn hạn chế về kỹ năng số, việc nhập điểm, nhận xét trên phần mềm chủ yếu nhờ giáo viên trẻ làm hộ."),
    C("HP-TH-024", "Mục III", "chỉ tiêu 2.8", "Chỉ tiêu 2.8 (100% giáo viên ngoại ngữ đạt chuẩn năng lực) là phù hợp, trường có 3/3 giáo viên đạt B2 trở lên."),
    C("HP-TH-025", "Mục IV", "NV4.06", "Đề xuất thành phố hỗ trợ mỗi phường, xã ven sông 1 bể bơi di động (khoảng 450 triệu đồng/bể) để dạy bơi trong hè.",
      prop="Bổ sung nguồn lực vào nhiệm vụ 4.6"),
    C("HP-TH-026", "Mục IV", "NV6.01", "Chi ngân sách cho giáo dục tối thiểu 20% là quy định chung, Đề án nên nêu tỷ lệ chi cho đầu tư phát triển và chi thường xuyên riêng để biết có đủ cho mục tiêu xóa phòng tạm hay không."),
    C("HP-TH-028", "", "", "Đồng ý."),
    C("HP-TH-029", "Mục IV", "NV2.06", "Nên bồi dưỡng hiệu trưởng về quản trị tài chính, vì trường phải tự xây dựng quy chế chi tiêu nội bộ mà nhiều hiệu trưởng chưa được học."),
    C("HP-TH-030", "Mục III", "CT3.09", "Chỉ tiêu 100% trường đủ thiết bị tối thiểu năm 2030 là cần nhưng cần kèm kế hoạch thay thế thiết bị hỏng hằng năm, nếu không sau 3-4 năm lại thiếu.",
      prop="Bổ sung điều kiện: bố trí kinh phí bảo trì thiết bị 5% giá trị/năm", cond="Kinh phí bảo trì 5%/năm", time="2030"),
    C("HP-TH-033", "Mục IV", "NV3.04", "Ưu tiên xây phòng chức năng cho trường Văn Phong để đủ điều kiện công nhận chuẩn quốc gia năm 2028."),
    C("HP-TH-036", "Mục IV", "NV8.04", "Nên phát huy vai trò của Ban đại diện cha mẹ học sinh trong phối hợp giáo dục, tuy nhiên cần quy định rõ để tránh lạm thu."),
    C("", "Mục IV", "NV1.06", "UBND đặc khu Bạch Long Vĩ thống nhất đề xuất xây khu nội trú của trường TH&THCS Bạch Long Vĩ, sẵn sàng bố trí 2.000 m² đất cạnh trường.",
      unit="UBND đặc khu Bạch Long Vĩ"),
    C("", "", "", "Cụm đề nghị Sở thông cảm vì hồ sơ gửi chậm do thời tiết, tàu từ Bạch Long Vĩ vào đất liền bị hoãn 2 ngày.",
      unit="Trường Tiểu học Núi Đèo (trường chủ trì cụm)"),
    C("HP-TH-025", "Phần thứ hai, mục II.1.a", "", "Mạng lưới trường tiểu học ở Lưu Kiếm phân bố hợp lý, bán kính dưới 2 km, không có điểm quá tải."),
    C("HP-TH-026", "Mục III", "CT4.09", "Chỉ tiêu 4.9 (85% cơ sở đạt kiểm định cấp độ 2 trở lên) phù hợp, trường Liên Khê đang đăng ký đánh giá ngoài cấp độ 2 năm 2026."),
    C("HP-TH-027", "Mục IV", "NV6.06", "Hoc sinh xa Viet Khe nhieu em an ban tru, de nghi ho tro tien an 15.000 dong/ngay cho hoc sinh ho ngheo, can ngheo."),
    C("HP-TH-029", "Phụ lục 3", "", "Trường Tam Hưng đã hoàn thành xây dựng nhà đa năng năm 2025, đề nghị cập nhật vào phần thực trạng."),
    C("HP-TH-030", "", "NV4.01", "Đề nghị giảm hồ sơ sổ sách cho giáo viên tiểu học, chuyển sang hồ sơ điện tử toàn bộ."),
    C("HP-TH-032", "Mục III", "CT1.04", "Dong y chi tieu 100% tre 6-10 tuoi di hoc dung do tuoi."),
    C("HP-TH-034", "Mục IV", "NV2.05", "Đề nghị biệt phái giáo viên Tiếng Anh, Tin học dạy liên trường giữa Cát Bà và Việt Hải, có phụ cấp đi lại bằng tàu."),
    C("HP-TH-036", "Mục III", "CT5.01", "Trường Phục Lễ đã dùng học bạ số lớp 1-4, đồng ý chỉ tiêu 5.1."),
]
