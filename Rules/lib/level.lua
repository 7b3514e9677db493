-- Rules/lib/level.lua: the classify hook of a level file, put together from the shared parts:
-- the labels (lib/classify.lua), then the check of the comment's claims against its
-- institution's appendix rows (lib/corroborate.lua), then the suggested answer of the drafting
-- team (lib/response.lua).

local classify = require("classify")
local corroborate = require("corroborate")
local response = require("response")

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
    end
    return labels
  end
end
