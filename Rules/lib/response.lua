-- Rules/lib/response.lua: the suggested answer of the drafting team (Ý kiến tiếp thu, giải
-- trình) for each comment, a default the team edits in the Excel synthesis table.
-- The first rule that applies gives the answer; change the wording or the order here.

local M = {}

local SIX_NAMES = {
  viec = "việc cần làm", muc_tieu = "mục tiêu", san_pham = "sản phẩm", tien_do = "tiến độ",
  nguon_luc = "nguồn lực", trach_nhiem = "trách nhiệm thực hiện",
}
local TARGET_NAMES = { value = "giá trị chỉ tiêu đề xuất", basis = "căn cứ", conditions = "điều kiện thực hiện", timeline = "mốc thời gian" }
local SIX_ORDER = { "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem" }
local TARGET_ORDER = { "value", "basis", "conditions", "timeline" }

local function missing(checklist, order, names)
  local out = {}
  for _, key in ipairs(order) do
    if not checklist[key] then out[#out + 1] = names[key] end
  end
  return out
end

--- The suggested answer for a comment and its labels.
function M.suggest(labels)
  if labels.corroboration == "mau_thuan" then
    return "Đề nghị đơn vị rà soát, thống nhất lại số liệu với phụ lục trước khi tổng hợp."
  end
  if labels.six_clear then
    local gaps = missing(labels.six_clear, SIX_ORDER, SIX_NAMES)
    if #gaps == 0 then return "Tiếp thu, nghiên cứu bổ sung vào nhiệm vụ, giải pháp của Đề án." end
    return "Đề nghị đơn vị làm rõ " .. table.concat(gaps, ", ") .. " để xem xét bổ sung."
  end
  if labels.target_proposal then
    local gaps = missing(labels.target_proposal, TARGET_ORDER, TARGET_NAMES)
    if #gaps == 0 then return "Tiếp thu, tổng hợp cùng ý kiến các cụm để xem xét điều chỉnh chỉ tiêu." end
    return "Đề nghị đơn vị bổ sung " .. table.concat(gaps, ", ") .. " làm cơ sở điều chỉnh chỉ tiêu."
  end
  if labels.group == "khac" then
    if labels.stance == "dong_y" then return "Ghi nhận sự thống nhất của đơn vị." end
    return "Ý kiến ngoài nội dung trọng tâm của Đề án; ghi nhận."
  end
  if labels.generic then return "Ý kiến chung, chưa có đề xuất cụ thể; ghi nhận." end
  if labels.stance == "dong_y" then return "Ghi nhận, giữ như dự thảo." end
  if labels.stance == "khong_dong_y" then return "Tổ soạn thảo xem xét, giải trình với đơn vị." end
  if labels.group == "thuc_trang" then return "Tiếp thu, rà soát cập nhật phần thực trạng." end
  return "Tổ soạn thảo nghiên cứu, tiếp thu."
end

return M
