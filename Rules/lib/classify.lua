-- Rules/lib/classify.lua: the default judgement for a comment, shared by every level file.
--
-- A level file calls `classify.new(options)` and returns the hook table it gives back; the
-- options change what differs between levels (extra keywords). To change a keyword for every
-- level, edit the lists below. All keywords are folded (no accents, lower case): "thuc trang",
-- not "Thực trạng".
--
-- How the lists are used. Most decisions look at the FIRST point of the comment (LABELS.md:
-- group, area and stance follow the first point) and take the keyword that comes FIRST in it:
-- Vietnamese puts the verb and the topic at the head of the sentence ("Đề nghị bổ sung nhiệm vụ
-- ... vì trường thiếu ..."), and the reasons after. So the order of words inside a list does not
-- matter; where two keywords start at the same place, the longer one wins.

local text = require("text")

local M = {}

-- 1. Content group (LABELS.md "group") -------------------------------------------------------

-- Agreement with the whole draft is off-focus (khac). It is an agreement verb followed, within
-- a few words, by the whole draft, with no part of the draft named in between
-- ("Nhất trí với toàn bộ dự thảo", "Hoàn toàn ủng hộ Đề án").
M.AGREE_VERBS = { "nhat tri", "thong nhat", "dong y", "dong tinh", "ung ho", "tan thanh" }
M.WHOLE_DRAFT = { "du thao", "de an", "toan bo", "toan van" }
-- Only these small words may stand between the verb and "dự thảo" ("thống nhất cao với các nội
-- dung của dự thảo"); any other word names what is agreed with ("đồng ý sáp nhập ... dự thảo").
M.BLANKET_FILLERS = {
  voi = true, cao = true, chung = true, co = true, ban = true, hoan = true, toan = true, bo = true, cac = true,
  noi = true, dung = true, cua = true, nhu = true, ve = true, rat = true, va = true, theo = true,
}
-- "Không có ý kiến khác": blanket when the point names no part of the draft.
M.NO_FURTHER_COMMENT = {
  "khong co y kien khac", "khong co y kien bo sung", "khong co y kien them", "khong co y kien gi them",
  "khong co gop y", "khong bo sung gi them", "khong co de xuat", "khong co y kien",
}
-- Words that limit an agreement to one part of the draft (then it is not blanket).
M.PART_WORDS = {
  "thuc trang", "chi tieu", "muc tieu", "nhiem vu", "giai phap", "danh gia", "nhan dinh", "phan", "muc",
  "noi dung ve", "ct", "nv", "so lieu", "phu luc",
}

-- Comments on the workshop, deadlines and submission: off-focus, and a request about them is a
-- procedural request (stance khac).
M.WORKSHOP = {
  "hoi thao", "hoi nghi", "thoi han", "han nop", "gia han", "nop ho so", "gui ho so", "file mem", "ban giay",
  "tai lieu hoi thao", "lich hoi thao", "thao luan", "thong qua bien ban", "bien ban hop", "cuoc hop",
  "phan hoi", "tiep thu", "giai trinh", "tong hop y kien", "duoc tong hop", "gui du thao",
  "thoi gian nghien cuu", "cam on", "lay y kien", "ho so gui", "gui cham", "nop cham", "nop muon", "thong cam",
}
-- The form and the drafting of the text itself: off-focus, but a request to change them keeps
-- its stance ("Đề nghị thêm cột ... vào biểu mẫu" is bo_sung).
M.FORM_AND_DRAFTING = {
  "bieu mau", "mau bieu", "mau tong hop", "phieu gop y", "phan mo dau", "can cu phap ly", "phan can cu",
  "so thu tu", "chinh ta", "danh may", "ghi sai", "viet sai", "sai ten", "thuat ngu", "the thuc", "trinh bay",
  "ngan gon", "cho gon", "trich dan", "dien dat", "cach viet", "trung lap", "qua dai", "viet con dai",
  "them cot", "bo sung cot",
}
-- Requests outside the Đề án (roads, traffic): off-focus.
M.OFF_TOPIC = { "den tin hieu", "den giao thong", "doan duong", "con duong", "tuyen duong", "via he", "ngap ung", "bi ngap" }

-- What each group is about. STRONG words name the part of the draft; they decide when one of
-- them comes first in the point.
M.GROUP_STRONG = {
  thuc_trang = {
    "thuc trang", "hien trang", "nhan dinh", "so lieu", "phu luc 1", "phu luc 2", "phu luc 3", "phu luc 4",
    "chua phan anh", "chua de cap", "chua noi den", "chua neu", "chua phan tich", "chua danh gia",
    "danh gia thuc trang", "voi danh gia", "danh gia nay", "danh gia lai", "danh gia cua du thao",
    "bo sung danh gia", "them phan tich", "bo sung phan tich",
  },
  muc_tieu = { "chi tieu", "muc tieu", "ct" },
  giai_phap = { "giai phap", "nhiem vu", "nv", "du kien", "chu truong" },
}
-- WEAK words are used when no strong word is there: rates and feasibility lean to targets,
-- verbs of doing lean to solutions.
M.GROUP_WEAK = {
  muc_tieu = {
    "ty le", "ti le", "kha thi", "qua cao", "qua thap", "qua gap", "dat chuan quoc gia", "den nam 2030",
    "vao nam 2030", "nam 2030", "nam 2035", "nam 2045",
  },
  giai_phap = {
    "xay dung", "xay moi", "xay them", "xay", "dau tu", "bo tri", "tuyen dung", "xet tuyen", "dao tao",
    "boi duong", "ban hanh", "co che", "chinh sach", "ho tro", "to chuc", "trien khai", "sap nhap", "thanh lap",
    "mo rong", "trang bi", "cai tao", "sua chua", "nang cap", "kien co hoa", "thu hut", "luan chuyen",
    "dieu dong", "mien giam", "mien hoc phi", "chi tra", "uu tien", "phat trien", "ap dung", "lo trinh",
    "ra soat", "chuyen doi", "lien ket", "hop dong", "cho phep", "quy hoach",
  },
}
-- Words that describe the present: with no request in the point, the row is about the current
-- state. "chưa", "đang" and "còn" are the usual marks of a shortcoming being described.
M.PRESENT = {
  "hien nay", "hien tai", "hien co", "hien dang", "hien chi", "hien moi", "con", "chua", "dang bi", "dang phai",
  "dang co", "dang mat", "qua tai", "thieu", "xuong cap", "hu hong", "khong du", "truong co", "chi co",
  "moi co", "moi dat", "tang manh", "tang nhanh", "giam manh", "giam", "tang", "lien tuc", "thuc te",
  "phai", "dang gap", "gap kho khan",
}
-- Words that ask for something. A point that asks is not a description of the present, even
-- when it gives facts as grounds (LABELS.md).
M.ASK = {
  "de nghi", "de xuat", "kien nghi", "can", "nen", "bo sung", "bo xung", "them", "dieu chinh", "sua", "xin",
  "mong",
}
-- Proposals by form. A point that opens with an action verb ("Xây dựng kho học liệu ...",
-- "Bồi dưỡng ... cho 120 GV", "- Tăng cường ...") or with an authority and then an action verb
-- ("Sở GDĐT phối hợp Công an triển khai ...") asks for a measure even without "đề nghị".
-- The verbs are those of a concrete action (M.SIX_ACTIONS) and these broader measures.
M.OPENING_MEASURES = {
  "tang cuong", "day manh", "thuc hien", "nang cao", "hoan thien", "doi moi", "phoi hop", "tang", "giam",
}
-- Authorities that a proposal puts at its head as the ones who act.
M.AUTHORITIES = {
  "so gddt", "so giao duc", "so gd", "ubnd", "uy ban nhan dan", "hdnd", "phong gddt", "phong giao duc",
  "bo gddt", "thanh pho", "so tai chinh", "so noi vu", "so xay dung", "so y te", "cac so", "so lao dong",
}
-- Between the authority and its verb, these make the point a report of what is or was done
-- ("Sở GDĐT đã triển khai ...", "Phòng GDĐT chưa bố trí ...", "Sở được giao ...").
M.NOT_A_REQUEST = { "da", "dang", "chua", "khong", "con", "hien", "duoc" }
-- After an opening verb, these (with M.PRESENT) make the point a description of how that
-- action stands ("Bồi dưỡng GV chưa được quan tâm", "Tuyển dụng đang gặp khó khăn"). Short
-- words that fold like others ("đa năng", "thiết bị", "văn hóa") are left out.
M.DESCRIBED = { "dang", "da duoc", "khong duoc", "gap kho khan", "kho khan" }
-- List markers before the first word: "- ", "+ ", "* ", "1. ", "a) ".
local function without_marker(first)
  local rest = string.gsub(first, "^[%-%+%*%s]+", "")
  return (string.gsub(rest, "^%w[%.%)]%s+", ""))
end

-- The action verb a point opens with, when what follows it in its clause describes no present
-- state ("Đầu tư cho mầm non còn thấp" describes; "Đầu tư 6 phòng học" asks).
local function opening_verb(rest)
  local w, at = text.find_first(rest, M.SIX_ACTIONS)
  local m, mat = text.find_first(rest, M.OPENING_MEASURES)
  if m and mat == 1 and (not w or at > 1 or #m > #w) then w, at = m, mat end
  if not w or at ~= 1 then return nil end
  local clause = string.match(string.sub(rest, #w + 1), "^([^,;%.:]*)") or ""
  -- the purpose of the action is no description of it ("... để bù thiếu GV")
  for at, pre, nxt in string.gmatch(clause, "()(%S*) de (%a+)") do
    if not M.PURPOSE_NOT_NEXT[nxt] and not M.PURPOSE_NOT_PREV[pre] then
      clause = string.sub(clause, 1, at + #pre - 1)
      break
    end
  end
  clause = string.match(clause, "^(.-) nham ") or clause
  -- after the action's own object, "cho ..." names who receives it, and what is said of them
  -- describes the receivers, not the action ("Trang bị 01 bộ thiết bị cho mỗi điểm trường còn
  -- thiếu"); with no object first ("Đầu tư cho mầm non còn thấp") it describes the action
  local recipient = string.find(clause, " cho ", 1, true)
  if recipient and string.find(string.sub(clause, 1, recipient), "%S") then clause = string.sub(clause, 1, recipient) end
  if text.has(clause, M.PRESENT) or text.has(clause, M.DESCRIBED) then return nil end
  return w
end

-- A one-syllable verb known by the count right after it (M.COUNT_VERBS: "xóa 06 phòng học",
-- "cử 30 giáo viên"), and where it starts in `clause`, or nil.
local function count_verb(clause)
  local padded = " " .. clause
  for at, two in string.gmatch(padded, "() (%S+ %S+) %d") do
    if M.COUNT_VERBS[two] then return two, at end
  end
  for at, one in string.gmatch(padded, "() (%S+) %d") do
    if M.COUNT_VERBS[one] then return one, at end
  end
  return nil
end

--- The action verb when the point is a proposal by its form (imperative, or authority + verb), or nil.
function M.proposal_by_form(first)
  local rest = without_marker(first)
  local verb = opening_verb(rest)
  if verb then return verb end
  local body, bat = text.find_first(rest, M.AUTHORITIES)
  if not body or bat ~= 1 then return nil end
  local clause = string.match(string.sub(rest, #body + 2), "^([^,;%.:]*)") or ""
  local w, at = text.find_first(clause, M.SIX_ACTIONS)
  if not w then w, at = count_verb(clause) end
  if not w or text.has(string.sub(clause, 1, at - 1), M.NOT_A_REQUEST) then return nil end
  return w
end

--- The concrete action a request asks for: the first word after "đề nghị" (or after the
--- authority asked, "đề nghị UBND phường bố trí ..."), or nil.
function M.requested_action(first)
  local w, at = text.find_first(first, M.REQUEST)
  if not w then return nil end
  local rest = string.sub(first, at + #w + 1)
  local body, bat = text.find_first(rest, M.AUTHORITIES)
  if body and bat == 1 then rest = string.sub(rest, #body + 2) end
  local verb, vat = text.find_first(rest, M.SIX_ACTIONS)
  if vat ~= 1 then return nil end
  return verb
end

-- The last year of the data (cut-off 10/2025): a year up to this one in a point that asks
-- nothing describes what has happened.
M.LAST_PAST_YEAR = 2025

-- Earliest keyword of several named lists: returns name, word, position. Where keywords of two
-- lists start at the same place, the longer one wins ("khong dong y" over "dong y"), and of the
-- same keyword, the list named first: what text.find_first on each list gives, keeping the
-- earliest. text.earliest searches all the lists in one call to the host, which counts: the
-- stances are five lists and the areas seven, and the first point of a comment is searched
-- for them several times (M.group, M.area, M.stance).
local function earliest(key, named_lists)
  return text.earliest(key, named_lists)
end

local function named(tbl, order)
  local out = {}
  for _, name in ipairs(order) do out[#out + 1] = { name, tbl[name] } end
  return out
end
local GROUP_ORDER = { "thuc_trang", "muc_tieu", "giai_phap" }

--- True when the point agrees with the whole draft.
function M.is_blanket(first)
  local verb, at = text.find_first(first, M.AGREE_VERBS)
  if verb then
    local before = text.word_before(first, at - 1) or ""
    local negated = before == "khong" or before == "chua"
    local rest = string.sub(first, at + #verb + 1)
    local whole, wat = text.find_first(rest, M.WHOLE_DRAFT)
    if whole and not negated then
      local only_fillers = true
      for w in string.gmatch(string.sub(rest, 1, wat - 1), "[%w]+") do
        if not M.BLANKET_FILLERS[w] then only_fillers = false break end
      end
      if only_fillers then return true end
    end
  end
  if text.has(first, M.NO_FURTHER_COMMENT) and not text.has(first, M.PART_WORDS) then return true end
  return false
end

-- A year of the past (up to the data cut-off) written in the point: "từ năm 2019", "2023-2024".
local function mentions_past_year(first)
  for pre, y in string.gmatch(" " .. first, "(.)(20%d%d)%f[%D]") do
    if pre ~= "/" and tonumber(y) <= M.LAST_PAST_YEAR then return true end
  end
  return false
end

-- "CT" and "NV" name a catalogue item only before its number ("CT 2.3"); before a word they
-- are abbreviations ("theo CT GDPT 2018" = chương trình, "NV kế toán" = nhân viên).
M.ABBREVIATIONS = { ct = "chuong trinh", nv = "nhan vien" }
-- A code typed without its space ("CT6.07", "NV5.2") is the same code as "CT 6.07": the prefix
-- is split from its number so that it counts as the word "ct"/"nv" that names the draft's part.
M.CODE_PREFIXES = { ct = true, nv = true }
local function spelled_out(key) if not text.has_key_of(key, M.CODE_PREFIXES, M.ABBREVIATIONS) then return key end
  key = string.gsub(key, "%f[%w](%a%a)(%d)", function(ab, d)
    if M.CODE_PREFIXES[ab] then return ab .. " " .. d end
  end)
  return (string.gsub(" " .. key, "(%W)(%a%a)( %a)", function(pre, ab, nxt)
    local full = M.ABBREVIATIONS[ab]
    if full then return pre .. full .. nxt end
  end):sub(2))
end

-- "Đề nghị xây dựng nền tảng ..., mục tiêu đến 2028 có 300 khóa học": after a requested
-- action, "mục tiêu" opens the purpose of that action (a solution), not a target of the plan.
-- "chỉ tiêu" and codes always name a target.
M.PURPOSE_NOT_TARGET = { "muc tieu" }
local function purpose_of_action(first, sword, sat)
  if not text.has(sword, M.PURPOSE_NOT_TARGET) then return false end
  local before = string.sub(first, 1, sat - 1)
  local asks = text.has(before, M.ASK) or M.proposal_by_form(first) ~= nil
  return asks and text.has(before, M.GROUP_WEAK.giai_phap)
end

-- LABELS.md: facts or a purpose given as grounds for a request do not make the group; what is
-- asked does. When a point opens with grounds and then asks ("Trường hiện chỉ đạt 4,1 m²/HS ...
-- Để đạt chuẩn, đề nghị UBND chuyển trụ sở ..."), the part of the draft named in the request
-- decides, or else the words of the request. When the head names a part of the draft ("Chỉ tiêu
-- 6.6 quá cao, đề nghị 94% ... (Phụ lục 4)"), that part is what the request is about.
M.REQUEST = { "de nghi", "de xuat", "kien nghi" }
local function requested_group(first)
  local _, at = text.find_first(first, M.REQUEST)
  if not at or at == 1 or earliest(string.sub(first, 1, at - 1), named(M.GROUP_STRONG, GROUP_ORDER)) then return nil end
  local request = string.sub(first, at)
  local strong, sword = earliest(request, named(M.GROUP_STRONG, GROUP_ORDER))
  if strong then return strong, sword end
  return earliest(request, named(M.GROUP_WEAK, { "muc_tieu", "giai_phap" }))
end

--- The content group, from the first point `first` (folded) and the location column.
function M.group(c, first, refs_loc)
  first = spelled_out(first)
  if M.is_blanket(first) then return "khac", "đồng ý chung với toàn bộ dự thảo" end
  -- The ref and location columns name the catalogue item the row belongs to.
  if refs_loc[1] then
    if string.sub(refs_loc[1], 1, 2) == "CT" then return "muc_tieu", "vị trí: chỉ tiêu " .. refs_loc[1] end
    return "giai_phap", "vị trí: nhiệm vụ " .. refs_loc[1]
  end
  local strong, sword, sat = earliest(first, named(M.GROUP_STRONG, GROUP_ORDER))
  local pword, pat = text.find_first(first, M.WORKSHOP)
  local fword, fat = text.find_first(first, M.FORM_AND_DRAFTING)
  local oword, oat = text.find_first(first, M.OFF_TOPIC)
  -- the topic a request names ("đề nghị bổ sung phụ cấp ..., thời hạn tối thiểu 3 năm" asks
  -- for pay, and the term is no deadline of the consultation)
  local _, rat = text.find_first(first, M.REQUEST)
  local _, _, tat = earliest(rat and string.sub(first, rat) or "", M.AREAS)
  tat = tat and tat + rat - 1
  for _, p in ipairs({ { pword, pat }, { fword, fat }, { oword, oat } }) do
    -- a procedural word counts when it comes before any part of the draft or requested topic is named
    if p[1] and (not sat or p[2] < sat) and (not tat or p[2] < tat) then return "khac", "ý kiến về thủ tục, biểu mẫu, hội thảo (“" .. p[1] .. "”)" end
  end
  local loc = gopy.match_key(c.location)
  if loc ~= "" then
    if text.has(loc, { "thuc trang", "phan thu hai", "phan 2", "phan ii", "phu luc" }) then return "thuc_trang", "vị trí: phần thực trạng" end
    if text.has(loc, { "muc tieu", "chi tieu", "muc iii" }) then return "muc_tieu", "vị trí: phần mục tiêu, chỉ tiêu" end
    if text.has(loc, { "nhiem vu", "giai phap", "muc iv" }) then return "giai_phap", "vị trí: phần nhiệm vụ, giải pháp" end
  end
  local asked, aword = requested_group(first)
  if asked then return asked, "đề nghị sau phần lý do (“" .. aword .. "”)" end
  if strong == "muc_tieu" and purpose_of_action(first, sword, sat) then
    return "giai_phap", "“mục tiêu” là đích của việc đề nghị làm trước nó"
  end
  if strong then return strong, "nói về " .. ({ thuc_trang = "thực trạng", muc_tieu = "chỉ tiêu", giai_phap = "nhiệm vụ, giải pháp" })[strong] .. " (“" .. sword .. "”)" end
  local asks = text.has(first, M.ASK) or M.proposal_by_form(first) ~= nil
  if not asks then
    local w = text.find(first, M.PRESENT)
    if w then return "thuc_trang", "mô tả hiện trạng (“" .. w .. "”), không đề nghị gì" end
    if mentions_past_year(first) then return "thuc_trang", "nêu số liệu các năm đã qua, không đề nghị gì" end
  end
  local weak, wword = earliest(first, named(M.GROUP_WEAK, { "muc_tieu", "giai_phap" }))
  if weak then return weak, (weak == "muc_tieu" and "nói về mức, tỷ lệ (“" or "nêu việc cần làm (“") .. wword .. "”)" end
  if asks then return "giai_phap", "đề nghị một việc làm" end
  return "khac", "không thuộc ba nhóm nội dung"
end

-- 2. Area (LABELS.md "area") ------------------------------------------------------------------
-- The topic is the area whose keyword comes first in the first point. Order inside the list
-- only matters for keywords that start at the same place.
M.AREAS = {
  { "tai_chinh", {
    "kinh phi", "ngan sach", "hoc phi", "tu chu", "tu chu tai chinh", "nguon von", "von dau tu", "chi phi",
    "xa hoi hoa", "tai chinh", "dinh muc chi", "chi thuong xuyen", "nguon thu", "khoan thu", "thu chi",
    "dong gop", "tai tro", "mien giam", "mien, giam", "mien hoc phi", "giam hoc phi", "hoc bong", "chi tra",
    "tro cap", "ho tro tien", "tien an", "ho tro kinh phi", "quy ho tro", "ty dong", "trieu dong",
  } },
  { "chuyen_doi_so", {
    "chuyen doi so", "phan mem", "du lieu", "co so du lieu", "ky so", "chu ky so", "hoc ba so", "hoc ba dien tu",
    "so diem dien tu", "dien tu", "truc tuyen", "thi tren may", "tren may tinh", "hoc lieu so", "hoc lieu mo", "lms",
    "cai cach hanh chinh", "thu tuc hanh chinh", "dich vu cong", "so hoa", "ung dung cntt", "ung dung cong nghe",
    "cong nghe thong tin", "cntt", "nang luc so", "internet", "wifi", "cap quang", "duong truyen", "ha tang so",
    "thiet bi so", "tri tue nhan tao", "van bang so", "ngan hang cau hoi",
  } },
  { "dat_dai", {
    "dat dai", "quy dat", "dien tich dat", "thieu dat", "dat xay dung", "dat giao duc", "cap dat", "giao dat",
    "su dung dat", "dat cong", "giai phong mat bang", "mat bang", "giay chung nhan quyen su dung", "so do",
    "chuyen giao tru so", "tru so", "m2/hs", "m2/tre", "m2 / hs", "m2/hoc sinh", "khu dat", "dat bo sung",
    "khuon vien", "thu hoi dat", "chuyen dat", "tai san cong", "nha dat", "thue dat", "dien tich", "dat lien ke",
    "them dat", "m2 dat",
  } },
  { "phong_hoc", {
    "phong hoc", "phong chuc nang", "phong bo mon", "phong may", "phong may tinh", "phong thi nghiem",
    "phong tin hoc", "phong ngoai ngu", "phong am nhac", "phong my thuat", "phong giao duc the chat",
    "phong tu van", "phong y te", "thu vien", "dien tich phong", "dien tich san", "ky tuc xa", "nha ban tru", "ban tru", "nha o cong vu",
    "thiet bi", "trang thiet bi", "do dung", "do choi", "may chieu", "may tinh", "camera", "kien co hoa",
    "kien co", "ban kien co", "co so vat chat", "nha da nang", "nha thi dau", "nha tap", "nha hieu bo",
    "nha ve sinh", "khu ve sinh", "cong trinh ve sinh", "bep an", "nha an", "be boi", "san truong", "san choi",
    "bai tap", "san the thao", "xuong thuc hanh", "hang rao", "xuong cap",
  } },
  { "doi_ngu", {
    "giao vien", "giang vien", "nha giao", "doi ngu", "can bo quan ly", "cbql", "hieu truong", "nhan vien",
    "bien che", "dinh muc giao vien", "tuyen dung", "tuyen giao vien", "boi duong", "dao tao giao vien",
    "nang chuan", "trinh do", "tien si", "thac si", "tien luong", "luong co ban", "che do luong", "luong thap",
    "phu cap", "dai ngo", "giu chan", "luan chuyen", "dieu dong", "biet phai", "thinh giang", "nghi huu",
    "thieu gv", "gv",
  } },
  { "chat_luong", {
    "chuan quoc gia", "kiem dinh", "kiem dinh chat luong", "thi tot nghiep", "tot nghiep", "ky thi", "diem thi",
    "xep hang", "top", "hoan thanh chuong trinh", "dinh duong", "suy dinh duong", "an toan thuc pham",
    "y te truong hoc", "boi", "biet boi", "day boi", "hoc boi", "pho cap boi", "boi an toan", "ve boi", "boi loi",
    "hoc sinh gioi", "nang khieu", "truong chuyen", "boi duong hoc sinh", "chat luong", "ket qua hoc tap",
    "doanh nghiep", "lien ket dao tao", "viec lam", "ngoai ngu", "tieng anh", "ielts", "chuong trinh giao duc",
    "chuong trinh gdpt", "stem", "ky nang song", "giao duc ky nang", "doc sach", "van hoa doc", "the chat",
    "giao duc the chat", "hoat dong trai nghiem", "dao duc", "tam ly hoc duong", "an toan giao thong",
  } },
  { "quy_mo_mang_luoi", {
    "quy mo", "mang luoi", "truong moi", "xay truong", "xay moi truong", "xay dung truong", "thanh lap truong",
    "sap nhap", "sap xep lai", "sap xep truong", "sap xep co so", "diem truong", "diem le", "lien cap",
    "si so", "hs/lop", "hoc sinh/lop", "tre/lop", "sinh vien/van dan", "tuyen sinh", "phan luong",
    "huong nghiep", "sau tot nghiep", "qua tai", "khong du cho", "du cho", "huy dong", "ra lop",
    "lao dong qua dao tao", "hoc tap suot doi", "xa hoi hoc tap", "hoc tap cong dong", "dan so",
    "mat do dan cu", "trong do tuoi", "do tuoi", "ngoai cong lap", "tu thuc", "dan lap", "nhom tre", "nhom lop",
    "so sinh vien", "pho cap", "phan tuyen",
  } },
}

-- Catalogue groups' topics (LABELS.md "Catalogue groups in the sample"). Where a group covers
-- two areas, the first is the default and a keyword of the second in the point chooses it
-- (group 3 is land AND rooms; vocational education links with enterprises are quality).
M.CATALOGUE_AREAS = {
  CT1 = { "quy_mo_mang_luoi" }, CT2 = { "doi_ngu" }, CT3 = { "phong_hoc", "dat_dai" }, CT4 = { "chat_luong" },
  CT5 = { "chuyen_doi_so" }, CT6 = { "quy_mo_mang_luoi", "chat_luong" },
  NV1 = { "quy_mo_mang_luoi" }, NV2 = { "doi_ngu" }, NV3 = { "phong_hoc", "dat_dai" }, NV4 = { "chat_luong" },
  NV5 = { "chuyen_doi_so" }, NV6 = { "tai_chinh" }, NV7 = { "quy_mo_mang_luoi", "chat_luong" }, NV8 = { "chat_luong" },
}
-- An appendix named in a row without a topic word gives its area.
M.APPENDIX_AREA = { ["phu luc 1"] = "quy_mo_mang_luoi", ["phu luc 2"] = "doi_ngu", ["phu luc 3"] = "phong_hoc", ["phu luc 4"] = "chat_luong" }

local AREA_WORDS = {}
for _, entry in ipairs(M.AREAS) do AREA_WORDS[entry[1]] = entry[2] end

-- "Về tài chính: ..." / "Ý kiến về thực trạng chuyển đổi số: ...": a heading names the topic.
local function heading(first)
  local head = string.match(first, "^([^:]+):")
  if head and #head <= 80 and text.has(head, { "ve" }) then return head end
  return nil
end

--- The area of the first point.
function M.area(group, first, stance, refs_first, is_question)
  local money = AREA_WORDS.tai_chinh
  if group == "khac" and not text.has(first, money) then return nil, "không có chủ đề riêng" end
  -- LABELS.md: a remark or question whose point is money is about finance, whatever it is for.
  -- A question about money anywhere; a remark when money is what it speaks of first.
  if is_question then
    local w = text.find_first(first, money)
    if w then return "tai_chinh", "câu hỏi về tiền (“" .. w .. "”)" end
  elseif stance == "khac" or stance == "khong_dong_y" then
    local name, w = earliest(first, M.AREAS)
    if name == "tai_chinh" then return "tai_chinh", "nhận xét về tiền (“" .. w .. "”)" end
  end
  local head = heading(first)
  if head then
    local name, w = earliest(head, M.AREAS)
    if name then return name, "tiêu đề nêu chủ đề (“" .. w .. "”)" end
  end
  -- For a target or a task, the topic is that of the catalogue item.
  local ref = refs_first[1]
  local candidates = ref and M.CATALOGUE_AREAS[string.sub(ref, 1, 3)]
  if candidates then
    local lists = {}
    for _, name in ipairs(candidates) do lists[#lists + 1] = { name, AREA_WORDS[name] } end
    local name, w = earliest(first, lists)
    if name then return name, "chủ đề của " .. ref .. " (“" .. w .. "”)" end
    return candidates[1], "chủ đề của nhóm " .. string.sub(ref, 1, 3)
  end
  local name, w = earliest(first, M.AREAS)
  if name then return name, "từ khóa “" .. w .. "”" end
  for app, area in pairs(M.APPENDIX_AREA) do
    if text.has(first, { app }) then return area, "số liệu của " .. app end
  end
  return nil, "không có chủ đề riêng"
end

-- 3. Stance (LABELS.md "stance") -------------------------------------------------------------
-- The cue that comes first in the point decides. Negations are written out ("khong dong y"),
-- and being longer they win over the word they contain.
M.STANCES = {
  { "dong_y", {
    "nhat tri", "thong nhat", "dong y", "dong tinh", "ung ho", "tan thanh", "la phu hop", "rat phu hop",
    "la hop ly", "hop ly", "giu nguyen", "nen giu", "de nghi giu", "can giu", "then chot", "trong tam",
    "dot pha", "dung voi thuc te", "phan anh dung", "sat voi thuc te", "la can thiet", "rat can thiet",
    "khong co y kien khac", "khong co y kien", "khong bo sung", "khong co gop y", "khong co kien nghi",
    "la kha thi", "van kha thi", "hoan toan kha thi", "phu hop", "chinh xac", "da khop", "khop voi",
    "dung tinh hinh", "da day du", "neu day du",
  } },
  { "khong_dong_y", {
    "khong dong y", "khong nhat tri", "khong thong nhat", "chua dong y", "khong tan thanh", "khong ung ho",
    "chua nhat tri", "chua thong nhat", "chua dong tinh", "khong dong tinh", "chua tan thanh", "chua ung ho",
    "khong dung", "chua dung", "chua sat", "khong phan anh dung", "chua phan anh dung", "khong sat", "khong thuc te", "chua thuc te",
    "qua cao", "qua thap", "con cao", "con thap", "qua gap", "chua kha thi", "khong kha thi", "kho kha thi",
    "kho dat", "chua phu hop", "khong phu hop", "chua hop ly", "khong hop ly", "ngoai kha nang",
    "khong chinh xac", "chua chinh xac", "khong khop", "chua khop", "la kho", "kho thuc hien", "kho hoan thanh",
    "la cao", "la thap", "bo di", "loai bo", "de nghi bo", "nen bo", "xoa bo", "khong dua", "khong nen",
    -- a request not to do something ("Đề nghị không sáp nhập ...")
    "de nghi khong", "de xuat khong", "kien nghi khong", "de nghi chua",
  } },
  { "bo_sung", {
    "bo sung", "bo xung", "them", "dua vao", "dua them", "can co them", "can co", "nen co", "de nghi co",
    "xay dung moi", "lap moi", "nhiem vu moi", "giai phap moi", "chi tieu moi", "thanh lap",
  } },
  { "sua_doi", {
    "dieu chinh", "sua", "sua doi", "sua lai", "chinh sua", "nang len", "nang chi tieu", "nang muc", "nang ty le",
    "nang dinh muc", "de nghi nang", "ha xuong", "ha chi tieu", "ha muc", "ha ty le", "de nghi ha", "nen ha",
    "giam xuong", "de nghi giam", "nen giam", "tang len", "tang chi tieu", "de nghi tang", "nen tang",
    "thay", "thay the", "thay vi", "doi thanh", "doi sang", "chuyen thanh", "ghi lai", "viet lai", "lui",
    "lui sang", "dua ve", "cap nhat", "uu tien", "rut gon", "tach", "gop lai", "gop chung", "xem xet lai", "xem lai", "danh gia lai",
    "tinh lai", "ra soat lai", "dua len", "dua xuong", "keo dai", "rut ngan",
  } },
  -- "cần cụ thể hơn"-type remarks on the drafting (LABELS.md: khac)
  { "khac", { "cu the hon", "ro hon", "lam ro", "ghi ro", "noi ro", "giao ro", "chua ro", "con chung", "chung chung" } },
}
-- Judgements that are a refusal only when no change is asked for (LABELS.md).
M.JUDGEMENTS = {
  ["qua cao"] = true, ["qua thap"] = true, ["con cao"] = true, ["con thap"] = true, ["qua gap"] = true,
  ["chua kha thi"] = true, ["khong kha thi"] = true, ["kho kha thi"] = true, ["kho dat"] = true,
  ["chua phu hop"] = true, ["khong phu hop"] = true, ["chua hop ly"] = true, ["khong hop ly"] = true,
  ["khong dung"] = true, ["chua dung"] = true, ["chua sat"] = true, ["khong sat"] = true,
  ["khong thuc te"] = true, ["chua thuc te"] = true, ["khong chinh xac"] = true, ["chua chinh xac"] = true,
  ["la kho"] = true, ["kho thuc hien"] = true, ["kho hoan thanh"] = true, ["la cao"] = true, ["la thap"] = true,
}
-- Bare requests: the verb after them did not say add, change or remove. With a catalogue item
-- named they change it, otherwise they ask for something new.
M.BARE_ASK = { "de nghi", "de xuat", "kien nghi", "xin", "mong", "can", "nen" }

-- "giữ 100% nhưng lùi mốc đến 2032": agreement with the value and then a concrete change of
-- the deadline or the conditions of that indicator is a change (LABELS.md sua_doi); with no
-- concrete change after it ("đồng ý nhưng cần quan tâm") it stays agreement.
M.CONTRAST = { "nhung", "song", "tuy nhien" }
-- What makes the change after the contrast concrete: a figure or year (checked apart), or these.
M.CONCRETE_CHANGE = { "dieu kien", "moc", "lo trinh", "thoi han", "thoi gian" }
-- A target's own columns that, filled in, attach a deadline or conditions to it.
M.NEW_INDICATOR = { "chi tieu moi", "them chi tieu", "bo sung chi tieu" }

local STANCE_WORDS = {}
for _, entry in ipairs(M.STANCES) do STANCE_WORDS[entry[1]] = entry[2] end

local function change_words()
  local out = {}
  for _, w in ipairs(STANCE_WORDS.sua_doi) do out[#out + 1] = w end
  for _, w in ipairs(STANCE_WORDS.bo_sung) do out[#out + 1] = w end
  for _, w in ipairs(M.BARE_ASK) do out[#out + 1] = w end
  return out
end
M.CHANGE = change_words()

--- For a target point that keeps or agrees with the value: the reason it still changes the
--- indicator (a concrete change after "nhưng", or a deadline or conditions in the form's own
--- columns), or nil.
function M.kept_but_changed(from, c, kept_at)
  local _, cat = text.find_first(from, M.CONTRAST)
  -- "giữ nguyên, điều kiện thành phố giao đủ biên chế ...": conditions attached after the keep
  local same_point = string.match(string.sub(from, kept_at) .. ". ", "^(.-)[;%.]%s")
  if not cat and M.has_conditions(same_point) then return "giữ giá trị, gắn điều kiện" end
  if cat then
    local after = string.sub(from, cat)
    local asks = text.has(after, M.CHANGE)
    local figure = string.find(after, "%d") ~= nil
    local term = text.has(after, M.CONCRETE_CHANGE)
    -- "nhưng lùi mốc đến 2032", "nhưng thêm điều kiện ...", "nhưng đưa mốc về 2027"
    if ((asks and (figure or term)) or (term and figure)) and not text.has(after, M.NEW_INDICATOR)
      and not text.has(after, STANCE_WORDS.khong_dong_y) then
      return "giữ giá trị nhưng đổi mốc hoặc điều kiện"
    end
  end
  if (c.conditions or "") ~= "" then return "giữ giá trị, thêm điều kiện (cột điều kiện)" end
  for y in string.gmatch(c.timeline or "", "20%d%d") do
    if y ~= "2030" then return "giữ giá trị, đổi mốc (cột thời hạn)" end
  end
  return nil
end

-- What a refusal is replaced with: these words, or a request followed closely by a figure.
M.REPLACEMENT = {
  "sua thanh", "sua lai thanh", "thay bang", "thay the bang", "thay vao do", "doi thanh", "chuyen thanh",
  "chinh thanh", "ghi thanh", "chi nen", "ma nen", "ma chi",
}
M.REPLACEMENT_FIGURE_WORDS = 3

--- True when `after` (what follows a refusal) names the content that replaces it.
function M.replaced(after)
  if text.has(after, M.REPLACEMENT) then return true end
  for _, o in ipairs(text.find_all(after, M.BARE_ASK)) do
    local next_words = string.match(string.sub(after, o.stop + 1), "^%s*(%S+%s*%S*%s*%S*)") or ""
    if string.find(next_words, "%d") and not string.find(next_words, "^%S*%s*20%d%d") then return true end
  end
  return false
end

--- The stance of the first point. `prop` is the first point of the proposal column (folded),
--- `c` the comment, `refs_first` the codes of the first point.
function M.stance(first, prop, c, group, refs_first, blanket)
  if blanket then return "dong_y", "đồng ý với toàn bộ dự thảo" end
  if string.find(first, "?", 1, true) then return "khac", "câu hỏi" end
  local st, w, at = earliest(first, M.STANCES)
  -- "Cụm thống nhất đề nghị nâng ...": an agreement verb that introduces a request is not
  -- agreement; the request after it decides.
  -- "đề nghị Sở hướng dẫn thống nhất một phần mềm": an agreement word inside a request
  -- qualifies what is asked; the request decides.
  local _, rat = text.find_first(first, M.REQUEST)
  if st == "dong_y" and rat and rat < at then st = nil end
  -- "Triển khai phần mềm ..., thu chi không dùng tiền mặt": a point that opens with the action
  -- it asks for is a request; the words after the verb say what is to be done.
  if st and at > 1 and opening_verb(without_marker(first)) then st = nil end
  if st == "dong_y" then
    local after = string.sub(first, at + #w + 1)
    if text.find_first(after, M.BARE_ASK) == 1 or string.find(after, "^%s*de nghi") then
      local st2, w2, at2 = earliest(after, M.STANCES)
      if st2 then st, w, at = st2, w2, at + #w + at2 + 1 else st = nil end
    end
  end
  local from = first
  -- A form's proposal column says what is asked; it speaks before the text, unless the text
  -- says plainly that it disagrees.
  if prop ~= "" and not (st == "khong_dong_y" and not M.JUDGEMENTS[w]) then
    local pst, pw, pat = earliest(prop, M.STANCES)
    if pst then st, w, at, from = pst, pw, pat, prop end
  end
  if not st then
    -- The form's proposal column, or a value in its own column, asks whatever the text says.
    local ask = text.find_first(first, M.BARE_ASK) or M.proposal_by_form(first)
      or (string.find(c.proposed_value, "%d") and "giá trị đề xuất") or (prop ~= "" and "cột đề xuất")
    if group == "muc_tieu" and M.has_conditions(first) then
      return "sua_doi", "gắn điều kiện vào chỉ tiêu"
    end
    if ask then
      -- LABELS.md: a new measure under a task adds to it ("Nhiệm vụ 7.1: đề nghị sáp nhập 3
      -- trường ..."); what is asked of an indicator changes it.
      if refs_first[1] and string.sub(refs_first[1], 1, 2) == "NV" and M.requested_action(first) then
        return "bo_sung", "đề nghị một việc mới trong " .. refs_first[1]
      end
      if refs_first[1] then return "sua_doi", "đề nghị về " .. refs_first[1] .. " đã có" end
      if group == "thuc_trang" then return "sua_doi", "đề nghị sửa phần thực trạng (“" .. ask .. "”)" end
      return "bo_sung", "đề nghị một việc mới (“" .. ask .. "”)"
    end
    return "khac", "nhận xét, không đề nghị gì"
  end
  -- "quá cao / không khả thi" with a requested change is a change, not a refusal.
  if st == "khong_dong_y" and M.JUDGEMENTS[w] then
    local later = string.sub(from, at + #w + 1)
    if text.has(later, M.CHANGE) or c.proposed_value ~= "" or (prop ~= "" and from ~= prop and text.has(prop, M.CHANGE)) then
      return "sua_doi", "“" .. w .. "” kèm đề nghị thay đổi"
    end
  end
  -- "không nên X. Đề nghị sửa thành: Y", "bỏ cụm từ X, thay bằng Y", "Không đồng ý 80%. Đề nghị
  -- 72%": a refusal followed by the concrete replacement asks for a change (LABELS.md sua_doi).
  if st == "khong_dong_y" and M.replaced(string.sub(from, at + #w + 1)) then
    return "sua_doi", "“" .. w .. "” rồi nêu nội dung thay thế"
  end
  -- Adding to an indicator that exists (named by its code) changes that indicator.
  if st == "bo_sung" and group == "muc_tieu" and refs_first[1] and string.sub(refs_first[1], 1, 2) == "CT"
    and not text.has(from, { "chi tieu moi", "them chi tieu", "bo sung chi tieu" }) then
    return "sua_doi", "thêm yêu cầu vào chỉ tiêu " .. refs_first[1] .. " đã có"
  end
  if st == "dong_y" and group == "muc_tieu" then
    local why = M.kept_but_changed(from, c, at + #w)
    if why then return "sua_doi", why end
  end
  -- "đề nghị nhiệm vụ 6.5 ghi rõ đơn giá ... không thấp hơn 18 tr.đ/SV": the wording to be
  -- written is spelled out (a figure, the body that acts, a named instrument), so the text is
  -- changed (LABELS.md sua_doi), not only found vague.
  if st == "khac" and refs_first[1] then
    local wording = string.sub(from, at + #w + 1)
    local _, bat = text.find_first(wording, M.AUTHORITIES)
    local _, iat = text.find_first(wording, M.INSTRUMENTS)
    if #text.data_numbers(wording, refs_first) > 0 or bat == 1 or iat == 1 then
      return "sua_doi", "“" .. w .. "” kèm nội dung cần ghi"
    end
  end
  -- "ghi rõ các điều kiện này": conditions attached to an indicator are a change (LABELS.md).
  if st == "khac" and text.has(from, { "dieu kien" }) then
    return "sua_doi", "đề nghị ghi điều kiện vào chỉ tiêu"
  end
  return st, "từ khóa “" .. w .. "”"
end

-- 4. Data and evidence (LABELS.md "has_data", "has_evidence").
-- Sources that are evidence wherever they are cited.
M.EVIDENCE = {
  "khao sat", "dieu tra", "tong dieu tra", "thanh tra", "kiem ke", "so lieu thong ke", "thong ke", "bao cao",
  "minh chung", "tai lieu kem theo", "ho so kem theo", "ban sao", "giay chung nhan", "so sach",
  "bien ban kiem tra", "bien ban kiem dinh", "bien ban kiem ke", "bien ban nghiem thu", "ket qua kiem tra",
  "ket qua kiem dinh", "ket qua khao sat", "ket qua dieu tra", "ket qua thanh tra", "ket qua tuyen sinh",
  "ket qua thi", "theo ket qua", "theo phu luc", "(phu luc", "theo quy hoach", "quy hoach duoc duyet",
}
-- Legal and administrative documents: evidence when cited, not when the row proposes to make one
-- (LABELS.md), i.e. not right after a verb of making.
M.DOCUMENTS = {
  "luat", "nghi quyet", "nghi dinh", "thong tu", "quyet dinh", "cong van", "dieu le", "van ban", "chi thi",
  "ke hoach so", "huong dan so", "thong bao so",
}
M.MAKING = { "ban hanh", "xay dung", "trinh", "soan thao", "de xuat", "tham muu", "co", "lap", "xin" }
-- Columns that say what will be made or done: a document named there is a product, not a source.
M.PRODUCT_COLUMNS = { san_pham = true, viec = true }

--- True (and why) when folded `key` cites a source.
function M.has_evidence(key)
  local word = text.find(key, M.EVIDENCE)
  if word then return true, "dẫn nguồn “" .. word .. "”" end
  local padded = " " .. key .. " "
  for _, doc in ipairs(M.DOCUMENTS) do
    local s = 1
    while true do
      local a, b = string.find(padded, doc, s, true)
      if not a then break end
      local whole = not string.find(string.sub(padded, a - 1, a - 1), "[%w]") and not string.find(string.sub(padded, b + 1, b + 1), "[%w]")
      local prev = string.match(string.sub(padded, 1, a - 1), "(%S+ ?%S*)%s*$") or ""
      local prev1 = string.match(prev, "(%S+)$") or ""
      if whole and not text.has(prev1, M.MAKING) and not text.has(prev, { "ban hanh", "soan thao", "tham muu" }) then
        return true, "dẫn văn bản “" .. doc .. "”"
      end
      s = b
    end
  end
  return false, "không dẫn nguồn"
end

-- 5. The "6 rõ" of a solution proposal (LABELS.md "six_clear").
-- When the form splits the six columns, each element is judged on its own column only (an
-- empty column is a missing element); otherwise on the whole row.

-- viec: verbs of a concrete action. One-syllable verbs that fold like other words ("giao" /
-- giáo viên, "cấp" / cấp học, "mở" / mô hình, "dạy" / đây, "cử" / cũ, "chuyển" / trường chuyên,
-- "giảm" / giám hiệu) are written with the word that follows them.
M.SIX_ACTIONS = {
  "xay", "xay dung", "xay moi", "xay them", "dau tu", "bo tri", "tuyen dung", "xet tuyen", "tuyen them",
  "tuyen giao vien", "tuyen bo sung", "dao tao", "boi duong", "tap huan", "ban hanh", "to chuc", "trien khai", "sua chua",
  "cai tao", "mua sam", "trang bi", "lap dat", "thanh lap", "sap xep", "sap nhap", "chuyen doi", "chuyen giao",
  "chuyen sang", "chuyen dat", "chuyen tru so", "ra soat", "cap phat", "cap bu", "cap kinh phi", "cap bo sung",
  "cap phep", "cap giay", "cap tai khoan", "tuyen du", "ho tro", "mo them", "mo rong", "mo lop", "mo nganh", "nang cap", "phan bo",
  "kien co hoa", "mien giam", "mien, giam", "mien hoc phi", "giam hoc phi", "giam si so", "chi tra", "thu hut",
  "van dong", "cong khai", "phan tuyen", "cu giao vien", "cu giang vien", "cu can bo", "dieu chuyen",
  "luan chuyen", "biet phai", "dieu dong", "ky ket", "ky thoa thuan", "lien ket", "day lien ket", "day hoc", "day them",
  "kiem tra", "giam sat", "so hoa", "ung dung", "su dung", "dung phan mem", "dung he thong", "cho phep", "hop dong", "thue", "cho thue",
  "giao cho", "giao bien che", "giao chi tieu", "giao nhiem vu", "giao quyen", "lap", "thiet lap", "ket noi",
  "cung cap", "phat trien", "thi diem", "nhan rong", "khen thuong", "thu hoi", "giai phong mat bang",
  -- adding, raising or cutting a named thing ("bổ sung" alone asks for a task, it is not one)
  "bo sung bien che", "bo sung giao vien", "bo sung nhan vien", "bo sung kinh phi", "bo sung thiet bi",
  "bo sung phong", "bo sung quy dat", "bo sung dinh muc", "tang bien che", "tang dinh muc", "tang muc",
  "tang phu cap", "tang thoi luong", "tang so tiet", "giam dinh muc", "giam so tiet", "giam tiet",
  -- documents: drafting, issuing, amending
  "bien soan", "soan thao", "sua doi", "bai bo", "thay bang", "tham muu", "phe duyet", "tham dinh", "trinh hdnd", "trinh ubnd",
  "cap nhat", "tich hop", "chuan hoa",
  -- land, buildings, equipment
  "quy hoach quy dat", "quy hoach dat", "quy hoach lai", "quy hoach khu", "danh quy dat", "danh dat", "giao dat", "cap dat",
  "ban giao", "tiep nhan", "cho muon", "di doi", "chuyen khu dat", "khoi cong", "thay the", "thay moi", "bao tri", "bao duong",
  "lam moi", "lam them", "xoa bo", "xoa phong", "dau thau",
  -- lines run to a place ("kéo cáp quang cho 100% điểm trường lẻ"); "kéo dài" is no action
  "keo cap", "keo cap quang", "keo duong truyen", "keo mang", "keo duong day", "keo dien",
  -- institutions and staff
  "tach truong", "tach diem truong", "hop nhat", "giai the", "tam dung", "dung sap nhap", "giu nguyen",
  "bo nhiem", "ky hop dong", "dat hang", "phan cap", "uy quyen", "trao quyen", "hop tac",
  -- learners
  "tuyen sinh them", "cap hoc bong", "trao hoc bong", "tro cap", "dua don", "tu van", "tuyen truyen", "pho bien",
  "ap dung", "cap chung chi", "cap chu ky so", "cap may tinh", "cap thiet bi", "cap sach", "cap dong phuc", "cap mien phi",
  "day ky nang", "mo phan hieu", "bo sung gv", "tuyen gv", "tuyen dung gv",
  -- data exchanged between named systems
  "lien thong du lieu", "lien thong co so du lieu", "ket noi du lieu", "dong bo du lieu", "chia se du lieu",
  "chia se co so du lieu", "chia se thu vien", "chia se hoc lieu",
  -- publishing a named thing
  "phat hanh",
}
-- A proposal that names no action: "giải pháp mạnh hơn", "có cơ chế phù hợp" (LABELS.md).
-- The clause that follows such words is set aside before the action is looked for.
M.VAGUE_ACTION = {
  "giai phap manh hon", "giai phap manh", "giai phap quyet liet", "giai phap hieu qua", "giai phap phu hop",
  "giai phap thiet thuc", "giai phap cu the", "co che phu hop", "chinh sach phu hop", "co co che", "co chinh sach",
  "quan tam hon", "quan tam", "tang cuong", "day manh", "chu trong", "chu y",
  "bien phap manh", "bien phap phu hop", "bien phap cu the", "giai phap dong bo", "giai phap tong the",
  "giai phap toan dien", "giai phap kha thi", "dau tu thoa dang", "dau tu hon nua", "dau tu nhieu hon",
  "quan tam dau tu", "tao moi dieu kien", "nang cao chat luong", "nang cao hieu qua", "doi moi",
}
-- Activities that are a concrete action when moved online ("tuyển sinh lớp 10 trực tuyến").
M.ONLINE_ACTIVITIES = { "tuyen sinh", "thu tuc", "nop ho so", "dang ky", "xac thuc", "thanh toan" }
-- Actions too broad to be the named activity a vague verb asks for ("chính sách hỗ trợ GV").
M.VAGUE_OBJECT = { ["ho tro"] = true, ["phat trien"] = true }
-- Objects that are abstractions, not named things: "bồi dưỡng đội ngũ", "ứng dụng CNTT".
M.ABSTRACT_OBJECT = {
  "doi ngu", "chat luong", "hieu qua", "cong tac", "cong nghe thong tin", "cntt", "nang luc", "phong trao",
}
-- The vague clause ends at ".", ";", ":" or where the concrete way is spelled out.
M.VAGUE_STOP = { "bang cach", "thong qua", "cu the la", "cu the", "trong do", "nhu" }

-- muc_tieu: words that open a purpose ("để", "nhằm" ...) or name the result sought ("góp phần
-- giảm ...", "khắc phục tình trạng ..."). "để" is guarded against "đề nghị", "đề xuất", "đề án",
-- "vấn đề", "chuyên đề", "dễ dàng" (the same letters once folded): see PURPOSE_NOT_NEXT/PREV.
M.PURPOSE = {
  "nham", "de", "muc tieu", "muc dich", "giup", "tao dieu kien", "huong toi", "huong den", "phan dau",
  "gop phan", "sao cho", "de cho", "qua do", "tu do", "ket qua la", "ket qua mong doi", "ky vong", "khong de",
  "giai quyet tinh trang", "khac phuc tinh trang", "cham dut tinh trang", "tranh tinh trang", "giam tinh trang",
  "han che tinh trang", "khong con tinh trang",
}
M.PURPOSE_NOT_NEXT = {
  nghi = true, xuat = true, an = true, ra = true, cap = true, thi = true, tai = true, muc = true, bai = true,
  cuong = true, nghiep = true, dang = true,
}
M.PURPOSE_NOT_PREV = { van = true, chuyen = true, chu = true, tieu = true, nhan = true, ra = true, hang = true, giai = true, bo = true }
-- "bảo đảm", "đáp ứng" open a purpose only at the head of a clause ("..., bảo đảm mỗi lớp một
-- phòng"); after a noun they say who pays ("ngân sách bảo đảm chi thường xuyên").
M.PURPOSE_CLAUSE_HEAD = { "bao dam", "dam bao", "dap ung", "phuc vu" }
-- Purpose words that fold like names or other words, told apart by the word before or after:
-- "lao động tự do" is not "từ đó"; "Chương trình mục tiêu quốc gia" is a fund, not a purpose;
-- "để cập nhật" is a purpose though "đề cập" is not (M.PURPOSE_NEXT2_OK lifts the "de" guard).
M.PURPOSE_GUARDS = {
  ["tu do"] = { prev = { dong = true, canh = true, hoat = true, nghe = true }, next = { hoa = true } },
  ["muc tieu"] = { prev = { trinh = true }, next = { quoc = true } },
}
M.PURPOSE_NEXT2_OK = { ["cap nhat"] = true }
-- "mục tiêu" boilerplate that says nothing about what changes. It counts as no purpose when the
-- purpose clause starts with it (after small words such as "góp phần", "từng bước") and names
-- no figure and no change (M.CHANGE_RESULT).
M.BOILERPLATE_GOAL = {
  "nang cao chat luong", "dap ung yeu cau", "phu hop thuc tien", "phu hop voi thuc tien", "dap ung nhu cau",
  "phat trien giao duc", "nang cao hieu qua", "bao dam chat luong", "dam bao chat luong", "bao dam yeu cau",
  "dam bao yeu cau", "dap ung tot", "thuc hien tot", "thuc hien thang loi", "thuc hien hieu qua",
  "thuc hien muc tieu", "hoan thanh muc tieu", "hoan thanh nhiem vu", "dat muc tieu", "dat chi tieu",
  "phu hop", "tao dieu kien thuan loi", "doi moi can ban", "phat trien ben vung", "cho phu hop", "sat thuc te",
}
M.GOAL_FILLERS = { "gop phan", "tung buoc", "tiep tuc", "hon nua", "nhanh chong", "kip thoi", "co the", "nham", "de", "muc tieu", "la" }
M.CHANGE_RESULT = {
  "giam", "tang", "khong con", "khong phai", "cham dut", "xoa", "tranh", "han che", "khac phuc", "du cho", "du phong",
  "kip thoi", "100%",
}
-- san_pham (LABELS.md): an identifiable deliverable. It is looked for only where the proposal
-- says what is to be done: in the OBJECT of a requested action, never in the reasons (nor the
-- basis column), the present state, the purpose, who does it, when, or with what money. The
-- procedure (six_san_pham):
--   1. Openers: the concrete actions (M.SIX_ACTIONS), a request to have a thing (M.HAVE), an
--      issuing verb (M.ISSUE), a founding verb (M.FOUND), "sản phẩm là" (M.PRODUCT_NAMED).
--      Each opens an object that runs to the next opener, the next marker of another element
--      (M.OBJECT_END, M.PURPOSE) or the end of the sentence (".", ";", the end of a column).
--      A purpose put before the request ("Để ..., đề nghị ...") ends where the request begins.
--   2. An object names the product when it holds
--      (a) an instrument (M.INSTRUMENTS) not cited as a source, or whatever is issued; an
--          instrument the row asks to add or write out counts without an object (M.ADD_INSTRUMENT);
--      (b) a system or data store (M.SYSTEMS) that the opener makes or deploys (M.MAKE);
--      (c) a counted thing: a number of facilities, equipment, land, people or places ("01",
--          "một", "ít nhất N" included), not of periods, measures, partners (M.NOT_DELIVERED_UNITS),
--          not a ratio, a threshold, or institutions merged away or things only checked or
--          permitted (M.ON_EXISTING); a share of counted things ("100% GV") when something is
--          handed to each (not M.ORGANISE), or put in each place ("tại 100% phòng thi", M.PLACED);
--      (d) anything, after a founding verb or "sản phẩm là" (unless a bare policy or a team of
--          learners, M.NOT_FOUNDED);
--      (e) one identified building or plot handed over (M.HAND_OVER, M.FACILITY_NOUNS).
M.INSTRUMENTS = {
  "quy che", "ke hoach", "nghi quyet", "quyet dinh", "danh muc", "ngan hang cau hoi", "de an", "quy dinh",
  "huong dan", "bo tai lieu", "tai lieu", "so tay", "ban do", "bo tieu chi", "quy ho tro", "khung chuong trinh",
  "chuong trinh dao tao", "bien ban ghi nho", "chung thu so", "lo trinh", "danh sach",
  "nghi dinh", "thong tu", "chi thi", "ngan hang de", "ngan hang de thi", "bo de", "bo tieu chuan", "bo chi so",
  "bo cong cu", "quy trinh", "khung nang luc", "chuong trinh boi duong", "chuong trinh hanh dong",
  "chuong trinh lien ket", "chuong trinh phoi hop", "chuong trinh hop tac", "hoc lieu", "bai giang dien tu",
  "thoa thuan hop tac", "thoa thuan", -- an agreement signed ("ký thỏa thuận đào tạo với 20 doanh nghiệp")
  -- a plan of action ("phải có phương án đưa đón"), only with a verb: "phường An ..." folds alike
  "co phuong an", "lap phuong an", "xay dung phuong an", "phe duyet phuong an", "ban hanh phuong an",
}
-- (A land-use certificate is not among them: it is handed to each school, and counts like a
-- thing delivered, when counted: "cấp giấy chứng nhận cho 4 điểm trường".)
-- The word before a name that makes it a source or a place, not a product.
M.SOURCE_BEFORE = {
  theo = true, tai = true, cua = true, vao = true, trong = true, thuoc = true, nhu = true, dung = true, voi = true,
  vuot = true, qua = true, trai = true, tu = true, ["can cu"] = true,
}
-- Two words that end like a source word but make the thing: "xây dựng" ends in "dựng", which
-- folds like "đúng" ("đúng quy định"): "xây dựng kế hoạch" makes a plan.
M.MAKE_BEFORE = { ["xay dung"] = true, ["bien soan"] = true, ["soan thao"] = true, ["tham muu"] = true }
M.ISSUE = { "ban hanh", "tham muu ban hanh", "phat hanh" }
-- After "ban hành": a bare policy, a time or a manner is no product.
M.NOT_ISSUED = { "chinh sach", "co che", "cac chinh sach", "cac co che", "kip thoi", "nam", "ngay", "tu", "theo", "va", "truoc" }
M.SYSTEMS = {
  "phan mem", "co so du lieu", "csdl", "kho du lieu", "kho hoc lieu", "nen tang", "cong thong tin", "ung dung",
  "website", "khoa hoc truc tuyen", "he thong", "thu vien so",
  -- the digital records LABELS.md names under chuyen_doi_so
  "hoc ba so", "hoc ba dien tu", "so diem dien tu", "chu ky so", "chu ky dien tu",
}
-- The openers that make or deploy what they name (a system counts only after one of these).
M.MAKE = {
  ["xay dung"] = true, ["phat trien"] = true, lap = true, ["thiet lap"] = true, ["trien khai"] = true,
  ["dau tu"] = true, ["mua sam"] = true, ["nang cap"] = true, thue = true, ["cung cap"] = true,
  ["nen co"] = true, ["can co"] = true, ["phai co"] = true,
}
-- A proposal that asks for a thing to exist: "nên có phần mềm dùng chung", "mỗi trường có ít
-- nhất 01 phòng STEM".
M.HAVE = { "nen co", "can co", "phai co", "co it nhat", "co toi thieu", "mo it nhat", "mo toi thieu", "hinh thanh" }
-- Whatever these found is a new body or facility, one of it: "thành lập phân hiệu", "thành lập
-- hội đồng liên kết", "thành lập quỹ", "mở phân hiệu".
M.FOUND = { "thanh lap", "thanh lap moi", "thanh lap them", "mo phan hieu", "thanh phan hieu" }
-- A team of learners founded is the learners picked, no body or facility: it counts only when
-- counted ("thành lập đội tuyển học sinh giỏi" names no deliverable).
M.NOT_FOUNDED = { "doi tuyen", "cac doi tuyen" }
-- The comment names its product outright: "Sản phẩm là danh sách ...", "sản phẩm: quy chế ...".
M.PRODUCT_NAMED = { "san pham la", "san pham:", "san pham gom", "san pham cuoi cung la" }
-- Where an object ends: the markers of the other elements (the purpose, M.PURPOSE, too). A time
-- ("vào năm 2027") does not end it: it is often said in the middle ("xây mới trường THCS vào năm
-- 2027 với quy mô 30 lớp"), and a year is no count.
M.OBJECT_END = {
  -- who: "do UBND phường thực hiện", "giao Sở Nội vụ chủ trì"
  "do", "giao", "giao cho", "chu tri", "phoi hop", "chu dau tu", "lam chu dau tu", "phu trach", "thuc hien",
  -- money
  "kinh phi", "nguon", "von", "ngan sach", "tong muc",
  -- reasons, the present, the draft's wording that is replaced
  "vi", "hien", "hien nay", "hien co", "hien tai", "thuc te", "trong khi", "chi co", "moi co", "dang co",
  "chua co", "con", "da", "thay vi", "chu khong",
}
-- One-syllable end markers that fold like other words: the word before or after tells them
-- apart ("đơn vị", "vị trí", "vi chất", "Bạch Long Vĩ", "hiện đại", "thể hiện", "nhà đa năng"); "do" and "giao" end an
-- object only before a body ("do UBND", "giao Sở"), not in "đồ dùng", "giao biên chế".
M.END_GUARDS = {
  vi = { prev = { don = true, pham = true, dia = true, thu = true, hang = true, long = true }, next = { tri = true, mach = true, sinh = true, du = true, chat = true } },
  hien = { prev = { the = true, phat = true, xuat = true }, next = { dai = true } },
  da = { next = { nang = true, dang = true, so = true, phuong = true, khoa = true, muc = true } },
  de = { prev = M.PURPOSE_NOT_PREV, next = M.PURPOSE_NOT_NEXT },
  ["do"] = { body_next = true },
  giao = { body_next = true },
}
-- Units that are not things delivered: periods, ages, cycles, terms of office, measures of time or
-- distance, money, scores and prizes, meetings, partners ("10 doanh nghiệp"). Land (m², ha) is
-- delivered when the task allots it.
M.NOT_DELIVERED_UNITS = {
  nam = true, thang = true, ngay = true, tuan = true, tuoi = true, quy = true, gio = true, tiet = true, phut = true,
  buoi = true, lan = true, dot = true, ky = true, nhiem = true, chu = true, km = true, m = true, mbps = true,
  ty = true, trieu = true, tr = true, nghin = true, ngan = true, dong = true, giai = true, hoi = true, cuoc = true,
}
-- Partners: a count of bodies after "với" ("ký kết với ít nhất 10 doanh nghiệp", "với 5 trường
-- đại học") is who the work is done with; "với 36 lớp" is the size of what is built.
M.PARTNER_UNITS = { doanh = true, doi = true, truong = true, co = true, don = true, to = true, dai = true, vien = true }
-- One-syllable verbs that fold like other words ("cử"/cũ, "cấp"/cấp học, "mở"/mô hình) are known
-- by the count right after them: "cử 50 giảng viên", "cấp 420 máy chiếu", "giao bổ sung 120 biên chế",
-- "xóa 06 phòng học mượn"; so is "phân công 01 giáo viên" (a person assigned to each school).
M.COUNT_VERBS = {
  cu = true, mo = true, cap = true, tuyen = true, xay = true, them = true, ["bo sung"] = true, ["tang them"] = true,
  ["tuyen du"] = true, ["dao tao"] = true, ["phan cong"] = true, xoa = true,
}
-- The same verbs as actions (six_viec), with "ký" (ký 50 thỏa thuận) and "có ít nhất" (mỗi
-- trường có ít nhất 01 phòng STEM); a minimum word between verb and count is skipped.
M.COUNT_ACTIONS = { ky = true, ["ky ket"] = true, ["giao bo sung"] = true }
for verb in pairs(M.COUNT_VERBS) do M.COUNT_ACTIONS[verb] = true end
M.MINIMUM_BEFORE = { ["toi thieu"] = true, ["it nhat"] = true, khoang = true }
-- "có" names an action only with a minimum ("có ít nhất 01 phòng STEM") or for each of a kind
-- ("mỗi trường THPT có 1 giáo viên chuyên trách"), not in the present ("hiện có 45 lớp", "hiện
-- mỗi trường có 1 nhân viên").
M.HAVE_MINIMUM = { co = true }
-- Numbers after these words are thresholds, not things delivered ("dưới 300 học sinh"). A
-- minimum ("mở ít nhất 4 lớp", "tối thiểu 200 bài giảng") is the size of the delivery itself.
M.THRESHOLD_BEFORE = { duoi = true, tren = true, ["khong qua"] = true, ["toi da"] = true, hon = true, vuot = true, qua = true }
-- Actions on what exists: the number is what is merged away, checked, permitted or kept, not
-- delivered ("sáp nhập 3 trường trung cấp", "rà soát 20 trường", "cho phép dạy ở 2 trường").
-- Merging acts on institutions as bodies, which cease to exist; what it delivers is the named
-- plan or roadmap, if any. Moving or rearranging people and sites is not here: "điều động 15
-- giáo viên sang trường thiếu", "sắp xếp 04 điểm trường lẻ về trường chính" deliver counted
-- people and places where they are needed (LABELS.md: counted facilities or people).
M.ON_EXISTING = {
  ["sap nhap"] = true, ["hop nhat"] = true, ["giai the"] = true, ["ra soat"] = true, ["kiem tra"] = true,
  ["giam sat"] = true, ["tam dung"] = true, ["dung sap nhap"] = true, ["giu nguyen"] = true, ["cho phep"] = true,
}
-- Actions that organise an activity: a share after them ("tổ chức kiểm định cho 100% trường")
-- is who takes part, with nothing delivered to each.
M.ORGANISE = { ["to chuc"] = true, ["trien khai"] = true, ["ap dung"] = true, ["thi diem"] = true }
-- Actions that put a thing in each place: after them a share of counted places after "tại" or
-- "ở" counts the things put there, one in each ("lắp đặt camera tại 100% phòng thi", "trang bị
-- máy chiếu ở 100% phòng học"); after other actions "tại" only says where the work is done.
M.PLACED = {
  ["lap dat"] = true, ["trang bi"] = true, ["mua sam"] = true, ["cung cap"] = true, ["dau tu"] = true, xay = true,
  ["xay dung"] = true, ["xay moi"] = true, ["xay them"] = true, ["bo tri"] = true, ["thay the"] = true,
  ["thay moi"] = true, ["lam moi"] = true, ["cap thiet bi"] = true, ["cap may tinh"] = true,
}
-- tien_do: a time limit. A rotation ("hằng năm", "định kỳ") is none (LABELS.md).
M.DEADLINE_WORDS = {
  "giai doan", "truoc nam", "den nam", "trong nam", "tu nam", "nam hoc", "quy i", "quy ii", "quy iii", "quy iv",
  "quy 1", "quy 2", "quy 3", "quy 4", "hoc ky i", "hoc ky ii", "hoc ky 1", "hoc ky 2", "truoc ngay", "nam toi",
  "nam hoc toi", "ngay", "thang",
}
M.FIRST_FUTURE_YEAR = 2026
-- nguon_luc: named sources of money, or staff/land allocated. "các nguồn lực hợp pháp" names none.
M.FUNDS = {
  "ngan sach", "kinh phi", "nguon von", "von dau tu", "von ngan sach", "von su nghiep", "chi thuong xuyen",
  "nguon chi", "xa hoi hoa", "tai tro", "oda", "von vay", "von doi ung", "quy ho tro", "quy phat trien",
  "quy khuyen hoc", "nguon thu",
}
-- Resources other than money that a proposal allocates (LABELS.md "named resources that are
-- allocated"): a public-private partnership, what enterprises put in. (Land is left out: when
-- the task is to allot land, the land is what is delivered, not the resource.)
M.NAMED_RESOURCES = {
  "ppp", "hinh thuc ppp", "doi tac cong tu", "doanh nghiep dau tu", "doanh nghiep ho tro",
  "ho tro thiet bi", "tai tro thiet bi",
  -- scholarships granted by number are money allocated: "cấp 20 suất học bổng/năm"
  "suat hoc bong",
  -- staff positions a body allots beside the task ("Sở Nội vụ bố trí biên chế"); "giao biên
  -- chế cho 40 giáo viên" is the task itself
  "bo tri bien che",
}
-- Money units the host does not know as money: "500 tr.đ/TS", "18 tr.đ/SV/năm".
M.MONEY_UNITS = { tr = true }
-- When money is the topic (area tai_chinh), money words describe the task itself; then only an
-- amount or a source introduced by "từ"/"bằng" is a resource.
M.FUND_INTRO = { "tu ngan sach", "bang ngan sach", "tu nguon", "bang nguon", "kinh phi tu", "kinh phi lay tu", "von tu" }
-- A money word with the source it names is a resource even without an amount and even when
-- money is the topic (LABELS.md "a funding source"): "vốn xã hội hóa", "nguồn xã hội hóa",
-- "ngân sách thành phố", "vốn ODA", "kinh phí sự nghiệp giáo dục". Built once: head x source.
M.FUND_HEADS = { "ngan sach", "von", "nguon", "nguon von", "kinh phi", "nguon kinh phi", "nguon ngan sach" }
M.FUND_SOURCES = {
  "xa hoi hoa", "thanh pho", "trung uong", "nha nuoc", "dia phuong", "tinh", "oda", "doi ung", "su nghiep",
  "doanh nghiep", "tai tro", "vay", "ngoai ngan sach", "chuong trinh muc tieu", "long ghep",
}
M.FUND_SOURCED = {}
for _, head in ipairs(M.FUND_HEADS) do
  for _, source in ipairs(M.FUND_SOURCES) do M.FUND_SOURCED[#M.FUND_SOURCED + 1] = head .. " " .. source end
end
-- Money a body puts in itself: "chủ cơ sở tự đầu tư", "nhà trường tự bố trí kinh phí".
M.OWN_FUNDS = { "tu dau tu", "tu bo kinh phi", "tu bo von", "tu bo tri kinh phi", "tu chi tra", "tu can doi" }
M.NO_RESOURCE = { "khong phat sinh", "khong can kinh phi", "chua xac dinh", "chua co nguon" }
-- trach_nhiem: who leads or carries it out (LABELS.md: chủ trì, giao, thực hiện, chủ đầu tư).
-- Words that name the role itself count wherever they stand.
M.RESPONSIBLE = {
  "chu tri", "phu trach", "dam nhiem", "dam nhan", "chu dau tu", "trach nhiem", "phoi hop voi", "giao cho",
  "don vi thuc hien", "to chuc thuc hien", "don vi chu tri", "co quan thuc hien",
}
-- A body named by its title is the one responsible unless the row names it as something else:
-- whose a thing is ("trụ sở UBND xã cũ", "lộ trình của UBND TP"), what a unit belongs to ("trực
-- thuộc Sở GDĐT"), who a thing is for or submitted to ("trình UBND thành phố"), or where.
M.BODIES = {
  "ubnd", "uy ban nhan dan", "so gddt", "so giao duc", "so tai chinh", "so noi vu", "so xay dung", "so y te",
  "phong gddt", "phong giao duc", "hdnd", "ban quan ly",
}
M.NOT_AGENT_BEFORE = {
  cua = true, thuoc = true, cho = true, tai = true, theo = true, ve = true, trinh = true, ["tru so"] = true,
  tu = true, ["tham muu"] = true, ["kiem dinh"] = true,
}
-- A body that only hands over a resource or approves is not the one that does the work (LABELS.md
-- "an approver alone"): "UBND thành phố giao 2 ha đất sạch", "UBND phê duyệt".
M.PROVIDE_ONLY = { "giao dat", "giao quy dat", "cap dat", "phe duyet", "cap kinh phi", "bo tri kinh phi", "bo tri von" }
-- The doers named as the subject of the work, at the head of a clause and followed by what they
-- do: "các trường ĐH trên địa bàn đào tạo giáo viên ...", "nhà trường tổ chức thực hiện",
-- "trung tâm GDTX phối hợp các trường THCS tư vấn ...", "công chức văn hóa - xã hội các xã rà soát".
M.SUBJECT_BODIES = {
  "nha truong", "cac truong", "truong", "trung tam", "cac trung tam", "cong chuc", "to chuyen mon", "cac co so",
  "co so", "doanh nghiep", "cac don vi", "don vi",
}
for _, w in ipairs(M.BODIES) do M.SUBJECT_BODIES[#M.SUBJECT_BODIES + 1] = w end
M.AGENT_VERBS = { "thuc hien", "phoi hop", "chu dong", "trich" }
for _, w in ipairs(M.SIX_ACTIONS) do M.AGENT_VERBS[#M.AGENT_VERBS + 1] = w end
-- Verbs folded like part of a name: "công lập", "độc lập", "tự lập" are no "lập".
M.VERB_NOT_PREV = { lap = { cong = true, doc = true, tu = true } }
-- A subject that only pays or gives ("trường nơi đến chi trả phụ cấp", "doanh nghiệp hỗ trợ
-- thiết bị") is a resource, not the responsible body.
M.PAYS_ONLY = { ["chi tra"] = true, ["ho tro"] = true, ["tai tro"] = true, ["cap kinh phi"] = true }
-- Words between the subject and its verb that make it the one asking or receiving, not doing.
M.NOT_DOING = { "de nghi", "de xuat", "kien nghi", "xin", "mong", "duoc", "can", "hien", "chua", "da", "dang" }
-- "giao" + a body assigns a responsibility ("giao UBND các xã", "giao Trạm y tế"); "giao biên
-- chế", "giao tự chủ" do not.
M.BODY_AFTER_GIAO = {
  ubnd = true, so = true, phong = true, truong = true, cac = true, trung = true, tram = true, ban = true, hoi = true,
  nha = true, hieu = true, bo = true, uy = true, cong = true, doan = true,
}

-- Text after removing the clauses that open with a vague phrase.
local function without_vague(key)
  local out = key
  while true do
    local w, at = text.find_first(out, M.VAGUE_ACTION)
    if not w then return out end
    local stop = string.find(out, "[%.;:]", at + 1) or (#out + 1)
    local _, sat = text.find_first(string.sub(out, at + #w + 1), M.VAGUE_STOP)
    if sat and at + #w + sat < stop then stop = at + #w + sat end
    -- a vague verb whose object is a named activity ("tăng cường bồi dưỡng GV ...") asks for
    -- that activity: only the vague verb is set aside
    local object = string.sub(out, at + #w + 1)
    local a, aat = text.find_first(object, M.SIX_ACTIONS)
    if aat == 1 and not M.VAGUE_OBJECT[a] then
      local _, gat = text.find_first(string.sub(object, #a + 2), M.ABSTRACT_OBJECT)
      if gat ~= 1 then stop = at + #w + 1 end
    end
    out = string.sub(out, 1, at - 1) .. string.sub(out, stop)
  end
end

-- The verb among `verbs` (a set) that ends `before`, the text before a count, skipping a minimum
-- word ("ký tối thiểu 50", "có ít nhất 01"), or nil.
local function verb_before_count(before, verbs)
  before = string.match(before, "^(.-)%s*$")
  local two, one = text.last_word(before, true), text.last_word(before)
  local minimum = (M.MINIMUM_BEFORE[two] and two) or (M.MINIMUM_BEFORE[one] and one)
  if minimum then
    before = string.match(string.sub(before, 1, #before - #minimum), "^(.-)%s*$")
    two, one = text.last_word(before, true), text.last_word(before)
  end
  if M.HAVE_MINIMUM[one] and (minimum or (string.find(" " .. before, " moi [^,;:%.]*$") and not string.find(" " .. before, " hien [^,;:%.]*$"))) then
    return one
  end
  return (verbs[two] and two) or (verbs[one] and one) or nil
end

-- The verb of a one-syllable action known by the count after it ("cấp 20 suất học bổng", "ký
-- tối thiểu 50 thỏa thuận", "giao bổ sung 120 biên chế"), or nil: the count is of things, not
-- a period or a share. A minimum between them ("tối thiểu", "ít nhất") is the size of the action.
local function counted_action(key, refs)
  for _, q in ipairs(text.data_numbers(key, refs)) do
    if q.at and not q.percent and q.unit ~= "" and not text.PERIOD_UNITS[q.unit] then
      local verb = verb_before_count(string.sub(key, math.max(1, q.at - 40), q.at - 1), M.COUNT_ACTIONS)
      if verb then return verb .. " " .. q.text end
    end
  end
  return nil
end

-- An activity moved online ("tuyển sinh lớp 10 trực tuyến toàn trình", "thủ tục ... trực tuyến"),
-- or nil: the activity with "trực tuyến" later in its clause.
local function online_activity(key)
  for _, o in ipairs(text.find_all(key, M.ONLINE_ACTIVITIES)) do
    if string.find(string.sub(key, o.stop + 1), "^[^%.;,]-truc tuyen") then return o.word .. " truc tuyen" end
  end
  return nil
end

-- Text without the reasons given for a request ("vì 40% giáo viên chưa được cấp chữ ký số"):
-- an action named as the grounds is not the action asked for. A reason runs to "." or ";".
M.REASON = { "vi", "boi vi", "ly do la" }
-- "thay vì ..." names the wording replaced, not a reason.
M.REASON_NOT_PREV = { thay = true }
local function without_reasons(key)
  local out, from = {}, 1
  for _, o in ipairs(text.find_all(key, M.REASON)) do
    local g = M.END_GUARDS[o.word]
    local prev = text.word_before(key, o.at - 1) or ""
    local nxt = text.word_after(key, o.stop)
    if o.at >= from and not M.REASON_NOT_PREV[prev] and not (g and (g.prev[prev] or g.next[nxt])) then
      out[#out + 1] = string.sub(key, from, o.at - 1)
      from = (string.find(key, "[%.;]", o.stop) or #key) + 1
    end
  end
  out[#out + 1] = string.sub(key, from)
  return table.concat(out, " ")
end

local function six_viec(key, refs)
  local rest = without_reasons(without_vague(key))
  local w = text.find_first(rest, M.SIX_ACTIONS) or counted_action(rest, refs) or online_activity(rest)
  return w ~= nil, w
end

-- True when a purpose clause says nothing about what changes (M.BOILERPLATE_GOAL).
local function boilerplate_goal(clause)
  local rest = clause
  while true do
    local w, at = text.find_first(rest, M.GOAL_FILLERS)
    if not w or at > 2 then break end
    rest = string.sub(rest, at + #w + 1)
  end
  local boiler, bat = text.find_first(rest, M.BOILERPLATE_GOAL)
  if not boiler or bat > 2 then return false end
  if text.has(rest, M.CHANGE_RESULT) then return false end
  -- a figure (not a year) says what changes: "... nâng cao chất lượng, 90% học sinh đạt ..."
  for n in string.gmatch(rest, "%f[%d]%d[%d%.,]*") do
    if not string.find(n, "^20%d%d$") then return false end
  end
  return true
end

-- The purpose opened at `a`..`b` (an occurrence of `w` in `padded`, 1-based in padded), or nil.
local function purpose_at(padded, w, a, b)
  local g = M.PURPOSE_GUARDS[w]
  -- the words around it, read only for the words that have guards
  local nxt = (w == "de" or g) and text.word_after(padded, b, "%S") or ""
  local prev = (w == "de" or g) and text.word_before(padded, a - 1) or ""
  if w == "de" and (M.PURPOSE_NOT_NEXT[nxt] or M.PURPOSE_NOT_PREV[prev]) and not M.PURPOSE_NEXT2_OK[text.words_after(padded, b)] then return nil end
  if g and (g.prev[prev] or g.next[nxt]) then return nil end
  local clause = string.match(string.sub(padded, b + 1), "^%s*([^%.;]*)") or ""
  if boilerplate_goal(clause) then return nil end
  return w
end

local function six_muc_tieu(key)
  key = without_reasons(key)
  local padded = " " .. key .. " "
  for _, o in ipairs(text.find_all(key, M.PURPOSE)) do
    local w = purpose_at(padded, o.word, o.at + 1, o.stop + 1)
    if w then return true, w end
  end
  -- "bảo đảm", "đáp ứng" at the head of a clause
  for _, o in ipairs(text.find_all(key, M.PURPOSE_CLAUSE_HEAD)) do
    if string.find(string.sub(padded, 1, o.at), "[,;:%(%-]%s*$") and purpose_at(padded, "", o.at + 1, o.at) then
      return true, o.word
    end
  end
  return false
end

-- Every marker of an object, with its kind, for one native search: an opener ("open", "issue",
-- "found", "named") starts an object, an "end" or "purpose" marker closes it. The actions named
-- in a purpose ("nhằm đào tạo 500 lao động/năm") are what the work is for, not what it delivers:
-- after a purpose marker no object opens until the sentence ends, or until a request that the
-- purpose was put before ("Để trường đạt chuẩn quốc gia, đề nghị chuyển trụ sở ...").
local OBJECT_MARKERS, OBJECT_KIND = text.kinds({
  { "end", M.OBJECT_END }, { "purpose", M.PURPOSE }, { "purpose", M.PURPOSE_CLAUSE_HEAD }, { "named", M.PRODUCT_NAMED },
  { "issue", M.ISSUE }, { "found", M.FOUND }, { "open", M.HAVE }, { "open", M.SIX_ACTIONS },
})

-- Verbs that, after these nouns, name the kind of thing and open no object: "camera giám sát" is
-- a surveillance camera, the object of "lắp đặt".
-- So do verbs after "nhà", which make them a trade: "nhà cung cấp phần mềm", "nhà đầu tư"; and a
-- reorganisation after "sau" dates what is described ("trụ sở cũ sau sắp xếp đang bỏ trống").
M.OPENER_AS_MODIFIER = {
  ["giam sat"] = { camera = true }, ["cung cap"] = { nha = true }, ["dau tu"] = { nha = true },
  ["sap xep"] = { sau = true }, ["sap nhap"] = { sau = true }, ["hop nhat"] = { sau = true },
}

-- False when the end marker `o` of `key` is another word folded alike (M.END_GUARDS).
local function ends_object(key, o)
  local g = M.END_GUARDS[o.word]
  if not g then return true end
  local prev = text.word_before(key, o.at - 1) or ""
  local nxt = text.word_after(key, o.stop)
  if (g.prev and g.prev[prev]) or (g.next and g.next[nxt]) then return false end
  return not g.body_next or M.BODY_AFTER_GIAO[nxt] == true
end

-- The objects of the requested actions in `key`: { opener, kind, at, from, to }, where `at` is
-- the opener's place and from..to the words after it; `purposes` lists the purposes (at..to). A marker inside brackets ends the object
-- only up to the closing bracket: "tách trường (hiện 48 lớp, 2.100 HS) thành 2 trường".
local function objects(key)
  local out, cur, resume, muted = { purposes = {} }, nil, nil, 0
  local function close(at)
    if not cur then return end
    local stop = text.sentence_end(key, cur.from)
    cur.to = math.min(at - 1, stop and stop - 1 or #key)
    out[#out + 1] = cur
    local object = string.find(key, "(", cur.from, true) and string.sub(key, cur.from, cur.to) or ""
    local opened, shut = select(2, string.gsub(object, "%(", "")), select(2, string.gsub(object, "%)", ""))
    local paren = opened > shut and string.find(key, ")", at, true)
    resume = paren and (not stop or paren < stop) and { opener = cur.opener, kind = cur.kind, at = paren, from = paren + 1 } or nil
    cur = nil
  end
  for _, o in ipairs(text.find_all(key, OBJECT_MARKERS)) do
    if resume and o.at > resume.at then cur, resume = resume, nil end
    local kind = OBJECT_KIND[o.word]
    if kind == "purpose" or kind == "end" then
      if ends_object(key, o) then
        close(o.at)
        if kind == "purpose" then
          muted = text.sentence_end(key, o.stop) or #key
          -- a purpose put before the request ("Để trường đạt chuẩn, đề nghị UBND chuyển ...")
          -- ends where the request begins
          local _, rat = text.find_first(string.sub(key, o.stop + 1, muted), M.REQUEST)
          if rat then muted = o.stop + rat - 1 end
          out.purposes[#out.purposes + 1] = { at = o.at, to = muted }
        end
      end
    elseif o.at > muted and not (M.OPENER_AS_MODIFIER[o.word] and M.OPENER_AS_MODIFIER[o.word][text.word_before(key, o.at - 1) or ""]) then
      close(o.at)
      cur, resume = { opener = o.word, kind = kind, at = o.at, from = o.stop + 1 }, nil
    end
  end
  if resume then cur = resume end
  close(#key + 1)
  return out
end

-- The object that holds position `at`, or nil.
local function object_at(objs, at)
  for _, ob in ipairs(objs) do
    if at >= ob.at and at <= ob.to then return ob end
  end
  return nil
end

-- After a document's number, these words still belong to the citation ("Nghị quyết 29 ngày ...").
M.DOCUMENT_NUMBER_NEXT = { nam = true, ngay = true, cua = true, ve = true, nq = true, qd = true, kh = true, tt = true }

-- True when the name at `a`..`b` of `key` is cited as a source or a place rather than made:
-- "theo Nghị định 105/2020", "tại Kế hoạch số 12", "vào Đề án".
local function cited(key, a, b)
  -- the words before, without the quotes and brackets that open a quoted wording ("sửa thành:
  -- 'Xây dựng Đề án ...'")
  local head = string.gsub(string.sub(key, 1, a - 1), "[\"'%(%[]", " ")
  local prev2 = text.word_before(head, #head, true) or ""
  local prev1 = string.match(prev2, "(%S+)$") or text.word_before(head, #head) or ""
  local rest = string.sub(key, b + 1)
  -- a number with what it counts after it is the size of the list made ("lập danh mục 08 vị
  -- trí", "danh mục 20 nghề ưu tiên"); alone or with a code it numbers a document ("Kế hoạch 12/KH")
  local counted = string.match(rest, "^%s*%d+ (%a+)")
  if string.find(rest, "^%s*so %d") or (string.find(rest, "^%s*%d") and not (counted and not M.DOCUMENT_NUMBER_NEXT[counted])) then
    return true
  end
  -- "theo danh mục dự án do UBND phường lập": named as a source, but made by the proposal
  local clause = string.match(rest, "^([^,%.;:]*)") or ""
  if string.find(" " .. clause .. " ", " do .* lap ") or string.find(" " .. clause .. " ", " do .* ban hanh ") then return false end
  if M.MAKE_BEFORE[prev2] then return false end
  return M.SOURCE_BEFORE[prev1] == true or M.SOURCE_BEFORE[prev2] == true
end

-- The counted nouns a share is of ("100% GV"): those of text.lua and their short forms.
M.SHARE_ABBREVIATIONS = { "gv", "hs", "sv", "cbql", "nha giao", "giang vien", "tre em" }
-- and the exam rooms and sites equipped for exams ("100% phòng thi", "100% điểm thi")
M.SHARE_PLACES = { "phong thi", "diem thi" }
local SHARE_NOUNS = {}
for _, list in ipairs({ text.COUNT_NOUNS, M.SHARE_ABBREVIATIONS, M.SHARE_PLACES }) do
  for _, w in ipairs(list) do SHARE_NOUNS[#SHARE_NOUNS + 1] = w end
end
-- "một trường", "một phòng học": a count of one, written in words.
local ONE_COUNT = {}
for i, noun in ipairs(text.COUNT_NOUNS) do ONE_COUNT[i] = "mot " .. noun end

-- The counted noun right after a percentage ("100% GV", "100% số phòng học"), or nil.
local function percent_of_count(key, q)
  local rest = string.match(string.sub(key, q.at + #q.text), "^%%%s*(.*)$")
  if not rest then return nil end
  rest = string.gsub(rest, "^so ", "")
  rest = string.gsub(rest, "^cac ", "")
  local noun, at = text.find_first(rest, SHARE_NOUNS)
  return at == 1 and noun or nil
end

-- True when the figure `q` (at q.at in `key`) counts things delivered by the object `ob`.
local function delivered(key, q, ob)
  if M.ON_EXISTING[ob.opener] then return false end
  local before = string.match(string.sub(key, math.max(1, q.at - 40), q.at - 1), "^(.-)%s*$")
  if q.percent then
    -- handed to each: right after the action ("bồi dưỡng 100% GV") or after "cho" ("trang bị máy
    -- chiếu cho 100% phòng học"); "tại 100% trường" says where, not what is delivered
    local handed = string.find(" " .. before, " cho$") or string.sub(before, -#ob.opener) == ob.opener
      or (M.PLACED[ob.opener] and (string.find(" " .. before, " tai$") or string.find(" " .. before, " o$")))
    return handed and not M.ORGANISE[ob.opener] and percent_of_count(key, q) ~= nil
  end
  if q.money or q.unit == "" or q.value == 0 or M.NOT_DELIVERED_UNITS[q.unit] then return false end
  if q.unit == "diem" and not string.find(q.unit2 or "", "^diem truong") then return false end -- a score
  -- a ratio or norm ("40 HS/lớp", "5,5 m²/SV"), or a level being changed ("từ 160.000 lên 240.000
  -- đồng", "từ 47 xuống 42"), not a count; a number a year is ("tuyển 200 SV/năm")
  local after = string.sub(key, q.at + #q.text)
  local per = string.match(after, "^%s*%S*/(%a+)") or string.match(after, "^%s*%S+ %S*/(%a+)")
  if (per and not text.PERIOD_UNITS[per]) or string.find(after, "^%s*len%s")
    or string.find(after, "^%s*xuong c?o?n?%s*%d") then return false end
  local last, last2 = string.match(before, "(%S+)$") or "", string.match(before, "(%S+ %S+)$") or ""
  if M.THRESHOLD_BEFORE[last] or M.THRESHOLD_BEFORE[last2] then return false end
  local partner = string.find(" " .. before, " voi$") or string.find(" " .. before, " voi %S+ %S+$")
  return not (partner and M.PARTNER_UNITS[q.unit])
end

-- Counts that text.data_numbers reads as labels because the word before them ends like a label
-- word ("dòng 15", "điểm 10", "năm 20"): after these the number counts what follows it, "điều
-- động 15 giáo viên", "thí điểm 10 trường", "mỗi năm 20 giáo viên".
M.LABEL_LOOKALIKES = { "dieu dong", "thi diem", "moi nam", "hang nam" }
-- What such a count may count: the counted nouns of text.lua and places for people ("suất").
M.LOOKALIKE_UNITS = { suat = true }
for u in pairs(text.COUNT_UNITS) do M.LOOKALIKE_UNITS[u] = true end
local LOOKALIKE_SET = {}
for _, w in ipairs(M.LABEL_LOOKALIKES) do LOOKALIKE_SET[w] = true end

-- The counts of `key` that may be things delivered, by place: the data numbers and the counts
-- after a label look-alike (M.LABEL_LOOKALIKES).
local function counts(key, refs)
  local out = text.data_numbers(key, refs)
  local taken = {}
  for _, q in ipairs(out) do if q.at then taken[q.at] = true end end
  local cursor = 1
  for _, q in ipairs(gopy.numbers(key)) do
    local a = string.find(key, q.text, cursor, true)
    if a then
      cursor = a + #q.text
      local two = text.word_before(key, a - 1, true)
      if not taken[a] and LOOKALIKE_SET[two] and M.LOOKALIKE_UNITS[q.unit] and not q.percent then
        q.at = a
        out[#out + 1] = q
      end
    end
  end
  table.sort(out, function(x, y) return (x.at or 0) < (y.at or 0) end)
  return out
end

-- A request to add a named instrument to the draft, or to write it out, asks for that instrument:
-- "đề nghị bổ sung Kế hoạch sáp nhập ...", "bổ sung vào nhiệm vụ 7.3 chương trình đào tạo ...",
-- "ghi rõ danh mục 19 phòng học tạm". The instrument comes right after these words (or after
-- the task it goes into).
M.ADD_INSTRUMENT = { "bo sung", "bo xung", "ghi ro", "neu ro", "lam ro" }
local ADD_SET = {}
for _, w in ipairs(M.ADD_INSTRUMENT) do ADD_SET[w] = true end
local function added(key, at)
  local before = string.sub(key, 1, at - 1)
  before = string.gsub(before, "%s*:?%s*$", "")
  before = string.gsub(before, " vao %a+ %a+ [%d%.]+$", "")
  before = string.gsub(before, " vao %a+ %a+$", "")
  return ADD_SET[text.last_word(before, true) or ""] == true
end

-- One identified building or plot handed over is one facility delivered: "chuyển trụ sở UBND
-- huyện Tiên Lãng cũ cho Trường Trung cấp Nghề", "bàn giao trụ sở UBND xã cũ cho trường mầm non".
-- The facility is named after a handing-over action (or in it, "chuyển trụ sở"), and named
-- singly: "trụ sở UBND các xã, phường cũ" is no count.
M.HAND_OVER = {
  ["chuyen tru so"] = true, ["chuyen giao"] = true, ["ban giao"] = true, ["chuyen dat"] = true,
  ["chuyen khu dat"] = true, ["cho muon"] = true, ["bo tri"] = true, ["dieu chuyen"] = true,
}
M.FACILITY_NOUNS = { "tru so", "khu dat", "toa nha", "day nha", "khu nha", "khuon vien" }
M.PLURAL = { "cac", "nhung", "mot so", "nhieu" }
-- Where the name of the facility handed over ends: its recipient or its new use.
M.FACILITY_NAME_END = { "cho", "sang", "lam", "de", "ve" }
local function handed_facility(key, ob)
  if not M.HAND_OVER[ob.opener] then return nil end
  local phrase = string.sub(key, ob.at, ob.to)
  local noun, nat = text.find_first(phrase, M.FACILITY_NOUNS)
  -- the facility comes first: right after the action, or inside it
  if not noun or nat > #ob.opener + 2 then return nil end
  local name = string.sub(phrase, nat)
  local _, eat = text.find_first(name, M.FACILITY_NAME_END)
  if eat then name = string.sub(name, 1, eat - 1) end
  if text.has(name, M.PLURAL) then return nil end
  return noun
end

M.NOT_FOUNDED_OR_BARE = { "chinh sach", "co che" }
for _, w in ipairs(M.NOT_FOUNDED) do M.NOT_FOUNDED_OR_BARE[#M.NOT_FOUNDED_OR_BARE + 1] = w end

local function six_san_pham(key, refs)
  local objs = objects(key)
  -- (d) and (a): what a founding, issuing or naming opener is followed by
  for _, ob in ipairs(objs) do
    local object = string.match(string.sub(key, ob.from, ob.to), "^[%s:]*(.-)%s*$")
    if object ~= "" and ob.kind ~= "open" then
      local bare, bat = text.find_first(object, ob.kind == "issue" and M.NOT_ISSUED
        or ob.kind == "found" and M.NOT_FOUNDED_OR_BARE or { "chinh sach", "co che" })
      if not (bare and bat == 1) then return true, ob.opener .. " " .. (string.match(object, "^(%S+ ?%S*)") or "") end
    end
  end
  -- (a) an instrument in an object, or added to the draft outright
  for _, o in ipairs(text.find_all(key, M.INSTRUMENTS)) do
    if (object_at(objs, o.at) or added(key, o.at)) and not cited(key, o.at, o.stop) then return true, o.word end
  end
  -- (b) a system made or deployed
  for _, o in ipairs(text.find_all(key, M.SYSTEMS)) do
    local ob = object_at(objs, o.at)
    if ob and M.MAKE[ob.opener] and not cited(key, o.at, o.stop) then return true, o.word end
  end
  -- (c) counted things
  for _, q in ipairs(counts(key, refs)) do
    local ob = q.at and object_at(objs, q.at)
    local before = q.at and string.sub(key, math.max(1, q.at - 40), q.at - 1) or ""
    local verb = verb_before_count(before, M.COUNT_ACTIONS)
    if not ob and verb and not object_at(objs.purposes, q.at) then ob = { opener = verb } end
    if ob and delivered(key, q, ob) then return true, q.text .. " " .. q.unit end
  end
  for _, ob in ipairs(objs) do
    local facility = handed_facility(key, ob)
    if facility then return true, facility end
    if not M.ON_EXISTING[ob.opener] then
      local object = string.sub(key, ob.from, ob.to)
      -- "khối 12 phòng học": a block of rooms, not grade 12
      local thing = string.match(object, "khoi (%d+ phong %S+)") or (string.find(object, "mot ", 1, true) and text.find_first(object, ONE_COUNT)) or text.word_count(object)
      if thing then return true, thing end
    end
  end
  return false
end

-- A future year written in the text ("năm 2027", "2026-2030", "tháng 5/2026", "quý II/2027"),
-- but not the year of a document number ("105/2020/NĐ-CP", "01/2024/TT-BGDĐT").
local function future_year(key)
  local padded = " " .. key .. " "
  for a, y in string.gmatch(padded, "()(20%d%d)%f[%D]") do
    local n = tonumber(y)
    local before = string.find(padded, "^%s", a - 1) and "" or text.word_before(padded, a - 1)
    local after = string.sub(padded, a + 4, a + 4)
    local doc_number = string.find(before, "%d%d%d/$") or after == "/"
    if n >= M.FIRST_FUTURE_YEAR and n <= 2050 and not doc_number and not string.find(before, "%d$") then return y end
  end
  return nil
end

local function six_tien_do(key)
  local y = future_year(key)
  if y then return true, y end
  local padded = " " .. key .. " "
  for _, w in ipairs(M.DEADLINE_WORDS) do
    local a, b = string.find(padded, " " .. w .. " ", 1, true)
    -- "ngày", "tháng" only with a number: "trước ngày 30/6", "tháng 9"
    if a and ((w ~= "ngay" and w ~= "thang") or string.find(padded, "^%d", b + 1)) then return true, w end
  end
  return false
end

local function six_nguon_luc(key, data, money_topic)
  if text.has(key, M.NO_RESOURCE) then return false end
  for _, q in ipairs(data) do
    if q.money or M.MONEY_UNITS[q.unit] then return true, q.text end
  end
  local w = text.find(key, money_topic and M.FUND_INTRO or M.FUNDS) or text.find(key, M.FUND_SOURCED)
    or text.find(key, M.OWN_FUNDS) or text.find(key, M.NAMED_RESOURCES)
  return w ~= nil, w
end

-- True when the body at `o` of `key` is named as owner, superior, recipient, place or approver.
local function not_agent(key, o)
  local head = string.match(string.sub(key, 1, o.at - 1), "^.*[,;:%.%(](.*)$") or string.sub(key, 1, o.at - 1)
  local words = {}
  for w in string.gmatch(head, "%S+") do words[#words + 1] = w end
  -- "do UBND phường lập": the body that makes it (LABELS.md "do X thực hiện")
  if words[#words] == "do" then return false end
  for i = math.max(1, #words - 5), #words do
    if M.NOT_AGENT_BEFORE[words[i]] or (i > 1 and M.NOT_AGENT_BEFORE[words[i - 1] .. " " .. words[i]]) then return true end
  end
  local clause = string.match(string.sub(key, o.stop + 1), "^([^,;:%.]*)") or ""
  local p, pat = text.find_first(clause, M.PROVIDE_ONLY)
  if not p then pat = string.find(clause, " giao %d") end
  if pat then
    local _, aat = text.find_first(clause, M.AGENT_VERBS)
    if not aat or aat > pat then return true end
  end
  return false
end

-- The doer at the head of a clause with its action in the same sentence, or nil.
local function subject_doer(key)
  for _, o in ipairs(text.find_all(key, M.SUBJECT_BODIES)) do
    local last = string.match(string.sub(key, 1, o.at - 1), "^.*(%S)") -- the last character before it
    if not last or string.find(":;.,", last, 1, true) then
      local rest = string.match(string.sub(key, o.stop + 1), "^([^;%.]*)") or ""
      local verb, vat
      for _, v in ipairs(text.find_all(rest, M.AGENT_VERBS)) do
        local prev = text.word_before(rest, v.at - 1) or ""
        if not (M.VERB_NOT_PREV[v.word] or {})[prev] then verb, vat = v.word, v.at break end
      end
      if verb and not M.PAYS_ONLY[verb] then
        local _, nat = text.find_first(string.sub(rest, 1, vat), M.NOT_DOING)
        if not nat then return o.word .. " " .. verb end
      end
    end
  end
  return nil
end

local function six_trach_nhiem(key)
  local w = text.find(key, M.RESPONSIBLE)
  if w then return true, w end
  local padded = " " .. key .. " "
  for nxt in string.gmatch(padded, " giao (%S+)") do
    if M.BODY_AFTER_GIAO[nxt] then return true, "giao " .. nxt end
  end
  for _, o in ipairs(text.find_all(key, M.BODIES)) do
    if not not_agent(key, o) then return true, o.word end
  end
  local doer = subject_doer(key)
  if doer then return true, doer end
  return false
end

M.SIX_ORDER = { "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem" }

-- The judge of each element on a folded text.
local function six_judge(element, key, data, money_topic, refs)
  if element == "viec" then return six_viec(key, refs) end
  if element == "muc_tieu" then return six_muc_tieu(key) end
  if element == "san_pham" then return six_san_pham(key, refs) end
  if element == "tien_do" then return six_tien_do(key) end
  if element == "nguon_luc" then return six_nguon_luc(key, data, money_topic) end
  return six_trach_nhiem(key)
end

-- A filled column is trusted unless its content is one of the cases LABELS.md rules out.
local function six_column(element, col_key, data, refs)
  if element == "viec" then return without_vague(col_key) ~= "" end
  if element == "muc_tieu" then return not boilerplate_goal(col_key) end
  if element == "san_pham" then
    -- a bare policy or a boilerplate result ("Nâng cao chất lượng ...") is no deliverable
    local bare = text.find_first(col_key, { "chinh sach", "co che" })
    if not bare and not boilerplate_goal(col_key) then return true end
    return (six_san_pham(col_key, refs))
  end
  if element == "tien_do" then return (six_tien_do(col_key)) end
  if element == "nguon_luc" then return (six_nguon_luc(col_key, data, false)) end
  return not text.has(col_key, { "chua xac dinh", "chua ro" })
end

-- The columns where the deliverable of an unsplit row is looked for: all content columns but the
-- basis.
M.PRODUCT_SEARCH_COLUMNS = { "location", "ref", "text", "proposal", "proposed_value", "conditions", "timeline" }

function M.six_clear(c, all_key, refs, area)
  local split = false
  for _, element in ipairs(M.SIX_ORDER) do
    if (c[element] or "") ~= "" then split = true end
  end
  local out = {}
  local money_topic = area == "tai_chinh"
  if split then
    for _, element in ipairs(M.SIX_ORDER) do
      local col = c[element] or ""
      out[element] = col ~= "" and six_column(element, gopy.match_key(col), text.data_numbers(col, refs), refs)
    end
  else
    local data = text.data_numbers(c.all, refs)
    for _, element in ipairs(M.SIX_ORDER) do
      out[element] = (six_judge(element, all_key, data, money_topic, refs)) == true
    end
    -- The object of an action ends with its column: judged on the columns apart (";"). The basis
    -- column gives the grounds, never what is to be made ("Công văn ... hướng dẫn triển khai học
    -- bạ số" is the source of the request, not its deliverable).
    local parts = {}
    for _, col in ipairs(M.PRODUCT_SEARCH_COLUMNS) do
      if (c[col] or "") ~= "" then parts[#parts + 1] = c[col] end
    end
    out.san_pham = (six_san_pham(gopy.match_key(table.concat(parts, " ; ")), refs)) == true
    -- A purpose belongs to an action: with no concrete action there is none.
    if not out.viec then out.muc_tieu = false end
  end
  return out
end

-- 6. A proposal to change a target (LABELS.md "target_proposal").
-- Figures that describe the present or the trend are the basis; the others are proposed values.
-- Each figure goes with the NEAREST of these words before it in its clause: "hiện đạt 85% nên
-- đề nghị nâng lên 90%" gives 85% to the present and 90% to the proposal.
-- A figure belongs to the present after one of these words (or in a clause with a past year).
M.PRESENT_FIGURE = {
  "hien", "hien nay", "hien tai", "hien co", "hien moi", "moi dat", "chi dat", "da dat", "moi co", "da co",
  "chi co", "thuc te", "nam qua", "gan day", "chi tang", "moi tang", "tang binh quan", "du bao",
  "cong suat", "so lieu", "ket qua", "binh quan",
  "hien dang", "dang co", "chi con", "con thieu", "thieu", "tong so", "vi", "trong khi", "nam nay",
  "nam truoc", "nam ngoai",
}
-- A figure is the value proposed after one of these words, in any phrasing: "lên 95%", "xuống
-- còn 35", "giữ nguyên 100%", "tối thiểu 40 HS/lớp", "từ 90% xuống 85%", "tăng thêm 5 điểm %".
-- After them even a bare number counts ("giảm xuống còn 35").
M.PROPOSE_FIGURE = {
  "len", "xuong", "giu nguyen", "giu", "de nghi", "de xuat", "kien nghi", "dieu chinh", "tang len", "giam xuong",
  "nang len", "ha xuong", "nang chi tieu", "ha chi tieu", "nang muc", "ha muc", "giu muc", "len muc", "xuong muc",
  "sua thanh", "chinh thanh", "ghi thanh", "lai thanh", "tang them", "giam them", "toi thieu", "toi da", "it nhat",
  "khong qua", "khong duoi", "khong thap hon", "khong vuot qua", "phan dau", "sua", "ghi lai", "muc tieu",
  "chi tieu moi",
}
-- "lên", "xuống" propose only the figure right after them (a few words at most).
M.PROPOSE_NEAR = { len = true, xuong = true }
M.PROPOSE_NEAR_WORDS = 3
-- Words that contain a marker but are something else ("tỷ lệ lên lớp", "hoàn thành", "năng
-- lực"): found so that the marker inside them is not, and then ignored.
M.NOT_FIGURE_MARKER = {
  "len lop", "thanh pho", "hoan thanh", "nang luc", "chuc nang", "da nang", "nang khieu", "ha tang", "giu chan",
  "chung chi", -- "chứng chỉ đạt 45%" is no "chỉ đạt"
  "tren tong so", -- "tỷ lệ SV kỹ thuật trên tổng số sinh viên đạt 40%": the ratio's denominator, no present count
}
-- A figure after these is the draft's own value, which the comment replaces: neither the
-- present nor the value proposed ("99% thay vì 100%", "đưa lên 70% (dự thảo 50%)").
M.DRAFT_FIGURE = { "thay vi", "du thao", "du thao ghi", "dang ghi", "hien ghi", "chu khong phai" }
-- After a figure: the draft's own value judged ("100% là quá cao", "45% là thấp so với nhu cầu"),
-- which is not a value proposed.
M.DRAFT_VERDICT = {
  "qua cao", "qua thap", "la cao", "la thap", "con thap", "con cao", "cao so voi", "thap so voi", "kho dat",
  "khong kha thi", "kho kha thi", "chua kha thi", "chua phu hop", "khong phu hop", "chua sat", "khong sat",
  "chua hop ly", "khong hop ly", "chua du", "can dieu chinh", "can xem xet",
}
-- "nếu ... thì ...": what follows "thì" is the target again, not the condition.
M.CONDITION_END = { "thi" }
-- Conditions: a word that makes the target depend on something ("nếu", "khi", "cần") and a
-- thing that must be provided (investment, land, staff, policy, funding).
M.CONDITION_MARKERS = {
  "neu", "khi", "dieu kien", "voi dieu kien", "can", "can duoc", "phai", "phai co", "doi hoi", "phu thuoc",
  "kem theo", "chi kha thi", "chi dat duoc",
}
-- These say outright that what follows is a condition, whatever it is: "với điều kiện các doanh
-- nghiệp tham gia đặt hàng", "phải đi kèm lộ trình ...".
M.CONDITION_OUTRIGHT = {
  "voi dieu kien", "dieu kien la", "dieu kien:", "kem dieu kien", "them dieu kien", "bo sung dieu kien",
  "ghi dieu kien", "ghi ro dieu kien", "di kem", "chi kha thi khi", "chi kha thi neu", "chi dat duoc khi",
  "chi dat duoc neu",
}
M.PROVISIONS = {
  "dau tu", "xay", "xay dung", "xay them", "bo tri", "bo sung", "ho tro", "cap", "tuyen", "tuyen dung",
  "quy dat", "kinh phi", "ngan sach", "von", "bien che", "giao vien", "can bo", "chinh sach", "co che",
  "hoc bong", "phong hoc", "thiet bi", "nguon luc", "nen tang", "tang cuong",
}
M.TIMELINE_WORDS = { "den nam 2030", "nam 2030", "giai doan", "lo trinh", "moc" }

-- Splits folded text into clauses at ",", ";" and "." followed by a space (so that "64,2%"
-- and "4.5" stay whole).
local function clauses(key)
  local out = {}
  for cl in string.gmatch(key .. ". ", "(.-)[,;%.]%s+") do
    if cl ~= "" then out[#out + 1] = cl end
  end
  return out
end

-- Position after which the clause makes the target depend on a provision, or nil.
local function condition_at(cl)
  local m, mat = text.find_first(cl, M.CONDITION_MARKERS)
  if m and text.find_first(string.sub(cl, mat + 1), M.PROVISIONS) then return mat end
  return nil
end

function M.has_conditions(key)
  if text.has(key, M.CONDITION_OUTRIGHT) then return true end
  for _, cl in ipairs(clauses(key)) do
    if condition_at(cl) then return true end
  end
  return false
end

-- Every marker of a figure's role, with its kind, for one native search per clause.
local FIGURE_MARKERS, FIGURE_KIND = text.kinds({
  { "present", M.PRESENT_FIGURE }, { "propose", M.PROPOSE_FIGURE }, { "cond", M.CONDITION_MARKERS },
  { "cond_end", M.CONDITION_END }, { "none", M.NOT_FIGURE_MARKER }, { "draft", M.DRAFT_FIGURE },
})

-- The figures of a clause that may be values: its data numbers, and a figure after "mức"
-- ("nâng lên mức 1,2 GV/lớp"), which text.data_numbers reads as a label ("mục 3").
local function value_figures(cl, refs)
  local out = text.data_numbers(cl, refs)
  if string.find(cl, "muc %d") then
    for _, q in ipairs(gopy.numbers(cl)) do
      if string.find(q.before, "muc$") and (q.percent or (q.unit ~= "" and not text.PERIOD_UNITS[q.unit])) then
        q.at = string.find(cl, "muc " .. q.text, 1, true)
        if q.at then q.at = q.at + 4 out[#out + 1] = q end
      end
    end
  end
  return out
end

-- Sorts the figures of one clause: returns how many describe the present and how many propose.
local function sort_figures(cl, refs)
  local present, proposed = 0, 0
  local marks = text.find_all(cl, FIGURE_MARKERS)
  -- A remark in brackets is an aside: its past year dates its own figures ("đạt 85% vào năm
  -- 2030 (năm 2025 đạt 81%)"), which the year loop below finds, not the value proposed before it.
  local past = mentions_past_year((string.gsub(cl, "%b()", "")))
  local verdict_at = {}
  for _, o in ipairs(text.find_all(cl, M.DRAFT_VERDICT)) do verdict_at[#verdict_at + 1] = o.at end
  local figures = value_figures(cl, refs)
  for i, q in ipairs(figures) do
    local at = q.at or 0
    -- the nearest marker before the figure; a condition counts only when a provision follows it
    local kind
    for _, m in ipairs(marks) do
      if m.at >= at then break end
      local k = FIGURE_KIND[m.word]
      if k == "cond" and not text.find_first(string.sub(cl, m.stop + 1), M.PROVISIONS) then k = nil end
      if M.PROPOSE_NEAR[m.word] then
        local _, gap = string.gsub(string.sub(cl, m.stop + 1, at - 1), "%S+", "")
        if gap > M.PROPOSE_NEAR_WORDS then k = "none" end
      end
      if k ~= "none" then kind = k end
    end
    -- a past year before the figure and after that marker ("năm 2024 đạt 82%")
    for pos, y in string.gmatch(string.sub(cl, 1, math.max(at - 1, 0)), "()(20%d%d)%f[%D]") do
      if tonumber(y) <= M.LAST_PAST_YEAR and string.sub(cl, pos - 1, pos - 1) ~= "/" then
        local last = nil
        for _, m in ipairs(marks) do if m.at < at then last = m end end
        if not last or last.at < pos then kind = "present" end
      end
    end
    local next_at = figures[i + 1] and figures[i + 1].at or (#cl + 1)
    local judged = false
    for _, v in ipairs(verdict_at) do if v > at and v < next_at then judged = true end end
    if kind == "present" then present = present + 1
    elseif kind == "cond" or kind == "draft" then -- what must be provided, or the draft's value
    elseif kind == "propose" then
      proposed = proposed + 1
      -- a clause that names a past year also gives the data of that year ("từ 80% năm 2024 lên 85%")
      if past then present = present + 1 end
    elseif past then present = present + 1
    elseif not judged and (q.percent or q.unit ~= "") then proposed = proposed + 1 end
  end
  return present, proposed
end

-- The school year under way ("năm học 2025-2026") is data of the present, not a milestone
-- (LABELS.md timeline: past years in the data do not count): its years are blanked out.
local function without_school_year(key)
  return (string.gsub(key, "(20%d%d)%s*[%-/]%s*(20%d%d)", function(a, b)
    if tonumber(a) <= M.LAST_PAST_YEAR and tonumber(b) == tonumber(a) + 1 then return "" end
  end))
end

function M.target_proposal(c, all_key, data, has_evidence, refs)
  -- Sort the figures of the content columns (not basis/conditions) into present and proposed.
  local value_key = gopy.match_key(c.text .. "\n" .. c.proposal)
  local present, proposed = 0, 0
  for _, cl in ipairs(clauses(value_key)) do
    local p, q = sort_figures(cl, refs)
    present, proposed = present + p, proposed + q
  end
  local basis_col = gopy.match_key(c.basis)
  local basis_ok = c.basis ~= "" and (#text.data_numbers(c.basis, refs) > 0 or (M.has_evidence(basis_col)))
  local timeline = c.timeline ~= "" or future_year(without_school_year(all_key)) ~= nil or text.has(all_key, M.TIMELINE_WORDS)
  return {
    value = string.find(c.proposed_value, "%d") ~= nil or proposed > 0,
    basis = basis_ok or present > 0 or has_evidence,
    conditions = c.conditions ~= "" or M.has_conditions(all_key),
    timeline = timeline,
  }
end

-- The hook -----------------------------------------------------------------------------------

-- The content columns (LABELS.md "generic": the unit column does not count).
local CONTENT_COLUMNS = {
  "location", "text", "proposal", "basis", "proposed_value", "conditions", "timeline",
  "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem",
}

--- Builds the classify hook of a level. `options.extra_area_words` adds keywords per area for
--- that level, e.g. { doi_ngu = { "giao vien mam non" } }.
function M.new(options)
  options = options or {}
  local level = options.level
  return function(c)
    -- what text.lua kept for the comment before is of no use for this one
    text.forget()
    local all_key = c.key
    local refs = text.refs(c.ref .. "\n" .. c.location .. "\n" .. c.all)
    -- The first point: of the text, or of the proposal column when the text is empty; the
    -- proposal column's first point is kept apart, since a form often puts the change asked
    -- for there.
    local first = text.first_point(c.text ~= "" and c.text or c.proposal)
    local prop = c.text ~= "" and text.first_point(c.proposal) or ""
    local both = prop ~= "" and (first .. " " .. prop) or first
    -- Codes of the first point: those of the ref and location columns and of the first point.
    local refs_loc = text.refs(c.ref .. "\n" .. c.location)
    local refs_first = text.refs(c.ref .. "\n" .. c.location .. "\n" .. first)

    local blanket = M.is_blanket(first)
    local group, why_group = M.group(c, both, refs_loc)
    gopy.why("group", why_group)
    local stance, why_stance = M.stance(first, prop, c, group, refs_first, blanket)
    -- A request about the workshop or outside the Đề án is procedural (LABELS.md: khac).
    local _, work_at = text.find_first(both, M.WORKSHOP)
    local _, form_at = text.find_first(both, M.FORM_AND_DRAFTING)
    local procedural = not form_at or (work_at ~= nil and work_at < form_at)
    if group == "khac" and (stance == "sua_doi" or stance == "bo_sung") and procedural then
      stance, why_stance = "khac", "đề nghị về thủ tục, hội thảo hoặc ngoài Đề án"
    end
    if group == "khac" and stance == "dong_y" and not blanket and text.has(both, M.WORKSHOP) then
      stance, why_stance = "khac", "nhận xét về cuộc họp, hội thảo"
    end
    local area, why_area = M.area(group, both, stance, refs_first, string.find(first, "?", 1, true) ~= nil)
    if area == nil and group ~= "khac" and options.extra_area_words then
      for name, words in pairs(options.extra_area_words) do
        if text.has(both, words) then area, why_area = name, "từ khóa riêng của cấp học" break end
      end
    end
    gopy.why("area", why_area)
    gopy.why("stance", why_stance)

    local data = text.data_numbers(c.all, refs)
    local has_data = #data > 0
    local counted = not has_data and text.word_count(all_key) or nil
    has_data = has_data or counted ~= nil
    gopy.why("has_data", has_data and ("số liệu “" .. (data[1] and data[1].text or counted) .. "”") or "không có số liệu")
    -- Evidence is looked for outside the product columns: a document to be made is no source.
    local evidence_key = all_key
    local product_cols = false
    for col in pairs(M.PRODUCT_COLUMNS) do
      if (c[col] or "") ~= "" then product_cols = true end
    end
    if product_cols then
      local parts = { c.ref }
      for _, col in ipairs(CONTENT_COLUMNS) do
        if not M.PRODUCT_COLUMNS[col] then parts[#parts + 1] = c[col] or "" end
      end
      evidence_key = gopy.match_key(table.concat(parts, "\n"))
    end
    local has_evidence, why_evidence = M.has_evidence(evidence_key)
    gopy.why("has_evidence", why_evidence)
    local place, why_place = false, nil
    if not has_data and not has_evidence and #refs == 0 then
      local place_raw = ""
      for _, col in ipairs(CONTENT_COLUMNS) do
        if (c[col] or "") ~= "" then place_raw = place_raw .. "\n" .. c[col] end
      end
      place, why_place = text.names_place(place_raw, gopy.match_key(place_raw))
    end
    local generic = not has_data and not has_evidence and #refs == 0 and not place
    gopy.why("generic", generic and "không số liệu, không minh chứng, không địa chỉ cụ thể"
      or (why_place and ("có nội dung cụ thể: " .. why_place) or "có số liệu, minh chứng hoặc mã chỉ tiêu, nhiệm vụ"))

    local labels = {
      group = group, area = area, refs = refs, stance = stance,
      has_data = has_data, has_evidence = has_evidence, generic = generic, flags = {},
    }
    local proposing = stance == "sua_doi" or stance == "bo_sung"
    if group == "giai_phap" and proposing then
      labels.six_clear = M.six_clear(c, all_key, refs, area)
    elseif group == "muc_tieu" and proposing then
      labels.target_proposal = M.target_proposal(c, all_key, data, has_evidence, refs)
    end

    -- Authority (R5): a comment about another level's indicators.
    if level then
      for _, code in ipairs(refs) do
        local item = string.sub(code, 1, 2) == "CT" and gopy.indicator(code) or nil
        if item and #item.levels > 0 then
          local mine = false
          for _, l in ipairs(item.levels) do if l == level then mine = true end end
          if not mine then
            labels.flags[#labels.flags + 1] = {
              code = "ngoai_cap_hoc", severity = "info",
              message = "Góp ý về " .. code .. " là chỉ tiêu của cấp học khác (" .. table.concat(item.levels, ", ") .. ")",
            }
          end
        end
      end
    end
    if group == "khac" then
      labels.flags[#labels.flags + 1] = { code = "ngoai_trong_tam", severity = "info", message = "Ý kiến không thuộc ba nhóm nội dung trọng tâm" }
    end
    if generic then
      labels.flags[#labels.flags + 1] = { code = "chung_chung", severity = "info", message = "Ý kiến chung chung: không có số liệu, minh chứng hay địa chỉ cụ thể" }
    end
    return labels
  end
end

return M
