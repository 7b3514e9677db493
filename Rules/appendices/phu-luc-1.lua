-- Rules/appendices/phu-luc-1.lua: checks on Appendix 1 (scale and network), one row per institution.

-- Learners per class allowed, by level, when ke-hoach.toml gives no class_size_norm.
-- Sources: Điều lệ trường mầm non (Thông tư 52/2020/TT-BGDĐT), Điều lệ trường tiểu học
-- (Thông tư 28/2020/TT-BGDĐT, ≤ 35 HS/lớp), Điều lệ trường THCS, THPT (Thông tư 32/2020/TT-BGDĐT, ≤ 45 HS/lớp).
local CLASS_SIZE_NORM = { mam_non = 30, tieu_hoc = 35, thcs = 45, thpt = 45, gdtx = 45, gdnn = 35, dai_hoc = 60 }
-- Learners above design capacity by more than this share count as overload (5 %: counting noise).
local OVERLOAD_TOLERANCE = 0.05

local findings = require("findings")
local flag = findings.flag

local fmt = findings.fmt

return {
  check_row = function(row)
    local flags = {}
    local learners, classes, capacity = row.hoc_sinh, row.so_lop, row.cong_suat
    if learners and capacity and capacity > 0 and learners > capacity * (1 + OVERLOAD_TOLERANCE) then
      flag(flags, "qua_tai", "warning", string.format("Quá tải: %s học sinh trên công suất %s (vượt %s%%)",
        fmt(learners), fmt(capacity), fmt((learners / capacity - 1) * 100)))
    end
    local level = gopy.level(row.level)
    local norm = (level and level.class_size_norm) or CLASS_SIZE_NORM[row.level]
    if learners and classes and classes > 0 and norm then
      local per_class = learners / classes
      if per_class > norm then
        flag(flags, "si_so_vuot", "warning", string.format("Sĩ số bình quân %s HS/lớp, vượt định mức %s", fmt(per_class), fmt(norm)))
      end
    end
    if row.du_bao_2030 and capacity and capacity > 0 and row.du_bao_2030 > capacity * (1 + OVERLOAD_TOLERANCE) then
      flag(flags, "du_bao_vuot", "info", string.format("Dự báo năm 2030: %s học sinh, vượt công suất %s", fmt(row.du_bao_2030), fmt(capacity)))
    end
    if learners and classes and classes == 0 and learners > 0 then
      flag(flags, "so_lieu_sai", "error", "Có học sinh nhưng số lớp bằng 0")
    end
    return flags
  end,
}
