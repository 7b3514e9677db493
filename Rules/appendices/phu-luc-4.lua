-- Rules/appendices/phu-luc-4.lua: checks on Appendix 4 (quality), one row per institution.

local RATE_FIELDS = {
  { "ty_le_hoan_thanh", "Tỷ lệ hoàn thành chương trình" },
  { "ty_le_tot_nghiep", "Tỷ lệ tốt nghiệp" },
}

local findings = require("findings")
local flag = findings.flag

return {
  check_row = function(row)
    local flags = {}
    for _, field in ipairs(RATE_FIELDS) do
      local value = row[field[1]]
      if value and (value < 0 or value > 100) then
        flag(flags, "ty_le_sai", "error", string.format("%s = %s%%, ngoài khoảng 0–100", field[2], tostring(value)))
      end
    end
    local institution = gopy.institution(row.institution)
    local learners = institution and institution.pl1 and institution.pl1.hoc_sinh
    if row.hoc_sinh_gioi and learners and row.hoc_sinh_gioi > learners then
      flag(flags, "so_lieu_sai", "error", string.format("Số học sinh giỏi (%d) lớn hơn số học sinh (%d)", math.floor(row.hoc_sinh_gioi), math.floor(learners)))
    end
    return flags
  end,
}
