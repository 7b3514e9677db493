-- Rules/tests/target_value.lua: whether a proposal to change a target gives a concrete value
-- (LABELS.md "target_proposal.value"), in the ways writers phrase a figure. Run: gopy rules test
local function case(name, comment, value)
  if type(comment) == "string" then comment = { text = comment } end
  return gopy.example { name = name, level = "thcs", comment = comment, expect = { group = "muc_tieu", target_proposal = { value = value } } }
end

return {
  case("giá trị: lên 95%", "Đề nghị điều chỉnh chỉ tiêu 2.3 lên 95%.", true),
  case("giá trị: đạt tối thiểu 40 HS/lớp", "Đề nghị sửa chỉ tiêu 1.3 thành đạt tối thiểu 40 HS/lớp.", true),
  case("giá trị: giữ nguyên 100%, lùi thời hạn", "Đề nghị lùi chỉ tiêu 5.3 sang năm 2029, giữ nguyên 100%.", true),
  case("giá trị: số trơn sau “xuống còn”", "Đề nghị điều chỉnh chỉ tiêu 1.3 giảm xuống còn 35.", true),
  case("giá trị: từ 90% xuống 85%", "Đề nghị điều chỉnh chỉ tiêu 4.2 từ 90% xuống 85%.", true),
  case("giá trị: tăng thêm 5 điểm %", "Đề nghị nâng chỉ tiêu 4.1 tăng thêm 5 điểm % so với dự thảo.", true),
  case("giá trị: 1,5 m²/HS", "Đề nghị sửa chỉ tiêu 3.1 về diện tích thành 1,5 m²/HS đối với trường nội thành.", true),
  case("giá trị: sau “mức”", "Đề nghị điều chỉnh chỉ tiêu 2.4 lên mức 1,2 giáo viên/lớp.", true),
  case("giá trị: chỉ ở cột giá trị đề xuất",
    { text = "Chỉ tiêu 2.3 quá cao so với thực tế.", proposal = "Đề nghị điều chỉnh giảm.", proposed_value = "85%" }, true),
  case("giá trị: số hiện trạng đứng trước, giá trị đề xuất sau, một vế",
    "Đề nghị điều chỉnh chỉ tiêu 4.1 vì hiện nay trường mới đạt 70% nên chỉ nâng lên 80%.", true),
  case("giá trị: sau điều kiện “nếu … thì”",
    "Đề nghị sửa chỉ tiêu 1.1: nếu được đầu tư thêm phòng học thì đạt 60% vào năm 2030.", true),

  case("không giá trị: chỉ nêu số của dự thảo là quá cao", "Chỉ tiêu 2.3 đạt 100% là quá cao, đề nghị điều chỉnh giảm.", false),
  case("không giá trị: chỉ có số hiện trạng", "Đề nghị điều chỉnh chỉ tiêu 2.3 vì trường hiện chỉ có 12 giáo viên đạt chuẩn.", false),
  case("không giá trị: số thuộc điều kiện", "Đề nghị sửa chỉ tiêu 1.1, cần xây thêm 20 phòng học mới đạt được.", false),
  case("không giá trị: số năm học đã qua", "Đề nghị điều chỉnh chỉ tiêu 4.4 cho sát, năm học 2024-2025 tỷ lệ này đạt 82%.", false),
  case("không giá trị: cột giá trị đề xuất không có số",
    { text = "Đề nghị điều chỉnh chỉ tiêu 2.3 cho phù hợp.", proposed_value = "Giữ nguyên" }, false),
}
