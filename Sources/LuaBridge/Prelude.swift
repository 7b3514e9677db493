/// The trusted Lua code that builds the sandbox, run once per state with the full standard
/// library before any rule file. It keeps private references to what the sandbox withholds
/// (`debug.getinfo` for traces, the real `load`), gives every rule file its own environment,
/// and returns the entry points the host calls.
///
/// Kept in Lua because the sandbox is easiest to read and to audit as the Lua it guards; kept in
/// Swift source (not a resource file) so that the binary is self-contained.
let preludeSource = #"""
local host, builtins = ...

local type, pairs, ipairs, next, select = type, pairs, ipairs, next, select
local tostring, tonumber, error, assert = tostring, tonumber, error, assert
local rawget, rawset, rawequal, rawlen = rawget, rawset, rawequal, rawlen
local setmetatable, getmetatable, pcall, xpcall = setmetatable, getmetatable, pcall, xpcall
local real_load, collectgarbage = load, collectgarbage
local string, table, math, utf8 = string, table, math, utf8
local getinfo = debug.getinfo
local os_time, os_date, os_difftime = os.time, os.date, os.difftime
local abort_pending = builtins.abort_pending
local sort, concat, insert = table.sort, table.concat, table.insert
local version = _VERSION

local NO_HOOK = {}

local function blocked(name, why)
  local message = "blocked: " .. name .. (why and (" (" .. why .. ")") or "")
  return function() error(message, 2) end
end

-- Remove what must not exist even behind a rule's back: the string metatable is shared by every
-- string of the state, so its library table must not carry string.dump, and no rule may read or
-- replace the metatable itself.
string.dump = blocked("string.dump", "precompiled bytecode is not allowed")
getmetatable("").__metatable = false

-- Lua's pattern matcher runs in C, out of reach of the instruction hook: each pattern function
-- first has its worst-case work charged to the call's budget (see guard_pattern in the C shim),
-- so a pattern that backtracks without end on a long text is stopped like an endless loop. The
-- guarded functions replace the library's own entries so that method calls (s:find(p)) go
-- through them too.
do
  local guard = builtins.guard_pattern
  string.find = guard(string.find, 0)
  string.match = guard(string.match, 1)
  string.gmatch = guard(string.gmatch, 2)
  string.gsub = guard(string.gsub, 3)
end

local function where(level)
  local info = getinfo(level + 1, "Sl")
  if info and info.source:sub(1, 1) == "@" then
    return info.source:sub(2) .. ":" .. info.currentline
  end
  return nil
end

-- Deterministic pairs: key order in a Lua hash part changes from run to run (the string hash is
-- seeded at random), and rules that stop at the first match must give the same answer every run
-- and for any thread count. Keys are visited numbers first, then strings, each in order.
local key_rank = { number = 1, string = 2, boolean = 3 }
local function key_less(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return (key_rank[ta] or 9) < (key_rank[tb] or 9) end
  if ta == "number" or ta == "string" then return a < b end
  if ta == "boolean" then return (not a) and b end
  return false
end
local function sorted_pairs(t)
  local meta = getmetatable(t)
  if type(meta) == "table" and rawget(meta, "__pairs") then return pairs(t) end
  local keys, n = {}, 0
  for k in next, t do n = n + 1; keys[n] = k end
  sort(keys, key_less)
  local i = 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, t[k] end
  end, t, nil
end

local function rethrow_if_aborting(ok, ...)
  if not ok and abort_pending() then error((...), 0) end
  return ok, ...
end
local function safe_pcall(f, ...) return rethrow_if_aborting(pcall(f, ...)) end
local function safe_xpcall(f, handler, ...)
  if type(handler) ~= "function" then return xpcall(f, handler, ...) end -- Lua's own argument error
  -- The budget stop is raised from inside the instruction hook, where hooks are off; a rule's
  -- message handler called then would never be stopped again (xpcall(f, function() while true do
  -- end end) hung the host). While a stop is pending the handler is skipped.
  local function guarded(e)
    if abort_pending() then return e end
    return handler(e)
  end
  return rethrow_if_aborting(xpcall(f, guarded, ...))
end

local function safe_setmetatable(t, meta)
  if type(meta) == "table" and rawget(meta, "__gc") ~= nil then
    error("blocked: __gc metamethod (finalizers run at unpredictable times)", 2)
  end
  return setmetatable(t, meta)
end

local gc_allowed = { collect = true, count = true, step = true, isrunning = true }
local function safe_collectgarbage(option, ...)
  option = option or "collect"
  if not gc_allowed[option] then
    error('blocked: collectgarbage("' .. tostring(option) .. '")', 2)
  end
  return collectgarbage(option, ...)
end

-- The read-only views of host libraries, by view: rawset on one of them is refused as an
-- assignment is, instead of quietly giving one file a library the others do not have.
local library_names = setmetatable({}, { __mode = "k" })

local function readonly(name, lib)
  local view = setmetatable({}, {
    __index = lib,
    __newindex = function(_, k)
      error("cannot assign " .. name .. "." .. tostring(k) .. ": host libraries are read-only", 2)
    end,
    __pairs = function() return sorted_pairs(lib) end,
    __metatable = false,
  })
  library_names[view] = name
  return view
end

local function safe_rawset(t, k, v)
  local name = library_names[t]
  if name then
    error("cannot assign " .. name .. "." .. tostring(k) .. ": host libraries are read-only", 2)
  end
  return rawset(t, k, v)
end

-- Fields of the withheld libraries that are data, not functions: reading them is refused at once
-- (package.path = "/tmp/?.lua;" .. package.path then names package.path, not a concatenation).
local blocked_fields = {
  package = { path = true, cpath = true, loaded = true, preload = true, searchers = true, config = true },
  io = { stdin = true, stdout = true, stderr = true },
}

local function blocked_library(name, allowed)
  local fields = blocked_fields[name] or {}
  return setmetatable({}, {
    __index = function(_, k)
      local f = allowed and allowed[k]
      if f then return f end
      if fields[k] then error("blocked: " .. name .. "." .. tostring(k), 2) end
      return blocked(name .. "." .. tostring(k))
    end,
    __newindex = function(_, k) error("blocked: " .. name .. "." .. tostring(k), 2) end,
    __metatable = false,
  })
end

local os_allowed = {
  time = function(t)
    if t == nil then error("blocked: os.time() without a date (rules must give the same result on every run)", 2) end
    return os_time(t)
  end,
  date = function(format, t)
    if t == nil then error("blocked: os.date without a time (rules must give the same result on every run)", 2) end
    return os_date(format, t)
  end,
  difftime = os_difftime,
}

local math_view = {}
for k, v in next, math do math_view[k] = v end
math_view.random = blocked("math.random", "rules must give the same result on every run")
math_view.randomseed = blocked("math.randomseed", "rules must give the same result on every run")

-- The gopy library: host functions from Swift plus the Lua helpers below.
local gopy = {}
for name, f in next, host do gopy[name] = f end

local current_trace = nil

--- gopy.why(field, reason): records why a rule decided a field, with the rule's file and line.
function gopy.why(field, reason)
  if current_trace then
    current_trace[#current_trace + 1] = { field = tostring(field), why = tostring(reason), at = where(2) }
  end
end

--- gopy.example(t): marks a test case or an example with the file and line it is written at,
--- so that `gopy rules test` can point at it.
function gopy.example(t)
  if type(t) ~= "table" then error("gopy.example takes a table", 2) end
  local info = getinfo(2, "Sl")
  if info and info.source:sub(1, 1) == "@" then
    t.file = info.source:sub(2)
    t.line = info.currentline
  end
  return t
end

--- gopy.contains(text, word): plain substring test (no patterns), for already folded text.
function gopy.contains(text, word)
  return string.find(text, word, 1, true) ~= nil
end

--- gopy.find_any(text, words): the first word of the list found in text, or nil.
function gopy.find_any(text, words)
  for i = 1, #words do
    local w = words[i]
    if string.find(text, w, 1, true) then return w end
  end
  return nil
end

--- gopy.fold_list(words): folds every word of a list once, for matching against folded text.
function gopy.fold_list(words)
  local out = {}
  local match_key = host.match_key
  if not match_key then error("gopy.fold_list needs the host's match_key", 2) end
  for i = 1, #words do out[i] = match_key(words[i]) end
  return out
end

gopy.version = "gopy rule host 1 (" .. version .. ")"

-- Rule sources: modules["name"] = { source = "...", chunkname = "Rules/lib/name.lua" }.
local modules = {}
local rule_modules = {}
local make_env

local function require_in(root_cache, requester)
  return function(name)
    if type(name) ~= "string" or not name:match("^[%a_][%w_%-]*$") then
      error("blocked: require(" .. string.format("%q", tostring(name)) ..
        "): a module name is the plain name of a file in Rules/lib, e.g. require(\"text\")", 2)
    end
    local cached = root_cache[name]
    if cached ~= nil then
      if cached == NO_HOOK then error("require(\"" .. name .. "\"): circular require", 2) end
      return cached
    end
    local module = modules[name]
    if not module then
      error("module '" .. name .. "' not found: require loads only Rules/lib/" .. name ..
        ".lua (required from " .. requester .. ")", 2)
    end
    root_cache[name] = NO_HOOK
    local env = make_env(module.chunkname, root_cache)
    local chunk, message = real_load(module.source, "@" .. module.chunkname, "t", env)
    if not chunk then error(message, 0) end
    local value = chunk(name)
    if value == nil then value = true end
    root_cache[name] = value
    return value
  end
end

make_env = function(chunkname, root_cache)
  local env = {}
  local base = {
    assert = assert, error = error, ipairs = ipairs, next = next, pairs = sorted_pairs,
    pcall = safe_pcall, xpcall = safe_xpcall, print = host.print,
    rawequal = rawequal, rawget = rawget, rawlen = rawlen, rawset = safe_rawset, select = select,
    setmetatable = safe_setmetatable, getmetatable = getmetatable,
    tonumber = tonumber, tostring = tostring, type = type, _VERSION = version,
    string = readonly("string", string), table = readonly("table", table),
    math = readonly("math", math_view), utf8 = readonly("utf8", utf8),
    gopy = readonly("gopy", gopy),
    io = blocked_library("io"), os = blocked_library("os", os_allowed),
    debug = blocked_library("debug"), package = blocked_library("package"),
    coroutine = blocked_library("coroutine"),
    dofile = blocked("dofile"), loadfile = blocked("loadfile"),
    collectgarbage = safe_collectgarbage,
    require = require_in(root_cache, chunkname),
  }
  base.load = function(chunk, name, mode, chunk_env)
    if mode ~= nil and mode ~= "t" then
      error("blocked: load with mode '" .. tostring(mode) .. "' (only Lua source text is allowed)", 2)
    end
    if type(chunk) == "string" and chunk:byte(1) == 27 then
      return nil, "blocked: precompiled bytecode (only Lua source text is allowed)"
    end
    if chunk_env == nil then chunk_env = env end
    return real_load(chunk, name, "t", chunk_env)
  end
  base._G = env
  setmetatable(env, {
    __index = function(_, k)
      local v = base[k]
      if v == nil then
        error("undeclared global '" .. tostring(k) .. "'", 2)
      end
      return v
    end,
    __metatable = false,
  })
  return env
end

local entries = {}

-- The shared helpers of Rules/lib, by module name.
function entries.set_modules(list)
  modules = {}
  for name, m in next, list do modules[name] = m end
  return true
end

-- Loads one rule file; returns its id, the names of its hooks and of its other fields.
function entries.load_rule(chunkname, source)
  local env = make_env(chunkname, {})
  local chunk, message = real_load(source, "@" .. chunkname, "t", env)
  if not chunk then error(message, 0) end
  local module = chunk()
  if type(module) ~= "table" then
    error(chunkname .. ": a rule file must end with `return { hook = function ... }` (it returned " ..
      type(module) .. ")", 0)
  end
  local hooks, fields = {}, {}
  for k, v in sorted_pairs(module) do
    if type(k) == "string" and type(v) == "function" then hooks[#hooks + 1] = k
    elseif type(k) == "string" then fields[#fields + 1] = k end
  end
  local id = #rule_modules + 1
  rule_modules[id] = module
  return id, hooks, fields
end

-- Calls hook `hook` of rule `id`; returns the result, the trace and where the hook is defined.
function entries.invoke(id, hook, ...)
  local module = rule_modules[id]
  local f = module and rawget(module, hook)
  if type(f) ~= "function" then return nil, {}, nil, false end
  local trace = {}
  local info = getinfo(f, "S")
  builtins.set_site(info.source, info.linedefined)
  current_trace = trace
  local result = f(...)
  current_trace = nil
  local defined = info.source:sub(1, 1) == "@" and (info.source:sub(2) .. ":" .. info.linedefined) or nil
  return result, trace, defined, true
end

-- A field of a rule file that is not a hook (examples, metadata), copied.
function entries.field(id, name)
  local module = rule_modules[id]
  return module and rawget(module, name)
end

-- The whole table a file returned (test files return a list of cases).
function entries.value(id)
  return rule_modules[id]
end

function entries.memory()
  return builtins.memory_used()
end

return entries
"""#
