-- Rules/tests/target_proposal.lua: the basis and the conditions of a proposal to change a target
-- (LABELS.md "target_proposal"), and the stance of a target kept with a changed deadline or
-- condition (LABELS.md "stance": sua_doi). Run: gopy rules test
local function case(name, comment, expect, stance)
  if type(comment) == "string" then comment = { text = comment } end
  return gopy.example {
    name = name, level = "thcs", comment = comment,
    expect = { group = "muc_tieu", stance = stance, target_proposal = expect },
  }
end

return {
  -- basis: the draft's own value replaced, or a certificate that "đạt", is no present figure
  case("cơ sở: “thay vì 100%” là số của dự thảo, không là hiện trạng",
    "Đề nghị sửa chỉ tiêu 4.4 thành 98% thay vì 100% vì có học sinh khuyết tật học hòa nhập.",
    { value = true, basis = false }),
  case("cơ sở: “chứng chỉ đạt” không phải “chỉ đạt”",
    "Đề nghị sửa chỉ tiêu 6.2: tỷ lệ người học có chứng chỉ đạt 60% vào năm 2030.",
    { value = true, basis = false }),
  case("cơ sở: số hiện có là cơ sở", "Đề nghị hạ chỉ tiêu 2.3 xuống 90% vì hiện nay trường chỉ đạt 78%.",
    { value = true, basis = true }),

  -- conditions: "với điều kiện" says outright that what follows is a condition
  case("điều kiện: “với điều kiện” + một việc không phải đầu tư",
    "Đề nghị nâng chỉ tiêu 6.3 lên 75%, với điều kiện doanh nghiệp cam kết nhận người học thực tập.",
    { value = true, conditions = true }),
  case("điều kiện: “phải đi kèm”",
    "Chỉ tiêu 6.6 về tự chủ đạt 70% phải đi kèm lộ trình tăng học phí; đề nghị ghi vào chỉ tiêu.",
    { conditions = true }),
  case("không điều kiện: lý do định tính", "Đề nghị hạ chỉ tiêu 1.2 xuống 90% vì địa bàn rộng.",
    { conditions = false }),

  -- kept value, changed deadline or condition: a change of the indicator
  case("giữ giá trị nhưng lùi mốc", "Đề nghị giữ nguyên chỉ tiêu 3.4 ở mức 100% nhưng lùi mốc đến năm 2031.",
    { value = true, timeline = true }, "sua_doi"),
  case("đồng ý mức nhưng thêm điều kiện", "Đồng ý chỉ tiêu 1.1 mức 40% nhưng cần thêm điều kiện thành phố bố trí đất xây 3 trường.",
    { value = true, conditions = true }, "sua_doi"),
  case("giữ ở cột đề xuất, đổi năm ở cột thời hạn",
    { text = "Chỉ tiêu 2.2 (tỷ lệ giáo viên đạt chuẩn)", proposal = "Giữ nguyên", proposed_value = "100%", timeline = "2029" },
    { value = true, timeline = true }, "sua_doi"),
  gopy.example {
    name = "đồng ý kèm lưu ý chung chung vẫn là đồng ý", level = "thcs",
    comment = { text = "Thống nhất chỉ tiêu 1.1, nhưng cần quan tâm hơn đến vùng khó khăn." },
    expect = { group = "muc_tieu", stance = "dong_y", target_proposal = false },
  },

  -- the stance of "đưa lên"; the school year under way is no milestone
  case("“đưa lên” là sửa giá trị", "Chỉ tiêu về tỷ lệ trường đạt chuẩn quốc gia: đề nghị đưa lên 85%.",
    { value = true }, "sua_doi"),
  case("năm học đang diễn ra không phải mốc",
    "Đề nghị điều chỉnh chỉ tiêu 1.2 cho sát thực tế: năm học 2025-2026 tỷ lệ này chỉ đạt 91,5%.",
    { timeline = false, basis = true }),
  case("năm học sắp tới là mốc", "Đề nghị sửa chỉ tiêu 5.2: đạt 100% ngay từ năm học 2027-2028.",
    { value = true, timeline = true }),
  case("cơ sở: số đã có", "Đề nghị nâng chỉ tiêu 4.3 lên 90% vào năm 2030 do cụm đã có 21/24 trường đạt chuẩn.",
    { value = true, basis = true, timeline = true }),
}
