# Group khac (blanket, procedural, off-focus) and further multi-point rows
from common import R

R("tieu_hoc", "Trường Tiểu học Nguyễn Văn Trỗi", "", "",
  "Nhất trí với toàn bộ dự thảo Đề án.",
  "kh", None, "", "dy", 0, 0, 1)

R("thcs", "Trường THCS Văn Tố", "", "",
  "Thống nhất cao với nội dung dự thảo.",
  "kh", None, "", "dy", 0, 0, 1, tags="nodia")

R("mam_non", "Trường Mầm non Bình Minh 2", "", "",
  "Đơn vị không có ý kiến khác.",
  "kh", None, "", "dy", 0, 0, 1)

R("thpt", "Trường THPT Tô Hiệu", "", "",
  "Chúng tôi hoàn toàn ủng hộ Đề án, đề nghị sớm trình UBND thành phố ban hành.",
  "kh", None, "", "dy", 0, 0, 1, tags="nfd")

R("gdtx", "Trung tâm GDTX Kiến Thụy", "", "",
  "Đồng tình với dự thảo, không bổ sung gì thêm.",
  "kh", None, "", "dy", 0, 0, 1)

R("gdnn", "Trường Trung cấp Nghề Hải Phòng", "", "",
  "Nhà trường thống nhất với các nội dung của dự thảo Đề án và các phụ lục kèm theo.",
  "kh", None, "", "dy", 0, 0, 1,
  note="'các phụ lục' names no specific appendix.")

R("thcs", "Trường THCS Nam Sơn", "", "",
  "Cơ bản đồng ý vơi nội dung dự thảo Đề án.",
  "kh", None, "", "dy", 0, 0, 1, tags="slip")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Dự thảo còn nhiều nội dung chưa sát thực tế, đơn vị chưa thể thống nhất.",
  "kh", None, "", "kd", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Đông Hải", "", "",
  "Đề nghị Sở gửi dự thảo sớm hơn để các trường có thời gian nghiên cứu, lần này chỉ có 3 ngày.",
  "kh", None, "", "kc", 0, 0, 1,
  note="A duration ('3 ngày') is a period, not data.")

R("thpt", "Trường THPT Lê Chân", "", "",
  "Thời hạn nộp hồ sơ 17 giờ ngày 06/02/2026 quá gấp, đề nghị lùi sang ngày 10/02/2026.",
  "kh", None, "", "kc", 0, 0, 1,
  note="Dossier deadline is procedural: group khac, stance khac; dates and clock times are not data.")

R("mam_non", "Trường Mầm non Sen Hồng", "", "",
  "Đề nghị thêm cột “Mã đơn vị” vào biểu mẫu tổng hợp góp ý để dễ đối chiếu.",
  "kh", None, "", "bs", 0, 0, 1,
  note="Adding a form column: bo_sung within group khac.")

R("thcs", "Trường THCS Tân Dương", "", "",
  "Biểu mẫu Phụ lục 3 nên thêm cột diện tích sân chơi, bãi tập.",
  "kh", None, "", "bs", 0, 0, 0, tags="nodia",
  note="BORDERLINE: a form-column request about an appendix stays khac with area null; naming Phụ lục 3 makes it non-generic.")

R("thcs", "Trường THCS Hải An", "", "",
  "Hội thảo nên tổ chức theo cụm nhỏ hơn để các trường được phát biểu nhiều hơn.",
  "kh", None, "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Thủy Sơn", "", "",
  "Đề nghị sửa chữa đoạn đường vào trường bị ngập mỗi khi mưa lớn.",
  "kh", None, "", "kc", 0, 0, 1,
  note="Request outside the Đề án: khac/khac.")

R("thcs", "Trường THCS Hồng Bàng", "", "",
  "Trang 27 dự thảo ghi sai tên trường, đề nghị sửa “Trường THCS Hồng Bàn” thành “Trường THCS Hồng Bàng”.",
  "kh", None, "", "sd", 0, 0, 0,
  note="A page number is not data. Names an institution: not generic.")

R("gdnn", "Trường Cao đẳng Y tế Hải Phòng", "", "",
  "Đề nghị sửa tên Đề án: thay “đến năm 2030” bằng “giai đoạn 2026-2030”.",
  "kh", None, "", "sd", 0, 0, 1)

R("gdtx", "Trung tâm GDTX Hải Dương", "", "",
  "Đề nghị sửa lại số thứ tự các mục trong Phần mở đầu vì đang bị trùng.",
  "kh", None, "", "sd", 0, 0, 1, tags="nodia")

R("thpt", "Trường THPT Nguyễn Bỉnh Khiêm", "", "",
  "Sau hội thảo, ý kiến của các trường có được phản hồi tiếp thu, giải trình không?",
  "kh", None, "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Trần Quốc Toản", "", "",
  "Không đồng ý việc yêu cầu mỗi trường nộp cả bản giấy và bản điện tử, gây tốn kém.",
  "kh", None, "", "kd", 0, 0, 1)

R("mam_non", "Trường Mầm non Thủy Dương", "", "",
  "Đơn vị không thống nhất với việc chốt số liệu tại thời điểm tháng 10/2025 vì nhiều trường còn tuyển sinh bổ sung đến tháng 12.",
  "kh", None, "", "kd", 0, 0, 1)

R("thcs", "Trường THCS Ngô Gia Tự", "", "",
  "1. Nhất trí với dự thảo. 2. Đề nghị bổ sung chỉ tiêu 4.7 về bơi cho cả cấp THCS.",
  "kh", None, "CT4.07", "dy", 0, 0, 0, tags="multi")

R("tieu_hoc", "Trường Tiểu học Ngọc Xuyên", "", "",
  "Một là thống nhất chung với dự thảo; hai là đề nghị số liệu Phụ lục 1 cập nhật đến tháng 12/2025; ba là hội thảo cần mời thêm đại diện phụ huynh.",
  "kh", None, "", "dy", 0, 0, 0, tags="nodia,multi")

R("thpt", "Trường THPT Hàng Hải", "", "",
  "Đề nghị bổ sung vào biểu mẫu cột ghi họ tên, số điện thoại người góp ý để Sở liên hệ khi cần giải trình.",
  "kh", None, "", "bs", 0, 0, 1)

R("mam_non", "Trường Mầm non Hoa Lan", "", "",
  "Cảm ơn Sở đã tổ chức hội thảo chu đáo, các trường được trao đổi nhiều.",
  "kh", None, "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Lê Lai", "", "",
  "Trường đông ý toàn bộ nội dung dự thảo và không có ý kiến bổ sung.",
  "kh", None, "", "dy", 0, 0, 1, tags="slip")

R("gdnn", "Trường Trung cấp Du lịch Cát Bà", "", "",
  "Chúng tôi chưa nhất trí với dự thảo vì chưa lấy ý kiến giáo viên.",
  "kh", None, "", "kd", 0, 0, 1, tags="nodia")

R("mam_non", "Trường Mầm non Lê Thiện", "", "",
  "Biểu mẫu phụ lục quá nhiều cột, các trường mầm non nhỏ không đủ người để điền.",
  "kh", None, "", "kc", 0, 0, 1)

R("thpt", "Trường THPT Trần Nguyên Hãn", "", "",
  "Đề nghị sửa biểu mẫu: cột “Chỉ tiêu đề xuất” đổi thành “Giá trị chỉ tiêu đề xuất” để tránh hiểu nhầm.",
  "kh", None, "", "sd", 0, 0, 1)

R("thcs", "Trường THCS Tiên Lãng", "", "",
  "Lịch hội thảo cụm Tiên Lãng trùng với lịch kiểm tra học kỳ, đề nghị đổi sang ngày 05/02/2026.",
  "kh", None, "", "kc", 0, 0, 0,
  note="Names a cluster: not generic.")

R("dai_hoc", "Trường Đại học Hải Dương", "", "",
  "Đề nghị đưa thêm phần giải thích thuật ngữ vào cuối Đề án.",
  "kh", None, "", "bs", 0, 0, 1)

R("gdtx", "Trung tâm GDTX Thủy Nguyên", "", "",
  "Đề nghị rút gọn phần căn cứ pháp lý, hiện liệt kê quá dài.",
  "kh", None, "", "sd", 0, 0, 1)

R("thcs", "Trường THCS An Dương", "", "",
  "Nhất trí với dự thảo; đồng thời đề nghị bổ sung nhiệm vụ 5.1 đầu tư wifi cho các lớp học.",
  "kh", None, "NV5.01", "dy", 0, 0, 0, tags="multi,nfd")

R("thcs", "Trường THCS Cát Bà", "", "",
  "Trường THCS Cát Bà đề nghị được tham gia hội thảo trực tuyến do đi lại bằng tàu rất khó khăn.",
  "kh", None, "", "kc", 0, 0, 0)

R("tieu_hoc", "Trường Tiểu học Hải Thành", "", "",
  "Đề nghị Sở tổng hợp và gửi lại kết quả hội thảo cho các trường.",
  "kh", None, "", "kc", 0, 0, 1, tags="nodia")

R("mam_non", "Cụm mầm non Kiến An", "", "",
  "Cụm mầm non Kiến An thống nhất với toàn bộ dự thảo.",
  "kh", None, "", "dy", 0, 0, 0,
  note="The cluster is named in the text (the unit column alone would not count).")

R("tieu_hoc", "Trường Tiểu học Đằng Lâm", "", "",
  "Đề nghị UBND phường Hải An cho lắp đèn tín hiệu giao thông trước cổng Trường Tiểu học Đằng Lâm.",
  "kh", None, "", "kc", 0, 0, 0)

R("thcs", "Trường THCS Lê Lợi", "", "",
  "Theo Công văn 215/SGDĐT-VP, hạn nộp hồ sơ là ngày 06/02/2026 nhưng biểu mẫu gửi kèm lại ghi ngày 07/02/2026, đề nghị thống nhất lại.",
  "kh", None, "", "kc", 0, 1, 0,
  note="BORDERLINE: correcting the workshop paperwork is procedural (stance khac), not sua_doi of the Đề án.")

R("thpt", "Trường THPT Kiến Thụy", "", "",
  "Ý kiến các thành viên trong tổ chuyên môn đã được tổng hợp đầy đủ.",
  "kh", None, "", "kc", 0, 0, 1)

R("gdtx", "Trung tâm GDNN-GDTX Tiên Lãng", "", "",
  "Không có ý kiến khác, đồng ý như dự thảo.",
  "kh", None, "", "dy", 0, 0, 1, tags="nodia")

R("thcs", "Trường THCS Đằng Hải", "", "",
  "Trường có 42 cán bộ, giáo viên tham gia thảo luận, 100% nhất trí thông qua biên bản.",
  "kh", None, "", "kc", 1, 0, 0,
  note="About the meeting itself: khac. Head-counts are data.")

R("thpt", "Trường THPT Lê Quý Đôn", "", "",
  "Một: biểu mẫu Phụ lục 4 cần thêm cột tỷ lệ học sinh chọn tổ hợp khoa học tự nhiên. Hai: nhất trí các chỉ tiêu chất lượng.",
  "kh", None, "", "bs", 0, 0, 0, tags="multi")

R("dai_hoc", "Trường Đại học Hàng hải Việt Nam", "", "",
  "Không nhất trí với việc gộp trường đại học vào cùng cụm hội thảo với các trường cao đẳng.",
  "kh", None, "", "kd", 0, 0, 1)

R("gdnn", "Trường Cao đẳng Công nghệ Bách Nghệ", "", "",
  "Đề nghị bổ sung vào biểu mẫu minh chứng cột “số hiệu văn bản” để tra cứu.",
  "kh", None, "", "bs", 0, 0, 1, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Cổ Am", "", "",
  "Xin hỏi hạn nộp phụ lục số liệu có khác hạn nộp biên bản không?",
  "kh", None, "", "kc", 0, 0, 1, tags="nfd")

# --- further multi-point rows across groups
R("mam_non", "Trường Mầm non Quang Trung", "", "",
  "Ý kiến gồm hai phần. Thứ nhất, Phụ lục 2 của trường ghi 2 nhân viên nấu ăn, thực tế có 5 người hợp đồng, đề nghị sửa số liệu. Thứ hai, đề nghị giải pháp hỗ trợ kinh phí thuê nhân viên nấu ăn cho trường mầm non công lập.",
  "tt", "dn", "", "sd", 1, 0, 0, tags="multi,nfd")

R("thcs", "Trường THCS Cổ Am", "", "",
  "(1) Thực trạng: số phòng học bộ môn của trường trong Phụ lục 3 là 5, thực tế là 7, đề nghị sửa. (2) Giải pháp: đề nghị bổ sung nhiệm vụ 3.3 đầu tư phòng Công nghệ.",
  "tt", "ph", "NV3.03", "sd", 1, 0, 0, tags="nodia,multi")

R("gdnn", "Trường Trung cấp Nghề An Lão", "", "",
  "Góp ý: 1) đề nghị bổ sung vào Phụ lục 1 số liệu của phân hiệu tại xã An Lão (khoảng 420 học sinh); 2) đề nghị điều chỉnh nhiệm vụ 7.1 cho phù hợp.",
  "tt", "qm", "NV7.01", "bs", 1, 0, 0, tags="multi")

R("mam_non", "UBND xã Quang Trung", "", "",
  "Ý kiến của UBND xã: thứ nhất, Phụ lục 3 chưa ghi nhận 5.000 m² đất xã đã quy hoạch cho Trường Mầm non Quang Trung, đề nghị cập nhật; thứ hai, đề nghị thành phố hỗ trợ kinh phí giải phóng mặt bằng.",
  "tt", "dd", "", "sd", 1, 0, 0, tags="multi",
  note="Filling an existing, empty appendix figure = sua_doi.")

R("thcs", "Trường THCS Lạch Tray", "", "",
  "- Nhất trí phân tích tình trạng quá tải ở phường Ngô Quyền. - Đề nghị bổ sung giải pháp điều chỉnh tuyến tuyển sinh lớp 6. - Đề nghị xây mới trường THCS Lạch Tray cơ sở 2.",
  "tt", "qm", "", "dy", 0, 0, 0, tags="multi")

R("thpt", "Trường THPT Thủy Nguyên", "", "",
  "Hai ý: thứ nhất, đề nghị bổ sung vào phần thực trạng số phòng học xuống cấp của các trường THPT; thứ hai, thống nhất chỉ tiêu 3.1.",
  "tt", "ph", "CT3.01", "bs", 0, 0, 0, tags="multi")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Về thực trạng chuyển đổi số: a) đồng ý với đánh giá; b) trường đã có 100% học phần có bài giảng trên hệ thống LMS; c) đề nghị thêm nhiệm vụ 5.3 về học liệu mở dùng chung.",
  "tt", "cds", "NV5.03", "dy", 1, 0, 0, tags="multi")

R("gdtx", "Trung tâm GDNN-GDTX An Dương", "", "",
  "Thứ nhất, không đồng ý chỉ tiêu 6.2 giao tuyển sinh nghề cho trung tâm tăng 10%/năm; thứ hai, đề nghị bổ sung nhiệm vụ 7.4 hỗ trợ trung tâm mua thiết bị thực hành.",
  "mt", "qm", "CT6.02 NV7.04", "kd", 1, 0, 0, tags="multi,nodia")

R("thcs", "Trường THCS Kiến Thụy", "", "",
  "Ý kiến: (1) bổ sung chỉ tiêu tỷ lệ trường có phòng tư vấn tâm lý học đường đạt 100% vào năm 2030; (2) nhất trí nhiệm vụ 4.1.",
  "mt", "ph", "NV4.01", "bs", 1, 0, 0, tp="vt", tags="multi",
  note="An indicator about having a room → phong_hoc.")

R("thpt", "Trường THPT Bạch Đằng", "Phần thứ ba, Mục IV, NV 5.02", "",
  "Hai đề xuất: một, nhiệm vụ cơ sở dữ liệu nên thêm việc đồng bộ điểm thi tuyển sinh lớp 10 để học sinh tra cứu trực tuyến; hai, chỉ tiêu 5.2 giữ nguyên.",
  "gp", "cds", "NV5.02 CT5.02", "bs", 0, 0, 0, six="vm", tags="multi,nodia",
  note="Code from the location column ('NV 5.02').")

R("gdnn", "Trường Cao đẳng Cơ điện Hải Phòng", "", "",
  "Góp ý: thứ nhất, đề nghị bổ sung giải pháp liên kết với doanh nghiệp ô tô điện để đào tạo kỹ thuật viên bảo dưỡng, giao Trường Cao đẳng Cơ điện Hải Phòng thực hiện từ năm 2027; thứ hai, nhiệm vụ 7.2 nhất trí.",
  "gp", "cl", "NV7.02", "bs", 0, 0, 0, six="vmtr", tags="multi",
  note="Training–enterprise link → chat_luong; 'để đào tạo kỹ thuật viên bảo dưỡng' is an explicit purpose.")

R("tieu_hoc", "Trường Tiểu học Hạ Lý", "", "",
  "Ý kiến 1: không đồng ý nhiêm vụ chuyển giáo viên tiểu học dạy liên trường sang xã khác. Ý kiến 2: chỉ tiêu 2.2 nhất trí.",
  "gp", "dn", "CT2.02", "kd", 0, 0, 0, tags="multi,slip")

R("mam_non", "Trường Mầm non Hùng Vương", "", "",
  "Có 3 kiến nghị: thứ nhất, đề nghị giải pháp 3, nhiệm vụ 5 bổ sung xây bếp ăn cho 4 điểm trường lẻ của trường trong năm 2027; thứ hai, chỉ tiêu 3.5 nên giữ; thứ ba, cần thêm nhân viên nấu ăn.",
  "gp", "ph", "NV3.05 CT3.05", "bs", 1, 0, 0, six="vst", tags="multi")

R("thcs", "Trường THCS Phan Chu Trinh", "", "",
  "1. Đồng ý nhiệm vụ 1.3 xây trường mới. 2. Đề nghị ưu tiên vốn cho nhiệm vụ 3.2. 3. Đề nghị rà soát Phụ lục 1.",
  "gp", "qm", "NV1.03 NV3.02", "dy", 0, 0, 0, tags="multi,nodia")

R("dai_hoc", "Trường Đại học Y Dược Hải Phòng", "", "",
  "Hai câu hỏi: (1) ký túc xá tập trung cho sinh viên trong nhiệm vụ 3.5 dự kiến xây ở đâu, quy mô bao nhiêu chỗ? (2) nhiệm vụ 8.1 có hỗ trợ kinh phí cho sinh viên trao đổi quốc tế không?",
  "gp", "ph", "NV3.05 NV8.01", "kc", 0, 0, 0, tags="multi",
  note="First question is about a dormitory (where, how big): phong_hoc.")
