# Group muc_tieu (targets and indicators)
from common import R

R("thcs", "Trường THCS Lê Lợi", "Phần thứ ba, Mục III, chỉ tiêu 2.3", "",
  "Chỉ tiêu 2.3 đặt 100% giáo viên THCS đạt chuẩn trình độ đào tạo vào năm 2030 là khó đạt vì còn nhiều giáo viên lớn tuổi chưa học nâng chuẩn.",
  "mt", "dn", "CT2.03", "sd", 1, 1, 0, tp="vbt",
  p="Đề nghị điều chỉnh chỉ tiêu xuống 95% vào năm 2030.",
  b="Hiện trường có 41/46 giáo viên đạt chuẩn (89,1%) (Phụ lục 2); 3 giáo viên trên 55 tuổi không tham gia học nâng chuẩn.",
  pv="95%", t="2030",
  note="'(Phụ lục 2)' given as the source of a figure: evidence.")

R("tieu_hoc", "Trường Tiểu học Đông Khê", "", "",
  "De nghi tang chi tieu 2.3 len 95%",
  "mt", "dn", "CT2.03", "sd", 1, 0, 0, tp="v", tags="nodia")

R("mam_non", "Trường Mầm non Bình Minh", "Mục III, nhóm mục tiêu 1", "CT1.01",
  "Tỷ lệ huy động trẻ nhà trẻ ra lớp 45% vào năm 2030 là thấp so với nhu cầu gửi trẻ ở khu công nghiệp.",
  "mt", "qm", "CT1.01", "sd", 1, 1, 0, tp="vbct",
  p="Đề nghị nâng lên 55% vào năm 2030.",
  b="Số trẻ 6-36 tháng tuổi trên địa bàn xã theo điều tra phổ cập tháng 10/2025 là 1.240 cháu, mới huy động được 540 cháu (43,5%).",
  c="Cần xây thêm 01 trường mầm non 12 nhóm lớp gần khu công nghiệp và hỗ trợ các nhóm trẻ độc lập.",
  note="'nhóm mục tiêu 1' is a group, not a ref. The universalisation survey is an official survey: evidence.")

R("mam_non", "Trường Mầm non Kim Đồng", "", "",
  "Chỉ tiêu huy động trẻ mẫu giáo 99,5% là phù hợp, trường nhất trí.",
  "mt", "qm", "", "dy", 1, 0, 0, tags="nodia")

R("thpt", "Trường THPT Toàn Thắng", "", "",
  "Chỉ tiêu tỷ lệ tốt nghiệp THPT 99% là quá cao so với thực tế các trường vùng khó khăn.",
  "mt", "cl", "", "kd", 1, 0, 0,
  note="'quá cao' with no change requested: khong_dong_y; quoted target value is data.")

R("thpt", "Trường THPT An Lão", "", "CT4.04",
  "Chỉ tiêu tốt nghiệp THPT nên hạ xuống 98,5% cho phù hợp với các trường ngoại thành.",
  "mt", "cl", "CT4.04", "sd", 1, 0, 0, tp="v", tags="nodia",
  note="'phù hợp với các trường ngoại thành' is a qualitative reason: basis false.")

R("tieu_hoc", "Trường Tiểu học Nam Sơn", "", "",
  "Thống nhất với hệ thống chỉ tiêu của Đề án.",
  "mt", None, "", "dy", 0, 0, 1)

R("gdnn", "Trường Cao đẳng Nghề Việt Xô", "", "",
  "Chỉ tiêu 6.1 (tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 45% năm 2030) theo chúng tôi là khả thi, đồng ý giữ nguyên.",
  "mt", "qm", "CT6.01", "dy", 1, 0, 0,
  note="Trained-labour indicator → quy_mo_mang_luoi.")

R("gdnn", "Trường Cao đẳng Công nghệ Viettronics", "", "",
  "Đề nghị bổ sung chỉ tiêu về tỷ lệ cơ sở GDNN có ít nhất 3 doanh nghiệp liên kết đặt hàng đào tạo, phấn đấu 70% vào năm 2030.",
  "mt", "cl", "", "bs", 1, 1, 0, tp="vbt",
  b="Hiện 12/31 cơ sở GDNN của thành phố có hợp đồng đặt hàng với doanh nghiệp (báo cáo tổng kết năm 2025 của Sở).")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Chỉ tiêu 6.3 về số sinh viên/vạn dân có tính sinh viên của các trường trung ương đóng trên địa bàn hay không?",
  "mt", "qm", "CT6.03", "kc", 0, 0, 0)

R("thcs", "Trường THCS Hồng Thái", "", "",
  "Chỉ tiêu 4.1 về trường đạt chuẩn quốc gia cấp THCS 90% là khó khả thi do nhiều trường thiếu diện tích đất.",
  "mt", "cl", "CT4.01", "kd", 1, 0, 0, tags="nfd")

R("mam_non", "Trường Mầm non Đại Bản", "", "",
  "Đề nghi điều chỉnh mốc thời gian đạt chỉ tiêu 4.1 đối với mầm non từ năm 2030 sang năm 2035, giữ nguyên tỷ lệ 85% trường đạt chuẩn quốc gia.",
  "mt", "cl", "CT4.01", "sd", 1, 0, 0, tp="vt", tags="slip",
  note="Only the deadline changes; the value is restated: value true.")

R("tieu_hoc", "Trường Tiểu học Máy Chai", "Phần thứ ba, Mục III, CT 1.3", "",
  "Chỉ tiêu sĩ số không quá 35 học sinh/lớp vào năm 2030 khó đạt ở các phường trung tâm.",
  "mt", "qm", "CT1.03", "sd", 1, 0, 0, tp="vct",
  p="Đề nghị đổi thành: 90% số lớp không quá 35 học sinh vào năm 2030, các lớp còn lại không quá 40 học sinh.",
  c="Chỉ đạt được nếu xây mới 2 trường tiểu học tại phường Ngô Quyền và phường Gia Viên.")

R("thpt", "Trường THPT chuyên Trần Phú", "", "",
  "Đề nghị nâng chỉ tiêu số giải học sinh giỏi quốc gia lên tối thiểu 60 giải/năm từ năm 2028.",
  "mt", "cl", "", "sd", 1, 1, 0, tp="vbt",
  b="Kết quả 3 năm gần đây: 52, 55 và 58 giải (Quyết định công nhận giải của Bộ GDĐT).")

R("gdtx", "Trung tâm GDTX thành phố", "", "",
  "Chỉ tiêu 6.4 về tỷ lệ người dân tham gia học tập suốt đời chưa có cách đo, không biết lấy số liệu ở đâu.",
  "mt", "qm", "CT6.04", "kc", 0, 0, 0,
  note="Lifelong-learning indicator → quy_mo_mang_luoi.")

R("thcs", "Trường THCS Thủy Sơn", "", "CT5.02",
  "Nhất trí chỉ tiêu 100% học sinh có học bạ số vào năm 2026.",
  "mt", "cds", "CT5.02", "dy", 1, 0, 0)

R("tieu_hoc", "Trường Tiểu học Thủy Đường", "", "",
  "Chỉ tiêu 5.3 yêu cầu 100% giáo viên đạt chuẩn năng lực số năm 2027 là quá gấp, trường đề nghị lùi đến 2029 và giữ nguyên mức 100%.",
  "mt", "cds", "CT5.03", "sd", 1, 0, 0, tp="vt", tags="nodia")

R("gdtx", "Trung tâm GDNN-GDTX Vĩnh Bảo", "", "",
  "Đề nghị bổ sung chỉ tiêu tỷ lệ học viên GDTX được học trực tuyến có quản lý trên hệ thống LMS, tối thiểu 30% số giờ học vào năm 2030; điều kiện là thành phố đầu tư nền tảng dùng chung cho các trung tâm.",
  "mt", "cds", "", "bs", 1, 0, 0, tp="vct")

R("thpt", "Trường THPT Lý Thường Kiệt", "", "",
  "Chỉ tiêu 5.5 tổ chức kiểm tra trên máy tính cho 50% bài kiểm tra định kỳ chưa khả thi vì mỗi trường chỉ có 1-2 phòng máy.",
  "mt", "cds", "CT5.05", "kd", 1, 0, 0,
  note="Computer-based tests → chuyen_doi_so, although the reason is equipment.")

R("dai_hoc", "Trường Đại học Công nghệ Đông Á", "", "",
  "Chỉ tiêu chuyển đổi số cho khối đại học còn thiếu; đề nghị thêm chỉ tiêu về tỷ lệ học phần được giảng dạy kết hợp trực tuyến.",
  "mt", "cds", "", "bs", 0, 0, 1, tp="")

R("mam_non", "Trường Mầm non Tràng Kênh", "", "",
  "Chỉ tiêu 3.1 kiên cố hóa 100% phòng học mầm non đến năm 2030 là phù hợp, đề nghị giữ.",
  "mt", "ph", "CT3.01", "dy", 1, 0, 0)

R("thcs", "Trường THCS Chu Văn An", "", "",
  "Chỉ tiêu 3.3 về phòng học bộ môn chưa đủ: mới tính phòng Tin học, Ngoại ngữ, chưa tính phòng Công nghệ và Nghệ thuật.",
  "mt", "ph", "CT3.03", "sd", 1, 0, 0, tp="vt", tags="nfd",
  p="Đề nghị sửa thành “100% trường THCS có đủ phòng học bộ môn Tin học, Ngoại ngữ, Công nghệ, Nghệ thuật vào năm 2030”.")

R("thpt", "Trường THPT Ngô Gia Tự", "", "",
  "Chỉ tiêu 3.2 về diện tích đất bình quân 10 m²/học sinh cho THPT là không khả thi ở các phường nội thành, nơi trường chỉ có 4-5 m²/học sinh và không còn quỹ đất.",
  "mt", "dd", "CT3.02", "kd", 1, 0, 0)

R("tieu_hoc", "Trường Tiểu học Ngô Quyền", "Phần thứ ba, Mục III", "",
  "Đề nghị điều chỉnh chỉ tiêu 3.2 theo hướng phân vùng: nội thành tối thiểu 6 m²/học sinh, ngoại thành 10 m²/học sinh đến năm 2030.",
  "mt", "dd", "CT3.02", "sd", 1, 1, 0, tp="vbct",
  b="Theo Phụ lục 3, 14/22 trường tiểu học nội thành có dưới 6 m²/học sinh.",
  c="UBND phường chuyển giao trụ sở dôi dư sau sắp xếp để mở rộng trường.")

R("thcs", "Trường THCS Quang Trung", "", "",
  "Để đạt chỉ tiêu 3.1 kiên cố hóa 100% phòng học, kinh phí cần bao nhiêu và ngân sách cấp nào bảo đảm? Dự thảo chưa tính.",
  "mt", "tc", "CT3.01", "kc", 1, 0, 0,
  note="A question whose point is money → tai_chinh even though the indicator is about rooms.")

R("mam_non", "Trường Mầm non Tư thục Sao Mai", "", "",
  "Chỉ tiêu trường mầm non ngoài công lập chiếm 30% thì thành phố có hỗ trợ kinh phí cho chủ đầu tư không?",
  "mt", "tc", "", "kc", 1, 0, 0, tags="nodia",
  note="Question whose point is money support → tai_chinh.")

R("gdnn", "Trường Cao đẳng Bách Nghệ Hải Phòng", "", "",
  "Chỉ tiêu 2.6 về tỷ lệ nhà giáo GDNN đạt chuẩn 100% vào năm 2030 là hợp lý; tuy nhiên cần được quan tâm đầu tư thêm mới thực hiên được.",
  "mt", "dn", "CT2.06", "dy", 1, 0, 0, tags="slip",
  note="Agreement with a vague caveat: dong_y.")

R("mam_non", "Trường Mầm non Thủy Triều", "", "",
  "1/ Chỉ tiêu 2.1: đề nghị giữ 100% giáo viên mầm non đạt chuẩn trình độ nhưng lùi thời hạn đến năm 2028. 2/ Chỉ tiêu 2.4: đề nghị bổ sung định mức 2,2 giáo viên/lớp mẫu giáo bán trú.",
  "mt", "dn", "CT2.01 CT2.04", "sd", 1, 0, 0, tp="vt", tags="multi")

R("tieu_hoc", "Trường Tiểu học Cát Bà", "", "",
  "Đồng ý chỉ tiêu 4.7 về tỷ lệ học sinh tiểu học biết bơi, đây là chỉ tiêu rất cần thiết.",
  "mt", "cl", "CT4.07", "dy", 0, 0, 0)

R("tieu_hoc", "Trường Tiểu học Đoàn Lập", "", "",
  "Chỉ tiêu 4.7 học sinh biết bơi 80% là không khả thi khi cả xã chỉ có 1 bể bơi tư nhân.",
  "mt", "cl", "CT4.07", "kd", 1, 0, 0, tags="nodia")

R("thcs", "Trường THCS Nguyễn Trãi", "", "",
  "Đề nghị bỏ chỉ tiêu xếp hạng điểm thi vào lớp 10 của thành phố trong tốp 10 toàn quốc vì phụ thuộc đề thi từng năm, không phản ánh đúng chất lượng.",
  "mt", "cl", "", "kd", 1, 0, 0,
  note="Removal request: khong_dong_y. A rank (tốp 10) is data; 'lớp 10' is not.")

R("gdtx", "Trung tâm GDTX Lê Chân", "", "",
  "Bổ sung chỉ tiêu tỷ lệ học viên GDTX cấp THPT tốt nghiệp đạt 95% vào năm 2030.",
  "mt", "cl", "", "bs", 1, 0, 0, tp="vt", tags="nodia")

R("dai_hoc", "Trường Đại học Hải Phòng", "Phần thứ ba, Mục III, chỉ tiêu 2.7", "",
  "Chỉ tiêu tỷ lệ giảng viên có trình độ tiến sĩ đạt 50% vào năm 2030 quá cao so với thực tế, hiện trường mới đạt 34%, mỗi năm chỉ tăng khoảng 2%.",
  "mt", "dn", "CT2.07", "kd", 1, 0, 0)

R("dai_hoc", "Trường Đại học Hàng hải Việt Nam", "Phần thứ ba, Mục III", "",
  "Đề nghị ghi lại là: tỷ lệ giảng viên có trình độ tiến sĩ đạt tối thiểu 45% vào năm 2030 và 60% vào năm 2045.",
  "mt", "dn", "", "sd", 1, 1, 0, tp="vbct",
  b="Thông tư 01/2024/TT-BGDĐT về chuẩn cơ sở giáo dục đại học quy định tỷ lệ tối thiểu 40% vào năm 2030.",
  c="Thành phố hỗ trợ kinh phí đào tạo tiến sĩ 200 triệu đồng/người.",
  note="The circular is cited as the basis (not merely named as a target): evidence and basis.")

R("thcs", "Trường THCS An Đà", "", "",
  "Chỉ tiêu phân luồng 1.5: tỷ lệ học sinh sau THCS vào học GDNN 30% là không thực tế, phụ huynh đều muốn con học THPT.",
  "mt", "qm", "CT1.05", "kd", 1, 0, 0)

R("gdnn", "Trường Cao đẳng Công nghiệp Hải Phòng", "", "CT 1.5",
  "Đề nghị nâng chỉ tiêu phân luồng sau THCS vào GDNN lên 35% vào năm 2030.",
  "mt", "qm", "CT1.05", "sd", 1, 1, 0, tp="vbt",
  b="Nhu cầu tuyển lao động kỹ thuật của các khu công nghiệp năm 2025 khoảng 42.000 người (số liệu của Ban Quản lý khu kinh tế).")

R("thpt", "Trường THPT Thái Phiên", "chỉ tiêu 1.4", "",
  "Có 2 ý: thứ nhất, tỷ lệ học sinh vào lớp 10 công lập 70% là phù hợp; thứ hai, đề nghị bổ sung chỉ tiêu về số trường THPT ngoài công lập đạt chuẩn.",
  "mt", "qm", "CT1.04", "dy", 1, 0, 0, tags="multi,nfd")

R("gdnn", "Trường Cao đẳng Nghề Bách Khoa", "", "",
  "Chỉ tiêu tuyên sinh GDNN 6.2 tăng bình quân 5%/năm là thấp, các trường đã tuyển vượt kế hoạch 3 năm liên tiếp.",
  "mt", "qm", "CT6.02", "kd", 1, 0, 0, tags="slip",
  note="'thấp' with no change requested: khong_dong_y.")

R("thcs", "Trường THCS Phan Bội Châu", "", "",
  "Một số chỉ tiêu còn cao so với điều kiện thực tế của các trường.",
  "mt", None, "", "kd", 0, 0, 1)

R("thcs", "Trường THCS Lê Hồng Phong", "", "",
  "Đề nghị điều chỉnh các chỉ tiêu về đội ngũ cho phù hợp hơn.",
  "mt", "dn", "", "sd", 0, 0, 1, tp="")

R("thcs", "Trường THCS Minh Tân", "", "",
  "Cần có thêm chỉ tiêu về giáo dục kỹ năng sống cho học sinh.",
  "mt", "cl", "", "bs", 0, 0, 1, tp="", tags="nodia")

R("mam_non", "Trường Mầm non Hoa Mai", "", "",
  "Đề nghị hạ chỉ tiêu trường chuẩn quốc gia xuống cho vừa sức các trường.",
  "mt", "cl", "", "sd", 0, 0, 1, tp="")

R("thcs", "Trường THCS Văn Đẩu", "", "",
  "Các chỉ tiêu cần ghi rõ áp dụng cho cấp học nào, hiện nhiều chỉ tiêu ghi chung.",
  "mt", None, "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Bạch Long", "", "",
  "Chỉ tiêu về học sinh biết bơi có áp dụng cho đặc khu Bạch Long Vĩ không, khi ở đó chưa có bể bơi?",
  "mt", "cl", "", "kc", 0, 0, 0,
  note="Names a special zone: not generic.")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Chỉ tiêu 6.6 về tỷ lệ cơ sở GDNN, đại học công lập tự chủ chi thường xuyên đạt 70% năm 2030 phải đi kèm lộ trình điều chỉnh học phí; đề nghị ghi điều kiện này vào chỉ tiêu.",
  "mt", "tc", "CT6.06", "sd", 1, 0, 0, tp="vct",
  note="Condition attached to an existing indicator: sua_doi; the value and 2030 horizon are restated.")

R("gdnn", "Trường Trung cấp Nghề Kiến An", "", "",
  "Chỉ tiêu 6.2 chỉ đạt được nếu thành phố tiếp tục hỗ trợ học phí cho học sinh học nghề, đề nghị ghi rõ điều kiện này.",
  "mt", "qm", "CT6.02", "sd", 0, 0, 0, tp="c", tags="nodia",
  note="A proposal (not a remark) on an enrolment indicator: area follows the indicator (quy_mo), not money.")

R("thcs", "Trường THCS Thị trấn Núi Đèo", "", "",
  "Chỉ tiêu 3.4 đủ thiết bị dạy học tối thiểu 100% vào năm 2027: ai chi trả phần thiết bị thay thế hằng năm, ngân sách hay nhà trường?",
  "mt", "tc", "CT3.04", "kc", 1, 0, 0)

R("gdtx", "Trung tâm GDTX An Dương", "", "",
  "Chỉ tiêu học tập suốt đời lấy kinh phí ở đâu khi trung tâm không có nguồn chi cho các lớp chuyên đề ở cộng đồng? Đề nghi làm rõ.",
  "mt", "tc", "", "kc", 0, 0, 1, tags="slip")

R("tieu_hoc", "Trường Tiểu học Nguyễn Du", "Mục III, nhóm mục tiêu 4", "",
  "Đề nghị thêm chỉ tiêu tỷ lệ học sinh tiểu học được học tiếng Anh từ lớp 1.",
  "mt", "cl", "", "bs", 1, 1, 0, tp="vbct",
  pv="100% trường tiểu học nội thành, 70% trường ngoại thành",
  b="Hiện 58% trường tiểu học tổ chức dạy tiếng Anh lớp 1, lớp 2 (báo cáo năm học 2024-2025 của Sở).",
  c="Bổ sung 120 giáo viên tiếng Anh tiểu học.",
  t="Năm học 2028-2029")

R("mam_non", "Trường Mầm non Bàng La", "", "CT4.06",
  "Chỉ tiêu trẻ suy dinh dưỡng thể thấp còi dưới 3% là quá thấp đối với vùng ven biển.",
  "mt", "cl", "CT4.06", "sd", 1, 0, 0, tp="v",
  pv="Dưới 5%", b="Vùng ven biển, điều kiện kinh tế khó khăn.",
  note="A qualitative basis in the basis column does not count.")

R("thcs", "Trường THCS Hùng Vương", "", "",
  "Chỉ tiêu 2.5 giáo viên tiếng Anh đạt trình độ C1 có tính giáo viên hợp đồng không?",
  "mt", "dn", "CT2.05", "kc", 0, 0, 0,
  note="C1 is a level label, not data.")

R("tieu_hoc", "Trường Tiểu học Lạc Viên", "", "",
  "Thống nhất các chỉ tiêu 2.1, 2.2 và 2.4 về đội ngũ.",
  "mt", "dn", "CT2.01 CT2.02 CT2.04", "dy", 0, 0, 0, tags="nfd")

R("thpt", "Trường THPT Hồng Quang", "chỉ tiêu 4.1, 4.2 và 4.8", "",
  "Nhất trí cả ba chỉ tiêu, tuy nhiên chỉ tiêu kiểm đinh chất lượng cấp độ 3 cần có lộ trình cụ thể.",
  "mt", "cl", "CT4.01 CT4.02 CT4.08", "dy", 0, 0, 0, tags="slip",
  note="Refs from the location list; 'cấp độ 3' is not data; caveat without concrete change: dong_y.")

R("mam_non", "Trường Mầm non Văn Cao", "", "",
  "Các chỉ tiêu 1.1, 1.2 và 4.8 cần tách riêng số liệu nhà trẻ và mẫu giáo để dễ theo dõi.",
  "mt", "qm", "CT1.01 CT1.02 CT4.08", "sd", 0, 0, 0, tp="",
  note="Asks to restructure existing indicators: sua_doi; area from the first indicator.")

R("thcs", "Trường THCS Tiên Lãng", "", "",
  "1) Chỉ tiêu 4.1: đề nghị hạ từ 90% xuống 80% trường THCS đạt chuẩn quốc gia vào năm 2030 vì 9/25 trường trong cụm thiếu diện tích đất theo Phụ lục 3. 2) Chỉ tiêu 3.3: nhất trí.",
  "mt", "cl", "CT4.01 CT3.03", "sd", 1, 1, 0, tp="vbt", tags="nodia,multi")

R("gdnn", "Trường Cao đẳng Du lịch Hải Phòng", "", "",
  "Đề nghị nâng chỉ tiêu tỷ lệ sinh viên tốt nghiệp có việc làm đúng nghề từ 80% lên 85%.",
  "mt", "cl", "", "sd", 1, 1, 0, tp="vb",
  b="Theo khảo sát việc làm năm 2025 của trường, tỷ lệ này đạt 86,5%.")

R("tieu_hoc", "Trường Tiểu học Minh Khai", "", "CT4.03",
  "Giữ chỉ tiêu hoàn thành chương trình tiểu học 99,8% nhưng cần điều kiện: bố trí đủ giáo viên hỗ trợ giáo dục hòa nhập cho học sinh khuyết tật.",
  "mt", "cl", "CT4.03", "sd", 1, 0, 0, tp="vc",
  note="Conditions attached to an existing indicator: sua_doi; value restated.")

R("mam_non", "Trường Mầm non Bạch Đằng", "", "",
  "Đề nghị hạ chỉ tiêu huy động trẻ nhà trẻ riêng cho xã Bạch Đằng.",
  "mt", "qm", "", "sd", 0, 0, 0, tp="",
  note="Names a commune: not generic, though nothing else is concrete.")

R("thcs", "Trường THCS Nguyễn Bá Ngọc", "", "",
  "Đề xuất chỉ tiêu 4.9 sửa thành: điểm trung bình thi tuyển sinh vào lớp 10 ba môn đạt từ 6,5 trở lên vào năm 2030.",
  "mt", "cl", "CT4.09", "sd", 1, 0, 0, tp="vt")

R("thpt", "Trường THPT Hải Dương", "", "",
  "Bổ xung chỉ tiêu tỷ lệ trường THPT có câu lạc bộ STEM đạt 100% vào năm 2028, căn cứ Công văn 3089/BGDĐT-GDTrH về triển khai giáo dục STEM.",
  "mt", "cl", "", "bs", 1, 1, 0, tp="vbt", tags="slip,nfd")

R("gdtx", "Trung tâm học tập cộng đồng xã Quyết Thắng", "", "",
  "Kiến nghị nâng chỉ tiêu 6.4 về tỷ lệ xã, phường đạt danh hiệu cộng đồng học tập cấp xã từ 80% lên 90% vào năm 2030, cần có kinh phí duy trì trung tâm học tập cộng đồng.",
  "mt", "qm", "CT6.04", "sd", 1, 0, 0, tp="vct", tags="nodia")

R("tieu_hoc", "Trường Tiểu học Trần Văn Ơn", "", "CT2.04",
  "Định mức 1,5 giáo viên/lớp đối với trường tiểu học dạy cả ngày cần được nâng lên.",
  "mt", "dn", "CT2.04", "sd", 1, 0, 0, tp="vbct",
  pv="1,65 giáo viên/lớp",
  b="Trường có 30 lớp, 45 giáo viên, vẫn phải dạy tăng 4 tiết/tuần.",
  c="Thành phố giao bổ sung biên chế.",
  t="Từ năm học 2026-2027")

R("dai_hoc", "Trường Đại học Hàng hải Việt Nam", "", "",
  "Đề án nên có chỉ tiêu số sinh viên quốc tế học tập tại các trường đại học của thành phố đạt 1.000 người vào năm 2035.",
  "mt", "qm", "", "bs", 1, 0, 0, tp="vt",
  note="Higher-education enrolment → quy_mo_mang_luoi.")

R("gdnn", "Trường Trung cấp Nghề Giao thông vận tải", "", "",
  "Các chỉ tiêu tuyển sinh giáo dục nghề nghiệp cần điều chỉnh cho sát với thực tế.",
  "mt", "qm", "", "sd", 0, 0, 1, tp="")

R("thpt", "Trường THPT Kiến Thụy", "", "",
  "Đề nghị chỉ tiêu 2.5 về giáo viên tiếng Anh đạt C1 lùi sang năm 2030, giữ nguyên 100%, kèm điều kiện thành phố hỗ trợ học phí bồi dưỡng.",
  "mt", "dn", "CT2.05", "sd", 1, 0, 0, tp="vct")

R("mam_non", "Trường Mầm non Thành Tô", "", "",
  "Chỉ tiêu 5.1 về 100% trường có kết nối Internet cáp quang chưa đủ, nên thêm yêu cầu tốc độ tối thiểu 100 Mbps cho trường có từ 10 lớp trở lên.",
  "mt", "cds", "CT5.01", "sd", 1, 0, 0, tp="v",
  note="A requirement added to an existing indicator: sua_doi.")

R("thcs", "Trường THCS Hòa Bình", "", "",
  "Không đồng ý đưa chỉ tiêu tỷ lệ trường ngoài công lập 15% vào Đề án vì không thuộc thẩm quyền của nhà trường.",
  "mt", "qm", "", "kd", 1, 0, 0, tags="nfd")

R("thcs", "Trường THCS Thành Tô", "", "",
  "Hoàn toàn ủng hộ các chỉ tiêu về chuyển đổi số.",
  "mt", "cds", "", "dy", 0, 0, 1, tags="nodia")

R("thcs", "Trường THCS Đằng Lâm", "", "",
  "Nhất trí chỉ tiêu 3.2, diện tích đất của trường đã đạt 12 m²/học sinh.",
  "mt", "dd", "CT3.02", "dy", 1, 0, 0)

R("thpt", "Trường THPT Lê Ích Mộc", "", "",
  "Chỉ tiêu diện tích đất tối thiểu tính theo số học sinh hiện tại hay số học sinh dự báo năm 2030?",
  "mt", "dd", "", "kc", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học An Đồng", "", "",
  "Trường Tiểu học An Đồng và Trường Tiểu học Hồng Thái chưa rõ có nằm trong danh sách phải đạt chỉ tiêu kiên cố hóa không.",
  "mt", "ph", "", "kc", 0, 0, 0,
  note="Names institutions in the text: not generic.")

R("thcs", "Trường THCS Hồng Bàng", "", "",
  "Chỉ tiêu đất cần điều chỉnh riêng cho các trường tại phường Hồng Bàng, vì không còn quỹ đất mở rộng.",
  "mt", "dd", "", "sd", 0, 0, 0, tp="",
  note="'không còn quỹ đất' is a qualitative reason: basis false. Names a ward: not generic.")

R("thpt", "Trường THPT Hồng Quang", "", "",
  "Bổ sung chỉ tiêu: 100% trường THPT có nhà đa năng vào năm 2030.",
  "mt", "ph", "", "bs", 1, 1, 0, tp="vbct",
  b="Hiện 21/58 trường THPT công lập chưa có nhà đa năng (Phụ lục 3, cột phòng chức năng).",
  c="Vốn đầu tư công trung hạn 2026-2030 khoảng 420 tỷ đồng.")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Đưa vào Đề án chỉ tiêu số bài báo quốc tế của các trường đại học thuộc thành phố.",
  "mt", "cl", "", "bs", 0, 0, 1, tp="")

R("tieu_hoc", "Trường Tiểu học Lê Lợi", "", "",
  "Đề nghị ghi lại chỉ tiêu 1.3 là: không quá 40 học sinh/lớp đến năm 2028, không quá 35 học sinh/lớp đến năm 2030; cần xây thêm 45 phòng học ở các phường trung tâm.",
  "mt", "qm", "CT1.03", "sd", 1, 0, 0, tp="vct", tags="nodia")

R("gdtx", "Trung tâm GDTX Thủy Nguyên", "", "",
  "Chỉ tiêu 6.4 đạt được nếu bố trí mỗi xã 01 cán bộ chuyên trách trung tâm học tập cộng đồng; đề nghị ghi điều kiện này vào Đề án.",
  "mt", "qm", "CT6.04", "sd", 1, 0, 0, tp="c")

R("thcs", "Trường THCS Lý Tự Trọng", "", "",
  "Đề nghị hạ chỉ tiêu 5.4 về tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình từ 100% xuống 80%, vì một số thủ tục như chuyển trường vẫn cần bản giấy có xác nhận.",
  "mt", "cds", "CT5.04", "sd", 1, 0, 0, tp="v")

R("mam_non", "Trường Mầm non Hải Thành", "", "",
  "Bổ sung chỉ tiêu 100% trường mầm non sử dụng phần mềm quản lý dinh dưỡng và suất ăn.",
  "mt", "cds", "", "bs", 1, 0, 0, tp="v", tags="nodia",
  note="Point is software → chuyen_doi_so.")

R("thpt", "Trường THPT Nguyễn Khuyến", "", "",
  "Chỉ tiêu 2.8 về bồi dưỡng cán bộ quản lý hằng năm đạt 100% không cần thiết đưa vào Đề án, đề nghị bỏ.",
  "mt", "dn", "CT2.08", "kd", 1, 0, 0, tags="nfd")

R("gdnn", "Trường Trung cấp Kinh tế - Kỹ thuật Bắc Nam", "", "",
  "Đề nghị thêm chỉ tiêu đào tạo nghề cho lao động ở các xã bị thu hồi đất để chuyển đổi nghề.",
  "mt", "qm", "", "bs", 1, 0, 0, tp="vct",
  pv="3.000 người/năm", c="Ngân sách thành phố hỗ trợ chi phí đào tạo.", t="Giai đoạn 2026-2030")

R("thcs", "Trường THCS Trần Hưng Đạo", "", "",
  "Chỉ tiêu kiểm định chất lượng giáo dục 4.2 nên đặt mốc năm 2028 thay vì năm 2030.",
  "mt", "cl", "CT4.02", "sd", 0, 0, 0, tp="t",
  note="Only the deadline changes and the value is not restated: value false.")

R("tieu_hoc", "Trường Tiểu học Tân Dương", "", "",
  "Chỉ tiêu 4.5 cần điều chỉnh.",
  "mt", "cl", "CT4.05", "sd", 0, 0, 0, tp="",
  note="Very short; CT4 is the quality group, so area chat_luong.")

R("thpt", "Trường THPT Nguyễn Đức Cảnh", "", "",
  "Đề nghị điều chỉnh chỉ tiêu 1.4 cho sát thực tế: năm học 2025-2026 tỷ lệ vào lớp 10 công lập chỉ đạt 64,2% theo kết quả tuyển sinh của Sở.",
  "mt", "qm", "CT1.04", "sd", 1, 1, 0, tp="b")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Chỉ tiêu 6.3 đạt 250 sinh viên/vạn dân chỉ khả thi khi thành phố có học bổng thu hút sinh viên và quỹ đất cho khu ký túc xá tập trung; hiện mới đạt 168 sinh viên/vạn dân. Đề nghị ghi rõ các điều kiện này.",
  "mt", "qm", "CT6.03", "sd", 1, 0, 0, tp="vbc")

R("mam_non", "Trường Mầm non Quán Trữ", "", "",
  "Các chỉ tiêu mầm non lấy số liệu gốc của năm nào để so sánh?",
  "mt", None, "", "kc", 0, 0, 1)

R("thcs", "Trường THCS Ngô Quyền", "", "",
  "Nhất trí các chỉ tiêu từ 4.1 đến 4.3 về chất lượng giáo dục THCS.",
  "mt", "cl", "CT4.01 CT4.02 CT4.03", "dy", 0, 0, 0,
  note="BORDERLINE: a range '4.1 đến 4.3' is expanded to every code in it.")

R("thcs", "Trường THCS Tân Tiến", "", "",
  "CT 2.3 nên giữ nguyên, trường đã đạt 97%.",
  "mt", "dn", "CT2.03", "dy", 1, 0, 0, tags="nodia")

R("thpt", "Trường THPT Hàng Hải", "", "",
  "Trường nhất trí chỉ tiêu 4.4.",
  "mt", "cl", "CT4.04", "dy", 0, 0, 0)

R("thcs", "Trường THCS Lê Lợi", "", "",
  "Góp ý 3 nội dung: (1) chỉ tiêu 2.3 đề nghị giữ nguyên; (2) chỉ tiêu 2.4 đề nghị nâng định mức lên 1,95 giáo viên/lớp; (3) nhiệm vụ 2.1 cần giao chỉ tiêu tuyển dụng theo từng năm.",
  "mt", "dn", "CT2.03 CT2.04 NV2.01", "dy", 1, 0, 0, tags="multi")

R("thpt", "Trường THPT Lê Quý Đôn", "", "",
  "Về mục tiêu: a) chỉ tiêu 4.4 tốt nghiệp THPT nhất trí; b) chỉ tiêu 4.9 xếp hạng thi tốt nghiệp nên bỏ; c) đề nghị bổ sung chỉ tiêu tỷ lệ học sinh đạt IELTS 5.5 trở lên.",
  "mt", "cl", "CT4.04 CT4.09", "dy", 1, 0, 0, tags="multi",
  note="An IELTS score is data (a score), unlike level labels such as B2/C1.")

R("dai_hoc", "Trường Đại học Kinh tế Hải Phòng", "", "",
  "Hai ý kiến: một là đề nghị hạ chỉ tiêu 6.3 xuống 200 sinh viên/vạn dân vào năm 2030 vì quy mô tuyển sinh 3 năm qua chỉ tăng 3%/năm; hai là nhiệm vụ 7.4 cần giao cho Trường Đại học Hàng hải Việt Nam chủ trì.",
  "mt", "qm", "CT6.03 NV7.04", "sd", 1, 0, 0, tp="vbt", tags="multi")

R("tieu_hoc", "Trường Tiểu học Gia Viên", "", "",
  "Đề nghị: - Sửa chỉ tiêu 1.3 theo hướng phân vùng nội thành, ngoại thành; - Nhiệm vụ 5.3 cần nói rõ ai xây dựng học liệu số.",
  "mt", "qm", "CT1.03 NV5.03", "sd", 0, 0, 0, tp="", tags="multi")

R("gdnn", "Trường Cao đẳng Công nghệ và Du lịch", "", "",
  "Thứ nhất, chỉ tiêu tuyển sinh 6.2 nên tăng lên 28.000 người/năm vào năm 2030 vì năm 2025 đã tuyển 25.600; thứ hai, nhiệm vụ 7.1 nhất trí.",
  "mt", "qm", "CT6.02 NV7.01", "sd", 1, 0, 0, tp="vbt", tags="nodia,multi")

R("mam_non", "Trường Mầm non Hoa Hồng", "", "",
  "Góp ý 2 điểm: chỉ tiêu 4.6 suy dinh dưỡng nên giữ; cần bổ sung nhiệm vụ đào tạo nhân viên nấu ăn về dinh dưỡng.",
  "mt", "cl", "CT4.06", "dy", 0, 0, 0, tags="nodia,multi",
  note="'2 điểm' counts the points of the comment itself; not data about the subject.")

R("tieu_hoc", "Trường Tiểu học Đông Sơn", "", "",
  "1. Không đồng ý chỉ tiêu 2.2 ở mức 100% giáo viên tiểu học đạt trình độ đại học vào năm 2027. 2. Nhiệm vụ 2.2 bồi dưỡng nâng chuẩn cần hỗ trợ 50% học phí.",
  "mt", "dn", "CT2.02 NV2.02", "kd", 1, 0, 0, tags="multi")

R("gdtx", "Trung tâm GDNN-GDTX Cát Hải", "", "",
  "Ý kiến 1: thống nhất đánh giá thực trạng GDTX. Ý kiến 2: đề nghị bổ sung chỉ tiêu 6.4 cho từng xã. Ý kiến 3: cần có thêm nhiệm vụ đào tạo lại cán bộ trung tâm học tập cộng đồng, thực hiên từ năm 2026.",
  "tt", None, "CT6.04", "dy", 0, 0, 0, tags="multi,slip",
  note="First point is agreement with the whole current-state part of GDTX: group thuc_trang, area null.")

# --- short rows and the CT2.03 written form
R("thcs", "Trường THCS Quán Toan", "", "",
  "Trường đồng tình với chỉ tiêu 5.4.",
  "mt", "cds", "CT5.04", "dy", 0, 0, 0)

R("thpt", "Trường THPT Hải Phòng", "", "",
  "Đề nghị bỏ chỉ tiêu 4.9.",
  "mt", "cl", "CT4.09", "kd", 0, 0, 0)

R("thcs", "Trường THCS Vĩnh An", "", "CT2.03",
  "Giữ nguyên CT2.03, không sửa.",
  "mt", "dn", "CT2.03", "dy", 0, 0, 0, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Tân Hưng", "", "",
  "Bổ sung chỉ tiêu về bơi.",
  "mt", "cl", "", "bs", 0, 0, 1, tp="")

R("mam_non", "Trường Mầm non Việt Hải", "", "",
  "Thực trạng đội ngũ phản ánh đúng.",
  "tt", "dn", "", "dy", 0, 0, 1)

R("thcs", "Trường THCS Thượng Lý", "Mục III, CT2.03", "",
  "Đề nghị hạ xuống 92% vì trường mới đạt 88,5%, mỗi năm chỉ có 1-2 giáo viên đi học nâng chuẩn.",
  "mt", "dn", "CT2.03", "sd", 1, 0, 0, tp="vb",
  note="The indicator is named only in the location column.")
