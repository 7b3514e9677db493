-- Rules/lib/text.lua: text helpers shared by the rule files.
--
-- Everything here works on "folded" text: lower case, no diacritics, đ -> d, single spaces
-- (gopy.match_key). So keyword lists are written once, without accents, and match comments
-- typed with or without a Vietnamese keyboard. Example:
--   gopy.match_key("Đề nghị BỔ SUNG chỉ tiêu 2.3")  -->  "de nghi bo sung chi tieu 2.3"

local M = {}

-- 0. Settings ----------------------------------------------------------------------------------

-- Folding merges words that differ only by their accents. After the LAST word of a keyword,
-- these next words show that the keyword is a different word:
--   "bo" (bỏ = remove) vs bổ sung, bố trí, bổ nhiệm, bộ môn, bộ phận;
--   "sua" (sửa = change) vs sửa chữa (repair), sữa học đường (school milk);
--   "can" (cần = need to) vs "cần 36 giáo viên" (a need, written with a number: see DIGIT).
M.GUARD_NEXT = {
  bo = {
    sung = true, xung = true, tri = true, nhiem = true, mon = true, phan = true, tai = true, gddt = true,
    giao = true, gd = true, noi = true, y = true, lao = true, ke = true, cong = true, khoa = true, quoc = true, truong = true,
  },
  sua = { chua = true, hoc = true },
  can = { DIGIT = true, doi = true, bang = true, nhac = true },
  -- "nên" also means "so, therefore": "... lương thấp nên khó giữ người"
  nen = { DIGIT = true, kho = true, da = true, phai = true, chua = true, bi = true, rat = true, thieu = true, dan = true },
  -- "bơi" (swim) folds like "bồi" in bồi dưỡng, bồi thường, bồi hoàn
  boi = { duong = true, thuong = true, hoan = true, dap = true },
}
-- Two words after the keyword that lift the guard: "bỏ nhiệm vụ" (remove a task) is not
-- "bổ nhiệm" (appoint).
M.UNGUARD_NEXT2 = { bo = { ["nhiem vu"] = true } }
-- The same before the FIRST word of a keyword: "chua" (chưa = not yet) vs sửa chữa (repair);
-- "dang" (đang = now) vs cao đẳng.
-- "thong nhat" after "cần", "nên", "đề nghị" is a request to unify, not agreement; "phu hop"
-- after "cho", "để", "nhằm" is "so that it fits" (a purpose, not agreement); "bổ sung" after a noun is an adjective ("đất bổ
-- sung", "kinh phí bổ sung", "tuyển sinh bổ sung").
M.GUARD_PREV = {
  chua = { sua = true },
  dang = { cao = true },
  thong = { can = true, nen = true, phai = true, nghi = true },
  phu = { cho = true, de = true, nham = true },
  bo = { dat = true, phi = true, von = true, che = true, tuyen = true, sinh = true, cot = true },
  -- "nền" (nền tảng = platform) folds like "nên" (should): "xây dựng nền tảng", "các nền tảng"
  nen = { dung = true, trien = true, lap = true, cac = true, tren = true, mot = true, nhung = true },
  -- "thấy" (see) folds like "thay" (replace): "tôi thấy", "nhận thấy", "cho thấy"
  thay = { toi = true, nhan = true, cam = true, nhin = true, xet = true, the = true, cho = true, de = true },
}

-- A number right after one of these words is a label, not a quantity (checked on the last one
-- or two words before the number).
M.LABEL_BEFORE = {
  "lop", "khoi", "cap do", "muc do", "phu luc", "chi tieu", "nhiem vu", "giai phap", "nhom", "ct", "nv",
  "dieu", "khoan", "diem", "nam", "nam hoc", "giai doan", "hoc ky", "quy", "thang", "ngay", "phan", "muc",
  "tieu chi", "stt", "dong", "hang", "cot", "buoc", "dot", "lan thu", "cum", "phuong an", "trang", "bac",
  "y kien", "noi dung", "so", "ma", "co so", "khoa", "k",
}
-- Words that end as a label above but are not one: "điều động 15 giáo viên" (not "dòng 15"),
-- "thí điểm 10 trường" (not "điểm 10"), "mỗi năm 20 giáo viên" (not "năm 20").
M.NOT_LABEL = { "dieu dong", "thi diem", "moi nam", "hang nam", "dia diem", "hoat dong", "lao dong" }
-- After these, a number followed by what it counts is a rank ("thuộc nhóm 10 tỉnh dẫn đầu",
-- "top 5 trường"), not a label: "chỉ tiêu nhóm 4", "tự chủ nhóm 2" name a group, with no
-- "thuộc"/"trong" (belongs to) before it.
M.GROUP_OF = { "thuoc nhom", "trong nhom", "top" }
-- A bare number (no unit after it) is a quantity only after one of these words.
M.QUANTITY_BEFORE = {
  "thieu", "con", "co", "tang", "giam", "dat", "len", "xuong", "khoang", "gan", "tren", "duoi", "hon",
  "chi", "tong", "voi", "la", "thua", "them", "can", "toi da", "toi thieu", "it nhat", "chi co", "moi dat",
}
-- Units that name a period or an age, not a quantity: "3 năm một lần", "chỉ có 3 ngày",
-- "trẻ dưới 3 tuổi" (LABELS.md: periods are not data).
M.PERIOD_UNITS = { nam = true, thang = true, ngay = true, tuan = true, tuoi = true, quy = true }
-- Counted things: a count written in words ("hai điểm trường") or a fraction ("5/20 phòng")
-- before one of these nouns is data.
M.COUNT_NOUNS = {
  "diem truong", "phong hoc", "phong may", "phong chuc nang", "phong bo mon", "lop", "truong", "giao vien",
  "nhan vien", "hoc sinh", "tre", "chau", "em", "nguoi", "co so", "trung tam", "nhom", "may", "be boi", "nha",
  "can bo", "sinh vien", "hoc vien", "xa", "phuong",
}
-- The same as the first word of a number's unit ("20 phòng", "52 giáo viên").
M.COUNT_UNITS = {
  phong = true, lop = true, truong = true, giao = true, nhan = true, hoc = true, tre = true, chau = true, em = true,
  nguoi = true, may = true, nha = true, diem = true, co = true, sinh = true, can = true, xa = true, phuong = true,
  nhom = true, trung = true, giang = true,
}
M.NUMBER_WORDS = { mot = 1, hai = 2, ba = 3, bon = 4, tu = 4, nam = 5, sau = 6, bay = 7, tam = 8, chin = 9, muoi = 10 }

-- 1. Whole-word search ---------------------------------------------------------------------------

local function is_word_char(ch)
  return ch ~= "" and string.find(ch, "[%w]") ~= nil
end

-- The words next to a keyword are read in a short window of the text around it: a pattern call
-- costs the length of its subject (the host bounds each call by scanning it), and rules look at
-- the words next to every keyword they find. Where the window may have cut a word, the whole
-- text is read, so the answer is always the same.
local WINDOW = 40

--- The last word (run of non-space characters) of `s` up to position `upto`, or nil: the same as
--- string.match(string.sub(s, 1, upto), "(%S+)%s*$"), without copying the text before it.
--- With `two`, the last two words, as "(%S+ %S+)%s*$" gives them. `text.word_before(key, o.at - 1)`
--- is the word before an occurrence `o`.
-- Read backwards: the text reversed, the word (or the two words) is at its start, which an
-- anchored pattern finds in one pass. "(%S+)%s*$" tries every place in the text as a start,
-- each time running to the end.
function M.word_before(s, upto, two)
  -- words that have a space before them inside the window are whole
  if upto > WINDOW then
    local w = string.match(string.reverse(string.sub(s, upto - WINDOW + 1, upto)), two and "^%s*(%S+ %S+)%s" or "^%s*(%S+)%s")
    if w then return string.reverse(w) end
  end
  local w = string.match(string.reverse(string.sub(s, 1, upto)), two and "^%s*(%S+ %S+)" or "^%s*(%S+)")
  return w and string.reverse(w)
end

--- The last word of `s` (with `two`, the last two words, one space apart) when `s` ends with
--- it, or nil: what string.match(s, "(%S+)$") or string.match(s, "(%S+ %S+)$") gives, read
--- from the end (those patterns try every place of `s` as a start).
function M.last_word(s, two)
  local w = string.match(string.reverse(s), two and "^(%S+ %S+)" or "^(%S+)")
  return w and string.reverse(w)
end

--- True when some key of one of the tables given is in `s` (a plain search): a quick test
--- before a rewrite that only touches those keys.
function M.has_key_of(s, ...)
  for i = 1, select("#", ...) do
    for k in pairs((select(i, ...))) do
      if string.find(s, tostring(k), 1, true) then return true end
    end
  end
  return false
end

-- The patterns of text.word_after, by class.
local after_patterns = {}

--- The word after position `b` of `s`, past any spaces: the run of characters of `class` (a
--- pattern class, "%w" when not given) there, or "". The same as
--- string.match(s, "^%s*(" .. class .. "+)", b + 1) or "", read in a short window after `b`.
function M.word_after(s, b, class)
  class = class or "%w"
  local patterns = after_patterns[class]
  if not patterns then
    patterns = { "^%s*(" .. class .. "*)()", "^%s*(" .. class .. "+)" }
    after_patterns[class] = patterns
  end
  if b + WINDOW < #s then
    local w, stop = string.match(string.sub(s, b + 1, b + WINDOW), patterns[1])
    if stop <= WINDOW then return w end -- what follows the spaces ends inside the window
  end
  return string.match(s, patterns[2], b + 1) or ""
end

--- The two words after position `b` of `s`, past any spaces, or "": the same as
--- string.match(s, "^%s*(%S+ %S+)", b + 1) or "", read in a short window after `b`.
function M.words_after(s, b)
  if b + WINDOW < #s then
    local two, stop = string.match(string.sub(s, b + 1, b + WINDOW), "^%s*(%S+ %S+)()")
    if two and stop <= WINDOW then return two end
  end
  return string.match(s, "^%s*(%S+ %S+)", b + 1) or ""
end

-- The first and last words of each keyword (false when none), worked out once: guards are
-- checked for every occurrence found. Bounded, in case rules search lists made from comment text.
local first_word_of, last_word_of, ends_count = {}, {}, 0
local function word_ends(w)
  local first = first_word_of[w]
  if first == nil then
    if ends_count >= 4096 then first_word_of, last_word_of, ends_count = {}, {}, 0 end
    first = string.match(w, "^(%S+)") or false
    first_word_of[w], last_word_of[w] = first, string.match(w, "(%S+)$") or false
    ends_count = ends_count + 1
  end
  return first, last_word_of[w]
end

-- True when the match of `w` from `a` to `b` (places in `key`) is cancelled by the word after it
-- (M.GUARD_NEXT) or before it (M.GUARD_PREV).
local function guarded(key, w, a, b)
  local firstw, last = word_ends(w)
  local pguard = firstw and M.GUARD_PREV[firstw]
  if pguard then
    local prev = M.word_before(key, a - 1)
    if prev and pguard[prev] then return true end
  end
  local guard = last and M.GUARD_NEXT[last]
  if not guard then return false end
  local nxt = M.word_after(key, b, "[%w%-/]")
  if guard.DIGIT and string.find(nxt, "^%d") then return true end
  local lift = M.UNGUARD_NEXT2[last]
  if lift and lift[M.words_after(key, b)] then return false end
  return guard[nxt] == true
end

-- Each keyword list is registered once with the host, which finds every whole-word occurrence
-- of a whole list in one pass (gopy.occurrences); looping over each keyword here was most of the
-- rules' work. Lists made on the fly ({ "chinh sach", "co che" } inside a function) are found
-- again by content here, without asking the host.
local set_of = setmetatable({}, { __mode = "k" })
local set_by_content, content_count = {}, 0
local function word_set(words)
  local handle = set_of[words]
  if handle then return handle end
  -- each word with its length, so that no two different lists give the same text
  local parts = {}
  for i, w in ipairs(words) do
    if type(w) ~= "string" then parts = nil break end -- the host says what is wrong
    parts[i] = #w .. ":" .. w
  end
  local content = parts and table.concat(parts, ",")
  handle = content and set_by_content[content]
  if not handle then
    handle = gopy.word_set(words)
    if content then
      if content_count >= 1024 then set_by_content, content_count = {}, 0 end
      set_by_content[content] = handle
      content_count = content_count + 1
    end
  end
  set_of[words] = handle
  return handle
end

-- Answers kept for the comment being judged: its rules search the same text with the same list
-- several times (its first point for agreement words, for instance) and ask for the numbers of
-- its whole text more than once, and an answer never changes. Each kind of question (a word
-- set, or the codes given to data_numbers) keeps the answers for the last two texts asked about,
-- in flat tables, so that keeping an answer makes no new table. The classify hook calls
-- text.forget() for each comment, which starts a new generation: answers of an older generation
-- are not used and are dropped when their slot is next written. At most MEMO_SIZE kinds are
-- remembered. Answers are shared: the callers only read them.
local MEMO_SIZE = 512
local generation, kinds_count = 0, 0
local memo_gen, text1, answer1, text2, answer2 = {}, {}, {}, {}, {}

-- The answer kept for `text` under `kind`, or nil.
local function recall(kind, text)
  if memo_gen[kind] ~= generation then return nil end
  if text1[kind] == text then return answer1[kind] end
  if text2[kind] == text then return answer2[kind] end
  return nil
end

local function keep(kind, text, answer)
  local gen = memo_gen[kind]
  if gen == generation then
    text2[kind], answer2[kind] = text1[kind], answer1[kind]
  else
    if gen == nil then
      if kinds_count >= MEMO_SIZE then
        memo_gen, text1, answer1, text2, answer2, kinds_count = {}, {}, {}, {}, {}, 0
      end
      kinds_count = kinds_count + 1
    end
    memo_gen[kind] = generation
    text2[kind], answer2[kind] = nil, nil
  end
  text1[kind], answer1[kind] = text, answer
end

--- Forgets the answers kept for the comment before (see above): the classify hook calls it first.
function M.forget()
  generation = generation + 1
end

-- gopy.occurrences of a list in a text, kept for the comment.
local function occurrences_of(key, words)
  local handle = word_set(words)
  local occ = recall(handle, key)
  if not occ then
    occ = gopy.occurrences(key, handle)
    keep(handle, key, occ)
  end
  return occ
end

--- Earliest whole-word occurrence of any keyword of `words` in folded `key`.
--- Returns the keyword and its position (in `key`), or nil. When two keywords start at the
--- same place the longer one wins ("boi duong hoc sinh" over "boi duong").
function M.find_first(key, words)
  local occ = occurrences_of(key, words)
  -- Occurrences come sorted by place, longest first; the first one no guard cancels wins.
  for i = 1, #occ, 3 do
    local w = words[occ[i + 2]]
    if not guarded(key, w, occ[i], occ[i + 1]) then return w, occ[i] end
  end
  return nil
end

--- The first keyword (in list order) of `words` found in folded `key`, or nil.
--- Keywords are matched as whole words: "co" does not match inside "cong".
function M.find(key, words)
  local occ = occurrences_of(key, words)
  local best
  for i = 1, #occ, 3 do
    local index = occ[i + 2]
    if (not best or index < best) and not guarded(key, words[index], occ[i], occ[i + 1]) then best = index end
  end
  return best and words[best] or nil
end

--- True when any keyword of `words` is in folded `key`.
function M.has(key, words)
  return M.find(key, words) ~= nil
end

--- Several keyword lists merged into one, for one native search, with each keyword's kind:
--- `text.kinds({ { "end", LIST_A }, { "open", LIST_B } })` returns the merged list and a table
--- keyword -> kind. A keyword in two lists keeps the kind of the first.
function M.kinds(entries)
  local words, kind = {}, {}
  for _, entry in ipairs(entries) do
    for _, w in ipairs(entry[2]) do
      if not kind[w] then
        words[#words + 1] = w
        kind[w] = entry[1]
      end
    end
  end
  return words, kind
end

-- The lists of text.earliest merged, by the lists they are made of (each list is known by a
-- number given at its first use; a list keeps its number while it lives).
local list_number, lists_numbered = setmetatable({}, { __mode = "k" }), 0
local merged_of, merged_count = {}, 0

--- The keyword of several named lists that comes first in folded `key`:
--- `text.earliest(key, { { "muc_tieu", LIST_A }, { "giai_phap", LIST_B } })` returns the name of
--- its list, the keyword and its position, or nil. Where keywords of two lists start at the same
--- place the longer one wins, and of the same keyword the list named first. The same as
--- text.find_first on each list, keeping the earliest, in one native search for all the lists.
function M.earliest(key, named_lists)
  if #named_lists == 0 then return nil end
  local numbers = {}
  for i, entry in ipairs(named_lists) do
    local n = list_number[entry[2]]
    if not n then
      lists_numbered = lists_numbered + 1
      n = lists_numbered
      list_number[entry[2]] = n
    end
    numbers[i] = n
  end
  local signature = table.concat(numbers, ",")
  local merged = merged_of[signature]
  if not merged then
    -- each keyword with the place of the first list that has it
    local words, first_list = {}, {}
    for i, entry in ipairs(named_lists) do
      for _, w in ipairs(entry[2]) do
        if not first_list[w] then
          words[#words + 1] = w
          first_list[w] = i
        end
      end
    end
    merged = { words = words, first_list = first_list }
    if merged_count >= 256 then merged_of, merged_count = {}, 0 end
    merged_of[signature] = merged
    merged_count = merged_count + 1
  end
  local w, at = M.find_first(key, merged.words)
  if not w then return nil end
  return named_lists[merged.first_list[w]][1], w, at
end

--- Where the keywords of `words` occur as whole words in folded `key`: a flat list of
--- (start, end, index in `words`) triples, sorted by start, longest first. No guards.
function M.occurrences(key, words)
  return gopy.occurrences(key, word_set(words))
end

--- Where the sentence that goes on at `from` in folded `key` ends: the place of the first "." or
--- ";" at or after `from` that a space follows or that ends the text, or nil. The same as
--- string.find(key, "[%.;]%s", from) or string.find(key, "[%.;]$", from), with the sentence ends
--- of `key` found once for all the calls on it (the objects of a proposal ask for each of them).
function M.sentence_end(key, from)
  local ends = recall("sentence ends", key)
  if not ends then
    ends = {}
    for at in string.gmatch(key, "()[%.;]%s") do ends[#ends + 1] = at end
    if string.find(key, "[%.;]$") then ends[#ends + 1] = #key end
    keep("sentence ends", key, ends)
  end
  for _, at in ipairs(ends) do
    if at >= from then return at end
  end
  return nil
end

-- 2. Points of a comment -------------------------------------------------------------------------

-- Markers that open the SECOND point of a list written on one line. The first point ends just
-- before them. Word markers count only after a clause break (".", ";", ":", ","), so that
-- "thứ hai" inside a sentence does not cut it.
M.SECOND_POINT_WORDS = {
  "thu hai", "hai la", "y kien 2", "y kien thu hai", "noi dung 2", "noi dung thu hai", "van de 2",
  "kien nghi 2", "de xuat 2", "cau 2", "hai:",
}
-- The same for numbered and lettered lists: "(2)", "2)", ". 2.", "; 2/", "b)", "(ii)".
M.SECOND_POINT_PATTERNS = {
  " %(2%) ", " 2%) ", "[%.;:] 2[%./] ", " %(b%) ", " b%) ", " %(ii%) ", " ii%) ", "[%.;] %-%s",
}

--- Splits a comment into its lines (the original text). Empty lines are dropped.
function M.lines(s)
  local out = {}
  for line in string.gmatch(s .. "\n", "([^\n]*)\n") do
    -- the line without spaces around it (as "^%s*(.-)%s*$" gives it, without trying every length)
    local trimmed = string.match(line, "^%s*(.*%S)") or ""
    if trimmed ~= "" then out[#out + 1] = trimmed end
  end
  return out
end

-- A pattern that is plain text but for escaped punctuation (" %(2%) ") is searched as plain text
-- (" (2) "): the same place, without trying the pattern at every place of the text. The plain
-- text of each such pattern, or false, worked out once.
local plain_of = {}
local function plain_text(p)
  local plain = plain_of[p]
  if plain == nil then
    local magic = string.find((string.gsub(p, "%%%p", "")), "[%^%$%*%+%?%.%(%)%[%]%%%-]")
    plain = not magic and (string.gsub(p, "%%(%p)", "%1")) or false
    plain_of[p] = plain
  end
  return plain
end

-- Cuts a folded one-line text before its second point, if it has one.
local function cut_before_second(key)
  local padded = " " .. key .. " "
  local cut = #padded + 1
  for _, w in ipairs(M.SECOND_POINT_WORDS) do
    local s = 1
    while true do
      local a, b = string.find(padded, w, s, true)
      if not a or a >= cut then break end
      local before = string.sub(padded, 1, a - 1)
      if string.find(before, "[%.;:,]%s*$") and not is_word_char(string.sub(padded, b + 1, b + 1)) then
        cut = a
        break
      end
      s = a + 1
    end
  end
  for _, p in ipairs(M.SECOND_POINT_PATTERNS) do
    local plain = plain_text(p)
    local a = string.find(padded, plain or p, 1, plain and true)
    if a and a > 1 and a < cut then cut = a end
  end
  -- without the spaces at its end ("^(.*%S)" is what gsub(point, "%s+$", "") leaves)
  return string.match(string.sub(padded, 2, cut - 1), "^(.*%S)") or ""
end

--- The first point of a comment's text, folded. A comment with several lines gives its first
--- line (a preamble line ending with ":" takes the next line with it); a comment on one line is
--- cut before its second numbered or lettered item ("thứ hai", "(2)", "b)" ...).
function M.first_point(s)
  local lines = M.lines(s or "")
  if #lines == 0 then return "" end
  local first = lines[1]
  if #lines > 1 and string.find(first, ":%s*$") then first = first .. " " .. lines[2] end
  return cut_before_second(gopy.match_key(first))
end

-- 3. Catalogue codes -----------------------------------------------------------------------------

-- Words that introduce a catalogue item in prose, folded, and the code prefix they give.
M.REF_WORDS = {
  { "chi tieu so", "CT" }, { "chi tieu", "CT" }, { "ct", "CT" },
  { "nhiem vu so", "NV" }, { "nhiem vu", "NV" }, { "nv", "NV" },
}
-- Between "chỉ tiêu" and its number a writer may name the topic ("chỉ tiêu phân luồng 1.5");
-- at most this many words, none of which may be a word that introduces a quantity.
M.REF_MAX_GAP_WORDS = 2
M.REF_GAP_STOP = {
  dat = true, tang = true, giam = true, len = true, xuong = true, la = true, con = true, chi = true,
  khoang = true, tren = true, duoi = true, tu = true, den = true, muc = true, nam = true, o = true,
  co = true, moi = true, tai = true, so = true, ty = true, le = true, ti = true, va = true,
}
-- A range "từ 4.1 đến 4.3" is expanded, but only over a short span.
M.REF_MAX_RANGE = 15

local function code(prefix, g, n)
  return string.format("%s%d.%02d", prefix, tonumber(g), tonumber(n))
end

--- Catalogue codes a text refers to, in order of appearance, without repeats.
--- "chỉ tiêu 1.1, 1.2 và 4.8" -> CT1.01, CT1.02, CT4.08
--- "nhiệm vụ 5.1 (hạ tầng) và 5.2" -> NV5.01, NV5.02
--- "các chỉ tiêu từ 4.1 đến 4.3" -> CT4.01, CT4.02, CT4.03
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
  -- "giải pháp 3, nhiệm vụ 2" / "giải pháp 3 nhiệm vụ 2" (a plain search first: most texts have none)
  if string.find(key, "giai phap ", 1, true) then
    for at, g, n in string.gmatch(key, "()giai phap (%d+),? nhiem vu (%d+)") do add(code("NV", g, n), at) end
  end
  -- Written codes: CT2.03, CT 2.3, NV5.02 (the host finds these). Each is written with "ct" or
  -- "nv" in the folded text, so a text without either has none.
  local pos = 1
  local written = (string.find(key, "ct", 1, true) or string.find(key, "nv", 1, true)) and gopy.codes(s) or {}
  for _, c in ipairs(written) do
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
        -- "các chỉ tiêu từ 4.1 ..." and "chỉ tiêu phân luồng 1.5": skip "từ" or a short topic.
        local skip = string.match(rest, "^tu ") or ""
        if skip == "" and not string.find(rest, "^%d") then
          local gap, words = "", 0
          for wd in string.gmatch(rest, "(%a+) ") do
            if M.REF_GAP_STOP[wd] or words >= M.REF_MAX_GAP_WORDS then break end
            gap = gap .. wd .. " "
            words = words + 1
            if string.find(string.sub(rest, #gap + 1), "^%d+%.%d") then skip = gap break end
          end
        end
        rest = string.sub(rest, #skip + 1)
        offset = offset + #skip
        while true do
          local g, n, len = string.match(rest, "^(%d+)%.(%d+)()")
          if not g then break end
          local after = string.sub(rest, len, len)
          if after ~= "" and string.find(after, "[%d/]") then break end -- "1.234" or a document number
          if #n > 2 then break end -- "mua sắm 1.200 bộ máy tính": a thousands group, not item 200
          add(code(prefix, g, n), offset + 1)
          rest = string.sub(rest, len)
          offset = offset + len - 1
          -- a range "4.1 đến 4.3": every item in between, within one group
          local rng, g2, n2 = string.match(rest, "^(%s+den%s+)(%d+)%.(%d+)")
          if rng and g2 == g and tonumber(n2) > tonumber(n) and tonumber(n2) - tonumber(n) <= M.REF_MAX_RANGE then
            for k = tonumber(n) + 1, tonumber(n2) do add(code(prefix, g, k), offset + 1) end
            local len2 = #rng + #g2 + 1 + #n2
            rest = string.sub(rest, len2 + 1)
            offset = offset + len2
          end
          -- skip a remark in brackets, then a separator
          local skip2 = string.match(rest, "^%s*%b()") or ""
          rest = string.sub(rest, #skip2 + 1)
          offset = offset + #skip2
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

-- 4. Numbers that are data -----------------------------------------------------------------------

-- True when the last one or two words of `before` are one of `words` (a label such as
-- "lớp", "phụ lục", "năm học" right before the number). `before` holds at most the two words
-- before the number (gopy.numbers), so this is two lookups in the list made a set.
local sets_of = setmetatable({}, { __mode = "k" })
local function ends_with_any(before, words)
  local set = sets_of[words]
  if not set then
    set = {}
    for _, w in ipairs(words) do set[w] = true end
    sets_of[words] = set
  end
  if set[before] then return true end
  local last = string.match(before, " (%S+)$")
  return last ~= nil and set[last] == true
end

-- Blanks out list markers ("1.", "2)", "(3)") at the start of the text and after a clause
-- break, so that they are not read as numbers. Lengths are kept, so positions stay valid.
local function blank(m) return string.rep(" ", #m) end
local function strip_list_markers(s)
  -- every marker ends with a digit, then ".", ")" or "/", then a space: a text with none has none
  if not string.find(s, "%d[%.%)/]%s") then return s end
  s = string.gsub(s, "^%s*%(?%d%d?[%.%)/]%s", blank)
  s = string.gsub(s, "\n%s*%(?%d%d?[%.%)/]%s", function(m) return "\n" .. string.rep(" ", #m - 1) end)
  s = string.gsub(s, "([%.;:])(%s+%(?%d%d?[%.%)/]%s)", function(p, m) return p .. string.rep(" ", #m) end)
  s = string.gsub(s, "%s%(%d%d?%)%s", blank)
  return s
end

-- text.data_numbers, worked out each time.
local function data_numbers(s, refs)
  local ref_numbers = {}
  for _, c in ipairs(refs or {}) do
    local g, n = string.match(c, "^%a%a(%d+)%.(%d+)$")
    ref_numbers[tonumber(g) .. "." .. tonumber(n)] = true
  end
  local out = {}
  local stripped = strip_list_markers(s)
  local cursor = 1
  for _, q in ipairs(gopy.numbers(stripped)) do
    -- where the number is (q.at), found in order: "3%" is looked for with its sign
    local a = string.find(stripped, q.text .. (q.percent and "%" or ""), cursor, true) or string.find(stripped, q.text, cursor, true)
    if a then q.at = a cursor = a + #q.text end
    local g, n = string.match(q.text, "^(%d+)[%.,](%d+)$")
    local is_ref = g and ref_numbers[tonumber(g) .. "." .. tonumber(n)]
    local unit_is_count = M.COUNT_UNITS[q.unit] == true
    local is_data
    if q.year or is_ref then
      is_data = false
    elseif q.unit2 == "ngan sach" then
      is_data = false -- "2027 ngân sách": a year, not "2027 ngàn"
    elseif q.in_reference then
      -- "5/20 phòng" is a fraction of counted things; "105/2020/NĐ-CP" is a document number.
      is_data = unit_is_count and q.value < 10000
    elseif q.percent or q.money then
      is_data = true
    elseif q.unit ~= "" and not M.PERIOD_UNITS[q.unit] and q.before ~= "" and ends_with_any(q.before, M.GROUP_OF) then
      is_data = true -- "thuộc nhóm 10 tỉnh dẫn đầu": a group of counted things is a rank, not a label
    elseif q.before ~= "" and ends_with_any(q.before, M.LABEL_BEFORE) and not ends_with_any(q.before, M.NOT_LABEL) then
      is_data = false
    elseif M.PERIOD_UNITS[q.unit] then
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

-- A list of one's own, for a caller of a shared answer: callers add to it and sort it.
local function copy(list)
  local out = {}
  for i, v in ipairs(list) do out[i] = v end
  return out
end

--- Numbers in a text that are data (LABELS.md: counts, %, areas, money, class sizes, distances,
--- scores, quoted target values), leaving out years, catalogue codes, document numbers, grade
--- names (lớp 10), appendix or row numbers, level labels (cấp độ 3), periods and ages.
--- Each call returns a list of its own; the numbers in it are shared with other calls on the
--- same text: read them, do not change them.
function M.data_numbers(s, refs)
  -- codes hold no spaces, so this names the list exactly
  local codes = "numbers " .. table.concat(refs or {}, " ")
  local hit = recall(codes, s)
  if not hit then
    hit = data_numbers(s, refs)
    keep(codes, s, hit)
  end
  return copy(hit)
end

--- A count written in words before a counted noun ("hai điểm trường", "ba phòng học"), in
--- folded text, or nil. "thứ hai", "một số" and "hai ý" are not counts; nor are "tư", "năm"
--- and "một", which fold to words that are not numbers (tư thục, năm học, một số).
local COUNT_WORDS = {}
for word in pairs(M.NUMBER_WORDS) do
  if word ~= "tu" and word ~= "nam" and word ~= "mot" then COUNT_WORDS[#COUNT_WORDS + 1] = word end
end
table.sort(COUNT_WORDS)

-- Each count word with the space that must follow it: a text with none of them has no count.
local COUNT_WORDS_SPACED = {}
for i, word in ipairs(COUNT_WORDS) do COUNT_WORDS_SPACED[i] = word .. " " end

function M.word_count(key)
  if not gopy.find_any(key, COUNT_WORDS_SPACED) then return nil end
  local occ = M.occurrences(key, COUNT_WORDS)
  local best_index, best
  for i = 1, #occ, 3 do
    local a, b, index = occ[i], occ[i + 1], occ[i + 2]
    -- the number word stands between spaces, and is not "thứ hai", "cả hai"
    if (not best_index or index < best_index)
      and (a == 1 or string.byte(key, a - 1) == 32) and (b == #key or string.byte(key, b + 1) == 32) then
      local prev = M.word_before(key, a - 1) or ""
      if prev ~= "thu" and prev ~= "ca" then
        for _, noun in ipairs(M.COUNT_NOUNS) do
          -- the noun, then a space or the end of the text
          local next_words = string.sub(key, b + 2, b + 2 + #noun)
          if next_words == noun .. " " or next_words == noun then
            best_index, best = index, COUNT_WORDS[index] .. " " .. noun
            break
          end
        end
      end
    end
  end
  return best
end

-- 5. Named places and institutions ---------------------------------------------------------------

-- Words that name a kind of place or institution; followed by a proper name (a capital letter)
-- they name a specific one: "xã Kiến Thụy", "phường Hải An", "Trường THCS Chu Văn An".
M.PLACE_TYPES = {
  "xa", "phuong", "dac khu", "thon", "to dan pho", "khu pho", "quan", "huyen", "thi xa", "thi tran",
  "cum", "truong", "trung tam", "khu cong nghiep", "kcn", "khu do thi", "dai hoc", "cao dang", "phan hieu",
  "co so", "diem truong",
}
-- Level words that may sit between the kind and the name: "Trường Mầm non Đại Hà".
M.LEVEL_WORDS = {
  mam = true, non = true, tieu = true, hoc = true, thcs = true, thpt = true, trung = true, cap = true,
  cao = true, dang = true, dai = true, gdtx = true, gdnn = true, ["gdnn-gdtx"] = true, th = true, mn = true,
  pt = true, ptdtnt = true, lien = true, ["thcs&thpt"] = true, va = true, ["&"] = true, nghe = true,
  ["gddt"] = true, thuc = true, hanh = true,
}
-- Hải Phòng's own place names (after the 2025 merger with Hải Dương), folded: a specific place
-- even when typed without capitals.
M.PLACE_NAMES = {
  "hong bang", "le chan", "ngo quyen", "kien an", "hai an", "thuy nguyen", "an duong", "hai duong", "chi linh",
  "kinh mon", "cat hai", "cat ba", "bach long vi", "do son", "duong kinh", "an lao", "tien lang", "vinh bao",
  "kien thuy", "nam sach", "thanh ha", "cam giang", "gia loc", "tu ky", "ninh giang", "thanh mien", "binh giang",
  "kim thanh",
}
-- A specific appendix: "Phụ lục 3", "phụ lục III".
local APPENDIX_PATTERNS = { "phu luc %d", "phu luc [iv]+[%s%p]" }

--- True when `raw` (original text, several columns) names a specific place, institution,
--- cluster or appendix. `key` is the same text folded.
function M.names_place(raw, key)
  local padded = " " .. key .. " "
  for _, p in ipairs(APPENDIX_PATTERNS) do
    if string.find(padded, p) then return true, "phụ lục cụ thể" end
  end
  local name = M.find(key, M.PLACE_NAMES)
  if name then return true, "địa danh “" .. name .. "”" end
  -- Word by word, line by line (each column starts with a capital): a kind of place,
  -- optional level words, then a word with a capital letter.
  local types = {}
  for _, t in ipairs(M.PLACE_TYPES) do types[t] = true end
  for line in string.gmatch(raw, "[^\n]+") do
    local found = M.named_in_line(line, types)
    if found then return true, "nêu tên “" .. found .. "”" end
  end
  return false
end

--- The "kind + proper name" in one line of original text ("xã Kiến Thụy"), or nil.
function M.named_in_line(line, types)
  local orig, low, fold = {}, {}, {}
  for w in string.gmatch(line, "%S+") do orig[#orig + 1] = w end
  for w in string.gmatch(gopy.lower(line), "%S+") do low[#low + 1] = w end
  for w in string.gmatch(gopy.fold(line), "%S+") do fold[#fold + 1] = (string.gsub(w, "[%p]+$", "")) end
  if #orig ~= #low or #orig ~= #fold then return nil end
  local i = 1
  while i <= #fold do
    local len = 0
    if i + 2 <= #fold and types[fold[i] .. " " .. fold[i + 1] .. " " .. fold[i + 2]] then len = 3
    elseif i + 1 <= #fold and types[fold[i] .. " " .. fold[i + 1]] then len = 2
    elseif types[fold[i]] then len = 1 end
    -- a kind word that ends its clause ("phường," "trường.") names nothing
    if len > 0 and not string.find(orig[i + len - 1], "[%p]$") then
      local j = i + len
      while j <= #fold and M.LEVEL_WORDS[fold[j]] do j = j + 1 end
      if j <= #fold then
        local c1 = string.match(orig[j], "^[%z\1-\127\194-\244][\128-\191]*")
        local c2 = string.match(low[j], "^[%z\1-\127\194-\244][\128-\191]*")
        if c1 and c2 and c1 ~= c2 then return table.concat(orig, " ", i, j) end
      end
    end
    i = i + math.max(len, 1)
  end
  return nil
end

-- 6. Every occurrence ----------------------------------------------------------------------------

--- Every whole-word occurrence of the keywords of `words` in folded `key` that no guard cancels,
--- in order of place, as a list of { word = w, at = start, stop = end }. Where keywords overlap,
--- the one that starts first (or, at the same place, the longer one) is kept: in "chi dat 85%"
--- only "chi dat" is found, not also "dat". One native search for the whole list.
function M.find_all(key, words)
  local occ = occurrences_of(key, words)
  local out = {}
  local last_stop = 0
  for i = 1, #occ, 3 do
    local a, b, w = occ[i], occ[i + 1], words[occ[i + 2]]
    if a > last_stop and not guarded(key, w, a, b) then
      out[#out + 1] = { word = w, at = a, stop = b }
      last_stop = b
    end
  end
  return out
end

return M
