"""cum-10 — GDNN: trường cao đẳng, trung cấp (DỮ LIỆU MẪU). gop-y.csv UTF-8 but NO gop-y.pdf
(missing required part: the plan asks the comment table as pdf AND word/excel); appendix workbook."""
from common import C

CLUSTER = dict(
    code="cum-10", level="gdnn",
    name="Cụm chuyên môn Giáo dục nghề nghiệp (các trường cao đẳng, trung cấp)",
    host="HP-GDNN-001", workshop_date="2026-02-05", received_at="2026-02-06T16:55:00+07:00",
    data_cutoff="2025-10",
    communes=["Hồng Bàng", "Hải An", "Đồ Sơn", "Dương Kinh", "Lê Chân", "Hải Dương", "Thành Đông",
              "Thủy Nguyên", "An Dương"],
    gop_y="csv", csv_encoding="utf-8", appendix="xlsx", appendix_style="num", minh_chung="csv",
    bien_ban="docx", gop_y_pdf=False,
    dossier_defects={"missing_part": "no gop-y.pdf: part gop_y needs [pdf] AND one of "
                                     "[xlsx, csv, docx]; only gop-y.csv was sent"},
)

INSTITUTIONS = """
HP-GDNN-001 | Trường Cao đẳng Công nghiệp Hải Phòng | Hồng Bàng | Công lập
HP-GDNN-002 | Trường Cao đẳng Hàng hải I | Hải An | Công lập
HP-GDNN-003 | Trường Cao đẳng Du lịch Hải Phòng | Đồ Sơn | Công lập
HP-GDNN-004 | Trường Cao đẳng Việt Nam – Hàn Quốc thành phố Hải Phòng | Dương Kinh | Công lập
HP-GDNN-005 | Trường Cao đẳng Y tế Hải Phòng | Lê Chân | Công lập
HP-GDNN-006 | Trường Cao đẳng Hải Dương | Hải Dương | Công lập
HP-GDNN-007 | Trường Cao đẳng Du lịch và Công thương | Hải Dương | Công lập
HP-GDNN-008 | Trường Trung cấp nghề Thủy Nguyên | Thủy Nguyên | Công lập
HP-GDNN-009 | Trường Trung cấp Kinh tế – Kỹ thuật Bắc Nam | An Dương | Tư thục
HP-GDNN-010 | Trường Cao đẳng Y tế Hải Dương | Thành Đông | Công lập
"""

OVERRIDES = {
    "HP-GDNN-001": dict(so_lop=165, hoc_sinh=5200, dinh_muc=208, giao_vien=185),
    "HP-GDNN-002": dict(kiem_dinh="Cấp độ 3"),
    "HP-GDNN-008": dict(so_lop=30, hoc_sinh=850, du_an="Chưa có", von=0),
}

COMMENTS = [
    C("HP-GDNN-001", "Mục III, nhóm 6", "CT6.04", "Chỉ tiêu tuyển sinh GDNN 120.000 người/năm vào năm 2030 là phù hợp với nhu cầu nhân lực của các khu công nghiệp, khu kinh tế. Tuy nhiên năng lực các trường công lập hiện chỉ khoảng 70.000 chỗ/năm, cần làm rõ phần của cơ sở tư thục, doanh nghiệp.",
      basis="Báo cáo tuyển sinh GDNN năm 2025"),
    C("HP-GDNN-001", "Phụ lục 2", "CT2.07", "Trường Cao đẳng Công nghiệp Hải Phòng có 5.200 người học, theo tỷ lệ 25 người học/nhà giáo cần 208 nhà giáo, hiện có 185, thiếu 23, chủ yếu ngành điện tử, tự động hóa, bán dẫn.",
      basis="Phụ lục 2"),
    C("HP-GDNN-001", "Mục IV", "NV7.03", "Đề xuất bổ sung nhiệm vụ \"Đào tạo 3.000 kỹ thuật viên bán dẫn, vi mạch giai đoạn 2026-2030\".\na) Việc: mở ngành Công nghệ kỹ thuật bán dẫn trình độ cao đẳng, đào tạo lại nhà giáo.\nb) Mục tiêu: đáp ứng nhu cầu tuyển dụng của các doanh nghiệp FDI ngành điện tử tại KCN Tràng Duệ, DEEP C, bảo đảm 90% tốt nghiệp có việc làm.\nc) Sản phẩm: 01 chương trình đào tạo, 01 phòng sạch thực hành, 3.000 kỹ thuật viên.\nd) Tiến độ: tuyển sinh khóa đầu năm 2026, mỗi năm 600 người.\nđ) Nguồn lực: 120 tỷ đồng (ngân sách thành phố 60%, doanh nghiệp 40%).\ne) Trách nhiệm: Trường Cao đẳng Công nghiệp Hải Phòng thực hiện; Sở GDĐT chủ trì, Ban Quản lý Khu kinh tế phối hợp.",
      time="2026-2030", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-GDNN-002", "Mục IV", "NV7.03", "Trường Cao đẳng Hàng hải I trực thuộc Bộ, đề nghị Đề án có cơ chế đặt hàng của thành phố đối với các trường trung ương đóng trên địa bàn đào tạo nhân lực cảng biển, logistics."),
    C("HP-GDNN-003", "", "", "Nhất trí với dự thảo Đề án."),
    C("HP-GDNN-004", "Mục IV", "NV8.01", "Trường Việt Nam – Hàn Quốc đề nghị mở rộng liên kết đào tạo với Hàn Quốc, Nhật Bản trong ngành cơ điện tử, cho phép học sinh học 1 năm tại nước ngoài."),
    C("HP-GDNN-005", "Mục III", "CT6.02", "Chỉ tiêu lao động qua đào tạo có bằng cấp, chứng chỉ 45% năm 2030 là thấp so với mục tiêu của Nghị quyết Đại hội Đảng bộ thành phố; đề nghị 50%.",
      val="50%", basis="Nghị quyết Đại hội Đảng bộ thành phố nhiệm kỳ 2025-2030", time="2030"),
    C("HP-GDNN-006", "Mục IV", "NV7.01", "Sắp xếp các trường cao đẳng công lập: đề nghị không sáp nhập cơ học, mà theo nhóm ngành, giữ thương hiệu các trường có uy tín. Cần lộ trình ít nhất 2 năm."),
    C("HP-GDNN-007", "Mục IV", "NV6.05", "Đề nghị thực hiện đặt hàng đào tạo theo Nghị định 32/2019/NĐ-CP ngay từ năm 2026 cho các nghề thành phố cần (du lịch, nhà hàng, khách sạn) thay vì giao dự toán bình quân."),
    C("HP-GDNN-008", "Phụ lục 3", "", "Trường Trung cấp nghề Thủy Nguyên có 850 học sinh, xưởng thực hành xây từ năm 2005, chưa có dự án đầu tư. Đề nghị đưa vào danh mục đầu tư công trung hạn.",
      basis="Phụ lục 1, Phụ lục 3"),
    C("HP-GDNN-009", "Mục IV", "NV1.04", "Trường tư thục đề nghị được bình đẳng trong tiếp cận đặt hàng đào tạo và hỗ trợ học phí cho người học như trường công lập."),
    C("HP-GDNN-010", "", "CT6.03", "Chỉ tiêu tỷ lệ lao động qua đào tạo 90% năm 2030 phù hợp."),
    C("HP-GDNN-001", "Mục III, nhóm 5", "CT5.07", "Tỷ lệ cơ sở GDNN tổ chức đào tạo trực tuyến, kết hợp 70%: khả thi với lý thuyết, nhưng cần quy định tỷ lệ tối đa trực tuyến theo ngành."),
    C("HP-GDNN-002", "", "", "De nghi bo sung nganh logistics vao danh muc nganh uu tien dat hang."),
    C("HP-GDNN-003", "Mục IV", "NV7.05", "Gắn kết với doanh nghiệp du lịch: đề nghị doanh nghiệp tham gia xây dựng chương trình, nhận sinh viên thực tập có trả lương."),
    C("HP-GDNN-004", "Mục III", "CT6.04", "Đồng ý chỉ tiêu 6.4."),
    C("HP-GDNN-005", "Phần thứ hai, mục II.1.b", "", "Phần thực trạng đội ngũ GDNN chưa có số liệu về nhà giáo có kỹ năng nghề bậc 3 trở lên, đề nghị bổ sung."),
    C("HP-GDNN-006", "Mục III", "CT2.07", "Chỉ tiêu 100% nhà giáo GDNN đạt chuẩn năm 2030 khó đạt đối với chuẩn kỹ năng nghề, hiện khoảng 88%. Đề nghị 95%.",
      val="95%", basis="Phụ lục 2"),
    C("HP-GDNN-007", "Phụ lục 4", "", "Tỷ lệ tốt nghiệp của trường ghi trong Phụ lục 4 là theo khóa tốt nghiệp năm 2025, chưa gồm học sinh liên thông."),
    C("HP-GDNN-008", "Mục IV", "NV7.02", "Đề nghị các trường THCS phối hợp với trường trung cấp tổ chức ngày hội tư vấn tuyển sinh ngay tại trường THCS từ tháng 3 hằng năm."),
    C("HP-GDNN-009", "", "", "Đồng ý, đề nghị Sở sớm ban hành."),
    C("HP-GDNN-010", "Mục IV", "NV2.02", "Giảng viên ngành điều dưỡng cần chứng chỉ hành nghề và thời gian thực hành tại bệnh viện; đề nghị cơ chế phối hợp với Sở Y tế."),
    C("HP-GDNN-001", "Mục IV", "NV6.02", "Trường đã tự chủ 70% chi thường xuyên, đề nghị được tự chủ hoàn toàn về tổ chức bộ máy, tuyển dụng nhà giáo."),
    C("HP-GDNN-002", "Mục IV", "NV8.05", "Liên kết vùng: đề nghị hợp tác với Quảng Ninh, Thái Bình (nay thuộc Hưng Yên) về đào tạo thuyền viên, nhân lực cảng biển."),
    C("HP-GDNN-003", "Mục III", "CT6.02", "Đồng ý với đề xuất nâng chỉ tiêu 6.2 lên 50% của trường Cao đẳng Y tế Hải Phòng."),
    C("HP-GDNN-004", "Phụ lục 3", "NV3.04", "Thiết bị đào tạo cơ điện tử của trường do KOICA tài trợ năm 2014 đã lạc hậu, đề nghị đầu tư mới khoảng 45 tỷ đồng giai đoạn 2026-2028."),
    C("HP-GDNN-005", "Mục IV", "NV5.04", "Đề nghị xây dựng kho học liệu số dùng chung cho các ngành sức khỏe giữa 2 trường cao đẳng y tế.", plain=True),
    C("HP-GDNN-006", "", "NV7.01", "Không đồng ý sáp nhập trường Cao đẳng Hải Dương vào trường Cao đẳng Công nghiệp Hải Phòng như phương án dự thảo, vì hai trường khác nhóm ngành và cách nhau trên 50 km.",
      prop="Bỏ phương án sáp nhập khỏi nhiệm vụ 7.1"),
    C("HP-GDNN-007", "Mục IV", "NV4.04", "Đề nghị đưa kỹ năng số, trí tuệ nhân tạo cơ bản vào chương trình các ngành du lịch, thương mại."),
    C("", "Mục IV", "NV7.05", "Ban Quản lý Khu kinh tế đề nghị các trường gửi danh mục ngành đào tạo hằng năm để giới thiệu với doanh nghiệp FDI; dự kiến nhu cầu tuyển 45.000 lao động kỹ thuật giai đoạn 2026-2030.",
      unit="Ban Quản lý Khu kinh tế Hải Phòng"),
    C("HP-GDNN-008", "Mục III", "CT6.01", "Chỉ tiêu 6.1 (40% học sinh sau THCS vào GDNN, GDTX) phù hợp với khu vực Thủy Nguyên, trường đồng ý."),
    C("HP-GDNN-010", "Mục IV", "NV6.05", "Đặt hàng đào tạo nên theo kết quả đầu ra (tỷ lệ có việc làm sau 6 tháng), không chỉ theo số tuyển sinh."),
    C("HP-GDNN-009", "Mục IV", "NV1.04", "Đề nghị cho thuê trụ sở các trường trung cấp công lập sau sáp nhập để trường tư thục mở rộng đào tạo."),
    C("HP-GDNN-005", "", "", "Cần quan tâm đầu tư hơn cho giáo dục nghề nghiệp."),
    C("HP-GDNN-006", "Phụ lục 1", "", "Số học sinh của trường tại Phụ lục 1 bao gồm cả hệ 9+ học văn hóa tại trường."),
    C("HP-GDNN-004", "Mục IV", "NV2.04", "Nhà giáo dạy nghề kỹ thuật cao có thu nhập thấp hơn doanh nghiệp 2-3 lần, đề nghị chính sách thu hút chuyên gia doanh nghiệp tham gia giảng dạy bán thời gian.", plain=True),
    C("HP-GDNN-003", "Phụ lục 2", "", "Trường Cao đẳng Du lịch đề nghị bổ sung cột giảng viên thỉnh giảng trong Phụ lục 2."),
    C("HP-GDNN-002", "Mục III", "CT6.03", "Tỷ lệ lao động qua đào tạo 90% là hợp lý."),
]
