"""cum-07 — THPT nội thành (DỮ LIỆU MẪU). gop-y.xlsx; appendix workbook with numbers typed as
Vietnamese text ("1.234", "98,5%", "12 tỷ đồng").  Defect: HP-THPT-015 (an An Dương school that
also reported to cum-08) has Số học sinh 1.245 here but 1.312 in cum-08's PL1."""
from common import C

CLUSTER = dict(
    code="cum-07", level="thpt",
    name="Cụm chuyên môn THPT số 1 (Hồng Bàng – Lê Chân – Ngô Quyền – Kiến An – Hải An)",
    host="HP-THPT-002", workshop_date="2026-02-04", received_at="2026-02-06T14:00:00+07:00",
    data_cutoff="2025-10", communes=["Hồng Bàng", "Lê Chân", "Ngô Quyền", "Kiến An", "Hải An"],
    gop_y="xlsx", appendix="xlsx", appendix_style="vn", minh_chung="xlsx", bien_ban="pdf",
    gop_y_pdf=True,
    defects=[dict(kind="learners_differ_between_clusters", sheet="PL1", code="HP-THPT-015",
                  col="Số học sinh", value="1.245")],
)

INSTITUTIONS = """
HP-THPT-001 | Trường THPT chuyên Trần Phú | Lê Chân | Công lập
HP-THPT-002 | Trường THPT Ngô Quyền | Ngô Quyền | Công lập
HP-THPT-003 | Trường THPT Thái Phiên | Ngô Quyền | Công lập
HP-THPT-004 | Trường THPT Lê Quý Đôn | Lê Chân | Công lập
HP-THPT-005 | Trường THPT Trần Nguyên Hãn | Lê Chân | Công lập
HP-THPT-006 | Trường THPT Hồng Bàng | Hồng Bàng | Công lập
HP-THPT-007 | Trường THPT Lê Hồng Phong | Hồng Bàng | Công lập
HP-THPT-008 | Trường THPT Phan Chu Trinh | Ngô Quyền | Công lập
HP-THPT-009 | Trường THPT Hải An | Hải An | Công lập
HP-THPT-010 | Trường THPT Lê Chân | Lê Chân | Công lập
HP-THPT-011 | Trường THPT Kiến An | Kiến An | Công lập
HP-THPT-012 | Trường THPT Đồng Hòa | Kiến An | Công lập
HP-THPT-013 | Trường THPT Phan Đăng Lưu | Kiến An | Công lập
HP-THPT-014 | Trường THPT tư thục Hàng Hải | Ngô Quyền | Tư thục
HP-THPT-015 | Trường THPT An Dương | An Dương | Công lập
"""

OVERRIDES = {
    "HP-THPT-001": dict(so_lop=36, hoc_sinh=1260, cong_suat=1260, hsg=120, dat_chuan="Có", kiem_dinh="Cấp độ 4", hoan_thanh=100.0, tot_nghiep=100.0),
    "HP-THPT-002": dict(so_lop=45, hoc_sinh=2070, cong_suat=1800),
    "HP-THPT-005": dict(so_lop=36, thieu_gv=6),
    "HP-THPT-007": dict(so_lop=40, hoc_sinh=1720, cong_suat=1575, kien_co=26, ban_kien_co=2, phong_tam=0),
    "HP-THPT-009": dict(so_lop=37, hoc_sinh=1650, du_bao=2100, dat_bo_sung=8000, du_an="Đang xây dựng", von=95_000_000_000),
    "HP-THPT-011": dict(tot_nghiep=98.9),
    "HP-THPT-013": dict(hoc_sinh=1380, so_lop=31, dien_tich=9800),
    "HP-THPT-015": dict(so_lop=30, hoc_sinh=1312),       # same in comments_cum08.py
}

COMMENTS = [
    C("HP-THPT-002", "Phần thứ hai, mục II.1.a", "CT1.09", "Trường THPT Ngô Quyền năm học 2025-2026 có 45 lớp với 2.070 học sinh (46 HS/lớp), vượt công suất thiết kế 1.800 HS. Tỷ lệ học sinh vào lớp 10 công lập ở nội thành cao nên các trường THPT công lập đều quá tải.",
      basis="Phụ lục 1"),
    C("HP-THPT-002", "Mục III", "CT4.04", "Cụm THPT số 1 đề nghị nâng chỉ tiêu trường THPT đạt chuẩn quốc gia năm 2030 lên 85% đối với khu vực nội thành, vì 10/14 trường công lập của cụm đã đạt chuẩn và 2 trường đang hoàn thiện hồ sơ.",
      val="85%", basis="Phụ lục 4 của cụm", cond="Đầu tư nhà đa năng cho 3 trường còn thiếu", time="2030",
      note="Disagrees with cum-08 on CT4.04 (cum-08 proposes 75%)"),
    C("HP-THPT-001", "Mục III", "CT4.10", "Trường THPT chuyên Trần Phú năm 2025 đạt 43 giải học sinh giỏi quốc gia. Chỉ tiêu 120 giải/năm toàn thành phố năm 2030 là phù hợp, có thể nâng lên 130 giải nếu có cơ chế đãi ngộ giáo viên dạy đội tuyển.",
      val="130 giải/năm", basis="Kết quả kỳ thi chọn HSG quốc gia năm 2025", cond="Chế độ bồi dưỡng giáo viên đội tuyển theo Nghị quyết HĐND thành phố", time="2030"),
    C("HP-THPT-001", "Mục IV", "NV1.05", "Đề nghị đầu tư cơ sở 2 của trường chuyên Trần Phú (khoảng 3 ha) tại khu đô thị mới để mở rộng quy mô lên 60 lớp, có ký túc xá cho học sinh các xã xa.",
      prop="Bổ sung danh mục dự án vào nhiệm vụ 1.5"),
    C("HP-THPT-003", "", "", "Nhất trí với dự thảo Đề án."),
    C("HP-THPT-004", "Mục III", "chỉ tiêu 2.4", "Đồng ý chỉ tiêu 25% giáo viên THPT có trình độ thạc sĩ trở lên; trường Lê Quý Đôn hiện đạt 31%."),
    C("HP-THPT-005", "Phụ lục 2", "CT2.05", "Trường Trần Nguyên Hãn 36 lớp, định mức 81 giáo viên (2,25 GV/lớp), hiện có 75, thiếu 6 giáo viên, chủ yếu Tin học, Giáo dục kinh tế và pháp luật, Mỹ thuật do chương trình lựa chọn mới.",
      basis="Phụ lục 2; Thông tư 20/2023/TT-BGDĐT"),
    C("HP-THPT-006", "Mục IV", "NV4.01", "Chương trình GDPT 2018 lớp 10-12 với các môn lựa chọn khiến trường phải xếp nhiều tổ hợp, thiếu phòng, thiếu giáo viên. Đề nghị Sở hướng dẫn số tổ hợp tối thiểu/tối đa theo quy mô trường."),
    C("HP-THPT-007", "Mục IV, giải pháp 5, nhiệm vụ 3", "", "Văn bằng số, học bạ số THPT cần liên thông với hệ thống tuyển sinh đại học của Bộ để học sinh không phải nộp bản giấy."),
    C("HP-THPT-008", "", "", "De nghi Ban soan thao tiep thu y kien cua cac truong."),
    C("HP-THPT-009", "Phụ lục 1", "NV1.02", "Trường THPT Hải An hiện 37 lớp, 1.650 HS, dự báo 2030 khoảng 2.100 HS do khu đô thị mới phía Đông phát triển. Dự án mở rộng trên 8.000 m² đất bổ sung (95 tỷ đồng) đang xây dựng, cần hoàn thành trước năm học 2027-2028.",
      basis="Phụ lục 1, Phụ lục 3", time="Năm học 2027-2028"),
    C("HP-THPT-010", "Mục IV", "NV6.02", "Về tự chủ tài chính: trường THPT công lập nội thành có thể tự chủ một phần chi thường xuyên nhưng cần cơ chế thu dịch vụ giáo dục (câu lạc bộ, kỹ năng) rõ ràng, hiện chưa có khung giá."),
    C("HP-THPT-011", "Phụ lục 4", "CT4.08", "Trường THPT Kiến An đạt tỷ lệ tốt nghiệp 100% ba năm liên tục, đề nghị chỉ tiêu 4.8 cho nội thành là 100%.",
      val="100%", note="CONTRADICTS appendix: PL4 of HP-THPT-011 shows Tỷ lệ tốt nghiệp 98,9%"),
    C("HP-THPT-012", "Mục IV", "NV3.05", "Trường Đồng Hòa chưa có nhà đa năng, đề nghị đưa vào danh mục đầu tư năm 2027 (khoảng 12 tỷ đồng)."),
    C("HP-THPT-013", "Phụ lục 3", "CT3.06", "Trường Phan Đăng Lưu diện tích 9.800 m², 1.380 HS (khoảng 7,1 m²/HS), đạt mức tối thiểu khu vực đô thị; số liệu Phụ lục 3 đúng.",
      basis="Phụ lục 3"),
    C("HP-THPT-014", "Mục IV", "NV1.04", "Đề nghị Đề án bổ sung cơ chế giao chỉ tiêu tuyển sinh lớp 10 cho trường tư thục sớm (trước tháng 3) để trường chủ động tuyển sinh."),
    C("HP-THPT-015", "Phụ lục 1", "", "Trường THPT An Dương được mời dự hội thảo cụm 1, số liệu đã gửi theo cụm 2 (cụm THPT số 2).",
      note="HP-THPT-015 is in both cum-07 and cum-08; PL1 Số học sinh differs (1.245 here vs 1.312 in cum-08)"),
    C("", "Mục III", "CT1.06", "Phòng Giáo dục Trung học lưu ý: các cụm cần thống nhất cách tính tỷ lệ người trong độ tuổi THPT đi học (chỉ tiêu 1.6) có tính học viên GDTX và học sinh trung cấp hay không.",
      unit="Chuyên viên Phòng Giáo dục Trung học (dự hội thảo)"),
    C("HP-THPT-002", "Mục IV", "NV1.02", "Đề xuất bổ sung nhiệm vụ xây mới trường THPT tại khu vực Hồng Bàng – Ngô Quyền.\n1. Việc: đầu tư trường THPT 45 lớp tại khu đất trụ sở các cơ quan cũ sau sắp xếp.\n2. Mục tiêu: giảm sĩ số các trường Ngô Quyền, Thái Phiên, Hồng Bàng xuống dưới 45 HS/lớp; tăng tỷ lệ vào lớp 10 công lập nội thành.\n3. Sản phẩm: 01 trường THPT 45 lớp, 2.000 chỗ học.\n4. Tiến độ: chuẩn bị đầu tư 2026-2027, xây dựng 2028-2029, tuyển sinh năm học 2029-2030.\n5. Nguồn lực: khoảng 280 tỷ đồng vốn đầu tư công thành phố.\n6. Trách nhiệm: Sở GDĐT chủ trì lập chủ trương đầu tư; Ban QLDA đầu tư xây dựng công trình dân dụng thành phố làm chủ đầu tư.",
      time="2026-2029", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-THPT-003", "Mục III", "CT4.08", "Chỉ tiêu tỷ lệ tốt nghiệp THPT 99,5% phù hợp."),
    C("HP-THPT-004", "Mục IV", "NV4.03", "Để tiếng Anh trở thành ngôn ngữ thứ hai, đề nghị thí điểm dạy Toán, Khoa học bằng tiếng Anh tại 3 trường THPT nội thành từ năm học 2026-2027, có giáo viên bản ngữ hỗ trợ."),
    C("HP-THPT-005", "", "NV2.01", "Tuyển dụng giáo viên các môn mới (Giáo dục kinh tế và pháp luật, Tin học) rất khó, đề nghị cho phép hợp đồng có thời hạn 3 năm để giữ người."),
    C("HP-THPT-006", "Mục III", "CT5.06", "Đề nghị bổ sung chỉ tiêu tỷ lệ học sinh THPT được kiểm tra, đánh giá trên máy tính ít nhất 1 lần/học kỳ (ví dụ 50% năm 2028, 100% năm 2030).",
      prop="Bổ sung chỉ tiêu mới vào nhóm 5", val="100%", time="2030"),
    C("HP-THPT-007", "Phụ lục 3", "", "Trường Lê Hồng Phong có 28 phòng học nhưng 40 lớp, học 2 ca; phòng thí nghiệm Hóa – Sinh xây từ năm 1998 đã xuống cấp, đề nghị ưu tiên cải tạo."),
    C("HP-THPT-008", "Mục IV", "NV2.06", "Đề nghị bồi dưỡng cán bộ quản lý về quản trị trường học tự chủ và quản lý tài chính, thời lượng tối thiểu 2 tuần."),
    C("HP-THPT-009", "Mục IV", "NV3.01", "Khu đô thị mới phía Đông Hải An chưa có quỹ đất cho trường THPT, đề nghị bổ sung khi điều chỉnh quy hoạch phân khu."),
    C("HP-THPT-010", "", "", "Thống nhất."),
    C("HP-THPT-011", "Mục IV", "NV4.05", "Đề nghị duy trì kinh phí bồi dưỡng học sinh giỏi cấp thành phố cho các trường không chuyên, không chỉ tập trung cho trường chuyên."),
    C("HP-THPT-012", "Mục III", "CT4.04", "Đồng ý chỉ tiêu 4.4 (THPT đạt chuẩn quốc gia) nhưng cần ưu tiên đầu tư cho các trường còn thiếu nhà đa năng như Đồng Hòa."),
    C("HP-THPT-013", "Mục IV", "NV5.01", "Hệ thống camera, mạng nội bộ của trường do phụ huynh đóng góp năm 2019 đã hỏng nhiều, đề nghị ngân sách đầu tư thay thế."),
    C("HP-THPT-014", "Mục III", "CT1.10", "Trường tư thục Hàng Hải đề nghị giữ chỉ tiêu 15% người học ngoài công lập, không nên tăng quá nhanh vì chất lượng tuyển sinh."),
    C("HP-THPT-001", "Mục IV", "NV8.01", "Trường chuyên Trần Phú đề nghị được liên kết với đại học nước ngoài tổ chức lớp dự bị đại học quốc tế, tự chủ về học phí."),
    C("HP-THPT-002", "Mục IV", "NV6.04", "Học phí THPT được miễn từ năm học 2025-2026, đề nghị thành phố cấp kinh phí bù đúng hạn theo quý để trường không bị thiếu hụt chi thường xuyên."),
    C("HP-THPT-003", "Phần thứ hai, mục II.1.đ", "", "Phần thực trạng chất lượng cần bổ sung điểm trung bình thi tốt nghiệp THPT 2025 của Hải Phòng so với cả nước (xếp hạng) để có cơ sở đặt chỉ tiêu."),
    C("HP-THPT-006", "Mục IV", "NV7.02", "De nghi phan luong sau THCS lam tot hon de giam ap luc tuyen sinh lop 10 cong lap noi thanh."),
    C("HP-THPT-004", "Mục III", "CT3.03", "Tỷ lệ phòng học kiên cố THCS, THPT 100% năm 2030: nội thành đã đạt, đề nghị chỉ tiêu này tập trung cho khu vực ngoại thành."),
    C("HP-THPT-008", "Mục IV", "NV4.06", "Trường không có nhân viên y tế biên chế, phải hợp đồng; đề nghị bổ sung định mức nhân viên y tế trường học."),
    C("HP-THPT-010", "Mục IV", "NV8.06", "Truyền thông Đề án nên có tài liệu ngắn gọn cho phụ huynh, học sinh.", plain=True),
    C("HP-THPT-013", "Mục III", "CT4.09", "Chỉ tiêu kiểm định chất lượng cấp độ 2 trở lên 85% là phù hợp."),
    C("HP-THPT-012", "", "", "Cần có giải pháp đồng bộ, quyết liệt hơn."),
]
