-- Hostile rule file: retries a costly pattern inside pcall
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs on one record
-- (thcs/cum-01/2) and every other record must still be classified by the default rules.
local level = require("level")
local classify = level({ level = "thcs" })
return {
  classify = function(c)
    if c.id == "thcs/cum-01/2" then
      for i = 1, 1e6 do pcall(string.find, string.rep("a", 50000), ".-.-.-.-b") end
    end
    return classify(c)
  end,
}
