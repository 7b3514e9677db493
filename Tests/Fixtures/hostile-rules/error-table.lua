-- Hostile rule file: raises a table as error
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs on one record
-- (thcs/cum-01/2) and every other record must still be classified by the default rules.
local level = require("level")
local classify = level({ level = "thcs" })
return {
  classify = function(c)
    if c.id == "thcs/cum-01/2" then
      error({ code = 42 })
    end
    return classify(c)
  end,
}
