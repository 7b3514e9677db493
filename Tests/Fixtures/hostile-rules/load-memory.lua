-- Hostile rule file: grows a table without end while loading
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
local t = {} while true do t[#t + 1] = {} end
return { classify = function() return nil end }
