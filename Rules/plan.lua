-- Rules/plan.lua: the plan-wide judgement (MISSION.md R3, R8).
--
--   score_indicator(indicator, facts)  how feasible a 2030 target is, and whether it is high or low
--   agreement(item, positions)         whether the clusters agree on an indicator or a task
--
-- gopy gathers the facts (sums over the appendices, flags raised by Rules/appendices/*.lua, the
-- comments that name the code); this file weighs them. Change a weight or a threshold here and
-- run again.

-- Feasibility --------------------------------------------------------------------------------

-- How much each factor counts. A factor that does not apply to an indicator's group is left
-- out and the others share its weight.
local WEIGHTS = { pace = 0.40, land = 0.15, learners = 0.15, investment = 0.15, resources = 0.15 }

-- Which factors apply, by indicator group (LABELS.md: CT1 scale and network, CT2 staff,
-- CT3 facilities, CT4 quality, CT5 digital transformation, CT6 vocational, higher, lifelong).
local FACTORS_BY_GROUP = {
  [1] = { "pace", "land", "learners", "investment" },
  [2] = { "pace", "resources" },
  [3] = { "pace", "land", "investment", "resources" },
  [4] = { "pace", "resources" },
  [5] = { "pace", "investment", "resources" },
  [6] = { "pace", "learners", "resources" },
}

-- The verdict from the score: at least KHA_THI is feasible, at least KHO_KHA_THI is hard.
local KHA_THI = 70
local KHO_KHA_THI = 45

-- Pace: the yearly change the target needs, as a multiple of the change history shows.
-- Up to PACE_EASY times the past pace scores 100; PACE_IMPOSSIBLE times or more scores 0.
local PACE_EASY = 1.0
local PACE_IMPOSSIBLE = 3.0
-- Below HEIGHT_LOW times the past pace the target is low (thấp); above HEIGHT_HIGH, high (cao).
local HEIGHT_LOW = 0.5
local HEIGHT_HIGH = 1.5

local function vn(x, decimals)
  -- Vietnamese number (1.234,5); small values keep two decimals.
  return gopy.format_number(x, decimals or (math.abs(x) < 1 and 2 or 1))
end

local function clamp(x) return math.max(0, math.min(100, x)) end

local function column(facts, key)
  local c = facts.appendix.columns[key]
  return c and c.sum or 0, c and c.count or 0, c and c.yes or 0
end

local function flag_count(facts, code) return facts.appendix.flags[code] or 0 end

local function pace(indicator, facts)
  local needed, past = facts.needed_per_year, facts.historical_per_year
  if needed == nil then return 60, nil, "Thiếu giá trị hiện trạng hoặc mục tiêu 2030" end
  local sign = indicator.direction == "giam" and -1 or 1
  needed, past = needed * sign, past and past * sign
  local unit = indicator.unit == "%" and " điểm %/năm" or (" " .. indicator.unit .. "/năm")
  local verb = sign > 0 and "tăng" or "giảm"
  if needed <= 0 then
    return 100, "thap", "Giá trị hiện trạng đã đạt mục tiêu 2030"
  end
  if past == nil or past <= 0 then
    return 35, "cao", string.format("Cần %s %s%s trong khi số liệu các năm trước không %s", verb, vn(needed), unit, verb)
  end
  local ratio = needed / past
  local score = ratio <= PACE_EASY and 100
    or clamp(100 * (PACE_IMPOSSIBLE - ratio) / (PACE_IMPOSSIBLE - PACE_EASY))
  local height = ratio < HEIGHT_LOW and "thap" or (ratio > HEIGHT_HIGH and "cao" or "phu_hop")
  local reason = string.format("Cần %s %s%s, gấp %s lần tốc độ %d-%d", verb, vn(needed), unit, vn(ratio), facts.history_from, facts.history_to)
  return score, height, reason
end

local function land(facts)
  local total = facts.appendix.institutions
  if total == 0 then return nil end
  local without = flag_count(facts, "thieu_dat")
  local with_plan = flag_count(facts, "thieu_dat_co_quy")
  local score = clamp(100 - 250 * without / total - 60 * with_plan / total)
  local note = without > 0 and string.format("%d trường thiếu đất chưa có quỹ đất bổ sung", without)
    or (with_plan > 0 and string.format("%d trường thiếu đất đã có quỹ đất bổ sung", with_plan) or "Không có trường thiếu đất")
  return score, note
end

local function learners(facts)
  local total = facts.appendix.institutions
  if total == 0 then return nil end
  local overloaded = flag_count(facts, "qua_tai")
  local forecast = column(facts, "PL1.du_bao_2030")
  local capacity = column(facts, "PL1.cong_suat")
  local growth = capacity > 0 and forecast / capacity or 1
  local score = clamp(100 - 200 * overloaded / total - math.max(0, growth - 1) * 200)
  local note = string.format("%d/%d trường quá tải; dự báo 2030 bằng %s%% công suất", overloaded, total, vn(growth * 100, 0))
  return score, note
end

local function investment(facts)
  local p = facts.appendix.projects
  local moving = (p.da_phe_duyet or 0) + (p.dang_xay_dung or 0) + (p.hoan_thanh or 0)
  local needing = flag_count(facts, "phong_tam") + flag_count(facts, "thieu_dat")
  if moving + (p.chua_co or 0) == 0 then return nil end
  local score = needing == 0 and 100 or clamp(30 + 70 * moving / math.max(needing, moving))
  return score, string.format("%d dự án đã phê duyệt, đang xây dựng hoặc hoàn thành; %d trường có phòng tạm hoặc thiếu đất", moving, needing)
end

local function resources(facts)
  local teachers = column(facts, "PL2.giao_vien")
  local norm = column(facts, "PL2.dinh_muc_giao_vien")
  if norm == 0 then return nil end
  local gap = math.max(0, norm - teachers)
  local score = clamp(100 - 400 * gap / norm)
  return score, gap > 0 and string.format("Thiếu %d giáo viên so với định mức (%s%%)", math.floor(gap + 0.5), vn(100 * gap / norm))
    or "Đủ giáo viên theo định mức"
end

local FACTOR = { land = land, learners = learners, investment = investment, resources = resources }

local function score_indicator(indicator, facts)
  local factors, reasons = {}, {}
  local pace_score, height, pace_reason = pace(indicator, facts)
  factors.pace = { score = pace_score, note = pace_reason }
  if pace_reason then reasons[#reasons + 1] = pace_reason end
  local total, weight = 0, 0
  for _, name in ipairs(FACTORS_BY_GROUP[indicator.group] or { "pace" }) do
    local score, note
    if name == "pace" then score = pace_score else score, note = FACTOR[name](facts) end
    if score then
      total = total + WEIGHTS[name] * score
      weight = weight + WEIGHTS[name]
      if name ~= "pace" then
        factors[name] = { score = score, note = note }
        if score < KHA_THI then reasons[#reasons + 1] = note end
      end
    end
  end
  local score = weight > 0 and total / weight or pace_score
  local verdict = score >= KHA_THI and "kha_thi" or (score >= KHO_KHA_THI and "kho_kha_thi" or "khong_kha_thi")
  gopy.why("verdict", string.format("điểm %s (khả thi từ %d, khó khả thi từ %d)", vn(score), KHA_THI, KHO_KHA_THI))
  return { score = score, verdict = verdict, height = height, factors = factors, reasons = reasons }
end

-- Agreement across clusters -------------------------------------------------------------------

-- Proposed values that differ by more than this share of the larger one are a disagreement.
local VALUE_TOLERANCE = 0.05

local STANCE_WORDS = {
  dong_y = "đồng ý", sua_doi = "đề nghị sửa", bo_sung = "đề nghị bổ sung", khong_dong_y = "không đồng ý", khac = "ý kiến khác",
}

local function agreement(item, positions)
  -- One position per cluster: its stances and the values it proposes.
  local clusters, order = {}, {}
  for _, p in ipairs(positions) do
    local c = clusters[p.cluster]
    if not c then
      c = { cluster = p.cluster, stances = {}, values = {}, comments = 0 }
      clusters[p.cluster] = c
      order[#order + 1] = p.cluster
    end
    c.comments = c.comments + 1
    if p.stance then c.stances[p.stance] = (c.stances[p.stance] or 0) + 1 end
    if p.proposed_value then c.values[#c.values + 1] = p.proposed_value end
  end
  table.sort(order)
  local agrees, objects, values = false, false, {}
  local out = {}
  for _, name in ipairs(order) do
    local c = clusters[name]
    if c.stances.dong_y then agrees = true end
    if c.stances.khong_dong_y or c.stances.sua_doi then objects = true end
    for _, v in ipairs(c.values) do values[#values + 1] = v end
    local words = {}
    for _, s in ipairs({ "dong_y", "sua_doi", "bo_sung", "khong_dong_y", "khac" }) do
      if c.stances[s] then words[#words + 1] = STANCE_WORDS[s] end
    end
    local text = table.concat(words, ", ")
    if #c.values > 0 then
      local shown = {}
      for i, v in ipairs(c.values) do shown[i] = vn(v, 2) end
      text = text .. " (đề xuất " .. table.concat(shown, "; ") .. ")"
    end
    out[#out + 1] = { cluster = name, position = text, comments = c.comments }
  end
  local spread = false
  if #values >= 2 then
    local lo, hi = math.huge, -math.huge
    for _, v in ipairs(values) do lo = math.min(lo, v); hi = math.max(hi, v) end
    spread = hi - lo > VALUE_TOLERANCE * math.max(math.abs(hi), math.abs(lo), 1)
  end
  local status = ((agrees and objects) or spread) and "chua_thong_nhat" or "thong_nhat"
  gopy.why("status", spread and "giá trị đề xuất khác nhau" or ((agrees and objects) and "có ý kiến đồng ý và ý kiến đề nghị sửa/không đồng ý" or "các ý kiến cùng chiều"))
  local lines = {}
  for i, p in ipairs(out) do lines[i] = p.cluster .. ": " .. p.position end
  return { status = status, summary = table.concat(lines, "; "), positions = out }
end

return {
  score_indicator = score_indicator,
  agreement = agreement,
}
