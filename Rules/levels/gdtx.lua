-- Rules/levels/gdtx.lua: how comments of the Giáo dục thường xuyên level (gdtx) are judged.
--
-- The judgement shared by every level is in Rules/lib/classify.lua (the labels) and
-- Rules/lib/corroborate.lua (claims checked against the appendices); this file names the level
-- and adds the words that mean an area only at this level. To change how this level alone
-- judges a comment, wrap the hook: see Rules/README.md, "Changing one level".

local level = require("level")

-- Keywords (folded: no accents, lower case) that give an area at this level only.
local EXTRA_AREA_WORDS = { quy_mo_mang_luoi = { "hoc tap cong dong", "xoa mu chu" } }

return {
  classify = level({ level = "gdtx", extra_area_words = EXTRA_AREA_WORDS }),
}
