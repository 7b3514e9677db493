"""cum-05 — THCS nội thành (DỮ LIỆU MẪU). gop-y.xlsx with a "Hướng dẫn" sheet before the table.
Defect: PL4 Tỷ lệ tốt nghiệp = 100.8 (HP-THCS-009)."""
from common import C

CLUSTER = dict(
    code="cum-05", level="thcs",
    name="Cụm chuyên môn THCS số 1 (Hồng Bàng – Ngô Quyền – Lê Chân – Hải An)",
    host="HP-THCS-001", workshop_date="2026-02-03", received_at="2026-02-05T16:20:00+07:00",
    data_cutoff="2025-10",
    communes=["Hồng Bàng", "Ngô Quyền", "Gia Viên", "Lê Chân", "Hải An", "Đông Hải"],
    gop_y="xlsx", guide_sheet=True, appendix="xlsx", appendix_style="num", minh_chung="csv",
    bien_ban="pdf", gop_y_pdf=True,
    defects=[dict(kind="rate_above_100", sheet="PL4", code="HP-THCS-009", col="Tỷ lệ tốt nghiệp (%)", value=100.8)],
)

INSTITUTIONS = """
HP-THCS-001 | Trường THCS Hồng Bàng | Hồng Bàng | Công lập
HP-THCS-002 | Trường THCS Phan Bội Châu | Hồng Bàng | Công lập
HP-THCS-003 | Trường THCS Hùng Vương | Hồng Bàng | Công lập
HP-THCS-004 | Trường THCS Chu Văn An | Ngô Quyền | Công lập
HP-THCS-005 | Trường THCS Lương Khánh Thiện | Ngô Quyền | Công lập
HP-THCS-006 | Trường THCS Lê Lợi | Ngô Quyền | Công lập
HP-THCS-007 | Trường THCS Đà Nẵng | Gia Viên | Công lập
HP-THCS-008 | Trường THCS Ngô Quyền | Lê Chân | Công lập
HP-THCS-009 | Trường THCS Trần Phú | Lê Chân | Công lập
HP-THCS-010 | Trường THCS Lê Chân | Lê Chân | Công lập
HP-THCS-011 | Trường THCS Kênh Dương | Lê Chân | Công lập
HP-THCS-012 | Trường THCS Tràng Cát | Hải An | Công lập
HP-THCS-013 | Trường THCS Đằng Lâm | Hải An | Công lập
HP-THCS-014 | Trường THCS Cát Bi | Hải An | Công lập
HP-THCS-015 | Trường THCS Thành Tô | Hải An | Công lập
HP-THCS-016 | Trường THCS Đông Hải | Đông Hải | Công lập
HP-THCS-017 | Trường THCS tư thục Quốc tế Hải Phòng | Đông Hải | Tư thục
"""

OVERRIDES = {
    "HP-THCS-001": dict(so_lop=28, hoc_sinh=1316, cong_suat=1125, dien_tich=5200, dat_bo_sung=0),
    "HP-THCS-002": dict(tot_nghiep=100.0),
    "HP-THCS-004": dict(hsg=45, dat_chuan="Có", kiem_dinh="Cấp độ 4"),
    "HP-THCS-008": dict(so_lop=26, thieu_gv=5),
    "HP-THCS-009": dict(tot_nghiep=99.6),
    "HP-THCS-010": dict(so_lop=24, hoc_sinh=1056),
    "HP-THCS-012": dict(hoc_sinh=980, so_lop=22, du_bao=1240, dat_bo_sung=5000, du_an="Đã phê duyệt", von=68_000_000_000),
    "HP-THCS-014": dict(phong_tam=2, ban_kien_co=0),
    "HP-THCS-016": dict(giao_vien=48, dinh_muc=49, gv_dat_chuan=44),
}

COMMENTS = [
    C("HP-THCS-001", "Phần thứ hai, mục II.1.a", "CT1.09", "Trường THCS Hồng Bàng: 28 lớp, 1.316 HS, bình quân 47 HS/lớp, vượt quy định tối đa 45 HS/lớp của Điều lệ (Thông tư 32/2020/TT-BGDĐT); công suất thiết kế 1.125 HS. Diện tích đất 5.200 m² (~4 m²/HS), không còn khả năng mở rộng.",
      basis="Phụ lục 1, Phụ lục 3"),
    C("HP-THCS-001", "Mục III", "CT1.09", "Chỉ tiêu 1.9 (42 HS/lớp THCS, THPT năm 2030) không khả thi đối với các phường trung tâm vì dân số cơ học tăng mạnh, không còn quỹ đất. Cụm đề nghị giữ mức 45 HS/lớp (bằng quy định của Điều lệ) cho khu vực nội thành đến 2030.",
      prop="Sửa chỉ tiêu 1.9: nội thành 45 HS/lớp năm 2030, 42 HS/lớp năm 2035", val="45 HS/lớp",
      basis="Bình quân 44,1 HS/lớp của 16 trường công lập trong cụm (Phụ lục 1)", time="2030; 2035",
      note="Disagrees with cum-06 on CT1.09 (cum-06 agrees with 42)"),
    C("HP-THCS-002", "", "", "Nhất trí với dự thảo."),
    C("HP-THCS-003", "Mục IV", "NV2.01", "Việc dạy các môn tích hợp Khoa học tự nhiên, Lịch sử và Địa lý còn khó khăn: giáo viên đơn môn phải dạy cả phần không được đào tạo. Đề nghị bổ sung vào nhiệm vụ 2.2 nội dung đào tạo bổ sung chứng chỉ dạy môn tích hợp."),
    C("HP-THCS-004", "Mục III, nhóm 4", "CT4.03", "Đồng ý chỉ tiêu 85% trường THCS đạt chuẩn quốc gia. Trường Chu Văn An đạt chuẩn mức độ 2, kiểm định cấp độ 4, năm học 2024-2025 có 45 giải học sinh giỏi cấp thành phố.",
      basis="Phụ lục 4"),
    C("HP-THCS-004", "Mục IV", "NV1.05", "Đề xuất phát triển Trường THCS Chu Văn An thành trường THCS chất lượng cao của thành phố, tạo nguồn cho THPT chuyên Trần Phú. Cần cơ chế tuyển sinh riêng và mức thu phù hợp."),
    C("HP-THCS-005", "Mục IV", "NV4.01", "Đề nghị Đề án bổ sung giải pháp về tổ chức dạy học 2 buổi/ngày ở THCS theo hướng dẫn mới của Bộ sau khi cấm dạy thêm trong trường theo Thông tư 29/2024/TT-BGDĐT, hiện phụ huynh có nhu cầu rất lớn."),
    C("HP-THCS-006", "Phụ lục 2", "", "So lieu giao vien Phu luc 2 cua truong Le Loi da dung, de nghi khong dieu chinh."),
    C("HP-THCS-007", "Mục III", "CT6.01", "Chỉ tiêu 40% học sinh sau tốt nghiệp THCS vào học GDNN, GDTX là quá cao với nội thành: phụ huynh hầu hết muốn con thi vào lớp 10 công lập, năm 2025 tỷ lệ này ở cụm chỉ khoảng 18%.",
      prop="Điều chỉnh chỉ tiêu 6.1 xuống 35%", val="35%", basis="Báo cáo tuyển sinh lớp 10 năm 2025 của Sở GDĐT",
      cond="Mở rộng chương trình 9+ (trung cấp kết hợp văn hóa) tại các trường nghề nội thành", time="2030",
      note="Disagrees with cum-06 on CT6.01 (cum-06 proposes 45%)"),
    C("HP-THCS-008", "Phụ lục 2", "CT2.05", "Trường THCS Ngô Quyền có 26 lớp, định mức 1,9 GV/lớp là 50 giáo viên, hiện có 45, thiếu 5 (2 Tiếng Anh, 2 Tin học, 1 Âm nhạc). Các môn này đang phải hợp đồng hoặc dạy vượt giờ.",
      basis="Phụ lục 2; Thông tư 20/2023/TT-BGDĐT"),
    C("HP-THCS-009", "Phụ lục 4", "", "Tỷ lệ tốt nghiệp THCS của trường ghi trong Phụ lục 4 bị nhầm (trên 100%), số đúng là 99,6%, trường sẽ gửi bản sửa.",
      note="Refers to the deliberate rate-above-100 cell in phu-luc.xlsx PL4 (HP-THCS-009)"),
    C("HP-THCS-010", "Phụ lục 1", "CT1.09", "Trường THCS Lê Chân quá tải nghiêm trọng, 52 HS/lớp, phòng học chật, không đảm bảo giãn cách bàn ghế.",
      note="CONTRADICTS appendix: PL1 of HP-THCS-010 gives 24 lớp / 1.056 HS = 44 HS/lớp"),
    C("HP-THCS-011", "", "NV5.04", "Đề nghị Sở xây dựng ngân hàng câu hỏi dùng chung cho các môn thi vào lớp 10, giáo viên các trường cùng đóng góp, có thẩm định."),
    C("HP-THCS-012", "Phụ lục 1", "NV1.02", "Trường Tràng Cát đang có 980 HS, dự báo năm 2030 lên 1.240 HS do các khu đô thị Tràng Cát, Đằng Lâm. Dự án mở rộng 5.000 m² (68 tỷ đồng) đã được phê duyệt, đề nghị bố trí vốn khởi công năm 2026 để kịp tiến độ.",
      basis="Phụ lục 1, Phụ lục 3; Quyết định phê duyệt dự án", time="2026"),
    C("HP-THCS-013", "", "", "Đề nghị tăng cường cơ sở vật chất cho các trường."),
    C("HP-THCS-014", "Phụ lục 3", "CT3.04", "Trường Cát Bi vẫn đang dùng 2 phòng học lắp ghép tạm từ năm 2022 do tăng số lớp 6. Đề nghị đưa vào danh mục xóa phòng tạm 2026.",
      basis="Phụ lục 3"),
    C("HP-THCS-015", "Mục IV", "NV4.06", "Đề nghị bổ sung giải pháp về y tế trường học: nhiều trường THCS không có nhân viên y tế chuyên trách, phải kiêm nhiệm.", plain=True),
    C("HP-THCS-016", "Phụ lục 2", "CT2.03", "Trường Đông Hải còn 4 giáo viên chưa đạt chuẩn trình độ đào tạo (48 GV, 44 đạt chuẩn), đều trên 50 tuổi. Chỉ tiêu 2.3 cần tính đến đối tượng này.",
      basis="Phụ lục 2"),
    C("HP-THCS-017", "Mục IV", "NV8.02", "Đề nghị thành phố có cơ chế thuận lợi hơn về cấp phép liên kết giảng dạy chương trình nước ngoài ở THCS, thủ tục hiện kéo dài 6-8 tháng."),
    C("HP-THCS-001", "Mục IV", "NV3.02", "Đề xuất bổ sung giải pháp chuyển trụ sở Quận ủy, UBND quận Hồng Bàng cũ (khoảng 4.500 m²) sang xây dựng trường THCS Hồng Bàng cơ sở 2, giảm tải khoảng 400 HS cho trường hiện tại. Trách nhiệm: UBND phường Hồng Bàng, Sở Tài chính. Thời gian: 2026-2028. Kinh phí cải tạo khoảng 35 tỷ đồng.",
      prop="Bổ sung vào nhiệm vụ 3.2", time="2026-2028",
      note="6 rõ partly: việc, sản phẩm (cơ sở 2 ~400 HS), tiến độ, nguồn lực, trách nhiệm; mục tiêu implicit (giảm tải)"),
    C("HP-THCS-002", "Mục III", "chỉ tiêu 4.7", "Chỉ tiêu 4.7 (tốt nghiệp THCS 99,5%) là thấp so với thực tế, trường đã đạt 100% liên tục 5 năm. Đề nghị nâng lên 99,8%.",
      val="99,8%", basis="Phụ lục 4; kết quả xét công nhận tốt nghiệp 2021-2025"),
    C("HP-THCS-003", "Phần thứ hai, mục II.1.c", "CT3.06", "Cụm có 8/16 trường công lập bình quân dưới 6 m²/HS. Đề nghị phần thực trạng nêu rõ con số này thay vì chỉ nói \"một số trường chưa đảm bảo diện tích\".",
      basis="Phụ lục 3 của cụm", prop="Sửa câu văn trong phần thực trạng"),
    C("HP-THCS-005", "", "NV2.06", "Boi duong can bo quan ly: nen co chuong trinh thuc te tai cac truong tien tien trong nuoc va nuoc ngoai."),
    C("HP-THCS-006", "Mục IV", "NV6.03", "Hợp tác công tư: đề nghị Đề án nêu rõ danh mục dự án PPP giáo dục cụ thể (nhà đa năng, bể bơi) để các nhà đầu tư tham gia, không chỉ nêu chung chung."),
    C("HP-THCS-007", "Mục IV, nhóm giải pháp 7", "NV7.02", "Công tác phân luồng sau THCS nên bắt đầu từ lớp 8 với chương trình hướng nghiệp thực tế tại doanh nghiệp, không chỉ tư vấn trên lớp."),
    C("HP-THCS-008", "Mục IV", "NV2.01", "Đề nghị giao biên chế giáo viên theo số lớp thực tế ngay từ đầu năm học thay vì theo năm trước, vì số lớp 6 của trường tăng 2 lớp/năm."),
    C("HP-THCS-009", "Mục III", "CT4.11", "Chỉ tiêu 80% học sinh THCS biết bơi năm 2030 phù hợp nếu có bể bơi. Trường đang phối hợp với Trung tâm thể thao quận cũ, 62% học sinh đã biết bơi."),
    C("HP-THCS-010", "Mục IV", "NV1.02", "Đề nghị xây dựng thêm 1 trường THCS tại khu vực Lê Chân mới (khu đô thị Hồ Sen – Cầu Rào 2) để giảm tải cho trường Lê Chân và Trần Phú."),
    C("HP-THCS-011", "Mục III", "CT5.06", "Chỉ tiêu 80% môn học có ngân hàng câu hỏi, học liệu số dùng chung năm 2030 là khả thi nếu Sở giao cho các tổ chuyên môn liên trường thực hiện, có kinh phí thẩm định."),
    C("HP-THCS-012", "", "", "Đồng ý với các giải pháp về đất đai và cơ sở vật chất."),
    C("HP-THCS-013", "Mục IV", "NV4.04", "Đề xuất đưa nội dung giáo dục trí tuệ nhân tạo cơ bản vào hoạt động trải nghiệm lớp 8, 9; cần có tài liệu hướng dẫn chung của Sở."),
    C("HP-THCS-014", "", "NV5.01", "Phòng máy tính của trường có 35 máy mua năm 2016, đã hỏng 12 máy, không đủ cho lớp 45 HS thực hành Tin học.", plain=True),
    C("HP-THCS-015", "Phần thứ ba, mục II", "", "Phần quan điểm chỉ đạo cần ngắn gọn hơn, bỏ bớt nội dung trích dẫn nghị quyết."),
    C("HP-THCS-016", "Mục IV", "NV2.02", "Đề nghị hỗ trợ kinh phí cho giáo viên THCS học nâng chuẩn đại học (khoảng 25 triệu đồng/người), hiện giáo viên phải tự chi trả."),
    C("HP-THCS-017", "Mục III", "CT1.10", "Tỷ lệ học sinh ngoài công lập 15% là thấp với nội thành, cụm có 2 trường tư thục đang mở rộng. Đề nghị nâng lên 20% cho khu vực đô thị.",
      val="20%", cond="Giao đất sạch, ưu đãi thuế cho trường tư thục"),
    C("", "Mục IV", "NV3.02", "Phường Hồng Bàng thống nhất với đề xuất chuyển trụ sở cũ sang phục vụ giáo dục, sẽ báo cáo UBND thành phố trong quý I/2026.",
      unit="UBND phường Hồng Bàng"),
    C("", "Phần thứ ba, mục III", "CT1.09; CT3.06", "Tổ chuyên môn Toán liên trường nhận thấy các chỉ tiêu về sĩ số (CT1.09) và diện tích (CT3.06) mâu thuẫn nhau ở nội thành: muốn giảm sĩ số phải tăng phòng, nhưng tăng phòng trên diện tích cũ thì càng giảm m²/HS.",
      unit="Tổ chuyên môn Toán liên trường cụm THCS số 1"),
    C("HP-THCS-002", "Mục IV", "NV6.04", "Sau khi miễn học phí THCS công lập, đề nghị thành phố cấp bù đủ và kịp thời cho nhà trường ngay từ đầu năm để chi hoạt động."),
    C("HP-THCS-004", "Mục IV", "NV8.03", "Đề xuất chương trình trao đổi học sinh giỏi với các trường THCS chất lượng cao của Hà Nội, Quảng Ninh mỗi năm 1 lần."),
    C("HP-THCS-011", "Mục III", "CT2.08", "Kênh Dương có 4/5 giáo viên Tiếng Anh đạt B2, 1 giáo viên đang học. Chỉ tiêu 2.8 là khả thi."),
    C("HP-THCS-013", "", "NV3.05", "Trường Đằng Lâm chưa có nhà đa năng, giờ thể dục khi trời mưa phải nghỉ. Đề nghị đầu tư năm 2027."),
]
