-- Rules/tests/indicator_value_forms.lua: two ways a target proposal was missed (LABELS.md
-- "group", "stance", "target_proposal.value", "has_data"). Run: gopy rules test
--
-- 1. A code typed without its space ("CT6.07", "NV5.2") names the catalogue item just as
--    "CT 6.07" does: a change of its value is a target comment (muc_tieu, sua_doi, value).
-- 2. A new indicator proposed with its figure: the value is the figure it is to reach; a past
--    year or a present figure in a bracketed aside, or the denominator of the ratio ("trên tổng
--    số ..."), does not make that figure the present. A rank ("thuộc nhóm 10 tỉnh") is a figure.
local function target(name, text, stance, tp, extra)
  local expect = { group = "muc_tieu", stance = stance, target_proposal = tp }
  for k, v in pairs(extra or {}) do expect[k] = v end
  return gopy.example { name = name, level = "thcs", comment = { text = text }, expect = expect }
end

return {
  -- 1. glued codes
  target("mã dính liền: “CT2.03 đề nghị sửa thành 95%”", "CT2.03 đề nghị sửa thành 95%.", "sua_doi",
    { value = true }, { refs = { "CT2.03" } }),
  target("mã dính liền, gõ không dấu: “CT1.9 nen giam xuong 40 HS/lop”", "CT1.9 nen giam xuong 40 HS/lop", "sua_doi",
    { value = true }, { refs = { "CT1.09" } }),
  target("mã dính liền, giữ giá trị nhưng thêm điều kiện",
    "CT4.3 truong dat chuan quoc gia 80% nam 2030: de nghi giu nguyen nhung bo sung dieu kien thanh pho bo tri von xay them phong hoc.",
    "sua_doi", { value = true, conditions = true, timeline = true }),
  gopy.example {
    name = "mã nhiệm vụ dính liền vẫn là giải pháp", level = "thcs",
    comment = { text = "NV3.4 đề nghị bổ sung xây 2 nhà đa năng cho trường nội thành." },
    expect = { group = "giai_phap", stance = "bo_sung", refs = { "NV3.04" } },
  },

  -- 2. a new indicator with its value
  target("chỉ tiêu mới: năm đã qua trong ngoặc là hiện trạng, không phải giá trị",
    "Bổ sung chỉ tiêu: tỷ lệ học sinh THCS biết bơi đạt 70% vào năm 2030 (năm 2024 mới đạt 52% theo báo cáo của Sở).",
    "bo_sung", { value = true, basis = true, timeline = true }),
  target("chỉ tiêu mới: “trên tổng số” là mẫu số của tỷ lệ",
    "Bổ sung chỉ tiêu tỷ lệ học sinh học nghề trên tổng số học sinh tốt nghiệp THCS đạt 30% vào năm 2030 (hiện khoảng 22%).",
    "bo_sung", { value = true, basis = true, timeline = true }),
  target("chỉ tiêu mới: thứ hạng “thuộc nhóm 15 tỉnh” là giá trị",
    "Bổ sung chỉ tiêu: kết quả thi học sinh giỏi quốc gia của thành phố thuộc nhóm 15 tỉnh dẫn đầu đến năm 2030.",
    "bo_sung", { value = true, timeline = true }, { has_data = true, generic = false }),
  gopy.example {
    name = "“chỉ tiêu nhóm 4” là tên nhóm, không phải số liệu", level = "thcs",
    comment = { text = "Thống nhất với các chỉ tiêu nhóm 4 về chất lượng giáo dục." },
    expect = { has_data = false },
  },
}
