-- Rules/lib/findings.lua: helpers shared by the appendix checks.

local M = {}

--- Adds a flag for the report: a short code, "info" | "warning" | "error", a Vietnamese message.
function M.flag(flags, code, severity, message)
  flags[#flags + 1] = { code = code, severity = severity, message = message }
end

--- A figure written the Vietnamese way (1.234,5).
function M.fmt(x)
  return gopy.format_number(x, 1)
end

return M
