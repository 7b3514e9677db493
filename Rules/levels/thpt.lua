-- Rules/levels/thpt.lua: how comments of the Trung học phổ thông level (thpt) are judged.
--
-- The judgement shared by every level is in Rules/lib/classify.lua; this file names the level
-- and adds the words that mean an area only at this level. To change how this level alone
-- judges a comment, wrap the hook: see Rules/README.md, "Changing one level".

local classify = require("classify")

-- Keywords (folded: no accents, lower case) that give an area at this level only.
local EXTRA_AREA_WORDS = { chat_luong = { "thi tot nghiep thpt", "to hop mon" } }

return {
  classify = classify.new({ level = "thpt", extra_area_words = EXTRA_AREA_WORDS }),
}
