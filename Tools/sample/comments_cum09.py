"""cum-09 — GDTX: Trung tâm GDNN-GDTX (DỮ LIỆU MẪU). CSV UTF-8 with BOM; header wording varies;
its figures use the cut-off 12/2025 instead of 10/2025 (ho-so.toml data_cutoff = "2025-12")."""
from common import C

CLUSTER = dict(
    code="cum-09", level="gdtx",
    name="Cụm chuyên môn Giáo dục thường xuyên (các Trung tâm GDNN-GDTX, Trung tâm GDTX)",
    host="HP-GDTX-001", workshop_date="2026-02-04", received_at="2026-02-06T10:15:00+07:00",
    data_cutoff="2025-12",
    communes=["Lê Chân", "Thủy Nguyên", "An Dương", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "An Lão",
              "Cát Hải", "Hải Dương", "Chí Linh", "Kinh Môn", "Thanh Hà"],
    gop_y="csv", csv_encoding="utf-8-sig", appendix="csv", appendix_style="plain", minh_chung="csv",
    bien_ban="pdf", gop_y_pdf=True,
    headers={"Đơn vị góp ý": "Đơn vị", "Mã đơn vị": "Mã trường", "Nội dung góp ý": "Ý kiến góp ý"},
    dossier_defects={"cutoff": "ho-so.toml data_cutoff = \"2025-12\" (the plan fixes 2025-10); "
                               "the minutes and several comments say \"số liệu tháng 12/2025\""},
)

INSTITUTIONS = """
HP-GDTX-001 | Trung tâm Giáo dục thường xuyên thành phố Hải Phòng | Lê Chân | Công lập
HP-GDTX-002 | Trung tâm GDNN-GDTX Thủy Nguyên | Thủy Nguyên | Công lập
HP-GDTX-003 | Trung tâm GDNN-GDTX An Dương | An Dương | Công lập
HP-GDTX-004 | Trung tâm GDNN-GDTX Kiến Thụy | Kiến Thụy | Công lập
HP-GDTX-005 | Trung tâm GDNN-GDTX Tiên Lãng | Tiên Lãng | Công lập
HP-GDTX-006 | Trung tâm GDNN-GDTX Vĩnh Bảo | Vĩnh Bảo | Công lập
HP-GDTX-007 | Trung tâm GDNN-GDTX An Lão | An Lão | Công lập
HP-GDTX-008 | Trung tâm GDNN-GDTX Cát Hải | Cát Hải | Công lập
HP-GDTX-009 | Trung tâm GDTX Hải Dương | Hải Dương | Công lập
HP-GDTX-010 | Trung tâm GDNN-GDTX Chí Linh | Chí Linh | Công lập
HP-GDTX-011 | Trung tâm GDNN-GDTX Kinh Môn | Kinh Môn | Công lập
HP-GDTX-012 | Trung tâm GDNN-GDTX Thanh Hà | Thanh Hà | Công lập
"""

OVERRIDES = {
    "HP-GDTX-001": dict(so_lop=22, hoc_sinh=930, cong_suat=900, tot_nghiep=95.2),
    "HP-GDTX-002": dict(so_lop=18, hoc_sinh=760, dinh_muc=27, giao_vien=21),
    "HP-GDTX-008": dict(so_lop=4, hoc_sinh=95, cong_suat=200, dinh_muc=6, giao_vien=5, gv_dat_chuan=5),
    "HP-GDTX-009": dict(tot_nghiep=93.5),
    "HP-GDTX-011": dict(du_an="Chưa có", von=0, ban_kien_co=4, phong_tam=0),
}

COMMENTS = [
    C("HP-GDTX-001", "Mục III, nhóm 6", "CT6.06", "Tỷ lệ học viên GDTX cấp THPT tốt nghiệp 96% năm 2030 là khả thi với Trung tâm thành phố (năm 2025 đạt 95,2%), nhưng khó với các trung tâm ngoại thành. Cụm đề nghị giữ 96% chung, có lộ trình riêng.",
      basis="Kết quả thi tốt nghiệp THPT 2025 (số liệu tháng 12/2025)"),
    C("HP-GDTX-001", "Phụ lục 1", "", "Số liệu Phụ lục 1 của các trung tâm trong cụm được chốt tại tháng 12/2025 (sau khi hoàn thành tuyển sinh bổ sung), không phải tháng 10/2025.",
      note="Explains the cluster's data_cutoff 2025-12"),
    C("HP-GDTX-002", "Phụ lục 2", "CT2.05", "Trung tâm GDNN-GDTX Thủy Nguyên có 18 lớp văn hóa, 760 học viên, cần 27 giáo viên văn hóa nhưng chỉ có 21, thiếu 6 (Toán, Văn, Anh, Lý, Hóa, Sử). Trung tâm phải mời giáo viên THPT thỉnh giảng.",
      basis="Phụ lục 2"),
    C("HP-GDTX-003", "", "", "Nhất trí với dự thảo."),
    C("HP-GDTX-004", "Mục IV, giải pháp 7, nhiệm vụ 1", "", "Về sắp xếp lại trung tâm GDNN-GDTX sau khi không còn cấp huyện: đề nghị giữ mỗi khu vực 1 trung tâm, trực thuộc Sở GDĐT, không sáp nhập vào trường cao đẳng vì học viên chủ yếu học văn hóa."),
    C("HP-GDTX-005", "Mục III", "CT6.01", "Đồng ý chỉ tiêu 40% học sinh sau THCS vào GDNN, GDTX, trung tâm Tiên Lãng năm 2025 đã tuyển 310 học viên lớp 10, tăng 18% so với 2024."),
    C("HP-GDTX-006", "Mục IV", "NV7.06", "Trung tâm học tập cộng đồng ở các xã sau sáp nhập hoạt động cầm chừng, không có kinh phí. Đề nghị giao trung tâm GDNN-GDTX hướng dẫn chuyên môn cho các trung tâm học tập cộng đồng."),
    C("HP-GDTX-007", "Mục III", "CT6.07", "Chỉ tiêu 95% xã, phường có trung tâm học tập cộng đồng hoạt động hiệu quả: cần làm rõ tiêu chí \"hiệu quả\" và ai đánh giá."),
    C("HP-GDTX-008", "Phụ lục 1", "NV1.06", "Trung tâm Cát Hải chỉ có 4 lớp, 95 học viên, 5 giáo viên cơ hữu. Đề nghị tổ chức dạy văn hóa GDTX kết hợp tại trường liên cấp đặc khu thay vì duy trì trung tâm riêng.",
      basis="Phụ lục 1, Phụ lục 2"),
    C("HP-GDTX-009", "Phụ lục 4", "CT6.06", "Tỷ lệ tốt nghiệp của Trung tâm GDTX Hải Dương năm 2025 là 93,5%, thấp hơn chỉ tiêu do nhiều học viên vừa học vừa làm, bỏ thi.",
      basis="Phụ lục 4"),
    C("HP-GDTX-010", "Mục IV", "NV7.02", "De nghi ho tro hoc phi hoc nghe cho hoc vien GDTX hoc song song van hoa va nghe (chuong trinh 9+), muc 100% nhu hoc sinh trung cap."),
    C("HP-GDTX-011", "Phụ lục 3", "NV3.03", "Trung tâm Kinh Môn có 4 phòng học bán kiên cố xây từ năm 1997, chưa có dự án cải tạo. Đề nghị đưa vào danh mục đầu tư 2026-2030.",
      basis="Phụ lục 3"),
    C("HP-GDTX-012", "", "", "Can quan tam hon nua den GDTX."),
    C("HP-GDTX-001", "Mục IV", "NV7.06", "Đề xuất bổ sung nhiệm vụ: \"Xây dựng nền tảng học tập suốt đời trực tuyến của thành phố\".\n- Việc: xây dựng nền tảng, số hóa 200 khóa học ngắn (kỹ năng số, ngoại ngữ, nghề).\n- Mục tiêu: mỗi năm 50.000 lượt người dân học trực tuyến, góp phần đạt chỉ tiêu 6.7.\n- Sản phẩm: 01 nền tảng, 200 khóa học, hệ thống cấp chứng nhận điện tử.\n- Tiến độ: 2026 xây dựng, 2027 vận hành, 2030 đánh giá.\n- Nguồn lực: 6 tỷ đồng ngân sách, xã hội hóa học liệu.\n- Trách nhiệm: Trung tâm GDTX thành phố thực hiện, Sở GDĐT chủ trì, Sở Khoa học và Công nghệ phối hợp.",
      time="2026-2030", note="6 rõ complete: việc, mục tiêu, sản phẩm, tiến độ, nguồn lực, trách nhiệm"),
    C("HP-GDTX-002", "Mục IV", "NV2.01", "Đề nghị có định mức giáo viên riêng cho trung tâm GDNN-GDTX, hiện chưa có văn bản quy định định mức như trường THPT."),
    C("HP-GDTX-003", "Mục III", "CT1.06", "Đề nghị chỉ tiêu 1.6 tính cả học viên GDTX cấp THPT như dự thảo, vì GDTX là một kênh quan trọng."),
    C("HP-GDTX-004", "Phần thứ hai, mục II.1.b", "", "Giáo viên trung tâm phần lớn dạy văn hóa, nhưng chưa được bồi dưỡng chương trình GDTX cấp THPT mới (Thông tư 12/2022/TT-BGDĐT)."),
    C("HP-GDTX-005", "Mục IV", "NV6.05", "Cơ chế đặt hàng đào tạo cần áp dụng cả cho trung tâm GDNN-GDTX, không chỉ trường cao đẳng, trung cấp."),
    C("HP-GDTX-006", "Mục III", "CT5.04", "Giáo viên trung tâm có tuổi bình quân cao, chỉ tiêu 100% đạt chuẩn năng lực số năm 2030 là khó."),
    C("HP-GDTX-007", "Mục IV", "NV5.04", "Đề nghị cho phép học viên GDTX học một số môn trực tuyến trên nền tảng của Sở, tính kết quả học tập, vì nhiều học viên đi làm ca."),
    C("HP-GDTX-008", "Mục IV", "NV2.04", "Trung tâm Cát Hải không tuyển được giáo viên Hóa học 3 năm liền, đề nghị chính sách thu hút riêng cho giáo viên ra đặc khu."),
    C("HP-GDTX-009", "", "CT6.06", "Chỉ tiêu tốt nghiệp 96% với trung tâm Hải Dương là khó: đề nghị 94% năm 2030.",
      val="94%", time="2030"),
    C("HP-GDTX-010", "Mục III", "CT6.01", "Trung tâm Chí Linh đồng ý chỉ tiêu 6.1, có thể đạt 42% ở khu vực Chí Linh – Kinh Môn nếu có thêm ngành nghề gắn với nhiệt điện, xi măng."),
    C("HP-GDTX-011", "Mục IV", "NV3.04", "Trang thiết bị thực hành nghề của trung tâm (điện dân dụng, may) đã cũ, đề nghị đầu tư mới khoảng 2,8 tỷ đồng."),
    C("HP-GDTX-012", "Mục IV", "NV7.05", "Đề nghị doanh nghiệp ở khu công nghiệp Thanh Hà ký hợp đồng tiếp nhận học viên thực tập, trung tâm sẽ đào tạo theo đơn đặt hàng."),
    C("HP-GDTX-001", "Mục IV", "NV5.03", "Học bạ số, văn bằng số cho học viên GDTX cần triển khai đồng thời với THPT, đề nghị Sở có hướng dẫn chung."),
    C("HP-GDTX-002", "", "NV6.02", "Trung tâm không thể tự chủ tài chính vì học viên GDTX được miễn học phí theo quy định mới; đề nghị ngân sách bảo đảm 100% chi thường xuyên."),
    C("HP-GDTX-003", "Mục III, nhóm 5", "CT5.05", "Đường truyền của trung tâm đạt 200 Mbps, đồng ý chỉ tiêu 5.5."),
    C("HP-GDTX-004", "Mục IV", "NV8.04", "Phối hợp gia đình – trung tâm: học viên GDTX nhiều em có hoàn cảnh khó khăn, cần phối hợp với Hội Phụ nữ, Đoàn thanh niên xã, phường."),
    C("HP-GDTX-005", "Phụ lục 1", "", "Số học viên của trung tâm Tiên Lãng tại Phụ lục 1 là số tháng 12/2025, đã bao gồm 2 lớp tuyển bổ sung."),
    C("HP-GDTX-006", "", "", "Đồng ý với ý kiến của Trung tâm GDTX thành phố về chỉ tiêu tốt nghiệp."),
    C("HP-GDTX-007", "Mục IV", "NV7.01", "Không nên sáp nhập trung tâm An Lão vào trung tâm Kiến Thụy, học viên đi lại xa trên 15 km."),
    C("HP-GDTX-009", "Mục IV", "nhiêm vụ 7.6", "Đề nghị nhiêm vụ 7.6 bổ sung chương trình xóa mù chữ, giáo dục sau biết chữ cho người lớn tuổi ở các xã ven sông."),
    C("", "Mục IV", "NV7.06", "Hội Khuyến học thành phố đề nghị Đề án giao chỉ tiêu cụ thể về mô hình \"Công dân học tập\" cho các xã, phường.",
      unit="Hội Khuyến học thành phố Hải Phòng"),
    C("HP-GDTX-010", "Phụ lục 3", "", "Trung tâm Chí Linh dùng chung khuôn viên với trường THCS Sao Đỏ cũ, diện tích đất trong Phụ lục 3 là phần được giao sử dụng."),
    C("HP-GDTX-011", "Mục III", "CT6.07", "Dong y chi tieu 6.7."),
    C("HP-GDTX-012", "Mục IV", "NV2.03", "Bồi dưỡng giáo viên GDTX dạy theo hướng phân hóa theo đối tượng học viên (vừa học vừa làm, lớn tuổi).", plain=True),
    C("HP-GDTX-001", "Phần thứ ba", "", "Đề án nên có mục riêng về GDTX, hiện nội dung GDTX đang nằm rải rác ở nhiều phần."),
    C("HP-GDTX-008", "Mục IV", "NV5.01", "Trung tâm Cát Hải cần hỗ trợ thiết bị học trực tuyến (máy tính, camera lớp học) để kết nối với trung tâm thành phố."),
]
