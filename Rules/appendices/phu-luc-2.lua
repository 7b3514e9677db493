-- Rules/appendices/phu-luc-2.lua: checks on Appendix 2 (staff), one row per institution.

-- A shortage or surplus smaller than this many teachers is not reported (rounding of norms).
-- Norms come from the row itself (Định mức giáo viên), set by Thông tư 20/2023/TT-BGDĐT for
-- general education and Thông tư liên tịch 06/2015/TTLT-BGDĐT-BNV for preschools.
local MIN_GAP = 1

local findings = require("findings")
local flag = findings.flag

return {
  check_row = function(row)
    local flags = {}
    local teachers, norm = row.giao_vien, row.dinh_muc_giao_vien
    if teachers and norm then
      local gap = norm - teachers
      if gap >= MIN_GAP then
        flag(flags, "thieu_giao_vien", "warning", string.format("Thiếu %s giáo viên so với định mức %s", gopy.format_number(gap, 0), gopy.format_number(norm, 0)))
      elseif -gap >= MIN_GAP then
        flag(flags, "thua_giao_vien", "info", string.format("Thừa %s giáo viên so với định mức %s", gopy.format_number(-gap, 0), gopy.format_number(norm, 0)))
      end
    end
    if teachers and row.giao_vien_dat_chuan and row.giao_vien_dat_chuan > teachers then
      flag(flags, "so_lieu_sai", "error", string.format("Số giáo viên đạt chuẩn (%d) lớn hơn tổng số giáo viên (%d)", math.floor(row.giao_vien_dat_chuan), math.floor(teachers)))
    end
    return flags
  end,
}
