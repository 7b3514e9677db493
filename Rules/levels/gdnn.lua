-- Rules/levels/gdnn.lua: how comments of the Giáo dục nghề nghiệp level (gdnn) are judged.
--
-- The judgement shared by every level is in Rules/lib/classify.lua (the labels) and
-- Rules/lib/corroborate.lua (claims checked against the appendices); this file names the level
-- and adds the words that mean an area only at this level. To change how this level alone
-- judges a comment, wrap the hook: see Rules/README.md, "Changing one level".

local level = require("level")

-- Keywords (folded: no accents, lower case) that give an area at this level only.
local EXTRA_AREA_WORDS = { chat_luong = { "gan dao tao voi doanh nghiep", "thuc tap" } }

return {
  classify = level({ level = "gdnn", extra_area_words = EXTRA_AREA_WORDS }),
}
