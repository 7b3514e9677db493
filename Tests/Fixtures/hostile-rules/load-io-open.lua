-- Hostile rule file: reads a file while loading
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
local f = io.open("/etc/passwd")
return { classify = function() return nil end }
