-- Hostile rule file: requires a module that is not in Rules/lib
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
local lfs = require("lfs")
return { classify = function() return nil end }
