-- Hostile rule file: widens package.path to load files from anywhere
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
package.path = "/tmp/?.lua;" .. package.path
return { classify = function() return nil end }
