-- Rules/lib/text.lua: text helpers shared by the rule files.
--
-- Everything here works on "folded" text: lower case, no diacritics, đ -> d, single spaces
-- (gopy.match_key). So keyword lists are written once, without accents, and match comments
-- typed with or without a Vietnamese keyboard. Example:
--   gopy.match_key("Đề nghị BỔ SUNG chỉ tiêu 2.3")  -->  "de nghi bo sung chi tieu 2.3"

local M = {}

--- The first keyword of `words` found in folded `key`, or nil.
--- Keywords are matched as whole words: "co" does not match inside "cong".
function M.find(key, words)
  local padded = " " .. key .. " "
  for i = 1, #words do
    local w = words[i]
    local s = 1
    while true do
      local a, b = string.find(padded, w, s, true)
      if not a then break end
      local before = string.sub(padded, a - 1, a - 1)
      local after = string.sub(padded, b + 1, b + 1)
      if not string.find(before, "[%w]") and not string.find(after, "[%w]") then return w end
      s = a + 1
    end
  end
  return nil
end

--- True when any keyword of `words` is in folded `key`.
function M.has(key, words)
  return M.find(key, words) ~= nil
end

--- Splits a comment into its points: numbered items ("1.", "2)", "a)", "-", "+"), or sentences
--- when there are no items. Returns a list of strings (the original text, not folded).
function M.points(s)
  local out = {}
  for line in string.gmatch(s .. "\n", "([^\n]*)\n") do
    local trimmed = string.match(line, "^%s*(.-)%s*$")
    if trimmed ~= "" then out[#out + 1] = trimmed end
  end
  if #out <= 1 then
    -- One line: split before inline numbering such as "1) ... 2) ..." or "(1) ... (2) ...".
    local one = out[1] or s
    local parts = {}
    local rest = one
    while true do
      local a = string.find(rest, "%s%(?%d%)%s", 2)
      if not a then break end
      parts[#parts + 1] = string.sub(rest, 1, a - 1)
      rest = string.sub(rest, a + 1)
    end
    parts[#parts + 1] = rest
    if #parts > 1 then return parts end
  end
  return out
end

--- The first point of a comment's text (folded).
function M.first_point(s)
  local points = M.points(s)
  local first = points[1] or ""
  -- A first "point" that is only a preamble ("Góp ý như sau:") does not count.
  if #points > 1 and string.find(gopy.match_key(first), ":%s*$") then first = first .. " " .. points[2] end
  return gopy.match_key(first)
end

-- Words that introduce a catalogue item in prose, folded, and the code prefix they give.
M.REF_WORDS = {
  { "chi tieu so", "CT" }, { "chi tieu", "CT" }, { "ct", "CT" },
  { "nhiem vu so", "NV" }, { "nhiem vu", "NV" }, { "nv", "NV" },
}

local function code(prefix, g, n)
  return string.format("%s%d.%02d", prefix, tonumber(g), tonumber(n))
end

--- Catalogue codes a text refers to, in order of appearance, without repeats.
--- "chỉ tiêu 1.1, 1.2 và 4.8" -> CT1.01, CT1.02, CT4.08
--- "nhiệm vụ 5.1 (hạ tầng) và 5.2" -> NV5.01, NV5.02
--- "giải pháp 3, nhiệm vụ 2" -> NV3.02
--- Not codes: "nhóm giải pháp 7", "Mục III", "Phụ lục 3", "Nghị định 105/2020", years.
function M.refs(s)
  local key = gopy.match_key(s)
  local found, seen = {}, {}
  local function add(c, at)
    if not seen[c] then
      seen[c] = true
      found[#found + 1] = { code = c, at = at }
    end
  end
  -- "giải pháp 3, nhiệm vụ 2" / "giải pháp 3 nhiệm vụ 2"
  for at, g, n in string.gmatch(key, "()giai phap (%d+),? nhiem vu (%d+)") do add(code("NV", g, n), at) end
  -- Written codes: CT2.03, CT 2.3, NV5.02 (the host finds these).
  local pos = 1
  for _, c in ipairs(gopy.codes(s)) do
    local at = string.find(key, string.lower(string.sub(c, 1, 2)), pos, true) or pos
    pos = at + 1
    add(c, at)
  end
  -- Prose: a keyword, then a list of g.n items joined by ",", "và", ";" and "(...)" remarks.
  for _, pair in ipairs(M.REF_WORDS) do
    local word, prefix = pair[1], pair[2]
    local s0 = 1
    while true do
      local a, b = string.find(key, word .. " ", s0, true)
      if not a then break end
      local before = string.sub(key, a - 1, a - 1)
      if a == 1 or not string.find(before, "[%w]") then
        local rest = string.sub(key, b + 1)
        local offset = b
        while true do
          local g, n, len = string.match(rest, "^(%d+)%.(%d+)()")
          if not g then break end
          local after = string.sub(rest, len, len)
          if after ~= "" and string.find(after, "[%d/]") then break end -- "1.234" or a document number
          add(code(prefix, g, n), offset + 1)
          rest = string.sub(rest, len)
          offset = offset + len - 1
          -- skip a remark in brackets, then a separator
          local skip = string.match(rest, "^%s*%b()") or ""
          rest = string.sub(rest, #skip + 1)
          offset = offset + #skip
          local sep = string.match(rest, "^%s*,%s*va%s+") or string.match(rest, "^%s*,%s*") or string.match(rest, "^%s*;%s*")
            or string.match(rest, "^%s+va%s+") or string.match(rest, "^%s*%-%s*")
          if not sep then break end
          rest = string.sub(rest, #sep + 1)
          offset = offset + #sep
        end
      end
      s0 = b + 1
    end
  end
  table.sort(found, function(x, y) if x.at ~= y.at then return x.at < y.at end return x.code < y.code end)
  local out = {}
  for i, f in ipairs(found) do out[i] = f.code end
  return out
end

--- Numbers in a text that are data (LABELS.md: counts, %, areas, money, class sizes, distances,
--- scores, quoted target values), leaving out years, catalogue codes, document numbers, grade
--- names (lớp 10), appendix or row numbers and level labels (cấp độ 3).
-- A number right after one of these words is a label, not a quantity.
M.LABEL_BEFORE = {
  "lop", "khoi", "cap do", "muc do", "phu luc", "chi tieu", "nhiem vu", "giai phap", "nhom", "ct", "nv",
  "dieu", "khoan", "diem", "nam", "giai doan", "hoc ky", "quy", "thang", "ngay", "phan", "muc",
  "tieu chi", "stt", "dong", "hang", "cot", "buoc", "dot", "lan thu", "cum", "phuong an",
}
-- A bare number (no unit after it) is a quantity only after one of these words.
M.QUANTITY_BEFORE = {
  "thieu", "con", "co", "tang", "giam", "dat", "len", "xuong", "khoang", "gan", "tren", "duoi", "hon",
  "chi", "moi", "tong", "voi", "la", "thua", "them", "can", "toi da", "toi thieu", "it nhat",
}

function M.data_numbers(s, refs)
  local ref_numbers = {}
  for _, c in ipairs(refs or {}) do
    local g, n = string.match(c, "^%a%a(%d+)%.(%d+)$")
    ref_numbers[tonumber(g) .. "." .. tonumber(n)] = true
  end
  local out = {}
  for _, q in ipairs(gopy.numbers(s)) do
    local g, n = string.match(q.text, "^(%d+)[%.,](%d+)$")
    local is_ref = g and ref_numbers[tonumber(g) .. "." .. tonumber(n)]
    local is_data
    if q.year or q.in_reference or is_ref then
      is_data = false
    elseif q.percent or q.money then
      is_data = true
    elseif q.before ~= "" and M.has(q.before, M.LABEL_BEFORE) then
      is_data = false
    elseif q.unit ~= "" and q.unit ~= "va" and q.unit ~= "hoac" then
      is_data = true
    else
      is_data = q.before ~= "" and M.has(q.before, M.QUANTITY_BEFORE)
    end
    if is_data then out[#out + 1] = q end
  end
  return out
end

return M
