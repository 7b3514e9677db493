"""cum-02 — Mầm non, khu vực Hải Dương cũ (DỮ LIỆU MẪU). CSV UTF-8 with BOM; minutes as docx."""
from common import C

CLUSTER = dict(
    code="cum-02", level="mam_non",
    name="Cụm chuyên môn Mầm non số 2 (Hải Dương – Chí Linh – Kinh Môn – Nam Sách – Thanh Hà)",
    host="HP-MN-019", workshop_date="2026-02-03", received_at="2026-02-06T15:45:00+07:00",
    data_cutoff="2025-10",
    communes=["Hải Dương", "Lê Thanh Nghị", "Tân Hưng", "Thành Đông", "Chí Linh", "Kinh Môn",
              "Nam Sách", "Thanh Hà", "Kim Thành", "Cẩm Giàng"],
    gop_y="csv", csv_encoding="utf-8-sig", appendix="csv", appendix_style="vn", minh_chung="csv",
    bien_ban="docx", gop_y_pdf=True,
)

INSTITUTIONS = """
HP-MN-019 | Trường Mầm non Hoa Sữa | Hải Dương | Công lập
HP-MN-020 | Trường Mầm non Thanh Bình | Hải Dương | Công lập
HP-MN-021 | Trường Mầm non Lê Thanh Nghị | Lê Thanh Nghị | Công lập
HP-MN-022 | Trường Mầm non Tân Hưng | Tân Hưng | Công lập
HP-MN-023 | Trường Mầm non Việt Hòa | Thành Đông | Công lập
HP-MN-024 | Trường Mầm non Sao Đỏ | Chí Linh | Công lập
HP-MN-025 | Trường Mầm non Cộng Hòa | Chí Linh | Công lập
HP-MN-026 | Trường Mầm non Hiến Thành | Kinh Môn | Công lập
HP-MN-027 | Trường Mầm non Minh Tân | Kinh Môn | Công lập
HP-MN-028 | Trường Mầm non Nam Sách | Nam Sách | Công lập
HP-MN-029 | Trường Mầm non An Lâm | Nam Sách | Công lập
HP-MN-030 | Trường Mầm non Thanh Hà | Thanh Hà | Công lập
HP-MN-031 | Trường Mầm non Thanh Hồng | Thanh Hà | Công lập
HP-MN-032 | Trường Mầm non Kim Thành | Kim Thành | Công lập
HP-MN-033 | Trường Mầm non Phú Thái | Kim Thành | Công lập
HP-MN-034 | Trường Mầm non Cẩm Giàng | Cẩm Giàng | Công lập
HP-MN-035 | Trường Mầm non tư thục Hoa Thủy Tiên | Hải Dương | Tư thục
HP-MN-036 | Trường Mầm non tư thục Little Star | Thành Đông | Tư thục
"""

OVERRIDES = {
    "HP-MN-021": dict(so_lop=15, hoc_sinh=510, cong_suat=420, du_bao=560),
    "HP-MN-024": dict(dat_bo_sung=2500, du_an="Chưa có", von=0),
    "HP-MN-026": dict(so_lop=14, hoc_sinh=400, du_bao=505),
    "HP-MN-028": dict(dat_chuan="Có", kiem_dinh="Cấp độ 3"),
    "HP-MN-030": dict(so_lop=12, hoc_sinh=290, phong_tam=3, ban_kien_co=2, kien_co=7),
    "HP-MN-031": dict(phong_tam=2, thieu_gv=3),
    "HP-MN-032": dict(thieu_gv=0),
    "HP-MN-033": dict(so_lop=12, hoc_sinh=320, du_bao=420, cong_suat=330),
}

COMMENTS = [
    C("HP-MN-019", "Mục III", "CT1.01", "Cụm thống nhất đề nghị nâng chỉ tiêu huy động trẻ nhà trẻ lên 55% năm 2030. Khu vực Hải Dương, Nam Sách, Kim Thành có nhiều khu công nghiệp, nhu cầu gửi trẻ dưới 3 tuổi của công nhân rất lớn, nhiều nhóm trẻ tư thục tự phát không bảo đảm an toàn.",
      val="55%", basis="Số liệu điều tra phổ cập tháng 9/2025: tỷ lệ trẻ nhà trẻ ra lớp khu vực này đạt 44,2%",
      cond="Mở thêm nhóm trẻ tại trường công lập gần khu công nghiệp; hỗ trợ nhóm trẻ độc lập đạt chuẩn", time="2030",
      note="Disagrees with cum-01 on CT1.01 (cum-01 proposes 45% for the inner city)"),
    C("HP-MN-019", "Phụ lục 1", "", "Số liệu Phụ lục 1 của trường Hoa Sữa đã khớp với báo cáo thống kê đầu năm, không có ý kiến bổ sung."),
    C("HP-MN-020", "", "", "Nhất trí với nội dung dự thảo."),
    C("HP-MN-021", "Phần thứ hai, mục II.1.a", "CT1.07", "Trường Lê Thanh Nghị hiện có 510 trẻ/15 lớp, bình quân 34 trẻ/lớp, vượt công suất thiết kế (420 trẻ) 90 cháu. Dự báo năm 2030 lên 560 trẻ do khu đô thị phía Tây phát triển. Nếu không xây thêm phòng thì chỉ tiêu 28 trẻ/lớp không thực hiện được tại trường.",
      prop="Đề nghị xây thêm 6 phòng học tại khu đất phía sau trường", basis="Phụ lục 1"),
    C("HP-MN-022", "Mục IV, giải pháp 6", "NV6.06", "Nhiều phụ huynh là công nhân, thu nhập thấp. Đề nghị mức hỗ trợ tiền ăn trưa cho trẻ là con công nhân khu công nghiệp tối thiểu 240.000 đồng/tháng, 9 tháng/năm học.",
      val="240.000 đ/trẻ/tháng"),
    C("HP-MN-023", "Mục III", "CT1.07", "Cụm đồng ý chỉ tiêu 28 trẻ/lớp mầm non vào năm 2030 là phù hợp với khu vực Hải Dương cũ."),
    C("HP-MN-024", "Phụ lục 3", "NV3.01", "Trường Sao Đỏ đã được quy hoạch thêm 2.500 m² đất liền kề nhưng chưa có dự án, chưa có vốn. Đề nghị Đề án đưa vào danh mục ưu tiên đầu tư giai đoạn 2026-2028.",
      basis="Quyết định phê duyệt quy hoạch phân khu phường Chí Linh (kèm theo)"),
    C("HP-MN-025", "", "NV2.02", "dao tao nang chuan giao vien mam non len cao dang: de nghi thanh pho ho tro 100% hoc phi, hien giao vien tu tuc khoang 18 trieu dong/khoa.",
      prop="Ho tro hoc phi nang chuan theo Nghi dinh 71/2020/ND-CP"),
    C("HP-MN-026", "Phụ lục 1", "", "Trường Hiến Thành nằm gần cụm công nghiệp, số trẻ hiện 400 cháu/14 lớp, dự báo 2030 khoảng 505 cháu (tăng 26%). Đề nghị Đề án xem xét bổ sung trường vào danh mục xây dựng phân hiệu mới.",
      basis="Phụ lục 1 dòng Hiến Thành"),
    C("HP-MN-027", "Mục IV", "", "Đề nghị có chính sách phù hợp cho giáo viên mầm non."),
    C("HP-MN-028", "Mục III", "CT4.01", "Chỉ tiêu 80% trường mầm non đạt chuẩn quốc gia năm 2030 là quá cao đối với các xã thuần nông: nhiều trường còn điểm lẻ, thiếu diện tích. Cụm đề nghị 75%.",
      val="75%", basis="Năm 2025 khu vực cụm mới đạt 58% (báo cáo tổng kết năm học 2024-2025)", time="2030",
      note="Disagrees with cum-01 (cum-01 agrees to keep CT4.01 = 80%)"),
    C("HP-MN-029", "Mục IV, nhóm giải pháp 1", "NV1.03", "Về dồn điểm trường lẻ (nhiệm vụ 1.3): đồng ý về chủ trương nhưng cần tính khoảng cách đi lại của trẻ; khoảng cách trên 3 km thì nên giữ điểm lẻ cho trẻ nhà trẻ và mẫu giáo 3 tuổi."),
    C("HP-MN-030", "Phụ lục 3", "CT3.04", "Trường Thanh Hà còn 3 phòng học tạm và 2 phòng bán kiên cố ở 2 điểm lẻ thôn Đông và thôn Tiền. Tổng số 12 lớp với 290 trẻ. Đề nghị hỗ trợ 7,5 tỷ đồng để xây 5 phòng học kiên cố tại điểm chính, xóa điểm lẻ.",
      val="0 phòng tạm", cond="Vốn 7,5 tỷ đồng từ ngân sách thành phố", time="2027", basis="Phụ lục 3; biên bản kiểm kê tháng 10/2025"),
    C("HP-MN-031", "Phụ lục 2", "", "Trường Thanh Hồng thiếu 3 giáo viên so với định mức, 2 phòng học tạm đang dùng cho lớp nhà trẻ.", basis="Phụ lục 2, Phụ lục 3"),
    C("HP-MN-032", "Phụ lục 2", "CT2.05", "Trường Mầm non Kim Thành thiếu 5 giáo viên, phải ghép lớp 4-5 tuổi, đề nghị được ưu tiên tuyển dụng năm 2026.",
      note="CONTRADICTS appendix: PL2 of HP-MN-032 shows Giáo viên = Định mức (no shortage)"),
    C("HP-MN-033", "Phụ lục 1", "NV1.02", "Khu công nghiệp Phú Thái mở rộng giai đoạn 2, số trẻ của trường dự báo tăng từ 320 lên 420 cháu năm 2030, vượt công suất 330 cháu. Đề nghị đưa vào nhiệm vụ 1.2 việc xây trường mầm non trong khu nhà ở công nhân.",
      basis="Phụ lục 1; Quyết định chủ trương đầu tư KCN Phú Thái giai đoạn 2"),
    C("HP-MN-034", "", "CT4.05", "Tỷ lệ trẻ thấp còi ở Cẩm Giàng còn 5,1%, cao hơn bình quân thành phố. Chỉ tiêu 3% năm 2030 là khó đối với khu vực nông thôn.",
      basis="Kết quả theo dõi biểu đồ tăng trưởng tháng 9/2025"),
    C("HP-MN-035", "Mục IV", "NV1.04", "Đề nghị Sở công khai danh mục quỹ đất giáo dục có thể giao cho nhà đầu tư tư nhân xây trường mầm non, hiện nhà đầu tư không biết tiếp cận ở đâu.",
      prop="Bổ sung vào nhiệm vụ 1.4: công bố danh mục quỹ đất giáo dục kêu gọi đầu tư hằng năm"),
    C("HP-MN-036", "", "", "Đồng ý. Đề nghị Sở tổ chức tập huấn phần mềm cho cả trường tư thục."),
    C("HP-MN-019", "Mục IV", "NV3.05", "Đề xuất bổ sung nhiệm vụ: đầu tư bếp ăn một chiều cho các trường mầm non khu vực nông thôn.\n1) Việc: cải tạo, xây mới bếp theo mô hình một chiều.\n2) Mục tiêu: 100% trường mầm non công lập cụm có bếp một chiều đạt chuẩn để bảo đảm an toàn thực phẩm.\n3) Sản phẩm: 9 bếp ăn một chiều tại 9 trường còn thiếu.\n4) Tiến độ: 2026-2028, mỗi năm 3 bếp.\n5) Nguồn lực: khoảng 13,5 tỷ đồng (1,5 tỷ/bếp), ngân sách thành phố 70%, ngân sách xã 30%.\n6) Trách nhiệm: UBND các xã, phường làm chủ đầu tư; Sở GDĐT hướng dẫn thiết kế mẫu.",
      prop="Bổ sung vào nhiệm vụ 3.5", time="2026-2028", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-MN-020", "Phần thứ hai, mục II.1.d", "", "Phần nguồn lực tài chính mới nêu tổng chi ngân sách, chưa tách được chi thường xuyên cho mầm non. Đề nghị bổ sung số liệu chi bình quân/trẻ để thấy chênh lệch giữa các khu vực."),
    C("HP-MN-021", "Mục IV", "NV3.02", "Phường Lê Thanh Nghị có trụ sở Phòng GDĐT thành phố Hải Dương cũ (khoảng 900 m²) không còn sử dụng, đề nghị chuyển cho trường mầm non làm điểm trường mới, tiếp nhận khoảng 150 trẻ."),
    C("HP-MN-022", "Mục III", "CT2.01", "Giáo viên mầm non đạt chuẩn 100% năm 2030 là phù hợp vì trường đã đạt 100% (18/18 giáo viên).",
      basis="Phụ lục 2"),
    C("HP-MN-023", "Mục III, nhóm 5", "CT5.03", "Chỉ tiêu 100% phòng học có thiết bị trình chiếu không phù hợp với mầm non; trẻ nhỏ không nên tiếp xúc màn hình nhiều. Đề nghị không áp dụng chỉ tiêu 5.3 cho cấp mầm non.",
      prop="Bỏ cấp mầm non khỏi phạm vi chỉ tiêu 5.3"),
    C("HP-MN-024", "", "", "De nghi So som ban hanh huong dan chi tiet de cac truong thuc hien."),
    C("HP-MN-025", "Mục IV", "NV4.06", "Đề xuất đưa nội dung phòng chống đuối nước, làm quen với nước cho trẻ 5 tuổi vào nhiệm vụ 4.6, các trường ven sông Kinh Thầy rất cần."),
    C("HP-MN-026", "Mục IV", "NV2.04", "Lương giáo viên mầm non hợp đồng chỉ khoảng 4,5 triệu đồng/tháng, không giữ được người. Năm học 2024-2025 trường có 3 cô nghỉ việc chuyển sang làm công nhân.",
      prop="Bổ sung chính sách hỗ trợ thêm 1,5 triệu đồng/tháng cho giáo viên mầm non hợp đồng"),
    C("HP-MN-027", "Mục III", "CT1.03", "Chỉ tiêu 1.3 (100% xã, phường đạt chuẩn phổ cập mầm non cho trẻ mẫu giáo) cần làm rõ là phổ cập cho trẻ 3-5 tuổi theo Nghị định mới hay vẫn chỉ trẻ 5 tuổi?"),
    C("HP-MN-028", "", "NV4.02", "Trường đạt chuẩn quốc gia mức độ 2 và kiểm định cấp độ 3 từ năm 2024, đề nghị Đề án có cơ chế khen thưởng, hỗ trợ duy trì chuẩn sau 5 năm.",
      basis="Quyết định công nhận số 2156/QĐ-UBND ngày 12/8/2024"),
    C("HP-MN-029", "Mục IV", "NV5.02", "Cơ sở dữ liệu ngành (nhiệm vụ 5.2) nên liên thông với dữ liệu dân cư để theo dõi trẻ trong độ tuổi, giảm việc giáo viên đi điều tra phổ cập từng hộ."),
    C("HP-MN-030", "Mục III", "CT3.01", "chi tieu phong kien co mam non 95% nam 2030 la phu hop neu thanh pho bo tri von xoa phong tam nhu de xuat."),
    C("HP-MN-031", "Mục IV", "NV1.03", "Không đồng ý sáp nhập trường Thanh Hồng vào trường Thanh Hà như dự kiến trong dự thảo: hai trường cách nhau 7 km, qua đê, trẻ nhỏ đi lại không an toàn.",
      prop="Giữ nguyên trường Thanh Hồng"),
    C("HP-MN-033", "Mục IV, giải pháp 6, nhiệm vụ 3", "", "Về xã hội hóa: đề nghị quy định doanh nghiệp trong khu công nghiệp có từ 3.000 lao động trở lên phải đóng góp hoặc xây nhóm trẻ cho con công nhân."),
    C("HP-MN-034", "", "", "Thống nhất với hệ thống chỉ tiêu của Đề án."),
    C("HP-MN-035", "Phụ lục 1", "", "Phụ lục 1 chưa có số liệu các nhóm trẻ độc lập tư thục, trong khi riêng phường Hải Dương có 23 nhóm với khoảng 600 trẻ."),
    C("", "Mục IV", "NV3.01", "UBND xã Kim Thành cam kết bố trí 3.000 m² đất tại khu dân cư mới thôn Phú Lộc cho trường mầm non, đề nghị Đề án ghi nhận và giao chỉ tiêu đầu tư giai đoạn 2027-2029.",
      unit="UBND xã Kim Thành", time="2027-2029"),
    C("HP-MN-019", "Mục III", "chỉ tiêu 1.1, 1.2 và 4.1", "Các chỉ tiêu 1.1, 1.2 và 4.1 nên có giá trị trung gian năm 2027-2028 để các trường xây dựng kế hoạch hằng năm, tránh dồn vào cuối giai đoạn.",
      prop="Bổ sung mốc 2028 cho các chỉ tiêu trên"),
    C("HP-MN-020", "Mục IV", "NV2.05", "Nhiệm vụ 2.5 (điều động giáo viên) cần ưu tiên giáo viên tự nguyện, có phụ cấp đi lại, tránh xáo trộn.", plain=True),
]
