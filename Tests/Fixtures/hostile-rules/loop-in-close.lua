-- Hostile rule file: loops in the __close of a to-be-closed variable while the stop unwinds
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs on one record
-- (thcs/cum-01/2) and every other record must still be classified by the default rules.
local level = require("level")
local classify = level({ level = "thcs" })
return {
  classify = function(c)
    if c.id == "thcs/cum-01/2" then
      local guard <close> = setmetatable({}, { __close = function() while true do end end }) while true do end
    end
    return classify(c)
  end,
}
