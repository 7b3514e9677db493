-- Rules/tests/six_clear.lua: the "6 rõ" of a solution proposal (LABELS.md "six_clear"), one case
-- per way of writing the work (việc), the purpose (mục tiêu) and the deliverable (sản phẩm).
-- Run: gopy rules test
local function case(name, text, expect)
  return gopy.example { name = name, level = "thcs", comment = { text = text }, expect = { six_clear = expect } }
end

return {
  -- việc: a concrete action verb and its object; vague verbs do not count
  case("việc: tăng định mức", "Đề nghị bổ sung giải pháp tăng định mức chi thường xuyên cho trường có điểm lẻ.",
    { viec = true }),
  case("việc: biên soạn tài liệu", "Đề nghị bổ sung nhiệm vụ biên soạn tài liệu giáo dục địa phương cấp THCS.",
    { viec = true, san_pham = true }),
  case("việc: bàn giao trụ sở", "Bổ sung giải pháp bàn giao trụ sở UBND xã cũ cho trường mầm non.", { viec = true }),
  case("việc: tham mưu ban hành", "Đề nghị bổ sung nhiệm vụ tham mưu UBND thành phố ban hành quy định về dạy thêm.",
    { viec = true, san_pham = true }),
  case("việc: “đẩy mạnh” chung chung", "Đề nghị bổ sung giải pháp đẩy mạnh ứng dụng công nghệ thông tin trong dạy học.",
    { viec = false, muc_tieu = false }),
  case("việc: “chú trọng” chung chung", "Cần bổ sung giải pháp chú trọng bồi dưỡng đội ngũ giáo viên.",
    { viec = false }),
  case("việc: “quan tâm đầu tư” chung chung", "Đề nghị bổ sung giải pháp quan tâm đầu tư cơ sở vật chất cho trường vùng khó.",
    { viec = false }),
  case("việc: vế chung chung rồi cách làm cụ thể",
    "Đề nghị bổ sung giải pháp nâng cao chất lượng dạy tiếng Anh bằng cách thuê giáo viên bản ngữ dạy 2 tiết/tuần.",
    { viec = true }),

  -- mục tiêu: a purpose that says what changes; boilerplate does not count
  case("mục tiêu: góp phần giảm", "Đề nghị bổ sung giải pháp tổ chức bữa ăn bán trú, góp phần giảm tỷ lệ trẻ suy dinh dưỡng.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: bảo đảm ở đầu vế", "Đề nghị bổ sung giải pháp xây thêm phòng học, bảo đảm mỗi lớp có một phòng học riêng.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: đáp ứng ở đầu vế", "Bổ sung giải pháp mở thêm lớp mầm non gần khu công nghiệp, đáp ứng chỗ gửi trẻ cho con công nhân.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: khắc phục tình trạng", "Bổ sung giải pháp bố trí xe đưa đón học sinh điểm lẻ, khắc phục tình trạng học sinh bỏ học giữa chừng.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: hướng đến", "Đề nghị bổ sung giải pháp cấp máy tính bảng cho học sinh nghèo, hướng đến không em nào thiếu thiết bị học trực tuyến.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: “nhằm góp phần nâng cao chất lượng” là sáo ngữ",
    "Đề nghị bổ sung giải pháp tập huấn giáo viên nhằm góp phần nâng cao chất lượng giáo dục.",
    { viec = true, muc_tieu = false }),
  case("mục tiêu: “để đảm bảo chất lượng” là sáo ngữ", "Bổ sung giải pháp kiểm tra bếp ăn bán trú để đảm bảo chất lượng.",
    { viec = true, muc_tieu = false }),
  case("mục tiêu: sáo ngữ nhưng có kết quả đo được",
    "Bổ sung giải pháp tập huấn giáo viên để nâng cao chất lượng dạy học, giảm tỷ lệ học sinh yếu kém.",
    { viec = true, muc_tieu = true }),
  case("mục tiêu: “vấn đề”, “chuyên đề” không phải “để”",
    "Đề nghị bổ sung giải pháp tổ chức chuyên đề dạy học tích hợp, giải quyết vấn đề thiếu giáo viên.",
    { viec = true, muc_tieu = false }),
  case("mục tiêu: ngân sách bảo đảm là nguồn chi, không là mục tiêu",
    "Đề nghị sửa nhiệm vụ 6.3: giữ cơ chế ngân sách bảo đảm chi thường xuyên cho trường vùng nông thôn.",
    { muc_tieu = false }),
}
