-- Rules/appendices/phu-luc-3.lua: checks on Appendix 3 (land and rooms), one row per institution.

-- Minimum land per learner (m²), by level. Source: Thông tư 13/2020/TT-BGDĐT (tiêu chuẩn cơ sở
-- vật chất trường mầm non, tiểu học, THCS, THPT); urban schools may have lower minimums there:
-- adjust here after checking the applicable clause.
local LAND_PER_LEARNER = { mam_non = 12, tieu_hoc = 10, thcs = 10, thpt = 10, gdtx = 10, gdnn = 10, dai_hoc = 25 }

local findings = require("findings")
local flag = findings.flag

local fmt = findings.fmt

return {
  check_row = function(row)
    local flags = {}
    local rooms = row.phong_hoc
    local sum = (row.phong_kien_co or 0) + (row.phong_ban_kien_co or 0) + (row.phong_tam or 0)
    if rooms and (row.phong_kien_co or row.phong_ban_kien_co or row.phong_tam) and sum ~= rooms then
      flag(flags, "tong_khong_khop", "error", string.format("Tổng phòng học %s khác kiên cố + bán kiên cố + tạm = %s", fmt(rooms), fmt(sum)))
    end
    if row.phong_tam and row.phong_tam > 0 then
      flag(flags, "phong_tam", "warning", string.format("Còn %s phòng học tạm", fmt(row.phong_tam)))
    end
    local institution = gopy.institution(row.institution)
    local learners = institution and institution.pl1 and institution.pl1.hoc_sinh
    local minimum = LAND_PER_LEARNER[row.level]
    if row.dien_tich_dat and learners and learners > 0 and minimum then
      local per = row.dien_tich_dat / learners
      if per < minimum then
        local extra = row.dat_bo_sung or 0
        local message = string.format("Diện tích đất %s m²/người học, dưới mức tối thiểu %s m²", fmt(per), fmt(minimum))
        if extra > 0 then
          message = message .. string.format("; có %s m² đất bổ sung theo quy hoạch", fmt(extra))
        else
          message = message .. "; chưa có quỹ đất bổ sung"
        end
        flag(flags, extra > 0 and "thieu_dat_co_quy" or "thieu_dat", "warning", message)
      end
    end
    return flags
  end,
}
