/* Debian's liblua5.4-dev, found through pkg-config `lua5.4`. No Lua sources live in this repo. */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
