"""cum-01 — Mầm non, nội thành (DỮ LIỆU MẪU). gop-y.xlsx with the title merged across columns."""
from common import C

CLUSTER = dict(
    code="cum-01", level="mam_non",
    name="Cụm chuyên môn Mầm non số 1 (Hồng Bàng – Lê Chân – Ngô Quyền – Hải An)",
    host="HP-MN-001", workshop_date="2026-02-02", received_at="2026-02-05T10:30:00+07:00",
    data_cutoff="2025-10", communes=["Hồng Bàng", "Lê Chân", "Ngô Quyền", "Hải An", "Gia Viên", "Đông Hải"],
    gop_y="xlsx", merge_title=True, appendix="xlsx", appendix_style="num", minh_chung="xlsx",
    bien_ban="pdf", gop_y_pdf=True,
)

INSTITUTIONS = """
HP-MN-001 | Trường Mầm non Hoa Sen | Hồng Bàng | Công lập
HP-MN-002 | Trường Mầm non Hoa Phượng | Hồng Bàng | Công lập
HP-MN-003 | Trường Mầm non Sao Sáng | Lê Chân | Công lập
HP-MN-004 | Trường Mầm non Họa Mi | Lê Chân | Công lập
HP-MN-005 | Trường Mầm non Ánh Dương | Ngô Quyền | Công lập
HP-MN-006 | Trường Mầm non Tuổi Thơ | Ngô Quyền | Công lập
HP-MN-007 | Trường Mầm non Hoa Hồng | Hải An | Công lập
HP-MN-008 | Trường Mầm non Hướng Dương | Gia Viên | Công lập
HP-MN-009 | Trường Mầm non Bình Minh | Lê Chân | Công lập
HP-MN-010 | Trường Mầm non Măng Non | Ngô Quyền | Công lập
HP-MN-011 | Trường Mầm non Sơn Ca | Đông Hải | Công lập
HP-MN-012 | Trường Mầm non Vàng Anh | Hải An | Công lập
HP-MN-013 | Trường Mầm non Hoa Mai | Gia Viên | Công lập
HP-MN-014 | Trường Mầm non tư thục Kids Garden | Hải An | Tư thục
HP-MN-015 | Trường Mầm non tư thục Ngôi Sao Nhỏ | Lê Chân | Tư thục
HP-MN-016 | Trường Mầm non Đằng Hải | Hải An | Công lập
HP-MN-017 | Trường Mầm non Cát Bi | Hải An | Công lập
HP-MN-018 | Trường Mầm non Tràng Cát | Đông Hải | Dân lập
"""

OVERRIDES = {
    "HP-MN-001": dict(so_lop=16, hoc_sinh=528, cong_suat=450, dien_tich=3170, dinh_muc=36, giao_vien=32, phong_tam=0),
    "HP-MN-003": dict(so_lop=14, hoc_sinh=490, cong_suat=385, dien_tich=2450, dat_bo_sung=1800,
                      du_an="Đã phê duyệt", von=18_500_000_000),
    "HP-MN-005": dict(so_lop=12, hoc_sinh=372, phong_tam=2, ban_kien_co=0, kien_co=10),
    "HP-MN-007": dict(so_lop=18, hoc_sinh=560, dinh_muc=40, giao_vien=34, gv_dat_chuan=30),
    "HP-MN-009": dict(phong_tam=0),
    "HP-MN-011": dict(du_an="Đang xây dựng", von=22_000_000_000, so_lop=10, kien_co=8, ban_kien_co=2, phong_tam=0),
    "HP-MN-012": dict(dat_chuan="Không", kiem_dinh="Cấp độ 1"),
    "HP-MN-014": dict(so_lop=12, hoc_sinh=285),
    "HP-MN-016": dict(dat_chuan="Không", kiem_dinh="Cấp độ 1", hoc_sinh=300, so_lop=10, dien_tich=1650),
}

COMMENTS = [
    C("HP-MN-001", "Phần thứ hai, mục II.1.a", "", "Số liệu quy mô trường Mầm non Hoa Sen tại Phụ lục 1 là chính xác: 16 nhóm lớp, 528 trẻ trong khi công suất thiết kế chỉ 450 trẻ, bình quân 33 trẻ/lớp. Trường đang quá tải khoảng 17% so với thiết kế.",
      basis="Phụ lục 1; sổ theo dõi trẻ tháng 10/2025"),
    C("HP-MN-001", "Mục III, nhóm mục tiêu 1", "CT1.07", "Chỉ tiêu bình quân 28 trẻ/nhóm, lớp vào năm 2030 không khả thi với các phường nội thành cũ: dân cư tăng cơ học, không có quỹ đất mở rộng. Riêng Hoa Sen hiện 33 trẻ/lớp, diện tích đất 3.170 m² (khoảng 6 m²/trẻ).",
      prop="Tách chỉ tiêu theo khu vực: nội thành 30 trẻ/lớp, các khu vực còn lại 28 trẻ/lớp.", basis="Phụ lục 1, Phụ lục 3; Thông tư 13/2020/TT-BGDĐT",
      val="30 trẻ/lớp (khu vực nội thành)", cond="Xây mới ít nhất 2 trường mầm non tại Hồng Bàng, Lê Chân", time="2030"),
    C("HP-MN-002", "", "", "Nhất trí với dự thảo Đề án."),
    C("HP-MN-003", "Phần thứ hai, mục II.1.c", "CT3.06", "Trường Sao Sáng có 14 lớp với 490 trẻ (35 trẻ/lớp), diện tích khuôn viên 2.450 m², bình quân chỉ đạt 5 m²/trẻ, thấp hơn nhiều so với mức tối thiểu 8 m²/trẻ đối với khu vực đô thị theo Thông tư 13/2020/TT-BGDĐT. Quy hoạch phân khu đã bố trí 1.800 m² đất bổ sung liền kề và dự án mở rộng đã được phê duyệt với tổng mức 18,5 tỷ đồng nhưng chưa giải phóng mặt bằng.",
      prop="Đề nghị Đề án nêu rõ danh mục các trường đã có đất bổ sung theo quy hoạch nhưng vướng GPMB, đưa vào nhiệm vụ 3.1 để ưu tiên vốn.",
      basis="Quyết định phê duyệt dự án (minh chứng kèm theo); Phụ lục 3"),
    C("HP-MN-004", "", "NV6.06", "Đề nghị làm rõ nguồn kinh phí hỗ trợ tiền ăn trưa cho trẻ mẫu giáo: ngân sách thành phố hay ngân sách xã, phường chi trả? Mức hỗ trợ bao nhiêu đồng/trẻ/tháng?"),
    C("HP-MN-005", "Phụ lục 3", "CT3.04", "Truong Mam non Anh Duong hien con 2 phong hoc tam (muon nha van hoa to dan pho) do so tre tang. De nghi dua vao danh muc xoa phong hoc tam giai doan 2026-2027.",
      prop="Bo sung truong vao danh muc NV3.03"),
    C("HP-MN-006", "Mục IV, giải pháp 2", "NV2.01", "Cần ưu tiên tuyển dụng giáo viên mầm non vì tỷ lệ nghỉ việc cao, lương khởi điểm thấp, áp lực công việc lớn.", plain=True),
    C("HP-MN-007", "Phần thứ hai, mục II.1.b", "CT2.05", "Trường Hoa Hồng có 18 lớp, định mức 40 giáo viên (2,2 GV/lớp mẫu giáo học 2 buổi/ngày theo Thông tư 19/2023/TT-BGDĐT) nhưng hiện chỉ có 34 giáo viên, thiếu 6 người. Nhà trường phải hợp đồng 4 cô bằng nguồn thu thỏa thuận.",
      basis="Phụ lục 2; Thông tư 19/2023/TT-BGDĐT"),
    C("HP-MN-007", "Mục III", "CT2.05", "Chỉ tiêu 100% cơ sở đủ giáo viên theo định mức vào năm 2030 (chỉ tiêu 2.5) là cần thiết nhưng khó khả thi nếu không có cơ chế giao biên chế theo số lớp thực tế hằng năm.",
      prop="Giữ chỉ tiêu 100%, bổ sung điều kiện: giao đủ biên chế theo định mức từ năm học 2026-2027.", val="100%",
      cond="Thành phố giao bổ sung khoảng 1.200 biên chế giáo viên mầm non", time="Năm học 2026-2027 đến 2030"),
    C("HP-MN-008", "", "", "Đề án viết còn dài, một số nội dung trùng lặp, đề nghị rà soát lại cho gọn.", plain=True),
    C("HP-MN-009", "Phụ lục 3", "CT3.04", "Trường Bình Minh còn 3 phòng học tạm, mái tôn, mùa hè rất nóng, không bảo đảm an toàn cho trẻ. Đề nghị Đề án ưu tiên kinh phí xóa phòng tạm cho trường.",
      note="CONTRADICTS appendix: PL3 of HP-MN-009 shows Phòng tạm = 0"),
    C("HP-MN-010", "Mục III, nhóm 4", "CT4.05", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi của trường là 2,1%, thấp hơn bình quân thành phố (4,2%). Chỉ tiêu 3% năm 2030 với khu vực nội thành là thấp.",
      prop="Đề nghị giao chỉ tiêu riêng cho nội thành: dưới 2% vào năm 2030.", val="< 2%", time="2030",
      basis="Kết quả cân đo tháng 9/2025 của trường"),
    C("HP-MN-011", "Phụ lục 3", "", "Dự án xây dựng 8 phòng học và bếp một chiều của trường Sơn Ca đang thi công (vốn 22 tỷ đồng), dự kiến hoàn thành tháng 8/2026. Đề nghị cập nhật trạng thái dự án trong Phụ lục 3 từ \"Đã phê duyệt\" thành \"Đang xây dựng\".",
      basis="Hợp đồng thi công số 15/2025/HĐXD (minh chứng kèm theo)"),
    C("HP-MN-012", "Phụ lục 4", "CT4.01", "Trường Vàng Anh đã được công nhận đạt chuẩn quốc gia mức độ 1 năm 2023, đề nghị Phụ lục 4 cập nhật lại.",
      note="CONTRADICTS appendix: PL4 of HP-MN-012 shows Đạt chuẩn quốc gia = Không"),
    C("HP-MN-013", "Mục IV", "", "Thống nhất với hệ thống giải pháp."),
    C("HP-MN-014", "Mục IV, nhóm giải pháp 1", "NV1.04", "Là trường tư thục, chúng tôi đề nghị nhiệm vụ 1.4 cần cụ thể hóa chính sách: cho thuê cơ sở vật chất công dôi dư với giá ưu đãi, hỗ trợ lãi suất vay xây trường, đào tạo giáo viên cho trường ngoài công lập. Hiện trường phải thuê mặt bằng 65 triệu đồng/tháng.",
      prop="Bổ sung vào NV1.04 các chính sách cụ thể nêu trên."),
    C("HP-MN-015", "", "CT1.10", "Chỉ tiêu tỷ lệ người học ngoài công lập 15% năm 2030 là phù hợp với địa bàn nội thành, nhưng cần có giải pháp về đất cho cơ sở tư thục.",
      prop="Nâng chỉ tiêu khu vực nội thành lên 20%", val="20%", cond="Giao đất, cho thuê đất sạch cho nhà đầu tư giáo dục"),
    C("HP-MN-016", "Phụ lục 4", "CT4.01", "Trường Đằng Hải chưa đạt chuẩn quốc gia vì diện tích đất chỉ 1.650 m² cho 300 trẻ (5,5 m²/trẻ), không đủ sân chơi theo quy định. Nhà trường không thể tự khắc phục nếu không được bổ sung đất.",
      basis="Phụ lục 3, Phụ lục 4"),
    C("HP-MN-017", "Mục IV", "NV3.02", "Sau sắp xếp đơn vị hành chính, trụ sở UBND phường Cát Bi cũ (khoảng 1.200 m²) đang bỏ trống. Đề nghị chuyển giao cho trường Mầm non Cát Bi làm cơ sở 2, giảm tải cho điểm chính.",
      prop="Đưa trụ sở này vào danh mục NV3.02"),
    C("HP-MN-018", "", "", "Trường dân lập gặp khó khăn do phụ huynh chuyển sang trường công lập sau chính sách miễn học phí; đề nghị có hỗ trợ cho trẻ học trường dân lập, tư thục tương đương mức miễn học phí công lập."),
    C("HP-MN-001", "Mục III", "CT1.01", "Về chỉ tiêu 1.1 (huy động trẻ nhà trẻ 50% năm 2030): với các phường Hồng Bàng, Lê Chân, Ngô Quyền mức này khó khả thi. Toàn cụm hiện có 18 trường nhưng chỉ 4 trường còn nhận trẻ dưới 24 tháng vì thiếu phòng và thiếu cô.",
      prop="Điều chỉnh chỉ tiêu 1.1 xuống 45% đối với nội thành", val="45%", basis="Phụ lục 1 của 18 trường trong cụm",
      cond="Bổ sung 30 phòng nhóm trẻ và 60 giáo viên nhà trẻ", time="2030"),
    C("HP-MN-002", "Mục IV, giải pháp 3, nhiệm vụ 5", "", "Bếp ăn bán trú của trường Hoa Phượng xây từ năm 2004, chưa đạt chuẩn một chiều. Đề nghị nhiệm vụ này ưu tiên các trường có bếp xuống cấp."),
    C("HP-MN-003", "Mục IV", "NV3.01", "Đề xuất bổ sung nhiệm vụ mới: \"Rà soát, cắm mốc và bảo vệ quỹ đất giáo dục mầm non trong các khu đô thị mới\".\n- Việc: rà soát toàn bộ ô đất ký hiệu GD trong quy hoạch phân khu, cắm mốc ngoài thực địa.\n- Mục tiêu: bảo đảm không chuyển đổi mục đích đất giáo dục, để 100% khu đô thị mới có trường mầm non.\n- Sản phẩm: danh mục ô đất giáo dục kèm bản đồ, quyết định của UBND thành phố.\n- Tiến độ: hoàn thành trong quý IV/2026.\n- Nguồn lực: ngân sách thành phố khoảng 2,5 tỷ đồng cho đo đạc, cắm mốc.\n- Trách nhiệm: Sở Xây dựng chủ trì, Sở GDĐT và UBND các phường phối hợp.",
      prop="Bổ sung vào nhóm giải pháp 3 thành nhiệm vụ 3.7", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-MN-004", "", "", "Đồng ý với các chỉ tiêu về chất lượng giáo dục mầm non."),
    C("HP-MN-006", "Phần thứ hai, mục II.1.e", "", "Phan mem quan ly tre, thu chi, tiem chung dang dung 3 he thong khac nhau, giao vien phai nhap lieu nhieu lan. De nghi So thong nhat mot nen tang dung chung cho cap mam non.",
      prop="Bo sung vao nhiem vu 5.2"),
    C("HP-MN-008", "Mục III", "CT4.01", "Tỷ lệ trường mầm non đạt chuẩn quốc gia 80% năm 2030 là phù hợp, cụm thống nhất giữ nguyên chỉ tiêu này."),
    C("HP-MN-009", "Mục IV", "NV2.03", "Đề nghị bổ sung nội dung bồi dưỡng giáo viên mầm non làm quen tiếng Anh cho trẻ theo Thông tư 50/2020/TT-BGDĐT, hiện trường không có giáo viên nào đủ năng lực."),
    C("HP-MN-010", "", "", "Nên có giải pháp mạnh hơn để nâng cao chất lượng đội ngũ."),
    C("HP-MN-011", "Mục III", "chỉ tiêu 3.1, 3.4 và 3.7", "Các chỉ tiêu 3.1, 3.4 và 3.7 có liên quan chặt chẽ: muốn đạt 95% phòng kiên cố và 95% bếp một chiều thì phải xóa hết phòng tạm trước năm 2028. Đề nghị sắp xếp lộ trình theo thứ tự ưu tiên này."),
    C("HP-MN-012", "Mục IV, nhiêm vụ 4.2", "NV4.02", "Đề nghị nhiêm vụ 4.2 bổ sung hỗ trợ kinh phí tự đánh giá, đánh giá ngoài cho trường mầm non, mỗi đợt đánh giá ngoài trường phải chi khoảng 15 triệu đồng."),
    C("HP-MN-013", "Phụ lục 2", "", "Phụ lục 2 chưa tách số giáo viên hợp đồng và giáo viên biên chế, đề nghị bổ sung cột này để phản ánh đúng thực trạng thiếu giáo viên."),
    C("HP-MN-014", "Mục III", "CT1.07", "chỉ tiêu 28 trẻ/lớp là hợp lý, trường tư thục chúng tôi đang duy trì 22-25 trẻ/lớp.",
      note="Disagrees within cum-01 on CT1.07 (agrees with 28; HP-MN-001 asks 30 for the inner city)"),
    C("HP-MN-015", "", "", "Nhat tri."),
    C("HP-MN-016", "Mục IV", "NV3.03", "Đề nghị UBND phường Hải An bố trí vốn đầu tư công trung hạn 2026-2030 để mở rộng trường Đằng Hải, khoảng 12 tỷ đồng.",
      prop="Đưa trường Đằng Hải vào danh mục đầu tư công trung hạn"),
    C("HP-MN-017", "Mục III, nhóm mục tiêu 5", "CT5.04", "Tỷ lệ giáo viên đạt chuẩn năng lực số cơ bản 100% năm 2030 cần làm rõ tiêu chí đánh giá thế nào, ai công nhận, vì hiện chưa có văn bản hướng dẫn cho giáo viên mầm non."),
    C("", "", "NV3.02", "Phường Lê Chân có 2 trụ sở cũ sau sắp xếp (trụ sở UBND phường Dư Hàng Kênh và Kênh Dương cũ) có thể chuyển đổi sang trường mầm non. Phường thống nhất đề xuất chuyển giao, đề nghị Sở GDĐT phối hợp khảo sát trong quý II/2026.",
      unit="UBND phường Lê Chân", time="Quý II/2026"),
    C("", "Phần thứ ba", "", "Tổ chuyên môn cụm đề nghị Đề án có phụ lục riêng về mầm non ngoài công lập (nhóm trẻ độc lập), hiện khoảng 40 nhóm trẻ độc lập trên địa bàn cụm chưa được thống kê trong Phụ lục 1.",
      unit="Tổ chuyên môn Mầm non cụm 1", prop="Bổ sung biểu thống kê nhóm trẻ độc lập tư thục"),
    C("HP-MN-005", "", "NV1.02", "Khu tập thể cũ phường Ngô Quyền đang cải tạo thành chung cư cao tầng, dự kiến tăng thêm khoảng 350 trẻ mầm non đến 2030 nhưng quy hoạch chưa có ô đất trường học. Đề nghị Đề án đưa vào nhiệm vụ 1.2.",
      basis="Quyết định phê duyệt quy hoạch chi tiết khu tập thể (kèm theo)"),
    C("HP-MN-018", "Mục IV", "NV6.04", "Đề nghị làm rõ lộ trình hỗ trợ học phí cho trẻ học tại cơ sở dân lập, tư thục theo Nghị quyết của Quốc hội về miễn học phí."),
    C("HP-MN-002", "Phần thứ hai", "", "Phần thực trạng chưa đánh giá được điểm quá tải cục bộ tại phường Hồng Bàng; đề nghị bổ sung bảng so sánh số trẻ với công suất theo từng trường.",
      prop="Bổ sung bảng so sánh số trẻ/công suất thiết kế theo trường (dựa trên Phụ lục 1)"),
]
