-- Hostile rule file: requires a C module
-- Replaces Rules/levels/thcs.lua in EndToEndTests/HostileRuleTests; the attack runs while the
-- file loads, so the run is refused before any record is read and nothing is written.
local socket = require("socket.core")
return { classify = function() return nil end }
