-- Hostile rule file: requires a path outside the rules folder
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
local p = require("../../etc/passwd")
return { classify = function() return nil end }
