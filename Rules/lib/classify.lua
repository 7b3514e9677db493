-- Rules/lib/classify.lua: the default judgement for a comment, shared by every level file.
--
-- A level file calls `classify.new(options)` and returns the hook table it gives back; the
-- options change what differs between levels (extra keywords). To change a keyword for every
-- level, edit the lists below. All keywords are folded (no accents, lower case): "thuc trang",
-- not "Thực trạng".

local text = require("text")

local M = {}

-- 1. Content group (LABELS.md "group") -------------------------------------------------------

-- Agreement with the whole draft, and comments on the workshop, forms or deadlines: off-focus.
M.BLANKET = {
  "nhat tri voi du thao", "thong nhat voi du thao", "dong y voi du thao", "nhat tri voi noi dung du thao",
  "thong nhat voi noi dung du thao", "nhat tri voi toan bo", "thong nhat toan bo", "dong y toan bo",
  "nhat tri cao voi du thao", "khong co y kien khac", "khong co y kien bo sung", "hoan toan nhat tri",
  "nhat tri nhu du thao", "thong nhat nhu du thao", "nhat tri voi de an", "thong nhat voi de an",
  "dong tinh voi du thao", "ung ho du thao",
}
M.PROCEDURAL = {
  "hoi thao", "bieu mau", "mau bieu", "thoi han nop", "gia han", "han nop", "to chuc hoi nghi", "file mem",
  "ban giay", "gui ho so", "nop ho so", "tai lieu hoi thao", "lich hoi thao",
}
-- What each group is about, checked in the location column first, then in the first point.
M.GROUP_WORDS = {
  thuc_trang = { "thuc trang", "hien trang", "danh gia thuc trang", "so lieu phu luc", "so lieu tai phu luc" },
  muc_tieu = {
    "chi tieu", "muc tieu", "ty le", "ti le", "dat chuan quoc gia", "den nam 2030", "nam 2030", "kha thi",
    "qua cao", "qua thap", "nang chi tieu", "ha chi tieu",
  },
  giai_phap = {
    "giai phap", "nhiem vu", "de xuat", "kien nghi", "can", "xay dung", "dau tu", "bo tri", "tuyen dung",
    "dao tao", "boi duong", "ban hanh", "co che", "chinh sach", "ho tro", "to chuc", "trien khai",
  },
}
-- Words that say the row describes the present rather than asks for something.
M.PRESENT = { "hien nay", "hien tai", "hien co", "hien dang", "con", "chua co", "dang bi", "qua tai", "thieu", "xuong cap" }
M.ASK = { "de nghi", "de xuat", "kien nghi", "can", "nen", "bo sung", "dieu chinh", "sua", "them" }

function M.group(c, refs, first)
  local loc = gopy.match_key(c.location)
  if text.has(first, M.BLANKET) and #refs == 0 then return "khac", "đồng ý chung với toàn bộ dự thảo" end
  if text.has(first, M.PROCEDURAL) and not text.has(first, M.GROUP_WORDS.muc_tieu) then
    return "khac", "ý kiến về thủ tục, biểu mẫu, hội thảo"
  end
  local firstRef = refs[1]
  if firstRef then
    if string.sub(firstRef, 1, 2) == "CT" then return "muc_tieu", "nói về chỉ tiêu " .. firstRef end
    return "giai_phap", "nói về nhiệm vụ " .. firstRef
  end
  if text.has(loc, { "thuc trang", "phan thu hai", "phan 2", "phan ii", "phu luc" }) then return "thuc_trang", "vị trí: phần thực trạng" end
  if text.has(loc, { "muc tieu", "chi tieu", "muc iii" }) then return "muc_tieu", "vị trí: phần mục tiêu, chỉ tiêu" end
  if text.has(loc, { "nhiem vu", "giai phap", "muc iv" }) then return "giai_phap", "vị trí: phần nhiệm vụ, giải pháp" end
  if text.has(first, M.GROUP_WORDS.thuc_trang) then return "thuc_trang", "nói về thực trạng" end
  if text.has(first, M.GROUP_WORDS.muc_tieu) then return "muc_tieu", "nói về mục tiêu, chỉ tiêu" end
  if text.has(first, M.PRESENT) and not text.has(first, M.ASK) then return "thuc_trang", "mô tả hiện trạng" end
  if text.has(first, M.GROUP_WORDS.giai_phap) then return "giai_phap", "nói về nhiệm vụ, giải pháp" end
  return "khac", "không thuộc ba nhóm nội dung"
end

-- 2. Area (LABELS.md "area"), checked in this order: money first, since a remark about who pays
-- for a building is about finance.
M.AREAS = {
  { "tai_chinh", { "kinh phi", "ngan sach", "hoc phi", "tu chu", "nguon von", "von dau tu", "chi phi", "xa hoi hoa", "tai chinh", "dinh muc chi", "ho tro tien" } },
  { "chuyen_doi_so", { "chuyen doi so", "phan mem", "du lieu", "co so du lieu", "ky so", "chu ky so", "hoc ba so", "truc tuyen", "thi tren may", "hoc lieu so", "lms", "cai cach hanh chinh", "dich vu cong", "so hoa", "ung dung cntt", "cong nghe thong tin" } },
  { "dat_dai", { "dat dai", "quy dat", "dien tich dat", "thieu dat", "dat xay dung", "dat giao duc", "cap dat", "giao dat", "su dung dat", "dat cong", "giai phong mat bang", "mat bang", "giay chung nhan quyen su dung", "so do", "chuyen giao tru so", "tru so", "m2/hs", "m2/tre", "m2 / hs" } },
  { "phong_hoc", { "phong hoc", "phong chuc nang", "phong bo mon", "ky tuc xa", "nha ban tru", "ban tru", "thiet bi", "may tinh", "camera", "kien co hoa", "phong tam", "co so vat chat", "nha da nang", "nha ve sinh", "bep an" } },
  { "doi_ngu", { "giao vien", "doi ngu", "can bo quan ly", "nhan vien", "bien che", "dinh muc giao vien", "tuyen dung", "boi duong", "dao tao giao vien", "luong", "phu cap", "giu chan", "thieu gv", "gv" } },
  { "chat_luong", { "chuan quoc gia", "kiem dinh", "thi tot nghiep", "ky thi", "hoan thanh chuong trinh", "dinh duong", "boi loi", "hoc sinh gioi", "chat luong", "ket qua hoc tap", "doanh nghiep", "ngoai ngu", "tieng anh", "chuong trinh giao duc" } },
  { "quy_mo_mang_luoi", { "quy mo", "mang luoi", "truong moi", "sap nhap", "sap xep", "diem truong", "si so", "hs/lop", "tuyen sinh", "phan luong", "qua tai", "huy dong", "lao dong qua dao tao", "hoc tap suot doi", "xa hoi hoc tap", "thanh lap", "dan so", "tre trong do tuoi" } },
}

-- Catalogue groups' topics (LABELS.md "Catalogue groups in the sample").
M.CATALOGUE_AREA = {
  CT1 = "quy_mo_mang_luoi", CT2 = "doi_ngu", CT3 = "phong_hoc", CT4 = "chat_luong", CT5 = "chuyen_doi_so", CT6 = "quy_mo_mang_luoi",
  NV1 = "quy_mo_mang_luoi", NV2 = "doi_ngu", NV3 = "phong_hoc", NV4 = "chat_luong", NV5 = "chuyen_doi_so", NV6 = "tai_chinh",
  NV7 = "quy_mo_mang_luoi", NV8 = "chat_luong",
}

function M.area(group, refs, first, stance)
  if group == "khac" and not text.has(first, { "kinh phi", "ngan sach", "hoc phi" }) then return nil, "không có chủ đề riêng" end
  -- Money is the topic of a remark or question about money; in a proposal, money is a
  -- resource and the topic is what the money is for, so finance is tried last there.
  local money_first = stance == "khac" or stance == "khong_dong_y"
  local order = {}
  for _, entry in ipairs(M.AREAS) do
    if entry[1] ~= "tai_chinh" or money_first then order[#order + 1] = entry end
  end
  if not money_first then order[#order + 1] = M.AREAS[1] end
  for _, entry in ipairs(order) do
    local word = text.find(first, entry[2])
    if word then return entry[1], "từ khóa “" .. word .. "”" end
  end
  if refs[1] then
    local area = M.CATALOGUE_AREA[string.sub(refs[1], 1, 3)]
    if area then return area, "chủ đề của " .. refs[1] end
  end
  return nil, "không có chủ đề riêng"
end

-- 3. Stance (LABELS.md "stance"), first match wins.
M.STANCES = {
  { "khong_dong_y", { "khong dong y", "khong nhat tri", "khong thong nhat", "de nghi bo di", "de nghi bo chi tieu", "de nghi bo noi dung", "de nghi loai bo", "bo chi tieu", "de nghi bo nhiem vu", "khong kha thi", "kho kha thi", "qua cao", "qua thap", "chua phu hop", "khong phu hop" } },
  { "bo_sung", { "bo sung", "them", "dua vao", "can co them", "de nghi co", "xay dung moi", "lap moi" } },
  { "sua_doi", { "dieu chinh", "sua", "sua doi", "nang len", "ha xuong", "giam xuong", "tang len", "thay", "ghi lai", "chinh sua", "viet lai", "lui", "dua ve", "de nghi", "de xuat", "kien nghi" } },
  { "dong_y", { "nhat tri", "thong nhat", "dong y", "dong tinh", "ung ho", "la phu hop", "rat phu hop", "hop ly", "then chot", "trong tam", "quan trong" } },
}

function M.stance(first)
  for _, entry in ipairs(M.STANCES) do
    local word = text.find(first, entry[2])
    if word then
      -- "quá cao / không khả thi" with a requested change is a change, not a refusal.
      if entry[1] == "khong_dong_y" and (word == "qua cao" or word == "qua thap" or word == "kho kha thi" or word == "khong kha thi" or word == "chua phu hop" or word == "khong phu hop")
        and text.has(first, { "de nghi", "dieu chinh", "giam", "ha", "nang", "sua", "lui" }) then
        return "sua_doi", "“" .. word .. "” kèm đề nghị thay đổi"
      end
      return entry[1], "từ khóa “" .. word .. "”"
    end
  end
  return "khac", "nhận xét, câu hỏi"
end

-- 4. Data and evidence (LABELS.md "has_data", "has_evidence").
M.EVIDENCE = {
  "luat", "nghi quyet", "nghi dinh", "thong tu", "quyet dinh", "cong van", "dieu le", "van ban", "ke hoach so",
  "bao cao", "ket qua", "khao sat", "dieu tra", "thanh tra", "kiem tra", "kiem ke", "so lieu thong ke", "thong ke",
  "theo phu luc", "tai phu luc", "(phu luc", "phu luc 1)", "phu luc 2)", "phu luc 3)", "phu luc 4)", "minh chung kem theo",
  "kem theo", "so sach", "tong dieu tra", "quy hoach",
}

function M.has_evidence(all_key)
  local word = text.find(all_key, M.EVIDENCE)
  return word ~= nil, word and ("dẫn nguồn “" .. word .. "”") or "không dẫn nguồn"
end

-- 5. Generic (LABELS.md "generic"): no data, no evidence, no reference, no named place.
M.PLACES = {
  "xa ", "phuong ", "dac khu", "thon", "truong ", "phu luc", "cum", "huyen", "quan", "thi xa", "thanh pho",
  "hong bang", "le chan", "ngo quyen", "kien an", "thuy nguyen", "an duong", "hai duong", "chi linh", "kinh mon",
  "cat hai", "bach long vi", "do son", "duong kinh", "an lao", "tien lang", "vinh bao", "kien thuy",
}

function M.names_place(c)
  local content = gopy.match_key(c.text .. " " .. c.proposal .. " " .. c.basis)
  for _, p in ipairs(M.PLACES) do
    if string.find(" " .. content .. " ", " " .. p, 1, true) then return true end
  end
  return false
end

-- 6. The "6 rõ" of a solution proposal (LABELS.md "six_clear").
M.SIX = {
  viec = { "xay dung", "dau tu", "bo tri", "tuyen dung", "dao tao", "boi duong", "ban hanh", "to chuc", "trien khai", "sua chua", "cai tao", "mua sam", "trang bi", "thanh lap", "sap xep", "chuyen doi", "ra soat", "giao", "cap", "ho tro", "mo", "nang cap", "phan bo", "xay moi" },
  muc_tieu = { "nham", "de dat", "de bao dam", "de dam bao", "muc tieu", "bao dam", "dam bao", "giai quyet", "khac phuc", "dat ty le", "dat 100", "de" },
  san_pham = { "quy che", "ke hoach", "nghi quyet", "quyet dinh", "danh muc", "ngan hang cau hoi", "he thong", "de an", "phan mem", "co so du lieu", "phong hoc", "phong", "truong", "diem truong", "may tinh", "bo thiet bi", "giao vien", "nha", "ky tuc xa", "quy dinh", "huong dan", "chuong trinh", "tai lieu" },
  tien_do = { "nam 20", "giai doan", "truoc nam", "den nam", "trong nam", "quy i", "quy ii", "quy iii", "quy iv", "hoc ky", "thang", "2026", "2027", "2028", "2029", "2030", "2031", "2035", "truoc ngay" },
  nguon_luc = { "kinh phi", "ngan sach", "nguon von", "von", "ty dong", "trieu dong", "ty", "xa hoi hoa", "nguon luc", "bien che", "ngan sach thanh pho", "ngan sach tinh", "oda", "doanh nghiep tai tro" },
  trach_nhiem = { "chu tri", "giao so", "giao ubnd", "giao cho", "thuc hien boi", "chu dau tu", "phoi hop", "so gdđt", "so gddt", "ubnd", "so tai chinh", "so noi vu", "so xay dung", "cac truong", "nha truong", "trach nhiem" },
}
M.SIX_ORDER = { "viec", "muc_tieu", "san_pham", "tien_do", "nguon_luc", "trach_nhiem" }
-- "mục tiêu" boilerplate that says nothing about what changes.
M.BOILERPLATE_GOAL = { "nang cao chat luong", "dap ung yeu cau", "phu hop thuc tien" }

function M.six_clear(c, all_key)
  local out = {}
  for _, element in ipairs(M.SIX_ORDER) do
    local column = c[element] or ""
    if column ~= "" then
      out[element] = true
    else
      local word = text.find(all_key, M.SIX[element])
      if element == "muc_tieu" and word and text.has(all_key, M.BOILERPLATE_GOAL) and not text.has(all_key, { "nham", "de dat", "dat ty le" }) then
        word = nil
      end
      if element == "tien_do" and not word then
        for _, q in ipairs(gopy.numbers(c.all)) do
          if q.year and q.value >= 2025 then word = "năm " .. q.text break end
        end
      end
      out[element] = word ~= nil
    end
  end
  return out
end

-- 7. A proposal to change a target (LABELS.md "target_proposal").
M.CONDITIONS = { "dau tu", "bo tri", "quy dat", "kinh phi", "ngan sach", "bo sung giao vien", "tuyen dung", "co che", "chinh sach", "neu", "dieu kien", "voi dieu kien", "can duoc", "phai co" }

function M.target_proposal(c, all_key, data)
  local now = nil
  for _, q in ipairs(gopy.numbers(c.all)) do
    if q.year and q.value >= 2026 then now = true end
  end
  local has_value = c.proposed_value ~= ""
  if not has_value then
    for _, q in ipairs(data) do
      if q.percent or q.unit ~= "" then has_value = true break end
    end
  end
  local has_basis = c.basis ~= "" or #data >= 2 or M.has_evidence(all_key)
  return {
    value = has_value,
    basis = has_basis,
    conditions = c.conditions ~= "" or text.has(all_key, M.CONDITIONS),
    timeline = c.timeline ~= "" or now == true or text.has(all_key, { "den nam 2030", "nam 2030", "giai doan" }),
  }
end

-- The hook -----------------------------------------------------------------------------------

--- Builds the classify hook of a level. `options.extra_area_words` adds keywords per area for
--- that level, e.g. { doi_ngu = { "giao vien mam non" } }.
function M.new(options)
  options = options or {}
  local level = options.level
  return function(c)
    local all_key = c.key
    local refs = text.refs(c.ref .. "\n" .. c.location .. "\n" .. c.all)
    -- The first point: of the text, with the first point of the proposal column when there is
    -- one, since a form often puts the change asked for there.
    local first = text.first_point(c.text ~= "" and c.text or c.proposal)
    if c.text ~= "" and c.proposal ~= "" then first = first .. " " .. text.first_point(c.proposal) end

    local group, why_group = M.group(c, refs, first)
    gopy.why("group", why_group)
    local stance, why_stance = M.stance(first)
    if group == "khac" and stance ~= "khac" and stance ~= "dong_y" then stance = "khac" end
    local area, why_area = M.area(group, refs, first, stance)
    if area == nil and options.extra_area_words then
      for name, words in pairs(options.extra_area_words) do
        if text.has(first, words) then area, why_area = name, "từ khóa riêng của cấp học" break end
      end
    end
    gopy.why("area", why_area)
    gopy.why("stance", why_stance)

    local data = text.data_numbers(c.all, refs)
    local has_data = #data > 0
    gopy.why("has_data", has_data and ("số liệu “" .. data[1].text .. "”") or "không có số liệu")
    local has_evidence, why_evidence = M.has_evidence(all_key)
    gopy.why("has_evidence", why_evidence)
    local generic = not has_data and not has_evidence and #refs == 0 and not M.names_place(c)
    gopy.why("generic", generic and "không số liệu, không minh chứng, không địa chỉ cụ thể" or "có nội dung cụ thể")

    local labels = {
      group = group, area = area, refs = refs, stance = stance,
      has_data = has_data, has_evidence = has_evidence, generic = generic, flags = {},
    }
    local proposing = stance == "sua_doi" or stance == "bo_sung"
    if group == "giai_phap" and proposing then
      labels.six_clear = M.six_clear(c, all_key)
    elseif group == "muc_tieu" and proposing then
      labels.target_proposal = M.target_proposal(c, all_key, data)
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
