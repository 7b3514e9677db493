-- Hostile rule file: loops for ever while loading
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
while true do end
return { classify = function() return nil end }
