# Group giai_phap (tasks and solutions)
from common import R

# --- solution proposals with all six elements
R("thcs", "Trường THCS Chu Văn An", "Phần thứ ba, Mục IV, nhiệm vụ 3.2", "",
  "Đề nghị bổ sung giải pháp xây mới khối 12 phòng học bộ môn tại Trường THCS Chu Văn An, nhằm chấm dứt tình trạng học sinh phải học luân phiên phòng Tin học, Ngoại ngữ; UBND phường làm chủ đầu tư, nguồn vốn đầu tư công trung hạn 2026-2030 khoảng 18 tỷ đồng, hoàn thành trước tháng 8/2027.",
  "gp", "ph", "NV3.02", "bs", 1, 0, 0, six="vmstnr")

R("thpt", "Trường THPT Lê Quý Đôn", "", "",
  "Bổ sung nhiệm vụ xây dựng ngân hàng đề kiểm tra trực tuyến dùng chung cấp THPT.",
  "gp", "cds", "", "bs", 1, 0, 0, six="vmstnr",
  cols={"v": "Xây dựng ngân hàng câu hỏi trắc nghiệm các môn kiểm tra định kỳ",
        "m": "Để 100% trường THPT tổ chức được kiểm tra trên máy tính, giảm chi phí in sao đề",
        "s": "Ngân hàng 20.000 câu hỏi được chuẩn hóa, tích hợp trên hệ thống của Sở",
        "t": "Quý IV/2027",
        "n": "Ngân sách sự nghiệp giáo dục, khoảng 3 tỷ đồng",
        "r": "Sở GDĐT chủ trì, các trường THPT phối hợp"})

R("mam_non", "UBND xã Tiên Lãng", "", "",
  "Đề xuất giải pháp: UBND xã Tiên Lãng chủ trì chuyển giao trụ sở UBND xã cũ (khuôn viên 3.200 m²) sau sắp xếp đơn vị hành chính cho Trường Mầm non Tiên Lãng làm điểm trường chính, bảo đảm trẻ không còn phải học ở 4 điểm lẻ như hiện nay; kinh phí cải tạo 5,5 tỷ đồng từ ngân sách xã; hoàn thành trong năm 2026.",
  "gp", "dd", "", "bs", 1, 0, 0, six="vmstnr",
  note="Transfer of a public building to education → dat_dai.")

R("gdnn", "Trường Cao đẳng Công nghiệp Hải Phòng", "", "",
  "Đề nghị bổ sung vào nhóm giải pháp 7 nhiệm vụ xây dựng cơ chế đặt hàng đào tạo giữa doanh nghiệp các khu công nghiệp và các trường nghề.",
  "gp", "cl", "", "bs", 1, 0, 0, six="vmstnr",
  cols={"v": "Xây dựng và ban hành cơ chế đặt hàng đào tạo theo nhu cầu doanh nghiệp",
        "m": "Bảo đảm học sinh tốt nghiệp được doanh nghiệp tiếp nhận ngay, giảm tình trạng doanh nghiệp phải tự đào tạo lại",
        "s": "Quy chế đặt hàng đào tạo; danh mục 20 nghề ưu tiên",
        "t": "2026-2028",
        "n": "Ngân sách thành phố 60%, doanh nghiệp đóng góp 40%",
        "r": "Sở GDĐT chủ trì, Ban Quản lý khu kinh tế phối hợp"},
  note="'nhóm giải pháp 7' is not a ref. Training–enterprise link → chat_luong.")

R("gdtx", "Trung tâm GDTX thành phố", "", "",
  "Đề nghị bổ sung nhiệm vụ: Sở Tài chính chủ trì tham mưu UBND thành phố trình HĐND thành phố ban hành Nghị quyết quy định mức hỗ trợ học phí cho học viên GDTX thuộc hộ cận nghèo, để không học viên nào phải bỏ học vì không đủ tiền học phí; trình tại kỳ họp cuối năm 2026, dự kiến kinh phí 4,2 tỷ đồng/năm từ ngân sách thành phố.",
  "gp", "tc", "", "bs", 1, 0, 0, six="vmstnr",
  note="A Nghị quyết the row proposes to create is a product, not evidence.")

R("tieu_hoc", "Trường Tiểu học Lê Văn Tám", "", "",
  "Đề xuất triển khai ký số học bạ cho toàn bộ trường tiểu học.",
  "gp", "cds", "", "bs", 1, 0, 0, six="vmstnr",
  cols={"v": "Cấp chữ ký số cho hiệu trưởng và giáo viên chủ nhiệm tiểu học",
        "m": "Để học bạ số có giá trị pháp lý, thay thế hoàn toàn học bạ giấy",
        "s": "3.500 chứng thư số được cấp",
        "t": "Trước 31/12/2026",
        "n": "Kinh phí chuyển đổi số năm 2026 của Sở, 1,1 tỷ đồng",
        "r": "Phòng GDMN-GDTH chủ trì, các trường tiểu học thực hiện"})

R("thcs", "Trường THCS Cát Hải", "", "",
  "Bổ sung giải pháp: UBND thành phố ban hành quyết định hỗ trợ 50 triệu đồng/người cho giáo viên Tin học, Tiếng Anh về công tác tại đặc khu Cát Hải và cam kết làm việc tối thiểu 5 năm, nhằm lấp đầy 27 vị trí đang thiếu; áp dụng từ năm học 2026-2027; nguồn ngân sách thành phố; Sở Nội vụ và Sở GDĐT chủ trì.",
  "gp", "dn", "", "bs", 1, 0, 0, six="vmstnr", tags="nodia")

R("tieu_hoc", "Trường Tiểu học Kiến Thiết", "Mục IV, giải pháp 4, nhiệm vụ 6", "",
  "Đề nghị sửa nhiệm vụ dạy bơi: thay “khuyến khích các trường tổ chức dạy bơi” bằng “xây dựng 30 bể bơi lắp ghép tại các trường tiểu học chưa có bể” để đến năm 2028 có 90% học sinh lớp 3 biết bơi; nguồn ngân sách thành phố 45 tỷ đồng và xã hội hóa; UBND các xã, phường làm chủ đầu tư.",
  "gp", "cl", "NV4.06", "sd", 1, 0, 0, six="vmstnr",
  note="BORDERLINE: the task is teaching swimming, so chat_luong even though the measure builds pools.")

R("thpt", "Trường THPT Thái Phiên", "", "",
  "Bổ sung giải pháp giải phóng mặt bằng mở rộng Trường THPT Thái Phiên.",
  "gp", "dd", "", "bs", 1, 0, 0, six="vmstnr",
  cols={"v": "Thu hồi, giải phóng mặt bằng 6.500 m² đất liền kề phía Tây trường",
        "m": "Bảo đảm diện tích tối thiểu 10 m²/học sinh để trường đủ điều kiện đạt chuẩn quốc gia",
        "s": "Quyết định thu hồi đất; mặt bằng sạch 6.500 m² bàn giao cho trường",
        "t": "Năm 2026 - 2027",
        "n": "Ngân sách thành phố 38 tỷ đồng",
        "r": "UBND phường Lê Chân chủ trì, Trung tâm Phát triển quỹ đất thực hiện"})

R("mam_non", "Trường Mầm non An Dương", "", "",
  "Đề nghị bổ sung nhiệm vụ xây mới 01 trường mầm non công lập 15 nhóm lớp tại khu đô thị mới phường An Dương để giảm sĩ số mẫu giáo từ 38 xuống dưới 30 trẻ/lớp; UBND phường An Dương làm chủ đầu tư, vốn ngân sách phường và thành phố 42 tỷ đồng, khởi công năm 2026, đưa vào sử dụng tháng 9/2028.",
  "gp", "qm", "", "bs", 1, 0, 0, six="vmstnr", tags="nfd")

R("gdnn", "Trường Cao đẳng Nghề Duyên Hải", "", "NV2.02",
  "Đề nghị điều chỉnh nhiệm vụ 2.2 về bồi dưỡng nhà giáo GDNN cho sát yêu cầu dạy thực hành.",
  "gp", "dn", "NV2.02", "sd", 1, 0, 0, six="vmstnr",
  cols={"v": "Cử nhà giáo đi thực tập tại doanh nghiệp tối thiểu 4 tuần/năm",
        "m": "Để 100% nhà giáo dạy thực hành cập nhật được công nghệ mới trên dây chuyền sản xuất",
        "s": "Kế hoạch thực tập hằng năm; 300 lượt nhà giáo được thực tập",
        "t": "Từ năm 2026, hoàn thành lượt đầu trong năm 2027",
        "n": "Kinh phí đào tạo, bồi dưỡng của các trường và hỗ trợ của doanh nghiệp",
        "r": "Các trường cao đẳng, trung cấp thực hiện; Sở GDĐT kiểm tra"})

R("thcs", "Trường THCS Lê Chân", "", "NV 5.02",
  "Bổ sung nhiệm vụ 5.2: xây dựng kho dữ liệu học sinh dùng chung cấp THCS kết nối với cơ sở dữ liệu dân cư, nhằm giúp phụ huynh làm thủ tục chuyển trường, tuyển sinh lớp 6 hoàn toàn trực tuyến; sản phẩm là phần mềm tích hợp và quy chế khai thác dữ liệu; Sở GDĐT chủ trì, Công an thành phố phối hợp; kinh phí 2,5 tỷ đồng từ ngân sách chuyển đổi số; hoàn thành quý II/2027.",
  "gp", "cds", "NV5.02", "bs", 1, 0, 0, six="vmstnr")

R("mam_non", "Trường Mầm non Vinh Quang", "", "",
  "Kiến nghị đưa vào Đề án giải pháp hỗ trợ tiền ăn trưa cho trẻ mẫu giáo ở các xã bãi ngang, mức 160.000 đồng/trẻ/tháng, nhằm duy trì tỷ lệ trẻ ăn bán trú trên 95%; UBND xã lập danh sách, Sở Tài chính bố trí ngân sách thành phố; thực hiên từ học kỳ II năm học 2025-2026. Sản phẩm là danh sách trẻ được hỗ trợ được phê duyệt hằng năm.",
  "gp", "tc", "", "bs", 1, 0, 0, six="vmstnr", tags="slip",
  note="Support payment → tai_chinh.")

R("gdtx", "Trung tâm GDNN-GDTX Kiến Thụy", "", "",
  "Bổ sung nhiệm vụ trang bị 02 phòng máy tính (mỗi phòng 35 máy) cho Trung tâm GDNN-GDTX Kiến Thụy để học viên được học Tin học và thi chứng chỉ ứng dụng CNTT ngay tại trung tâm; nguồn vốn sự nghiệp năm 2027 khoảng 1,6 tỷ đồng; trung tâm lập dự toán, Sở GDĐT thẩm định, hoàn thành trước năm học 2027-2028.",
  "gp", "ph", "", "bs", 1, 0, 0, six="vmstnr")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Trường đề xuất một nhiệm vụ mới: thành lập Quỹ hỗ trợ sinh viên vượt khó của thành phố với vốn ban đầu 20 tỷ đồng từ ngân sách và doanh nghiệp, nhằm không để sinh viên nào phải bỏ học vì khó khăn tài chính; Sở Tài chính chủ trì, thành lập trong năm 2026; sản phẩm là quy chế quỹ do UBND thành phố ban hành.",
  "gp", "tc", "", "bs", 1, 0, 0, six="vmstnr")

R("thcs", "Trường THCS Nguyễn Du", "", "",
  "Đề nghị bổ sung nhiệm vụ xây dựng đội ngũ giáo viên cốt cán dạy môn Khoa học tự nhiên cấp THCS. Hiện 68% giáo viên dạy môn này chỉ được đào tạo đơn môn. Cụ thể: Sở GDĐT chủ trì, phối hợp Trường Đại học Hải Phòng bồi dưỡng cấp chứng chỉ dạy tích hợp cho 450 giáo viên trong hai năm 2026-2027; mục tiêu là đến năm học 2027-2028 mỗi lớp chỉ còn 01 giáo viên dạy môn Khoa học tự nhiên; kinh phí khoảng 6,8 tỷ đồng từ nguồn đào tạo, bồi dưỡng của thành phố; sản phẩm là 450 chứng chỉ được cấp.",
  "gp", "dn", "", "bs", 1, 0, 0, six="vmstnr",
  note="Long row (about 120 words).")

# --- proposals with elements split across columns, incomplete
R("thcs", "Trường THCS Quang Trung", "", "",
  "Đề xuất bổ sung giải pháp về giáo viên dạy liên trường.",
  "gp", "dn", "", "bs", 0, 0, 1, six="vr",
  cols={"v": "Điều động giáo viên Âm nhạc, Mỹ thuật dạy liên trường trong cụm",
        "m": "Nâng cao chất lượng giáo dục", "s": "", "t": "", "n": "",
        "r": "Phòng Văn hóa - Xã hội phường"},
  note="Boilerplate objective does not count. Unnamed ward office: still generic.")

R("tieu_hoc", "Trường Tiểu học Hưng Đạo", "", "",
  "Bổ sung giải pháp sửa chữa khu vệ sinh học sinh.",
  "gp", "ph", "", "bs", 1, 0, 0, six="vsr",
  cols={"v": "Cải tạo khu vệ sinh học sinh đạt chuẩn",
        "m": "Nâng cao chất lượng cơ sở vật chất",
        "s": "12 khu vệ sinh được cải tạo",
        "t": "Theo kế hoạch",
        "n": "Huy động các nguồn lực hợp pháp",
        "r": "Nhà trường"},
  note="'Theo kế hoạch' is no deadline; 'huy động các nguồn lực hợp pháp' names no source.")

R("mam_non", "Trường Mầm non Hoa Phượng", "", "",
  "Xin đề xuất thêm giải pháp phát triển nhóm trẻ độc lập tư thục tại các khu công nghiệp.",
  "gp", "qm", "", "bs", 0, 0, 1, six="vmst",
  cols={"v": "Cấp phép và hỗ trợ nhóm trẻ độc lập tư thục gần khu nhà trọ công nhân",
        "m": "Để con công nhân dưới 3 tuổi có chỗ gửi an toàn, giảm số nhóm trẻ không phép",
        "s": "Danh mục nhóm trẻ được cấp phép",
        "t": "2026-2030", "n": "", "r": ""},
  note="Generic (no figure, source, code or named place) yet several 6-rõ elements are present.")

R("gdnn", "Trường Trung cấp Nghề Thủy Nguyên", "", "NV7.02",
  "Sửa nhiệm vụ 7.2 về gắn đào tạo với doanh nghiệp cho cụ thể hơn.",
  "gp", "cl", "NV7.02", "sd", 0, 0, 0, six="vsr",
  cols={"v": "Ký kết hợp tác đào tạo với doanh nghiệp", "m": "",
        "s": "Biên bản ghi nhớ hợp tác", "t": "Hằng năm", "n": "", "r": "Các trường"},
  note="'Hằng năm' is a rotation, not a deadline.")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Bổ sung nhiệm vụ thu hút giảng viên trình độ cao về các trường đại học thuộc thành phố.",
  "gp", "dn", "", "bs", 1, 0, 0, six="vmtn",
  cols={"v": "Ban hành chính sách thu hút giảng viên có học vị tiến sĩ về làm việc tại các trường đại học thuộc thành phố",
        "m": "Tăng tỷ lệ giảng viên tiến sĩ lên 45% vào năm 2030",
        "s": "Chính sách thu hút", "t": "2026", "n": "Ngân sách thành phố", "r": ""},
  note="A bare 'chính sách' is not a product.")

R("thpt", "Trường THPT Nguyễn Trãi", "nhiệm vụ 3.3", "",
  "Đề nghị bổ sung vào nhiệm vụ 3.3 nội dung đầu tư phòng học bộ môn cho trường THPT.",
  "gp", "ph", "NV3.03", "bs", 0, 0, 0, six="v",
  cols={"v": "Đầu tư bổ sung phòng học bộ môn", "m": "", "s": "", "t": "", "n": "", "r": ""})

R("tieu_hoc", "Trường Tiểu học Lương Khánh Thiện", "", "",
  "Đề xuất giải pháp về sổ điểm điện tử cho giáo viên tiểu học.",
  "gp", "cds", "", "bs", 0, 0, 1, six="vmtnr",
  cols={"v": "Tập huấn sử dụng sổ điểm điện tử", "m": "Giáo viên thành thạo phần mềm, bỏ hẳn sổ điểm giấy",
        "s": "", "t": "Học kỳ I năm học 2026-2027",
        "n": "Kinh phí chi thường xuyên của trường", "r": "Tổ công nghệ thông tin của trường"},
  note="BORDERLINE: training teachers to use software is a digital task (chuyen_doi_so), not doi_ngu.")

R("thcs", "Trường THCS Lạc Viên", "", "",
  "Bổ sung giải pháp tăng nguồn thu hợp pháp cho trường công lập.",
  "gp", "tc", "", "bs", 0, 0, 1, six="vmsr",
  cols={"v": "Cho thuê sân thể thao ngoài giờ học", "m": "Có thêm nguồn kinh phí để bảo trì sân bãi",
        "s": "Đề án sử dụng tài sản công vào mục đích cho thuê được phê duyệt", "t": "", "n": "",
        "r": "Hiệu trưởng lập đề án, UBND phường phê duyệt"})

R("gdtx", "Trung tâm GDNN-GDTX Vĩnh Bảo", "", "",
  "Đề nghị sửa giải pháp 1, nhiệm vụ 4 về sáp nhập trung tâm.",
  "gp", "qm", "NV1.04", "sd", 1, 0, 0, six="vm",
  cols={"v": "Giữ nguyên Trung tâm GDNN-GDTX Vĩnh Bảo, không sáp nhập vào trung tâm cấp vùng",
        "m": "Để học viên ở xa không phải đi thêm 25 km", "s": "", "t": "",
        "n": "Không phát sinh", "r": ""},
  note="'giải pháp 1, nhiệm vụ 4' → NV1.04. A distance is data.")

R("thpt", "Trường THPT Hải An", "", "",
  "Bổ sung giải pháp học tiếng Anh với giáo viên bản ngữ.",
  "gp", "cl", "", "bs", 1, 0, 0, six="vstnr", tags="nodia",
  cols={"v": "Tổ chức cho học sinh học tiếng Anh với giáo viên bản ngữ 2 tiết/tuần", "m": "",
        "s": "Chương trình tiếng Anh liên kết được Sở phê duyệt", "t": "Năm học 2027-2028",
        "n": "Xã hội hóa, phụ huynh đóng góp", "r": "Các trường THPT"})

R("tieu_hoc", "Trường Tiểu học Thủy Đường", "", "",
  "Góp ý nhóm giải pháp 1 về mạng lưới: đề xuất tách điểm trường thành trường độc lập.",
  "gp", "qm", "", "bs", 0, 0, 0, six="vmsr",
  cols={"v": "Tách điểm trường Đông Sơn khỏi Trường Tiểu học Thủy Đường thành trường độc lập",
        "m": "Để học sinh điểm Đông Sơn có đủ giáo viên chuyên biệt, không phải học ghép",
        "s": "Quyết định thành lập trường", "t": "", "n": "", "r": "UBND phường Thủy Nguyên"},
  note="Names places/institutions in the 6-rõ columns: not generic.")

# --- proposals in free text, incomplete
R("thcs", "Trường THCS Kiến An", "", "",
  "Đề nghị bổ sung giải pháp mạnh hơn về thu hút giáo viên.",
  "gp", "dn", "", "bs", 0, 0, 1, six="")

R("mam_non", "Trường Mầm non Tuổi Thơ", "", "",
  "Cần có cơ chế phù hợp để giữ chân giáo viên mầm non.",
  "gp", "dn", "", "bs", 0, 0, 1, six="", tags="nodia")

R("tieu_hoc", "Trường Tiểu học Ngọc Sơn", "", "",
  "Đề nghị bổ sung vào nhiêm vụ 3.5 việc xây nhà ăn bán trú cho các trường tiểu học có đông học sinh ăn bán trú.",
  "gp", "ph", "NV3.05", "bs", 0, 0, 0, six="v", tags="slip")

R("thpt", "Trường THPT Quang Trung", "", "",
  "Bổ sung giải pháp trang bị camera giám sát cho phòng thi và hành lang các trường THPT để bảo đảm an ninh, giám sát thi cử khách quan.",
  "gp", "ph", "", "bs", 0, 0, 1, six="vm")

R("thcs", "Trường THCS An Hòa", "", "",
  "Đối với nhiệm vụ 5.1 (hạ tầng) và 5.2, đề nghị thêm nội dung: Sở GDĐT chủ trì thuê dịch vụ đường truyền và phần mềm quản trị trường học tập trung, thay vì mỗi trường tự mua.",
  "gp", "cds", "NV5.01 NV5.02", "bs", 0, 0, 0, six="vsr",
  note="'thay vì mỗi trường tự mua' carries no explicit purpose marker: muc_tieu false.")

R("gdnn", "Trường Trung cấp Kỹ thuật Hải Phòng", "", "",
  "Góp ý nhiệm vụ 7.1 và 7.3: (1) đề nghị sửa 7.1 thành “sắp xếp lại các trường trung cấp công lập còn dưới 300 học sinh”; (2) nhiệm vụ 7.3 nên giao cho trường đại học chủ trì.",
  "gp", "qm", "NV7.01 NV7.03", "sd", 1, 0, 0, six="vr", tags="multi",
  note="six_clear over the whole row: the responsible body comes from point 2.")

R("dai_hoc", "Trường Đại học Hàng hải Việt Nam", "", "",
  "Nên thêm nhiệm vụ hợp tác với các trường đại học nước ngoài đào tạo liên kết ngành logistics, kỹ thuật cảng biển, nhằm để sinh viên được cấp song bằng của trường đối tác.",
  "gp", "cl", "", "bs", 0, 0, 1, six="vm",
  note="BORDERLINE: international joint programmes (NV8) → chat_luong.")

R("thcs", "Trường THCS Hợp Đức", "", "",
  "Đề nghị sửa nhiệm vụ 6.3: giữ cơ chế ngân sách bảo đảm toàn bộ chi thường xuyên cho trường THCS công lập vùng nông thôn, chỉ giao tự chủ với trường nội thành có nguồn thu.",
  "gp", "tc", "NV6.03", "sd", 0, 0, 0, six="v")

R("mam_non", "Trường Mầm non Đại Hà", "", "",
  "Đề nghị UBND xã Kiến Thụy bố trí quỹ đất cho Trường Mầm non Đại Hà.",
  "gp", "dd", "", "bs", 0, 0, 0, six="vr")

R("tieu_hoc", "Trường Tiểu học Vĩnh Niệm", "", "",
  "Bổ sung giải pháp tổ chức ngày hội đọc sách cấp tiểu học để hình thành thói quen đọc cho học sinh.",
  "gp", "cl", "", "bs", 0, 0, 1, six="vm", tags="nfd")

R("thpt", "Trường THPT Ngô Quyền", "", "",
  "Cần có thêm giải pháp tuyển dụng 85 giáo viên Tin học, Công nghệ còn thiếu ở các trường THPT trong năm 2026 theo kết quả rà soát tại Phụ lục 2.",
  "gp", "dn", "", "bs", 1, 1, 0, six="vst",
  note="The appendix is the source of the shortage figure: evidence.")

R("gdnn", "Trường Cao đẳng Hàng hải I", "", "",
  "Giải pháp 7, nhiệm vụ 5 nên bổ sung nội dung liên kết với doanh nghiệp điện gió ngoài khơi, giao Trường Cao đẳng Hàng hải I chủ trì.",
  "gp", "cl", "NV7.05", "bs", 0, 0, 0, six="vr", tags="nodia")

R("dai_hoc", "Trường Đại học Hải Dương", "", "",
  "Kiến nghị Đề án có nhiệm vụ xây dựng thư viện số dùng chung giữa các trường đại học, cao đẳng trên địa bàn.",
  "gp", "cds", "", "bs", 0, 0, 1, six="vs")

R("thcs", "Trường THCS Hưng Đạo", "", "",
  "Đề nghị bổ xung giải pháp xây mới trường THCS tại phường Hưng Đạo vào năm 2027 với quy mô 30 lớp, vì trường hiện tại đã quá tải.",
  "gp", "qm", "", "bs", 1, 0, 0, six="vst", tags="slip")

R("mam_non", "Trường Mầm non Đồng Thái", "", "",
  "Thêm giải pháp miễn, giảm học phí cho trẻ mầm non tư thục như trẻ ở trường công lập.",
  "gp", "tc", "", "bs", 0, 0, 1, six="v", tags="nfd")

R("tieu_hoc", "Trường Tiểu học Thái Sơn", "", "",
  "Đề nghị sửa nhiệm vụ 2.1: thay vì hợp đồng giáo viên theo năm học, giao biên chế cho 40 giáo viên hợp đồng đang dạy tại các trường tiểu học của xã, để giữ chân giáo viên, giảm tình trạng nghỉ việc.",
  "gp", "dn", "NV2.01", "sd", 1, 0, 0, six="vms", tags="nodia")

R("thpt", "Trường THPT Tiên Lãng", "", "",
  "Bổ sung giải pháp tổ chức đánh giá năng lực chung cho học sinh lớp 11 toàn thành phố vào tháng 4 hằng năm, nhằm phát hiện sớm học sinh yếu để phụ đạo trước kỳ thi tốt nghiệp.",
  "gp", "cl", "", "bs", 0, 0, 1, six="vm",
  note="'tháng 4 hằng năm' is a recurring date (rotation), not a deadline.")

R("gdtx", "Trung tâm GDTX Hồng Bàng", "", "",
  "Đề nghị chỉnh sửa nhiệm vụ 4.4 theo hướng giao các trung tâm GDTX chủ trì tổ chức thi thử tốt nghiệp THPT cho học viên, tiến độ từ năm học 2026-2027.",
  "gp", "cl", "NV4.04", "sd", 0, 0, 0, six="vtr")

R("tieu_hoc", "Trường Tiểu học Chi Lăng", "", "",
  "Bổ sung giải pháp cấp 420 máy chiếu, ti vi thông minh cho các phòng học tiểu học còn thiếu.",
  "gp", "ph", "", "bs", 1, 0, 0, six="vs", tags="nodia")

R("thcs", "Trường THCS Phạm Hữu Điều", "", "",
  "Nhiệm vụ 5.4 nên thêm việc bồi dưỡng năng lực số cho giáo viên theo khung năng lực số của Bộ, mỗi giáo viên tối thiểu 30 giờ/năm.",
  "gp", "cds", "NV5.04", "bs", 1, 0, 0, six="v",
  note="BORDERLINE: digital-skills training for staff is a digital-transformation task. The Bộ framework is a standard named as a target: not evidence.")

R("mam_non", "Trường Mầm non Lãm Hà", "", "",
  "Đề nghị sửa nhiệm vụ 3.4: thay cụm từ “từng bước trang bị” bằng “trang bị đủ 100% thiết bị dạy học tối thiểu cho lớp mẫu giáo 5 tuổi trước năm 2028”.",
  "gp", "ph", "NV3.04", "sd", 1, 0, 0, six="vt")

R("gdnn", "Trường Cao đẳng Kinh tế Kỹ thuật Hải Phòng", "", "",
  "Bổ sung giải pháp cho phép các trường cao đẳng công lập vay vốn ưu đãi để đầu tư xưởng thực hành, lãi suất do ngân sách thành phố hỗ trợ.",
  "gp", "tc", "", "bs", 0, 0, 1, six="vn")

R("tieu_hoc", "Trường Tiểu học Phù Liễn", "", "",
  "Đề nghị điều chỉnh lộ trình sáp nhập các điểm trường lẻ trong nhiệm vụ 1.5: chỉ sáp nhập khi đã xây xong phòng học ở điểm chính và có xe đưa đón học sinh.",
  "gp", "qm", "NV1.05", "sd", 0, 0, 0, six="v", tags="nfd")

R("thpt", "Trường THPT Đồ Sơn", "", "",
  "Nên có giải pháp ưu tiên chuyển đất trụ sở các cơ quan sau sắp xếp cho trường học.",
  "gp", "dd", "", "bs", 0, 0, 1, six="v", tags="nodia")

R("thcs", "Trường THCS Đồng Thái", "", "",
  "Trường kiến nghị thêm giải pháp cải tạo sân trường, sân thể thao.",
  "gp", "ph", "", "bs", 0, 0, 1, six="v")

R("mam_non", "Trường Mầm non Tân Phong", "", "",
  "Bổ sung giải pháp kiểm tra an toàn thực phẩm bếp ăn bán trú định kỳ, giao Trạm y tế xã thực hiện.",
  "gp", "cl", "", "bs", 0, 0, 1, six="vr", tags="nodia",
  note="Food safety/nutrition → chat_luong; 'định kỳ' is no deadline.")

R("thpt", "Trường THPT Nguyễn Trãi", "", "",
  "Đề nghị sửa nhiệm vụ 1.3: đưa Trường THPT Nguyễn Trãi cơ sở 2 vào danh mục xây mới giai đoạn 2026-2030 với 36 lớp, vốn ngân sách thành phố 180 tỷ đồng.",
  "gp", "qm", "NV1.03", "sd", 1, 0, 0, six="vstn")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Bổ sung nhiệm vụ cử 50 giảng viên trẻ đi đào tạo tiến sĩ ở nước ngoài giai đoạn 2026-2030 bằng ngân sách thành phố, do Sở GDĐT chủ trì.",
  "gp", "dn", "", "bs", 1, 0, 0, six="vstnr", tags="nfd")

R("tieu_hoc", "Trường Tiểu học Lý Thường Kiệt", "", "",
  "Thêm giải pháp dùng phần mềm đánh giá học sinh tiểu học thay cho sổ theo dõi giấy, nhằm giảm việc ghi chép thủ công cho giáo viên; kinh phí lấy từ nguồn chi thường xuyên.",
  "gp", "cds", "", "bs", 0, 0, 1, six="vmn")

R("gdnn", "Trường Cao đẳng Nghề Bách Khoa", "", "",
  "Đề nghị sửa nhiệm vụ 7.1 thành: thành lập phân hiệu của Trường Cao đẳng Nghề Bách Khoa tại đặc khu Cát Hải năm 2027 để người dân trên đảo không phải vào đất liền học nghề.",
  "gp", "qm", "NV7.01", "sd", 0, 0, 0, six="vmst", tags="nodia")

R("thcs", "Trường THCS Ngũ Lão", "", "",
  "Đề nghị bổ sung vào giải pháp 2, nhiệm vụ 4 việc điều chuyển giáo viên dôi dư môn Lịch sử, Địa lý sang trường thiếu.",
  "gp", "dn", "NV2.04", "bs", 0, 0, 0, six="v")

R("thpt", "Trường THPT Lê Hồng Phong", "", "",
  "Nhiệm vụ 5.3 học liệu số cần bổ sung: Sở GDĐT chủ trì xây dựng kho 5.000 bài giảng điện tử các môn lớp 10-12 trước năm 2028.",
  "gp", "cds", "NV5.03", "bs", 1, 0, 0, six="vstr")

R("mam_non", "Trường Mầm non Kiến Quốc", "", "",
  "Ý kiến về giải pháp đất: (1) đề nghi bổ sung nhiệm vụ rà soát toàn bộ đất các trường mầm non chưa có giấy chứng nhận, hoàn thành năm 2027; (2) đề nghị tăng diện tích tối thiểu trong chỉ tiêu 3.2.",
  "gp", "dd", "CT3.02", "bs", 0, 0, 0, six="vt", tags="multi,slip")

R("tieu_hoc", "Trường Tiểu học Dư Hàng Kênh", "", "",
  "Đề nghị sửa nhiệm vụ 6.2 về xã hội hóa: thay “vận động phụ huynh đóng góp” bằng “thu hút doanh nghiệp tài trợ theo danh mục dự án do UBND phường lập và công khai”.",
  "gp", "tc", "NV6.02", "sd", 0, 0, 0, six="vsr")

R("gdtx", "Trung tâm GDTX Ngô Quyền", "", "",
  "Bổ sung giải pháp cho phép giáo viên trung tâm GDTX dạy liên kết tại trường THPT để đủ định mức tiết dạy.",
  "gp", "dn", "", "bs", 0, 0, 1, six="vm", tags="nodia")

R("thcs", "Trường THCS Trần Quốc Toản", "", "",
  "Đề xuất chỉnh sửa nhiệm vụ 4.5: thay vì thành lập thêm trường chuyên, đầu tư 4 trung tâm bồi dưỡng học sinh năng khiếu liên xã trong hai năm 2027-2028, do phòng chuyên môn của Sở phụ trách.",
  "gp", "cl", "NV4.05", "sd", 1, 0, 0, six="vstr")

R("thcs", "Trường THCS Nam Hải", "", "",
  "Nhiệm vụ 3.3 đề nghị thêm: mỗi trường THCS có ít nhất 01 phòng học STEM, hoàn thành năm 2028, vốn ngân sách phường.",
  "gp", "ph", "NV3.03", "bs", 1, 0, 0, six="vstn", tags="nodia")

R("mam_non", "Trường Mầm non Anh Dũng", "", "",
  "Bổ sung giải pháp bồi dưỡng giáo viên mầm non về giáo dục hòa nhập trẻ khuyết tật vào dịp hè hằng năm.",
  "gp", "dn", "", "bs", 0, 0, 1, six="v")

R("gdnn", "Trường Cao đẳng Giao thông vận tải Hải Phòng", "", "",
  "Thêm nhiệm vụ: xây dựng hệ thống quản lý đào tạo tín chỉ và cấp văn bằng số cho các trường cao đẳng công lập, nhằm tra cứu văn bằng trực tuyến, chống làm giả bằng; tiến độ năm 2027.",
  "gp", "cds", "", "bs", 0, 0, 1, six="vmst")

R("thpt", "Trường THPT Bạch Đằng", "", "",
  "1. Đề nghị sửa nhiệm vụ 6.1: ghi rõ tỷ lệ chi ngân sách cho giáo dục tối thiểu 20% tổng chi ngân sách thành phố. 2. Nhiệm vụ 6.4 cần thêm chế độ hỗ trợ học sinh bán trú.",
  "gp", "tc", "NV6.01 NV6.04", "sd", 1, 0, 0, six="vn", tags="nodia,multi")

R("tieu_hoc", "Trường Tiểu học Đằng Giang", "", "",
  "Đề xuất giải pháp phân tuyến tuyển sinh lớp 1 theo khoảng cách không quá 2 km, công khai bản đồ tuyến trên cổng thông tin của phường trước tháng 5/2026.",
  "gp", "qm", "", "bs", 1, 0, 0, six="vst")

R("mam_non", "Trường Mầm non Quảng Thanh", "", "",
  "Đưa vào nhóm giải pháp cơ sở vật chất việc nâng cấp bếp ăn một chiều cho 26 trường mầm non chưa đạt chuẩn, nhằm bảo đảm an toàn thực phẩm cho trẻ bán trú.",
  "gp", "ph", "", "bs", 1, 0, 0, six="vms")

R("gdtx", "Trung tâm học tập cộng đồng phường Đồ Sơn", "", "",
  "Cần thêm giải pháp mở rộng mạng lưới trung tâm học tập cộng đồng.",
  "gp", "qm", "", "bs", 0, 0, 1, six="v", tags="nodia")

R("mam_non", "Trường Mầm non Minh Đức", "", "",
  "Đề nghị bổ sung nhiệm vụ rà soát, chi trả đầy đủ chính sách hỗ trợ trẻ em mầm non là con công nhân theo Nghị định 105/2020/NĐ-CP, giao UBND các xã, phường thực hiện từ năm 2026.",
  "gp", "tc", "", "bs", 0, 1, 0, six="vtr",
  note="Document number is evidence, not a ref and not data.")

R("tieu_hoc", "Trường Tiểu học Hùng Thắng", "", "",
  "Ý kiến: thứ nhất, nhiệm vụ 3.2 kiên cố hóa cần ưu tiên 17 phòng học tạm ở xã Hùng Thắng; thứ hai, chỉ tiêu 3.1 nên giữ nguyên.",
  "gp", "ph", "NV3.02 CT3.01", "sd", 1, 0, 0, six="vs", tags="nodia,multi")

R("thpt", "Trường THPT Kiến An", "", "",
  "Có ba kiến nghị: thứ nhất, bổ sung giải pháp tuyển giáo viên Tin học theo hình thức xét tuyển đặc cách; thứ hai, cho phép hợp đồng giáo viên thỉnh giảng từ các trường đại học; thứ ba, bổ sung chỉ tiêu 2.5 cho cả giáo viên tiếng Anh tiểu học.",
  "gp", "dn", "CT2.05", "bs", 0, 0, 0, six="v", tags="multi",
  note="'ba kiến nghị' counts the row's own points, not data.")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Hai nội dung: (i) đề nghị bổ sung nhiệm vụ ban hành quy chế giao tự chủ tài chính cho các trường đại học công lập thuộc thành phố trong năm 2026; (ii) nhiệm vụ 8.2 về liên kết đào tạo quốc tế nên giao các trường chủ động.",
  "gp", "tc", "NV8.02", "bs", 0, 0, 0, six="vstr", tags="multi,nfd",
  note="six_clear over the whole row: responsibility from point (ii).")

R("gdtx", "Trung tâm GDTX thành phố", "", "",
  "Thứ nhất, bổ sung vào nhiệm vụ 5.3 việc xây dựng 10 khóa học trực tuyến mở cho người dân, để người lao động học mọi lúc, mọi nơi; thứ hai, nhiệm vụ 5.6 nên đặt mốc hoàn thành năm 2027.",
  "gp", "cds", "NV5.03 NV5.06", "bs", 1, 0, 0, six="vmst", tags="multi")

# --- solutions: agreement, disagreement, remarks
R("thcs", "Trường THCS Tô Hiệu", "", "",
  "Nhiệm vụ kiên cố hóa trường lớp cần giao rõ ai làm chủ đầu tư và hoàn thành năm nào.",
  "gp", "ph", "", "kc", 0, 0, 1,
  note="'cần giao rõ' is a 'cần cụ thể hơn' remark: khac, so no six_clear.")

R("thcs", "Trường THCS Đông Khê", "", "",
  "Về nhóm giải pháp 2: a) thống nhất nhiệm vụ 2.1 là then chốt; b) bổ sung vào nhiệm vụ 2.3 chế độ phụ cấp thu hút 70% lương cơ bản cho giáo viên công tác ở đặc khu Bạch Long Vĩ.",
  "gp", "dn", "NV2.01 NV2.03", "dy", 1, 0, 0, tags="multi",
  note="Naming a key task: dong_y (first point).")

R("dai_hoc", "Trường Đại học Hải Phòng", "", "",
  "Nhất trí nhiệm vụ 7.3 về sắp xếp, nâng cấp Trường Đại học Hải Phòng thành đại học trọng điểm vùng; đây là giải pháp then chốt.",
  "gp", "qm", "NV7.03", "dy", 0, 0, 0)

R("gdnn", "Trường Trung cấp Nghề An Dương", "", "",
  "Đề nghị bỏ nhiệm vụ sáp nhâp trường trung cấp nghề vào trường cao đẳng vì hai trường cách nhau 40 km.",
  "gp", "qm", "", "kd", 1, 0, 0, tags="slip")

R("thcs", "Trường THCS Thủy Triều", "", "",
  "Không nhất trí với giải pháp sáp nhập trường, sẽ gây xáo trộn cho học sinh và giáo viên.",
  "gp", "qm", "", "kd", 0, 0, 1)

R("tieu_hoc", "Trường Tiểu học Quang Trung", "", "",
  "Các giải pháp nêu trong dự thảo là đầy đủ, phù hợp.",
  "gp", None, "", "dy", 0, 0, 1)

R("thcs", "Trường THCS Kỳ Sơn", "", "",
  "Thống nhất với các nhiệm vụ, giải pháp của Đề án.",
  "gp", None, "", "dy", 0, 0, 1, tags="nodia")

R("thpt", "Trường THPT Cộng Hiền", "", "",
  "Giải pháp xã hội hóa đầu tư trường học có áp dụng hình thức PPP không, lợi ích nhà đầu tư tính thế nào?",
  "gp", "tc", "", "kc", 0, 0, 1)

R("gdtx", "Trung tâm GDNN-GDTX An Lão", "", "",
  "Phần mềm tuyển sinh đầu cấp trực tuyến do Sở hay từng trung tâm tự triển khai? Nhiệm vụ 5.6 chưa nói rõ.",
  "gp", "cds", "NV5.06", "kc", 0, 0, 0)

R("thcs", "Trường THCS Minh Đức", "", "",
  "Quỹ đất dự kiến cho Trường THCS Minh Đức lấy từ khu đất nào, UBND xã Thủy Nguyên đã thống nhất chưa?",
  "gp", "dd", "", "kc", 0, 0, 0)

R("thpt", "Trường THPT Tân An", "", "",
  "Nguồn vốn 1.500 tỷ đồng dự kiến cho nhóm giải pháp 3 lấy từ đâu? Nếu chỉ dựa vào ngân sách thì khó bảo đảm.",
  "gp", "tc", "", "kc", 1, 0, 0, tags="nfd",
  note="'nhóm giải pháp 3' is not a ref.")

R("tieu_hoc", "Trường Tiểu học An Hưng", "", "",
  "Không đồng ý giải pháp thu thêm khoản đóng góp xây dựng của phụ huynh vì trái quy định.",
  "gp", "tc", "", "kd", 0, 0, 1,
  note="'trái quy định' cites no document: not evidence.")

R("mam_non", "Trường Mầm non Lê Lợi", "", "",
  "Nhất trí chọn nhiệm vụ 4.2 xây dựng trường chuẩn quốc gia là giải pháp then chốt của cấp mầm non.",
  "gp", "cl", "NV4.02", "dy", 0, 0, 0, tags="nodia")

R("thcs", "Trường THCS Lê Ích Mộc", "", "",
  "Đồng tình nhiệm vụ 5.2 về cơ sở dữ liệu ngành, đề nghị triển khai sớm.",
  "gp", "cds", "NV5.02", "dy", 0, 0, 0,
  note="'triển khai sớm' is a caveat without concrete change: dong_y.")

R("thpt", "Trường THPT Thủy Sơn", "", "",
  "Giải pháp về đội ngũ viết còn chung, chưa thấy lộ trình.",
  "gp", "dn", "", "kc", 0, 0, 1)

R("thpt", "Trường THPT Cộng Hiền", "", "",
  "Ủng hộ giải pháp đầu tư nhà đa năng cho Trường THPT Cộng Hiền.",
  "gp", "ph", "", "dy", 0, 0, 0)

R("thpt", "Trường THPT Vĩnh Bảo", "", "",
  "Dự kiến xây trường THPT mới ở xã Vĩnh Bảo có tính đến học sinh xã Tiên Lãng sang học không?",
  "gp", "qm", "", "kc", 0, 0, 0, tags="nodia")

R("thpt", "Trường THPT Đồng Hòa", "", "",
  "Không đồng ý giải pháp tăng sĩ số lên 45 học sinh/lớp để giảm áp lực thiếu trường.",
  "gp", "qm", "", "kd", 1, 0, 0, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Trần Phú", "", "",
  "Nhất trí các nhiệm vụ tại nhóm giải pháp 4 về nâng cao chất lượng giáo dục.",
  "gp", "cl", "", "dy", 0, 0, 1, tags="nfd")

R("gdnn", "Trường Trung cấp Nghề Vĩnh Bảo", "", "",
  "Không khả thi nếu yêu cầu tất cả trường trung cấp chuyển sang đào tạo trực tuyến kết hợp trong khi thiết bị chưa có.",
  "gp", "cds", "", "kd", 0, 0, 1)

R("thcs", "Trường THCS Tràng Cát", "", "",
  "Không đông ý giải pháp luân chuyển giáo viên định kỳ 3 năm một lần, gây xáo trộn đời sống giáo viên.",
  "gp", "dn", "", "kd", 0, 0, 1, tags="slip",
  note="A period ('3 năm một lần') is not data.")

R("gdtx", "Trung tâm GDNN-GDTX Thủy Nguyên", "", "",
  "Đồng tình với giải pháp giao tự chủ tài chính cho các trung tâm GDNN-GDTX có nguồn thu.",
  "gp", "tc", "", "dy", 0, 0, 1)

R("thcs", "Trường THCS Kiến Hưng", "", "",
  "Đề nghị bỏ nhiệm vụ xây nhà thi đấu đa năng trong mỗi trường THCS, không khả thi vì trường chỉ có 6.000 m².",
  "gp", "ph", "", "kd", 1, 0, 0, tags="nodia")

R("mam_non", "Trường Mầm non Ngọc Hải", "", "",
  "Nhiệm vụ chuyển đổi số cho mầm non cần cụ thể hơn, hiện chủ yếu áp dụng cho phổ thông.",
  "gp", "cds", "", "kc", 0, 0, 1, tags="nfd")

R("tieu_hoc", "Trường Tiểu học Hòa Nghĩa", "", "",
  "Nhiệm vụ 4.7: việc đánh giá ngoài và công nhận chuẩn quốc gia có được thực hiện cùng một đợt không?",
  "gp", "cl", "NV4.07", "kc", 0, 0, 0)

R("thpt", "Trường THPT Kiến Thụy", "", "",
  "Thống nhất nhiệm vụ 3.1 về quy hoạch quỹ đất giáo dục, đây là giải pháp then chốt.",
  "gp", "dd", "NV3.01", "dy", 0, 0, 0, tags="nodia")

R("tieu_hoc", "Trường Tiểu học Tam Hưng", "", "",
  "Ủng hộ chủ trương sáp nhập Trường Tiểu học Tam Hưng và Trường THCS Tam Hưng thành trường liên cấp.",
  "gp", "qm", "", "dy", 0, 0, 0)

R("thcs", "Trường THCS An Lư", "", "",
  "Hoàn toàn đồng ý với các giải pháp phát triển đội ngũ.",
  "gp", "dn", "", "dy", 0, 0, 1)

R("thpt", "Trường THPT Phạm Ngũ Lão", "", "",
  "Các nhiệm vụ trong Đề án có được sắp xếp theo thứ tự ưu tiên không?",
  "gp", None, "", "kc", 0, 0, 1)

R("gdtx", "Trung tâm GDTX Dương Kinh", "", "",
  "Không đồng ý mức học phí đề xuất trong nhiệm vụ 6.4, tăng 30% một lúc là quá cao.",
  "gp", "tc", "NV6.04", "kd", 1, 0, 0, tags="nodia")

R("thpt", "Trường THPT Trần Hưng Đạo", "", "",
  "Chưa thống nhất với nhiệm vụ bắt buộc dùng một phần mềm quản lý chung cho tất cả trường THPT ngay từ năm 2026, vì hợp đồng phần mềm hiện tại của các trường còn hiệu lực.",
  "gp", "cds", "", "kd", 0, 0, 1)

R("dai_hoc", "Trường Đại học Dân lập Hải Phòng", "", "",
  "Đề nghị bỏ nhiệm vụ yêu cầu trường đại học của thành phố vào top 500 châu Á vì nằm ngoài khả năng.",
  "gp", "cl", "", "kd", 1, 0, 0)

R("tieu_hoc", "Trường Tiểu học Kênh Dương", "", "",
  "Thống nhất giải pháp 3, nhiệm vụ 2 về kiên cố hóa trường lớp, coi đây là nhiệm vụ then chốt của cấp tiểu học.",
  "gp", "ph", "NV3.02", "dy", 0, 0, 0)

R("gdnn", "Trường Cao đẳng Nghề Kinh tế Kỹ thuật", "", "",
  "Nhất trí giải pháp 6 về tài chính, không có ý kiến thêm.",
  "gp", "tc", "", "dy", 0, 0, 1,
  note="BORDERLINE: 'giải pháp 6' alone names a group, like 'nhóm giải pháp 7': not a ref.")

R("thcs", "Trường THCS Bạch Đằng", "", "",
  "1. Nhiệm vụ 5.5 học bạ số: nhất trí. 2. Đề nghị Sở cấp chữ ký số miễn phí cho giáo viên chủ nhiệm. 3. Chỉ tiêu 5.2 nên đạt 100% ngay năm 2026.",
  "gp", "cds", "NV5.05 CT5.02", "dy", 1, 0, 0, tags="nodia,multi")

R("tieu_hoc", "Trường Tiểu học Lam Sơn", "", "",
  "1/ Đồng tình nhiệm vụ 4.6 về dạy bơi. 2/ Đề nghị bổ sung nhiệm vu giáo dục an toàn giao thông.",
  "gp", "cl", "NV4.06", "dy", 0, 0, 0, tags="multi,slip")

R("thcs", "Trường THCS Hải Tân", "", "",
  "Câu hỏi: (a) nhiệm vụ 3.6 xây bể bơi do ngân sách cấp nào chi? (b) nhiệm vụ 3.2 có ưu tiên trường đạt chuẩn quốc gia không?",
  "gp", "tc", "NV3.06 NV3.02", "kc", 0, 0, 0, tags="multi",
  note="First point is a question about who pays: tai_chinh.")

R("gdnn", "Trường Cao đẳng Nghề Duyên Hải", "", "",
  "1- Đồng ý nhiệm vụ 7.2 về gắn kết đào tạo với doanh nghiệp là then chốt. 2- Đề nghị bỏ chỉ tiêu 6.5 vì trùng với chỉ tiêu 6.1.",
  "gp", "cl", "NV7.02 CT6.05 CT6.01", "dy", 0, 0, 0, tags="multi")
