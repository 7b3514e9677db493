-- Rules/lib/level.lua: the classify hook of a level file, put together from the shared parts:
-- the labels (lib/classify.lua), then the check of the comment's claims against its
-- institution's appendix rows (lib/corroborate.lua), then the suggested answer of the drafting
-- team (lib/response.lua).

local classify = require("classify")
local corroborate = require("corroborate")
local response = require("response")

-- How specific a comment is, for the reports, which quote the most specific comments first:
-- figures and sources count most, then catalogue codes, a check against the appendices, and
-- substance (length, up to a limit).
local SPECIFICITY = { data = 4, evidence = 3, per_ref = 1, max_refs = 3, checked = 2, per_150_chars = 1, max_length = 2 }

local function specificity(c, labels)
  local s = 0
  if labels.has_data then s = s + SPECIFICITY.data end
  if labels.has_evidence then s = s + SPECIFICITY.evidence end
  s = s + SPECIFICITY.per_ref * math.min(#(labels.refs or {}), SPECIFICITY.max_refs)
  if labels.corroboration then s = s + SPECIFICITY.checked end
  s = s + SPECIFICITY.per_150_chars * math.min(utf8.len(c.text) // 150, SPECIFICITY.max_length)
  return s
end

--- Returns the classify hook for a level; `options` go to classify.new
--- ({ level = "thcs", extra_area_words = { ... } }).
return function(options)
  local labels_of = classify.new(options)
  return function(c)
    local labels = labels_of(c)
    if labels then
      labels.flags = labels.flags or {}
      corroborate.check(c, labels)
      labels.response = labels.response or response.suggest(labels)
      labels.specificity = labels.specificity or specificity(c, labels)
    end
    return labels
  end
end
