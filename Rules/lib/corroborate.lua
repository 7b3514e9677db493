-- Rules/lib/corroborate.lua: checks what a comment says about its own institution against that
-- institution's appendix rows (MISSION.md R5 "backed by data", R8 "cross-check the figures").
--
-- Each claim below reads the folded comment ("qua tai", "thieu 5 giao vien", "52 hs/lop",
-- "con 3 phong hoc tam", "da dat chuan quoc gia") and compares it with the appendix. The result
-- is a flag on the comment: `khop_phu_luc` (supported) or `mau_thuan_phu_luc` (contradicted).

local text_lib = require("text")

local M = {}

-- How far a figure in a comment may be from the appendix and still count as the same.
local SHARE_TOLERANCE = 0.10      -- class size, land per learner: ±10 %
local COUNT_TOLERANCE = 0.05      -- learners: ±5 %
local RATE_TOLERANCE = 0.5        -- rates: ±0,5 percentage point

-- A sentence with one of these words speaks of a target, a proposal or the future, not of what
-- the institution has now, so its figures are not claims to check.
M.NOT_PRESENT = {
  "chi tieu", "muc tieu", "de nghi", "de xuat", "kien nghi", "nam 2030", "den nam", "du kien", "du bao",
  "se ", "phan dau", "giam xuong", "xuong duoi", "giu muc", "giu ", "can ", "nen ", "quy dinh", "dieu le",
  "thong tu", "theo dinh muc cua", "xuong ", "len ", "de giam", "de tang", "nham ", "sau khi",
}

-- A clause with one of these words speaks of several institutions (the cluster, the city), so
-- its figures say nothing about the commenter's own institution.
M.NOT_OWN = { "cum", "cac truong", "toan thanh pho", "tren dia ban", "binh quan chung", "nhieu truong" }

-- Both lists as whole words, found in one pass over the text.
local NOT_HERE = {}
for _, list in ipairs({ M.NOT_PRESENT, M.NOT_OWN }) do
  for _, w in ipairs(list) do NOT_HERE[#NOT_HERE + 1] = (string.gsub(w, "%s+$", "")) end
end

--- The clauses of a folded text (split at ". ", "; ", ", " and line ends; "36,8" stays whole)
--- that describe the commenter's own institution now: those with none of the words above.
function M.present_sentences(key)
  local out = {}
  local text = string.gsub(key, "([%.;,])%s", "\n") .. "\n"
  local occ = text_lib.occurrences(text, NOT_HERE)
  local k = 1
  for at, clause in string.gmatch(text, "()([^\n]+)") do
    local last = at + #clause - 1
    while k <= #occ and occ[k] < at do k = k + 3 end
    local keep = true
    -- a word counts after a space or at the clause's start: "(Thông tư 20/2023)" cites a norm
    local j = k
    while keep and j <= #occ and occ[j] <= last do
      if occ[j] == at or string.byte(text, occ[j] - 1) == 32 then keep = false end
      j = j + 3
    end
    if keep then out[#out + 1] = clause end
  end
  return out
end

local function number(text)
  local q = gopy.numbers(text)[1]
  return q and q.value
end

local function fmt(x)
  return gopy.format_number(x, 1)
end

local function close(a, b, share)
  return math.abs(a - b) <= share * math.max(math.abs(b), 1)
end

-- Each claim: `find(key)` returns what the comment asserts (or nil), which it cannot without one of
-- the words `needs` (plain text: a comment with none is not read for it); `check(claim, inst)`
-- returns true/false (supported/contradicted) and the appendix figure as text, or nil if unknown.
M.CLAIMS = {
  {
    name = "sĩ số", needs = { "/" },
    find = function(key)
      local n = string.match(key, "(%d+[%.,]?%d*)%s*hs%s*/%s*lop") or string.match(key, "(%d+[%.,]?%d*)%s*hoc sinh%s*/%s*lop")
        or string.match(key, "(%d+[%.,]?%d*)%s*tre%s*/%s*lop") or string.match(key, "(%d+[%.,]?%d*)%s*tre%s*/%s*nhom")
      return n and number(n)
    end,
    check = function(claim, inst)
      local p1 = inst.pl1
      if not (p1 and p1.hoc_sinh and p1.so_lop and p1.so_lop > 0) then return nil end
      local actual = p1.hoc_sinh / p1.so_lop
      return close(claim, actual, SHARE_TOLERANCE), string.format("%s người học/lớp (%s / %s lớp, Phụ lục 1)", fmt(actual), fmt(p1.hoc_sinh), fmt(p1.so_lop))
    end,
  },
  {
    name = "quá tải", needs = { "qua tai" },
    find = function(key) return string.find(key, "qua tai", 1, true) and not string.find(key, "khong qua tai", 1, true) and true or nil end,
    check = function(_, inst)
      local p1 = inst.pl1
      if not (p1 and p1.hoc_sinh and (p1.cong_suat or p1.so_lop)) then return nil end
      local level = gopy.level(inst.level or "")
      local norm = level and level.class_size_norm
      local over_capacity = p1.cong_suat and p1.hoc_sinh > p1.cong_suat
      local over_norm = norm and p1.so_lop and p1.so_lop > 0 and p1.hoc_sinh / p1.so_lop > norm
      return (over_capacity or over_norm) and true or false,
        string.format("%s người học, công suất %s (Phụ lục 1)", fmt(p1.hoc_sinh), p1.cong_suat and fmt(p1.cong_suat) or "?")
    end,
  },
  {
    name = "số người học", needs = { "co " },
    find = function(key)
      -- "có 1.650 học sinh", but not "có 3 học sinh đạt giải" (a count of some learners).
      local n, after = string.match(key, "co (%d+[%.,]?%d*) hoc sinh ?(%a*)")
      if not n then n, after = string.match(key, "co (%d+[%.,]?%d*) hs ?(%a*)") end
      if not n then n, after = string.match(key, "co (%d+[%.,]?%d*) tre ?(%a*)") end
      local SOME = { dat = true, gioi = true, duoc = true, bo = true, tham = true, khuyet = true, thi = true }
      if n and not SOME[after] then return number(n) end
      return nil
    end,
    check = function(claim, inst)
      local p1 = inst.pl1
      if not (p1 and p1.hoc_sinh) then return nil end
      return close(claim, p1.hoc_sinh, COUNT_TOLERANCE), fmt(p1.hoc_sinh) .. " người học (Phụ lục 1)"
    end,
  },
  {
    name = "thiếu giáo viên", needs = { "thieu ", "du giao vien" },
    find = function(key)
      local n = string.match(key, "thieu (%d+) giao vien") or string.match(key, "thieu (%d+) gv")
      if n then return tonumber(n) end
      if string.find(key, "du giao vien", 1, true) and not string.find(key, "chua du giao vien", 1, true)
        and not string.find(key, "khong du giao vien", 1, true) then
        return 0
      end
      return nil
    end,
    check = function(claim, inst)
      local p2 = inst.pl2
      if not (p2 and p2.giao_vien and p2.dinh_muc_giao_vien) then return nil end
      local gap = p2.dinh_muc_giao_vien - p2.giao_vien
      local supported
      if claim == 0 then supported = gap <= 0 else supported = gap > 0 and math.abs(gap - claim) <= math.max(1, 0.3 * claim) end
      return supported, string.format("%s giáo viên, định mức %s (Phụ lục 2)", fmt(p2.giao_vien), fmt(p2.dinh_muc_giao_vien))
    end,
  },
  {
    name = "phòng học tạm", needs = { "phong hoc tam", "phong tam", "xoa het phong" },
    find = function(key)
      local n = string.match(key, "con (%d+) phong hoc tam") or string.match(key, "con (%d+) phong tam")
        or string.match(key, "(%d+) phong hoc tam")
      if n then return tonumber(n) end
      if string.find(key, "xoa het phong", 1, true) or string.find(key, "khong con phong hoc tam", 1, true)
        or string.find(key, "khong con phong tam", 1, true) then
        return 0
      end
      return nil
    end,
    check = function(claim, inst)
      local p3 = inst.pl3
      if not (p3 and p3.phong_tam) then return nil end
      return claim == p3.phong_tam, fmt(p3.phong_tam) .. " phòng tạm (Phụ lục 3)"
    end,
  },
  {
    name = "đạt chuẩn quốc gia", needs = { "dat chuan" },
    find = function(key)
      if string.find(key, "chua dat chuan quoc gia", 1, true) or string.find(key, "chua duoc cong nhan dat chuan", 1, true) then return false end
      if string.find(key, "da dat chuan quoc gia", 1, true) or string.find(key, "cong nhan dat chuan quoc gia", 1, true)
        or string.find(key, "da duoc cong nhan dat chuan", 1, true) then
        return true
      end
      return nil
    end,
    check = function(claim, inst)
      local p4 = inst.pl4
      if not (p4 and p4.dat_chuan_quoc_gia ~= nil) then return nil end
      return claim == p4.dat_chuan_quoc_gia, "Phụ lục 4: " .. (p4.dat_chuan_quoc_gia and "đạt chuẩn quốc gia" or "chưa đạt chuẩn quốc gia")
    end,
  },
  {
    name = "tỷ lệ tốt nghiệp", needs = { "ty le tot nghiep" },
    find = function(key)
      local n = string.match(key, "ty le tot nghiep ?[%a ]-(%d+[%.,]?%d*) ?%%")
      return n and number(n)
    end,
    check = function(claim, inst)
      local p4 = inst.pl4
      if not (p4 and p4.ty_le_tot_nghiep) then return nil end
      return math.abs(claim - p4.ty_le_tot_nghiep) <= RATE_TOLERANCE, "tỷ lệ tốt nghiệp " .. fmt(p4.ty_le_tot_nghiep) .. "% (Phụ lục 4)"
    end,
  },
  {
    name = "diện tích đất/người học", needs = { "m2" },
    find = function(key)
      local n = string.match(key, "(%d+[%.,]?%d*)%s*m2%s*/%s*tre") or string.match(key, "(%d+[%.,]?%d*)%s*m2%s*/%s*hs")
        or string.match(key, "(%d+[%.,]?%d*)%s*m2%s*/%s*hoc sinh")
      return n and number(n)
    end,
    check = function(claim, inst)
      local p1, p3 = inst.pl1, inst.pl3
      if not (p1 and p3 and p1.hoc_sinh and p1.hoc_sinh > 0 and p3.dien_tich_dat) then return nil end
      local actual = p3.dien_tich_dat / p1.hoc_sinh
      return close(claim, actual, SHARE_TOLERANCE), string.format("%s m²/người học (Phụ lục 1, 3)", fmt(actual))
    end,
  },
}

-- The institutions looked up lately (their rows do not change during a run). Comments come table by table, a
-- cluster's from a few dozen institutions: 256 hold several clusters (2,000 cost a worker ~15 MB, no faster).
local cache, cached = {}, 0
local CACHE_SIZE = 256

local function institution(code)
  local hit = cache[code]
  if hit == nil then
    if cached >= CACHE_SIZE then cache, cached = {}, 0 end
    hit = gopy.institution(code) or false
    cache[code] = hit
    cached = cached + 1
  end
  return hit or nil
end

--- Adds a flag to `labels` for each claim the comment makes about its own institution.
--- Only comments about the current state or about their own figures are checked; the
--- institution is the one in the Mã đơn vị column.
function M.check(c, labels)
  if c.unit_code == "" then return end
  local inst = institution(c.unit_code)
  if not inst then return end
  local sentences = M.present_sentences(gopy.match_key(c.text .. ". " .. c.basis))
  local results, present = {}, table.concat(sentences, "\n")
  for _, claim in ipairs(M.CLAIMS) do
    local asserted
    for _, sentence in ipairs((not claim.needs or gopy.find_any(present, claim.needs)) and sentences or {}) do
      asserted = claim.find(sentence)
      if asserted ~= nil then break end
    end
    if asserted ~= nil then
      local supported, figure = claim.check(asserted, inst)
      if supported ~= nil then
        results[#results + 1] = supported and "khop" or "mau_thuan"
        labels.flags[#labels.flags + 1] = supported
          and { code = "khop_phu_luc", severity = "info", message = "Khớp số liệu phụ lục về " .. claim.name .. ": " .. figure }
          or { code = "mau_thuan_phu_luc", severity = "warning", message = "Mâu thuẫn với phụ lục về " .. claim.name .. ": " .. figure }
        gopy.why("flags", (supported and "khớp " or "mâu thuẫn ") .. claim.name)
      end
    end
  end
  if #results > 0 then
    local contradicted = false
    for _, r in ipairs(results) do if r == "mau_thuan" then contradicted = true end end
    labels.corroboration = contradicted and "mau_thuan" or "khop"
  end
end

return M
