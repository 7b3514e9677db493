# Group thuc_trang (current state)
from common import R

R("mam_non", "Trường Mầm non Hoa Sữa", "Phần thứ hai, Mục I.1; Phụ lục 1", "",
  "Phụ lục 1 ghi trường có 14 nhóm, lớp với 412 trẻ, nhưng số liệu chốt tháng 10/2025 của trường là 16 nhóm, lớp với 468 trẻ do mở thêm 2 lớp nhà trẻ.",
  "tt", "qm", "", "sd", 1, 1, 0,
  p="Đề nghị sửa lại số liệu dòng của trường trong Phụ lục 1.",
  b="Danh sách trẻ trên cơ sở dữ liệu ngành tháng 10/2025.",
  note="Correcting appendix figures = sua_doi; the sector database list is a register, so evidence.")

R("tieu_hoc", "Trường Tiểu học Đằng Hải", "Phần thứ hai, Mục II.1", "",
  "Đề án nhận định mạng lưới tiểu học cơ bản đáp ứng nhu cầu, nhưng ở phường Hải An các lớp 1 năm học 2025-2026 bình quân 46 học sinh/lớp, vượt xa mức 35 em. Đề nghị đánh giá lại là quá tải cục bộ.",
  "tt", "qm", "", "sd", 1, 0, 0,
  note="Asks to change the wording of the assessment: sua_doi.")

R("thcs", "Trường THCS Ngô Quyền", "", "",
  "Thực trạng đội ngũ chưa phản ánh tình trạng thiếu giáo viên Tin học và Công nghệ. Trường hiện có 24 lớp nhưng chỉ có 1 giáo viên Tin học, phải hợp đồng thỉnh giảng.",
  "tt", "dn", "", "bs", 1, 0, 0,
  p="Bổ sung vào phần đánh giá thực trạng nội dung thiếu giáo viên các môn Tin học, Công nghệ, Nghệ thuật.")

R("thpt", "Trường THPT Trần Nguyên Hãn", "Phụ lục 3", "",
  "Diện tích đất của trường ghi trong Phụ lục 3 là 12.500 m², khớp với Giấy chứng nhận quyền sử dụng đất số BĐ 345678; trường thống nhất với số liệu này.",
  "tt", "dd", "", "dy", 1, 1, 0,
  note="The land-use certificate is cited as the source of the figure: evidence.")

R("gdtx", "Trung tâm GDNN-GDTX Thủy Nguyên", "", "",
  "Phần thực trạng cần có thêm thông tin trung tâm đang phải thuê 4 phòng học của trường THCS bên cạnh để dạy văn hóa cho học viên.",
  "tt", "ph", "", "bs", 1, 0, 0)

R("gdnn", "Trường Cao đẳng Nghề Duyên Hải", "", "",
  "Thống nhất với đánh giá về thực trạng mạng lưới cơ sở giáo dục nghề nghiệp trong dự thảo.",
  "tt", "qm", "", "dy", 0, 0, 1)

R("dai_hoc", "Trường Đại học Hải Phòng", "Phần thứ hai, Mục II.2", "",
  "Dự thảo ghi tỷ lệ giảng viên có trình độ tiến sĩ của khối đại học địa phương là 28%, nhưng theo báo cáo ba công khai năm học 2024-2025 của trường, tỷ lệ này đã là 34,6%.",
  "tt", "dn", "", "sd", 1, 1, 0,
  p="Đề nghị cập nhật số liệu.")

R("mam_non", "UBND xã An Hưng", "", "",
  "Trên địa bàn xã còn 3 điểm trường mầm non lẻ ở các thôn, mỗi điểm 1-2 lớp ghép, cơ sở vật chất xuống cấp.",
  "tt", "qm", "", "kc", 1, 0, 0,
  note="Main point is the scattered school points (network), not the buildings.")

R("tieu_hoc", "Trường Tiểu học Lê Văn Tám", "", "",
  "Phần đánh giá thực trạng đội ngũ còn chung chung, chưa nêu rõ thiếu bao nhiêu giáo viên ở từng môn.",
  "tt", "dn", "", "kc", 0, 0, 1, tags="nodia")

R("thcs", "Trường THCS Hòa Nghĩa", "", "",
  "Thống nhất với phần thực trạng về đất đai, số liệu Phụ lục 3 của trường là chính xác.",
  "tt", "dd", "", "dy", 0, 0, 0, tags="nodia",
  note="Names an appendix (as the thing confirmed, not as a source): not evidence, not generic.")

R("thpt", "Trường THPT Kiến An", "", "",
  "Trường hiện có 36 lớp nhưng chỉ có 30 phòng học, 6 lớp phải học nhờ ở phòng thí nghiệm.",
  "tt", "ph", "", "kc", 1, 0, 0, tags="nodia")

R("thcs", "Trường THCS Trần Phú", "Phần thứ hai, Mục II.4", "",
  "Nguồn chi thường xuyên của trường sau khi trả lương chỉ còn khoảng 6% để chi hoạt động chuyên môn, sửa chữa nhỏ; dự thảo chưa đề cập khó khăn này.",
  "tt", "tc", "", "bs", 1, 0, 0,
  p="Đề nghị bổ sung phân tích cơ cấu chi ngân sách cho giáo dục: tỷ lệ chi lương và chi hoạt động.")

R("mam_non", "Trường Mầm non Tư thục Ánh Dương", "", "",
  "Các trường mầm non tư thục gần như không nhận được hỗ trợ nào từ ngân sách, kể cả khoản hỗ trợ giáo viên.",
  "tt", "tc", "", "kc", 0, 0, 1)

R("thpt", "Trường THPT Tô Hiệu", "", "",
  "Số liệu nguồn thu sự nghiệp trong phần tài chính chưa đúng: năm học 2024-2025 trường thu 3,2 tỷ đồng chứ không phải 2,1 tỷ như dự thảo, đề nghị sửa.",
  "tt", "tc", "", "sd", 1, 0, 0, tags="nodia")

R("gdnn", "Trường Trung cấp Nghề Thủy Nguyên", "", "",
  "Về thực trạng tự chủ tài chính: trường đã tự chủ 45% chi thường xuyên từ năm 2023 theo Quyết định giao quyền tự chủ của UBND thành phố; dự thảo ghi trường chưa tự chủ, đề nghị sửa lại.",
  "tt", "tc", "", "sd", 1, 1, 0)

R("dai_hoc", "Trường Cao đẳng Sư phạm Hải Dương", "", "",
  "Đề nghị bổ sung vào phần thực trạng số liệu tổng kinh phí thành phố đã hỗ trợ đào tạo nguồn nhân lực giai đoạn 2021-2025 và đánh giá hiệu quả sử dụng.",
  "tt", "tc", "", "bs", 0, 0, 1,
  note="Asks for a new analysis: bo_sung. The period is not data.")

R("gdtx", "Trung tâm GDTX Hải An", "", "",
  "Phần nguồn lực tài chính viết còn chung, cần cụ thể hơn.",
  "tt", "tc", "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Hùng Vương", "Phần thứ hai, Mục II.6", "",
  "Trường đã dùng học bạ số cho 100% học sinh từ năm học 2024-2025, ký số trên hệ thống của Sở; dự thảo đánh giá học bạ số mới thí điểm là chưa cập nhật.",
  "tt", "cds", "", "sd", 1, 0, 0,
  p="Đề nghị cập nhật lại đánh giá thực trạng.")

R("thcs", "Trường THCS Bạch Đằng", "", "",
  "Hạ tầng mạng của trường rất yếu, đường truyền 100 Mbps dùng chung cho 40 máy tính và 30 phòng học, thường xuyên mất kết nối.",
  "tt", "cds", "", "kc", 1, 0, 0, tags="nodia",
  note="Network connectivity is digital infrastructure (R2 e) → chuyen_doi_so; computers as equipment would be phong_hoc.")

R("gdtx", "Trung tâm GDNN-GDTX An Lão", "", "",
  "Phần chuyển đổi số chưa nói đến việc học viên GDTX phần lớn đi làm, chỉ học trực tuyến được vào buổi tối, nhưng trung tâm chưa có phần mềm quản lý học tập (LMS). Đề nghị bổ sung nội dung này.",
  "tt", "cds", "", "bs", 0, 0, 1, tags="nfd")

R("thpt", "Trường THPT Lê Chân", "Phụ lục 4", "",
  "Tỷ lệ tốt nghiệp THPT năm 2025 của trường là 99,2%, cao hơn con số 97,8% ghi trong Phụ lục 4; đề nghị điều chỉnh lại.",
  "tt", "cl", "", "sd", 1, 0, 0,
  note="Phụ lục 4 is the thing to correct, not a source: no evidence.")

R("tieu_hoc", "Trường Tiểu học Trần Quốc Toản", "", "",
  "Nhất trí với nhận định chất lượng giáo dục tiểu học ổn định, song cần lưu ý khoảng cách giữa nội thành và các xã ven biển.",
  "tt", "cl", "", "dy", 0, 0, 1,
  note="Agreement with a caveat and no concrete change: dong_y. 'các xã ven biển' names no specific commune.")

R("mam_non", "Trường Mầm non Đông Hải", "", "",
  "Theo sổ theo dõi sức khỏe trẻ (minh chứng kèm theo), tỷ lệ trẻ suy dinh dưỡng thể thấp còi của trường là 4,8%, cao hơn mức 3,1% dự thảo nêu cho toàn thành phố; đề nghị phần thực trạng phản ánh sự chênh lệch giữa các vùng.",
  "tt", "cl", "", "bs", 1, 1, 0)

R("gdnn", "Trường Trung cấp Kinh tế Hải Phòng", "", "",
  "Trường hiện có 2,1 ha đất nhưng 0,6 ha đang bị hộ dân lấn chiếm từ nhiều năm, chưa được xử lý.",
  "tt", "dd", "", "kc", 1, 0, 0)

R("thcs", "UBND phường Dương Kinh", "", "",
  "Phường đã bố trí trong quy hoạch 1,2 ha để mở rộng Trường THCS Hưng Đạo, nhưng dự thảo chưa ghi nhận quỹ đất này.",
  "tt", "dd", "", "bs", 1, 0, 0,
  p="Đề nghị bổ sung vào phần thực trạng đất giáo dục.")

R("mam_non", "Trường Mầm non Tân Tiến", "", "",
  "Trường chưa có giấy chứng nhận quyền sử dụng đất, khó khăn khi xin chủ trương đầu tư xây dựng.",
  "tt", "dd", "", "kc", 0, 0, 1, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Vĩnh Bảo", "Phần thứ hai, Mục II.3", "",
  "Dự thảo nêu tỷ lệ phòng học kiên cố cấp tiểu học đạt 92% là chưa sát: tại xã Vĩnh Bảo còn 11 phòng học bán kiên cố xây từ năm 1998, đã có biên bản kiểm định chất lượng công trình xếp loại nguy hiểm.",
  "tt", "ph", "", "kd", 1, 1, 0,
  note="Disagrees with the assessment, no change requested: khong_dong_y.")

R("thcs", "Trường THCS Đồng Hòa", "", "",
  "Thống nhất với số liệu phòng học bộ môn tại Phụ lục 3.",
  "tt", "ph", "", "dy", 0, 0, 0, tags="nfd")

R("thpt", "Trường THPT Thụy Hương", "", "",
  "Thiêt bị dạy học tối thiểu cấp từ năm 2022 đã hư hỏng nhiêu, nhất là bộ thí nghiệm Vật lý, Hóa học; đề nghi dự thảo bổ sung đánh giá mức độ xuống cấp của thiết bị.",
  "tt", "ph", "", "bs", 0, 0, 1, tags="slip")

R("dai_hoc", "Trường Đại học Y Dược Hải Phòng", "", "",
  "Dự thảo chưa thống kê quy mô đào tạo của các phân hiệu đại học đóng trên địa bàn, trong đó phân hiệu của trường có khoảng 2.300 sinh viên.",
  "tt", "qm", "", "bs", 1, 0, 0,
  p="Đề nghị đưa số liệu các phân hiệu vào Phụ lục 1.",
  note="Adding a missing unit to an appendix = bo_sung (correcting an existing figure would be sua_doi).")

R("gdnn", "Trường Cao đẳng Cơ điện Hải Phòng", "", "",
  "Không đồng ý với nhận định mạng lưới cơ sở GDNN phân bố hợp lý: phía tây thành phố có 9 trường trong khi đặc khu Cát Hải chưa có cơ sở nào.",
  "tt", "qm", "", "kd", 1, 0, 0)

R("thpt", "Trường THPT Ngô Quyền", "", "",
  "Đồng tình với đánh giá áp lực tuyển sinh vào lớp 10 công lập ở khu vực nội thành.",
  "tt", "qm", "", "dy", 0, 0, 1, tags="nodia",
  note="'lớp 10' is a grade name, not data; 'khu vực nội thành' is not a specific place.")

R("mam_non", "Trường Mầm non Sơn Ca", "", "",
  "Trường có 18 nhóm lớp, theo định mức cần 36 giáo viên nhưng hiện chỉ có 29, thiếu 7 giáo viên; hợp đồng ngắn hạn lương thấp nên khó giữ người.",
  "tt", "dn", "", "kc", 1, 0, 0)

R("thcs", "Trường THCS Kiến Thiết", "", "",
  "1. Thống nhất phần thực trạng đội ngũ. 2. Đề nghị sửa số giáo viên của trường trong Phụ lục 2: thực tế 52 giáo viên, không phải 48.",
  "tt", "dn", "", "dy", 1, 0, 0, tags="nodia,multi",
  note="Labels follow the first point (agreement); has_data over the whole row.")

R("tieu_hoc", "Trường Tiểu học Quán Toan", "", "",
  "Phần thực trạng đội ngũ chưa phân tích cơ cấu độ tuổi; trường có 11/34 giáo viên trên 50 tuổi, 5 năm tới nhiều người nghỉ hưu. Đề nghị thêm phân tích này.",
  "tt", "dn", "", "bs", 1, 0, 0)

R("thpt", "Trường THPT Phạm Ngũ Lão", "", "",
  "Đồng ý với nhận định điểm nghẽn lớn nhất là dữ liệu phân tán trên nhiều phần mềm, giáo viên phải nhập trùng.",
  "tt", "cds", "", "dy", 0, 0, 1)

R("mam_non", "Trường Mầm non Ngọc Xuyên", "", "",
  "Phần mềm quản lý trẻ mầm non chưa liên thông với cơ sở dữ liệu ngành, giáo viên phải nhập lại nhiều lần.",
  "tt", "cds", "", "kc", 0, 0, 1, tags="nodia")

R("gdnn", "Trường Cao đẳng Du lịch Hải Phòng", "", "",
  "Tỷ lệ học sinh, sinh viên tốt nghiệp có việc làm trong 6 tháng của trường là 87% theo khảo sát việc làm năm 2025, dự thảo đang dùng số 78% của năm 2022; đề nghị cập nhật.",
  "tt", "cl", "", "sd", 1, 1, 0,
  note="A survey is cited as the source: evidence.")

R("thcs", "Trường THCS Hải Thành", "", "",
  "Số liệu học sinh trong Phụ lục 1 lấy theo thời điểm nào: đầu năm học hay tháng 10/2025?",
  "tt", "qm", "", "kc", 0, 0, 0,
  note="Question; names an appendix so not generic; a date is not data.")

R("thcs", "Trường THCS Thái Sơn", "", "",
  "Phần thực trạng còn dài, nhiều số liệu nhưng ít phân tích nguyên nhân.",
  "tt", None, "", "kc", 0, 0, 1)

R("thpt", "Trường THPT Hải An", "", "",
  "Phần thực trạng cần nêu rõ hơn những hạn chế, yếu kém và nguyên nhân.",
  "tt", None, "", "kc", 0, 0, 1, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Lý Tự Trọng", "", "",
  "Hoàn toàn ủng hộ phần đánh giá thực trạng của dự thảo, phản ánh đúng tình hình các trường.",
  "tt", None, "", "dy", 0, 0, 1)

R("thcs", "Cụm THCS số 3", "Phần thứ hai", "",
  "Về thực trạng: (1) đồng ý cơ bản; (2) số trường THCS đạt chuẩn quốc gia là 142 chứ không phải 138; (3) cần nêu thêm khó khăn về đất ở các phường trung tâm.",
  "tt", None, "", "dy", 1, 0, 0, tags="multi",
  note="First point is blanket agreement with the current-state part: area null.")

R("gdtx", "Trung tâm GDTX Kiến An", "", "",
  "Kinh phí chi thương xuyên giao cho trung tâm chỉ đủ trả lương, không có kinh phí thực hiên các lớp xóa mù chữ và bồi dưỡng cho người dân.",
  "tt", "tc", "", "kc", 0, 0, 1, tags="slip")

R("tieu_hoc", "Trường Tiểu học Kênh Giang", "", "",
  "Tổng kinh phí sửa chữa, chống xuống cấp được cấp cho trường giai đoạn 2021-2025 chỉ khoảng 850 triệu đồng, trong khi nhu cầu theo dự toán đã lập là 3,4 tỷ đồng.",
  "tt", "tc", "", "kc", 1, 0, 0, tags="nfd",
  note="The school's own estimate is not a cited source.")

R("thpt", "Trường THPT Hồng Bàng", "", "",
  "Ý kiến về thực trạng tài chính: dự thảo chưa đánh giá kết quả xã hội hóa giáo dục; riêng trường đã huy động được 1,7 tỷ đồng từ cha mẹ học sinh và doanh nghiệp để làm nhà đa năng. Đề nghị bổ sung.",
  "tt", "tc", "", "bs", 1, 0, 0,
  note="Point is money raised (xã hội hóa), even though it paid for a building.")

R("dai_hoc", "Trường Đại học Hải Dương", "", "",
  "Phần thực trạng đánh giá chất lượng đào tạo đại học mới dựa vào số chương trình được kiểm định; đề nghị thêm chỉ số về công bố quốc tế và tỷ lệ sinh viên có việc làm.",
  "tt", "cl", "", "bs", 0, 0, 1)

R("dai_hoc", "Trường Đại học Quản lý và Công nghệ Hải Phòng", "", "",
  "Đúng với thực tế, quy mô sinh viên của các trường đại học địa phương giảm liên tục từ năm 2019.",
  "tt", "qm", "", "dy", 0, 0, 1, tags="nodia")

R("gdnn", "Trường Cao đẳng Kỹ thuật Công nghệ Bắc Nam", "", "",
  "Trường có 64 nhà giáo, trong đó chỉ 19 người đạt chuẩn kỹ năng nghề bậc 3, khó đáp ứng yêu cầu dạy thực hành.",
  "tt", "dn", "", "kc", 1, 0, 0,
  note="'bậc 3' is a level label; 64 and 19 are counts.")

R("gdtx", "Trung tâm GDNN-GDTX Tiên Lãng", "", "",
  "Số học viên học chương trình GDTX cấp THPT của trung tâm tăng từ 420 lên 610 trong 3 năm do nhiều học sinh không trúng tuyển lớp 10 công lập.",
  "tt", "qm", "", "kc", 1, 0, 0)

R("thcs", "Trường THCS Lạch Tray", "Phụ lục 4", "",
  "Số học sinh giỏi cấp thành phố của trường năm học 2024-2025 là 27 em, đề nghị cập nhật vào Phụ lục 4.",
  "tt", "cl", "", "sd", 1, 0, 0, tags="nodia")

R("thpt", "Trường THPT Nguyễn Bỉnh Khiêm", "Phụ lục 3", "",
  "Trường đã được UBND thành phố phê duyệt chủ trương mở rộng thêm 4.000 m² tại Quyết định số 2156/QĐ-UBND ngày 12/8/2024, nhưng Phụ lục 3 vẫn để trống cột đất bổ sung.",
  "tt", "dd", "", "sd", 1, 1, 0,
  p="Đề nghị ghi lại cột đất bổ sung theo quy hoạch là 4.000 m².")

R("mam_non", "Trường Mầm non Hồng Phong", "", "",
  "Nhiều trường mầm non vùng nông thôn chưa có phòng giáo dục thể chất, phòng âm nhạc riêng, phải dùng chung hành lang; nhất trí với đánh giá này của dự thảo.",
  "tt", "ph", "", "dy", 0, 0, 1, tags="nfd")

R("tieu_hoc", "Trường Tiểu học Dư Hàng", "", "",
  "Tại phường Lê Chân mật độ dân cư tăng nhanh, trường tiểu học công lập không đủ chỗ, nhiều gia đình phải gửi con sang phường bên cạnh.",
  "tt", "qm", "", "kc", 0, 0, 0,
  note="No figure, no source, no code, but names a ward: not generic.")

R("thcs", "Trường THCS Ngũ Phúc", "", "",
  "Cụm Kiến Thụy thiếu giáo viên Âm nhạc, Mỹ thuật ở hầu hết các trường, phải dạy liên trường.",
  "tt", "dn", "", "kc", 0, 0, 0,
  note="Names a cluster/place: not generic.")

R("gdnn", "Trường Cao đẳng Hàng hải I", "", "",
  "Trường Cao đẳng Hàng hải I có nhiều kinh nghiệm hợp tác với doanh nghiệp vận tải biển, dự thảo nên đưa vào đánh giá đây là điểm mạnh của khối nghề.",
  "tt", "cl", "", "bs", 0, 0, 0, tags="nodia",
  note="Training–enterprise links → chat_luong; names an institution in the text: not generic.")

R("dai_hoc", "Trường Đại học Hàng hải Việt Nam", "Phụ lục 3", "",
  "Khu đất 15 ha dự kiến xây cơ sở 2 của trường chưa được bàn giao do vướng giải phóng mặt bằng, Phụ lục 3 ghi “đã bàn giao” là không đúng, đề nghị sửa.",
  "tt", "dd", "", "sd", 1, 0, 0)

R("thcs", "Trường THCS Tân Hưng", "", "",
  "Đồng tình với đánh giá việc ứng dụng công nghệ trong kiểm tra, đánh giá học sinh còn hạn chế.",
  "tt", "cds", "", "dy", 0, 0, 1, tags="nfd")

R("tieu_hoc", "Trường Tiểu học Hòa Bình", "", "",
  "Khoản hỗ trợ học sinh khuyết tật học hòa nhập theo Thông tư liên tịch 42/2013/TTLT-BGDĐT-BLĐTBXH-BTC nhiều năm chưa được chi trả đủ, trường còn nợ 14 em.",
  "tt", "tc", "", "kc", 1, 1, 0,
  note="Support payment → tai_chinh; the circular is cited as the basis of the entitlement: evidence.")

R("mam_non", "Trường Mầm non Liên Khê", "", "",
  "Không đồng ý với nhận định đội ngũ giáo viên mầm non cơ bản đủ: thực tế các trường đều thiếu.",
  "tt", "dn", "", "kd", 0, 0, 1, tags="nodia")

R("thpt", "Trường THPT Trần Phú", "", "",
  "Chưa đồng tình với nhận xét chất lượng mũi nhọn giảm; năm 2025 thành phố vẫn có 46 giải học sinh giỏi quốc gia.",
  "tt", "cl", "", "kd", 1, 0, 0)

R("gdtx", "Trung tâm GDTX Đồ Sơn", "", "",
  "Dự thảo nhận định 100% trung tâm GDTX đã có hệ thống quản lý học viên trực tuyến là không đúng với thực tế.",
  "tt", "cds", "", "kd", 1, 0, 0,
  note="A quoted figure from the draft is data.")

R("thcs", "Trường THCS Đông Hải", "", "",
  "Về quy mô: 1) số học sinh lớp 6 tăng mạnh từ năm học 2023-2024, trường phải tăng từ 10 lên 13 lớp mỗi khối; 2) đề nghi bổ sung dự báo dân số trong độ tuổi đi học đến năm 2030 theo từng xã, phường.",
  "tt", "qm", "", "kc", 1, 0, 0, tags="multi,slip",
  note="First point is a factual remark: stance khac although point 2 asks for an addition.")

R("thpt", "Trường THPT Vĩnh Bảo", "", "",
  "Đội ngũ giáo viên dạy Lịch sử, Địa lý đang thừa cục bộ sau khi các môn này trở thành môn lựa chọn, trong khi lại thiếu giáo viên Tin học.",
  "tt", "dn", "", "kc", 0, 0, 1, tags="nfd")

R("gdtx", "Trung tâm GDNN-GDTX Kiến Thụy", "", "",
  "Tỷ lệ học viên GDTX tốt nghiệp THPT năm 2025 đạt 91,3% theo Quyết định công nhận tốt nghiệp của Sở, cao hơn số liệu trong dự thảo; đề nghị cập nhật.",
  "tt", "cl", "", "sd", 1, 1, 0)

R("mam_non", "UBND xã Hùng Thắng", "", "",
  "Xã còn hai điểm trường lẻ chưa có nhà vệ sinh đạt chuẩn cho trẻ.",
  "tt", "ph", "", "kc", 1, 0, 0,
  note="A count written in words ('hai') is still data.")

R("thpt", "Cụm THPT phía Bắc", "Phần thứ hai, Mục II.1", "",
  "Về thực trạng mạng lưới trường THPT khu vực phía Bắc thành phố, chúng tôi thấy dự thảo đánh giá còn lạc quan. Năm 2025-2026, ba trường THPT công lập trong cụm tuyển 1.620 học sinh lớp 10 trong khi số học sinh tốt nghiệp THCS trên địa bàn là 2.480 em; gần 860 em phải học ngoài công lập, GDTX hoặc đi học xa hơn 15 km; sĩ số lớp 10 đã lên 45 học sinh/lớp. Theo số liệu dân số do UBND các xã cung cấp, số trẻ sinh năm 2010-2014 còn tăng nên áp lực sẽ kéo dài đến ít nhất năm 2029. Đề nghị dự thảo ghi nhận đây là điểm quá tải cục bộ.",
  "tt", "qm", "", "sd", 1, 1, 0,
  note="Long row. Population figures supplied by the communes' offices are an authority's data: evidence.")

R("tieu_hoc", "Trường Tiểu học Tràng Cát", "", "",
  "Thực trạng phòng học của trường: 5/20 phòng đã xuống cấp, tường nứt, mùa mưa dột nhiêu chỗ.",
  "tt", "ph", "", "kc", 1, 0, 0, tags="slip")

R("dai_hoc", "Trường Đại học Kinh tế Hải Phòng", "", "",
  "Nhất trí với nhận định năng lực số của giảng viên còn không đồng đều giữa các khoa.",
  "tt", "cds", "", "dy", 0, 0, 1, tags="nodia")

R("gdnn", "Trường Trung cấp Y tế Hải Phòng", "", "",
  "Khoản thu học phí của trường giảm 40% sau 3 năm do tuyển sinh khó, nhiều trường trung cấp công lập đang mất cân đối thu chi.",
  "tt", "tc", "", "kc", 1, 0, 0,
  note="Factual remark: khac.")
