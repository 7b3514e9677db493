/*
 * The C half of gopy's Lua host: the counting allocator, the instruction hook, the message
 * handler, the value codec and the trampoline for host functions. See include/gopy_shim.h.
 *
 * Rule: every Lua API call that may raise happens inside lua_pcall, in a C frame. Swift code only
 * calls the functions of the header, none of which raises.
 */
#include "gopy_shim.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

static pthread_once_t pattern_classes_once;
static void pattern_classes_init(void);

/* The hook fires every HOOK_INTERVAL VM instructions; small enough to stop a loop within
 * microseconds of the budget, large enough to cost nothing measurable. */
#define HOOK_INTERVAL 1000
/* Room the error machinery may use past the cap once a call is being aborted. */
#define EMERGENCY_BYTES ((size_t)4 << 20)
#define MAX_DEPTH 64
#define MAX_HOST_FUNCTIONS 64

typedef struct Buffer {
    uint8_t *data;
    size_t length;
    size_t capacity;
} Buffer;

typedef struct HostFunction {
    char *name;
    GopyHostFunction function;
    void *context;
} HostFunction;

/* Small blocks for Lua (strings, tables, closures of up to SMALL_MAX bytes) come from the
 * state's own pool: per size class (multiples of 16 bytes) a list of freed blocks, refilled
 * from 64 KiB slabs. A state is used by one thread at a time, so this needs no lock, where
 * glibc's malloc and free were about 7 % of a run (perf, 8,000 comments). Slabs are returned
 * when the state closes; a freed block waits for the next block of its class. */
#define SMALL_MAX 256
#define SMALL_CLASSES (SMALL_MAX / 16)
#define SLAB_BYTES (64 * 1024)

typedef struct Slab {
    struct Slab *next;
    /* blocks follow, 16-byte aligned */
} Slab;

typedef struct Pool {
    void *free_blocks[SMALL_CLASSES + 1]; /* by class 1 ... SMALL_CLASSES */
    char *bump;                           /* the rest of the newest slab */
    size_t bump_left;
    Slab *slabs;
} Pool;

struct GopyLua {
    lua_State *L;
    Pool pool;
    size_t memory_used;
    size_t memory_limit;
    uint64_t instruction_budget;
    uint64_t instructions_used;
    uint32_t max_result_nodes;
    int aborting;            /* GOPY_ERR_BUDGET / GOPY_ERR_MEMORY while a call is being stopped */
    int result_error;        /* the encoder refused a value */
    int bootstrapped;
    /* Where the innermost rule frame was at the last hook sample: the only location a memory
     * error has, since Lua raises those without calling the message handler. */
    char sample_source[512];
    int sample_line;
    /* Where the running hook is defined: the place to report when no rule frame is left on the
     * stack, as when a hook ends in a tail call (return s:find(p)) to a function that fails. */
    char site_source[512];
    int site_line;
    /* Filled by the message handler. */
    char *error_message;
    char *error_source;
    int error_line;
    /* Buffers reused across calls: one state serves one thread, and host calls never nest. */
    Buffer arguments;
    Buffer results;
    GopyOut host_out;
    HostFunction host_functions[MAX_HOST_FUNCTIONS];
    int host_function_count;
    /* The instruction profile (gopy run --profile-rules): samples per rule line. */
    int profiling;
    GopyProfileEntry *profile;
    size_t profile_capacity;
};

static const char *REGISTRY_ENTRIES = "gopy.entries";

/* ---------------------------------------------------------------- buffers */

static int buffer_reserve(Buffer *b, size_t extra) {
    if (b->length + extra <= b->capacity) return 1;
    size_t capacity = b->capacity ? b->capacity : 256;
    while (capacity < b->length + extra) capacity *= 2;
    uint8_t *data = realloc(b->data, capacity);
    if (!data) return 0;
    b->data = data;
    b->capacity = capacity;
    return 1;
}

static int buffer_append(Buffer *b, const void *bytes, size_t length) {
    if (!buffer_reserve(b, length)) return 0;
    memcpy(b->data + b->length, bytes, length);
    b->length += length;
    return 1;
}

static int buffer_u8(Buffer *b, uint8_t v) { return buffer_append(b, &v, 1); }

static int buffer_u32(Buffer *b, uint32_t v) {
    uint8_t bytes[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    return buffer_append(b, bytes, 4);
}

static int buffer_u64(Buffer *b, uint64_t v) {
    uint8_t bytes[8];
    for (int i = 0; i < 8; i++) bytes[i] = (uint8_t)(v >> (8 * i));
    return buffer_append(b, bytes, 8);
}

int gopy_out_append(GopyOut *out, const uint8_t *bytes, size_t length) {
    Buffer b = {out->data, out->length, out->capacity};
    int ok = buffer_append(&b, bytes, length);
    out->data = b.data;
    out->length = b.length;
    out->capacity = b.capacity;
    return ok;
}

void gopy_out_set_error(GopyOut *out, const char *message, size_t length) {
    free(out->error);
    out->error = malloc(length + 1);
    if (out->error) {
        memcpy(out->error, message, length);
        out->error[length] = 0;
    }
}

static char *copy_string(const char *s) {
    if (!s) return NULL;
    size_t n = strlen(s);
    char *copy = malloc(n + 1);
    if (copy) memcpy(copy, s, n + 1);
    return copy;
}

/* ---------------------------------------------------------------- allocator and hook */

static GopyLua *state_of(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (GopyLua *)ud;
}

static void count_hook(lua_State *L, lua_Debug *ar);

static void begin_abort(GopyLua *G, int reason) {
    if (G->aborting) return;
    G->aborting = reason;
    /* From now on every instruction raises, so a rule's own pcall cannot swallow the stop.
     * lua_sethook is safe to call at any time, even from inside the allocator. */
    if (G->L) lua_sethook(G->L, count_hook, LUA_MASKCOUNT, 1);
}

/* Remembers the innermost rule frame's place as the sample. Lua raises memory errors without
 * calling the message handler, so without this a bomb built by one C call (string.rep) before any
 * hook sample would have no line. Reading the stack allocates nothing, so the allocator may. */
static void sample_rule_location(GopyLua *G) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(G->L, level, &ar); level++) {
        if (lua_getinfo(G->L, "Sl", &ar) && ar.source && ar.source[0] == '@' && ar.currentline > 0) {
            snprintf(G->sample_source, sizeof G->sample_source, "%s", ar.source + 1);
            G->sample_line = ar.currentline;
            return;
        }
    }
}

static size_t size_class(size_t n) { return (n + 15) >> 4; }

static void *pool_take(Pool *P, size_t cls) {
    void *block = P->free_blocks[cls];
    if (block) {
        P->free_blocks[cls] = *(void **)block;
        return block;
    }
    size_t bytes = cls * 16;
    if (P->bump_left < bytes) {
        /* The slab header is padded to 16 bytes so that the blocks stay aligned. */
        Slab *slab = malloc(SLAB_BYTES);
        if (!slab) return NULL;
        slab->next = P->slabs;
        P->slabs = slab;
        P->bump = (char *)slab + 16;
        P->bump_left = SLAB_BYTES - 16;
    }
    block = P->bump;
    P->bump += bytes;
    P->bump_left -= bytes;
    return block;
}

static void pool_give(Pool *P, void *block, size_t cls) {
    *(void **)block = P->free_blocks[cls];
    P->free_blocks[cls] = block;
}

static void pool_release(Pool *P) {
    Slab *slab = P->slabs;
    while (slab) {
        Slab *next = slab->next;
        free(slab);
        slab = next;
    }
    memset(P, 0, sizeof *P);
}

/* Lua's allocator contract: `osize` is the block's size when `ptr` is not NULL. Blocks of up to
 * SMALL_MAX bytes are the pool's, larger ones malloc's; a block that changes side is copied. */
static void *pool_realloc(Pool *P, void *ptr, size_t old, size_t nsize) {
    int was_small = ptr && old <= SMALL_MAX;
    int small = nsize <= SMALL_MAX;
    if (ptr && !was_small && !small) return realloc(ptr, nsize);
    if (was_small && small && size_class(old) == size_class(nsize)) return ptr;
    void *p = small ? pool_take(P, size_class(nsize)) : malloc(nsize);
    if (!p) return NULL;
    if (ptr) {
        memcpy(p, ptr, old < nsize ? old : nsize);
        if (was_small) pool_give(P, ptr, size_class(old)); else free(ptr);
    }
    return p;
}

static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    GopyLua *G = (GopyLua *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        if (ptr) {
            if (old <= SMALL_MAX) pool_give(&G->pool, ptr, size_class(old)); else free(ptr);
        }
        G->memory_used -= old;
        return NULL;
    }
    if (G->memory_limit && nsize > old) {
        size_t limit = G->memory_limit + (G->aborting ? EMERGENCY_BYTES : 0);
        if (G->memory_used - old + nsize > limit) {
            if (G->bootstrapped && !G->aborting && G->L) {
                sample_rule_location(G);
                begin_abort(G, GOPY_ERR_MEMORY);
            }
            return NULL;
        }
    }
    void *p = pool_realloc(&G->pool, ptr, old, nsize);
    if (!p) return NULL;
    G->memory_used = G->memory_used - old + nsize;
    return p;
}

/* Raises `what` as coming from the innermost rule frame (a file loaded as "@path"), so that the
 * stop is reported at the rule's line even when it lands inside the host's own Lua helpers. */
static void raise_from_rule(lua_State *L, const char *what) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.source && ar.source[0] == '@' && ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d: %s", ar.source + 1, ar.currentline, what);
            lua_error(L);
        }
    }
    GopyLua *G = state_of(L);
    if (G->site_source[0]) {
        lua_pushfstring(L, "%s:%d: %s", G->site_source, G->site_line, what);
        lua_error(L);
    }
    lua_pushstring(L, what);
    lua_error(L);
}

static void raise_abort(lua_State *L, GopyLua *G) {
    char what[160];
    if (G->aborting == GOPY_ERR_BUDGET)
        snprintf(what, sizeof what, "instruction budget exceeded (%llu instructions per call)",
                 (unsigned long long)G->instruction_budget);
    else
        snprintf(what, sizeof what, "memory limit exceeded (%d MB per rule state)", (int)(G->memory_limit >> 20));
    raise_from_rule(L, what);
}

/* Counts one sample for a rule line in an open-addressing table keyed by the interned source
 * pointer and the line; a full table drops samples rather than allocate inside the hook. */
static void profile_add(GopyLua *G, const char *source, int line) {
    if (!G->profile) {
        G->profile = calloc(GOPY_PROFILE_SLOTS, sizeof *G->profile);
        if (!G->profile) return;
        G->profile_capacity = GOPY_PROFILE_SLOTS;
    }
    size_t h = ((size_t)(uintptr_t)source * 31u + (size_t)line * 2654435761u) & (G->profile_capacity - 1);
    for (size_t probe = 0; probe < 64; probe++) {
        GopyProfileEntry *e = &G->profile[(h + probe) & (G->profile_capacity - 1)];
        if (e->source == source && e->line == line) { e->samples++; return; }
        if (e->source == NULL) { e->source = source; e->line = line; e->samples = 1; return; }
    }
}

static void count_hook(lua_State *L, lua_Debug *ar) {
    GopyLua *G = state_of(L);
    if (lua_getinfo(L, "Sl", ar) && ar->source && ar->source[0] == '@' && ar->currentline > 0) {
        snprintf(G->sample_source, sizeof G->sample_source, "%s", ar->source + 1);
        G->sample_line = ar->currentline;
        if (G->profiling) profile_add(G, ar->source + 1, ar->currentline);
    }
    if (G->aborting) raise_abort(L, G);
    G->instructions_used += HOOK_INTERVAL;
    if (G->instruction_budget && G->instructions_used > G->instruction_budget) {
        begin_abort(G, GOPY_ERR_BUDGET);
        raise_abort(L, G);
    }
}

/* ---------------------------------------------------------------- state */

GopyLua *gopy_open(size_t memory_limit) {
    GopyLua *G = calloc(1, sizeof *G);
    if (!G) return NULL;
    G->memory_limit = memory_limit;
    G->max_result_nodes = 1000000;
    pthread_once(&pattern_classes_once, pattern_classes_init);
    G->L = lua_newstate(counting_alloc, G);
    if (!G->L) {
        free(G);
        return NULL;
    }
    /* Rules make many short-lived strings and tables per record: the generational collector
     * frees them young, which measured 1.3x faster than the incremental default. A major
     * collection once memory has grown by half (not the default doubling): on a national run
     * this took the resident size during the rules from 200-330 MB to 195-275 MB, at the same
     * speed. */
    lua_gc(G->L, LUA_GCGEN, 0, 50);
    return G;
}

void gopy_profile_enable(GopyLua *G, int on) { G->profiling = on; }

size_t gopy_profile_read(const GopyLua *G, GopyProfileEntry *out, size_t max) {
    size_t n = 0;
    for (size_t i = 0; G->profile && i < G->profile_capacity && n < max; i++) {
        if (G->profile[i].source) out[n++] = G->profile[i];
    }
    return n;
}

void gopy_close(GopyLua *G) {
    if (!G) return;
    free(G->profile);
    if (G->L) lua_close(G->L);
    pool_release(&G->pool);
    for (int i = 0; i < G->host_function_count; i++) free(G->host_functions[i].name);
    free(G->arguments.data);
    free(G->results.data);
    free(G->host_out.data);
    free(G->host_out.error);
    free(G->error_message);
    free(G->error_source);
    free(G);
}

void gopy_set_limits(GopyLua *G, uint64_t instruction_budget, size_t memory_limit, uint32_t max_result_nodes) {
    G->instruction_budget = instruction_budget;
    G->memory_limit = memory_limit;
    G->max_result_nodes = max_result_nodes ? max_result_nodes : 1000000;
}

size_t gopy_memory_used(const GopyLua *G) { return G->memory_used; }

void gopy_collect_garbage(GopyLua *G) {
    /* A full collection runs no rule code: finalizers are blocked in the sandbox. */
    lua_gc(G->L, LUA_GCCOLLECT);
}

int gopy_register(GopyLua *G, const char *name, GopyHostFunction function, void *context) {
    if (G->bootstrapped || G->host_function_count >= MAX_HOST_FUNCTIONS) return 0;
    char *copy = copy_string(name);
    if (!copy) return 0;
    G->host_functions[G->host_function_count++] = (HostFunction){copy, function, context};
    return 1;
}

void gopy_result_free(GopyResult *r) {
    free(r->message);
    free(r->traceback);
    free(r->source);
    r->message = r->traceback = r->source = NULL;
}

/* ---------------------------------------------------------------- message handler */

static void set_error_location(GopyLua *G, lua_State *L) {
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar)) continue;
        if (ar.source && ar.source[0] == '@' && ar.currentline > 0) {
            free(G->error_source);
            G->error_source = copy_string(ar.source + 1);
            G->error_line = ar.currentline;
            return;
        }
    }
}

/* Runs at the point of the error, before the stack unwinds: the only moment a traceback and the
 * rule's line can be read. Turns any error object (string, table, nil) into a message. */
static int message_handler(lua_State *L) {
    GopyLua *G = state_of(L);
    const char *message;
    if (lua_type(L, 1) == LUA_TSTRING) {
        message = lua_tostring(L, 1);
    } else if (luaL_getmetafield(L, 1, "__tostring") != LUA_TNIL) {
        lua_pop(L, 1);
        /* luaL_tolstring calls __tostring; a failing one becomes an error in the handler (ERRERR). */
        message = luaL_tolstring(L, 1, NULL);
    } else {
        message = lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    }
    free(G->error_message);
    G->error_message = copy_string(message);
    set_error_location(G, L);
    luaL_traceback(L, L, NULL, 1);
    return 1;
}

/* ---------------------------------------------------------------- encoding Lua -> bytes */

typedef struct Encoder {
    GopyLua *G;
    Buffer *out;
    uint32_t nodes;
    int seen;          /* stack index of the table of tables being encoded (cycle check), or 0 */
    const char *label; /* "argument": messages name the value as "argument N", or NULL */
    int number;        /* N */
    char path[256];    /* where in the value being encoded, after the label */
} Encoder;

static void encode_value(lua_State *L, Encoder *e, int index, int depth);

static void encoder_fail(lua_State *L, Encoder *e, const char *what) {
    e->G->result_error = 1;
    if (e->label)
        luaL_error(L, "%s (at %s %d%s)", what, e->label, e->number, e->path);
    else if (e->path[0])
        luaL_error(L, "%s (at %s)", what, e->path);
    else
        luaL_error(L, "%s", what);
}

static void encoder_oom(lua_State *L) { luaL_error(L, "not enough memory for the result buffer"); }

static int is_sequence(lua_State *L, int index, uint32_t *count) {
    lua_Integer n = 0;
    int sequence = 1;
    lua_pushnil(L);
    while (lua_next(L, index)) {
        n++;
        if (!lua_isinteger(L, -2)) sequence = 0;
        lua_pop(L, 1);
    }
    if (n > 0xFFFFFFF0) n = 0xFFFFFFF0;
    *count = (uint32_t)n;
    if (!sequence) return 0;
    for (lua_Integer i = 1; i <= n; i++) {
        if (lua_rawgeti(L, index, i) == LUA_TNIL) {
            lua_pop(L, 1);
            return 0;
        }
        lua_pop(L, 1);
    }
    return 1;
}

static void path_push(Encoder *e, lua_State *L, int key_index, size_t *saved) {
    *saved = strlen(e->path);
    size_t room = sizeof e->path - *saved;
    if (lua_type(L, key_index) == LUA_TSTRING) {
        snprintf(e->path + *saved, room, "%s%s", *saved || e->label ? "." : "", lua_tostring(L, key_index));
    } else if (lua_isinteger(L, key_index)) {
        snprintf(e->path + *saved, room, "[%lld]", (long long)lua_tointeger(L, key_index));
    } else {
        snprintf(e->path + *saved, room, "[%s]", luaL_typename(L, key_index));
    }
}

static void encode_table(lua_State *L, Encoder *e, int index, int depth) {
    if (depth > MAX_DEPTH) encoder_fail(L, e, "table nested too deeply (more than 64 levels)");
    lua_pushvalue(L, index);
    if (lua_rawget(L, e->seen) != LUA_TNIL) encoder_fail(L, e, "cyclic table (a table that contains itself)");
    lua_pop(L, 1);
    lua_pushvalue(L, index);
    lua_pushboolean(L, 1);
    lua_rawset(L, e->seen);

    uint32_t count = 0;
    luaL_checkstack(L, 6, "result encoding");
    int sequence = is_sequence(L, index, &count);
    if (e->nodes + count > e->G->max_result_nodes) encoder_fail(L, e, "result too large");
    if (!buffer_u8(e->out, sequence ? GOPY_TAG_ARRAY : GOPY_TAG_MAP) || !buffer_u32(e->out, count)) encoder_oom(L);
    if (sequence) {
        for (uint32_t i = 1; i <= count; i++) {
            size_t saved;
            lua_pushinteger(L, i);
            path_push(e, L, lua_gettop(L), &saved);
            lua_pop(L, 1);
            lua_rawgeti(L, index, i);
            encode_value(L, e, lua_gettop(L), depth + 1);
            lua_pop(L, 1);
            e->path[saved] = 0;
        }
    } else {
        uint32_t written = 0;
        lua_pushnil(L);
        while (lua_next(L, index)) {
            if (written == count) encoder_fail(L, e, "table changed while it was being read");
            size_t saved;
            path_push(e, L, lua_gettop(L) - 1, &saved);
            int kt = lua_type(L, -2);
            if (kt != LUA_TSTRING && kt != LUA_TNUMBER && kt != LUA_TBOOLEAN)
                encoder_fail(L, e, "table key that is not a string or a number");
            encode_value(L, e, lua_gettop(L) - 1, depth + 1);
            encode_value(L, e, lua_gettop(L), depth + 1);
            e->path[saved] = 0;
            lua_pop(L, 1);
            written++;
        }
        if (written != count) encoder_fail(L, e, "table changed while it was being read");
    }
    lua_pushvalue(L, index);
    lua_pushnil(L);
    lua_rawset(L, e->seen);
}

static void encode_value(lua_State *L, Encoder *e, int index, int depth) {
    if (++e->nodes > e->G->max_result_nodes) encoder_fail(L, e, "result too large");
    switch (lua_type(L, index)) {
    case LUA_TNIL:
        if (!buffer_u8(e->out, GOPY_TAG_NIL)) encoder_oom(L);
        break;
    case LUA_TBOOLEAN:
        if (!buffer_u8(e->out, lua_toboolean(L, index) ? GOPY_TAG_TRUE : GOPY_TAG_FALSE)) encoder_oom(L);
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index)) {
            if (!buffer_u8(e->out, GOPY_TAG_INT) || !buffer_u64(e->out, (uint64_t)lua_tointeger(L, index))) encoder_oom(L);
        } else {
            double d = lua_tonumber(L, index);
            uint64_t bits;
            memcpy(&bits, &d, 8);
            if (!buffer_u8(e->out, GOPY_TAG_FLOAT) || !buffer_u64(e->out, bits)) encoder_oom(L);
        }
        break;
    case LUA_TSTRING: {
        size_t n;
        const char *s = lua_tolstring(L, index, &n);
        if (n > 0xFFFFFFF0u) encoder_fail(L, e, "string too long");
        if (!buffer_u8(e->out, GOPY_TAG_STRING) || !buffer_u32(e->out, (uint32_t)n) || !buffer_append(e->out, s, n)) encoder_oom(L);
        break;
    }
    case LUA_TTABLE:
        encode_table(L, e, lua_absindex(L, index), depth);
        break;
    default: {
        char what[96];
        snprintf(what, sizeof what, "a %s cannot be passed to gopy", luaL_typename(L, index));
        encoder_fail(L, e, what);
    }
    }
}

/* Encodes stack values [first, last] into out. Raises on values that cannot cross.
 * Most host calls pass a string and a number: the cycle-check table is made only when a table
 * comes, and the "argument N" label is only written into a message. */
static void encode_range(lua_State *L, GopyLua *G, Buffer *out, int first, int last, const char *label) {
    Encoder e = {G, out, 0, 0, label, 0, {0}};
    for (int i = first; i <= last; i++) {
        if (!e.seen && lua_type(L, i) == LUA_TTABLE) {
            lua_newtable(L);
            e.seen = lua_gettop(L);
        }
        e.number = i - first + 1;
        encode_value(L, &e, i, 0);
        e.path[0] = 0;
    }
    if (e.seen) lua_remove(L, e.seen);
}

/* ---------------------------------------------------------------- decoding bytes -> Lua */

typedef struct Decoder {
    const uint8_t *data;
    size_t length;
    size_t at;
} Decoder;

static int decode_fail(lua_State *L, const char *what) { return luaL_error(L, "gopy host: malformed value encoding (%s)", what); }

static uint32_t read_u32(lua_State *L, Decoder *d) {
    if (d->length - d->at < 4) decode_fail(L, "truncated length");
    const uint8_t *p = d->data + d->at;
    d->at += 4;
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint64_t read_u64(lua_State *L, Decoder *d) {
    if (d->length - d->at < 8) decode_fail(L, "truncated number");
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | d->data[d->at + i];
    d->at += 8;
    return v;
}

static void decode_value(lua_State *L, Decoder *d, int depth) {
    if (depth > MAX_DEPTH + 2) decode_fail(L, "nested too deeply");
    if (d->at >= d->length) decode_fail(L, "truncated value");
    luaL_checkstack(L, 4, "decoding a value");
    uint8_t tag = d->data[d->at++];
    switch (tag) {
    case GOPY_TAG_NIL: lua_pushnil(L); break;
    case GOPY_TAG_FALSE: lua_pushboolean(L, 0); break;
    case GOPY_TAG_TRUE: lua_pushboolean(L, 1); break;
    case GOPY_TAG_INT: lua_pushinteger(L, (lua_Integer)read_u64(L, d)); break;
    case GOPY_TAG_FLOAT: {
        uint64_t bits = read_u64(L, d);
        double v;
        memcpy(&v, &bits, 8);
        lua_pushnumber(L, v);
        break;
    }
    case GOPY_TAG_STRING: {
        uint32_t n = read_u32(L, d);
        if (d->length - d->at < n) decode_fail(L, "truncated string");
        lua_pushlstring(L, (const char *)d->data + d->at, n);
        d->at += n;
        break;
    }
    case GOPY_TAG_ARRAY: {
        uint32_t n = read_u32(L, d);
        lua_createtable(L, (int)(n > 1u << 24 ? 0 : n), 0);
        for (uint32_t i = 1; i <= n; i++) {
            decode_value(L, d, depth + 1);
            lua_rawseti(L, -2, i);
        }
        break;
    }
    case GOPY_TAG_MAP: {
        uint32_t n = read_u32(L, d);
        lua_createtable(L, 0, (int)(n > 1u << 24 ? 0 : n));
        for (uint32_t i = 0; i < n; i++) {
            decode_value(L, d, depth + 1);
            decode_value(L, d, depth + 1);
            if (lua_isnil(L, -2)) decode_fail(L, "nil key");
            lua_rawset(L, -3);
        }
        break;
    }
    default: decode_fail(L, "unknown tag");
    }
}

static int decode_all(lua_State *L, const uint8_t *data, size_t length) {
    Decoder d = {data, length, 0};
    int count = 0;
    while (d.at < d.length) {
        decode_value(L, &d, 0);
        count++;
    }
    return count;
}

/* ---------------------------------------------------------------- host functions */

/* Calls a Swift function: arguments are encoded here, the Swift side runs without touching Lua,
 * and any error it reports is raised here, after its frames have returned. */
static int host_trampoline(lua_State *L) {
    GopyLua *G = state_of(L);
    HostFunction *h = (HostFunction *)lua_touserdata(L, lua_upvalueindex(1));
    int nargs = lua_gettop(L);
    G->arguments.length = 0;
    encode_range(L, G, &G->arguments, 1, nargs, "argument");
    G->host_out.length = 0;
    free(G->host_out.error);
    G->host_out.error = NULL;
    int n = h->function(h->context, G->arguments.data, G->arguments.length, &G->host_out);
    if (n < 0) {
        luaL_where(L, 1);
        lua_pushfstring(L, "gopy.%s: %s", h->name, G->host_out.error ? G->host_out.error : "failed");
        lua_concat(L, 2);
        return lua_error(L);
    }
    lua_settop(L, 0);
    return decode_all(L, G->host_out.data, G->host_out.length);
}

/* Returns the reason a call is being stopped, or false: the prelude's pcall wrapper rethrows then. */
static int builtin_abort_pending(lua_State *L) {
    GopyLua *G = state_of(L);
    if (G->aborting == GOPY_ERR_BUDGET) lua_pushliteral(L, "budget");
    else if (G->aborting == GOPY_ERR_MEMORY) lua_pushliteral(L, "memory");
    else lua_pushboolean(L, 0);
    return 1;
}

/* set_site(source, line): where the hook about to run is defined (see GopyLua.site_source). */
static int builtin_set_site(lua_State *L) {
    GopyLua *G = state_of(L);
    const char *source = lua_tostring(L, 1);
    if (source && source[0] == '@') {
        snprintf(G->site_source, sizeof G->site_source, "%s", source + 1);
        G->site_line = (int)lua_tointeger(L, 2);
    } else {
        G->site_source[0] = 0;
        G->site_line = 0;
    }
    return 0;
}

/* Bytes the state holds, for rules tests and diagnostics. */
static int builtin_memory_used(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)state_of(L)->memory_used);
    return 1;
}

/* ---------------------------------------------------------------- pattern matching cost */

/* Lua's pattern matcher runs in C, where the instruction hook never fires: a rule could spend
 * hours in one string.find(string.rep("a", 50000), ".-.-.-.-b") with its budget untouched. The
 * prelude puts string.find/match/gmatch/gsub behind guard_pattern, which first bounds the
 * matcher's work from above and charges that bound to the call's instruction budget, so the time a
 * call spends in the matcher is bounded like the time it spends in Lua.
 *
 * The bound follows how lstrlib matches: at each start position (one if the pattern is anchored
 * with ^), single items advance one way; an item quantified with *, + or - tries at most r + 1
 * lengths, r being the longest run of subject bytes the item's class matches; ? tries two; %b and
 * back references scan up to the whole subject. The product over the items, times the starts, is
 * an upper bound on the steps. Using the longest run of each class, not the subject length, keeps
 * the bound close for the patterns rules really use ("(%d+)%s*hs" on a comment costs
 * thousands of steps, not 500^4). */

/* The end of the single-character class starting at p (%x, [set], or one byte); NULL when the
 * pattern is malformed, which lstrlib then reports itself. */
static const char *pattern_class_end(const char *p, const char *end) {
    if (p >= end) return NULL;
    char c = *p++;
    if (c == '%') return p < end ? p + 1 : NULL;
    if (c == '[') {
        if (p < end && *p == '^') p++;
        do { /* the first byte of a set may be ']' */
            if (p >= end) return NULL;
            if (*p++ == '%' && p < end) p++;
        } while (p >= end || *p != ']');
        return p + 1;
    }
    return p;
}

/* Which bytes each %x class matches, one bit per class letter ('a'..'z'), computed once: the
 * C library's ctype calls per byte were a tenth of all the time spent on rules. */
static uint32_t pattern_classes[256];
static pthread_once_t pattern_classes_once = PTHREAD_ONCE_INIT;

static void pattern_classes_init(void) {
    for (int c = 0; c < 256; c++) {
        uint32_t bits = 0;
        if (isalpha(c)) bits |= 1u << ('a' - 'a');
        if (iscntrl(c)) bits |= 1u << ('c' - 'a');
        if (isdigit(c)) bits |= 1u << ('d' - 'a');
        if (isgraph(c)) bits |= 1u << ('g' - 'a');
        if (islower(c)) bits |= 1u << ('l' - 'a');
        if (ispunct(c)) bits |= 1u << ('p' - 'a');
        if (isspace(c)) bits |= 1u << ('s' - 'a');
        if (isupper(c)) bits |= 1u << ('u' - 'a');
        if (isalnum(c)) bits |= 1u << ('w' - 'a');
        if (isxdigit(c)) bits |= 1u << ('x' - 'a');
        pattern_classes[c] = bits;
    }
}

static int pattern_class_match(int c, int cl) {
    int lower = cl | 0x20;
    switch (lower) {
    case 'a': case 'c': case 'd': case 'g': case 'l': case 'p': case 's': case 'u': case 'w': case 'x': {
        int res = (pattern_classes[c & 0xff] >> (lower - 'a')) & 1;
        return (cl >= 'A' && cl <= 'Z') ? !res : res;
    }
    default: return cl == c;
    }
}

/* Whether byte c matches the class [p, ep). */
static int pattern_single_match(int c, const char *p, const char *ep) {
    if (*p == '.') return 1;
    if (*p == '%') return pattern_class_match(c, (unsigned char)p[1]);
    if (*p != '[') return (unsigned char)*p == c;
    const char *close = ep - 1; /* the set's closing ']' */
    int member = 1;             /* what a hit means: 0 in a negated set */
    p++;
    if (*p == '^') { member = 0; p++; }
    /* Members: %x classes, a-z ranges, single bytes (the first may be ']'). */
    for (; p < close; p++) {
        if (*p == '%' && p + 1 < close) {
            p++;
            if (pattern_class_match(c, (unsigned char)*p)) return member;
        } else if (p + 2 < close && p[1] == '-') {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return member;
            p += 2;
        } else if ((unsigned char)*p == c) {
            return member;
        }
    }
    return !member;
}

static size_t pattern_longest_run(const unsigned char *s, size_t n, const char *p, const char *ep) {
    if (*p == '.') return n;
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (pattern_single_match(s[i], p, ep)) {
            if (++run > best) best = run;
        } else {
            run = 0;
        }
    }
    return best;
}

static size_t pattern_count_matches(const unsigned char *s, size_t n, const char *p, const char *ep) {
    if (*p == '.') return n;
    if (*p != '%' && *p != '[') { /* one literal byte */
        size_t count = 0;
        const unsigned char *q = s, *end = s + n;
        while ((q = memchr(q, (unsigned char)*p, (size_t)(end - q))) != NULL) { count++; q++; }
        return count;
    }
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += pattern_single_match(s[i], p, ep) ? 1 : 0;
    return count;
}

#define PATTERN_COST_CAP 1e30
/* Bound steps charged per instruction of the budget. The bound is far above the work of most
 * calls (gmatch "([^\n]*)\n" is charged as if every start failed, but resumes after each line),
 * so charging it 1:1 would refuse ordinary rules on long comments. At 8, a call can spend at most
 * 8 x its budget in matcher steps: measured at 14 ns for the costliest (backtracking) step, about
 * 2 s at the default 20 million, against minutes or hours unbounded. */
#define PATTERN_STEPS_PER_INSTRUCTION 8

/* An upper bound on the steps lstrlib takes to match pattern p in subject s; plain is
 * string.find's fourth argument, anchor_allowed is false for gmatch (where ^ is literal in 5.4). */
static double pattern_cost(const unsigned char *s, size_t n, const char *p, size_t m, int plain, int anchor_allowed) {
    static const char SPECIALS[] = "^$*+?.([%-";
    if (plain) return (double)n * (double)(m + 1) + 1; /* a naive substring search */
    int special = 0;
    for (size_t i = 0; i < m && !special; i++) special = p[i] != 0 && strchr(SPECIALS, p[i]) != NULL;
    if (plain || !special) return (double)n * (double)(m + 1) + 1; /* a naive substring search */
    const char *end = p + m;
    int anchored = 0;
    if (anchor_allowed && p < end && *p == '^') { anchored = 1; p++; }
    double factor = 1, scan = 1;
    double starts = anchored ? 1 : (double)n + 1;
    int items = 0, first = 1;
    while (p < end) {
        switch (*p) {
        case '(': case ')': p++; continue;
        case '$': if (p + 1 == end) { p++; continue; } break;
        case '%':
            if (p + 1 < end && p[1] == 'b') { p += 4; scan = (double)n + 1; items++; first = 0; continue; }
            if (p + 1 < end && p[1] == 'f') {
                const char *ep = pattern_class_end(p + 2, end);
                if (!ep) return 0;
                p = ep; items++;
                continue;
            }
            if (p + 1 < end && isdigit((unsigned char)p[1])) { p += 2; scan = (double)n + 1; items++; first = 0; continue; }
            break;
        default: break;
        }
        const char *ep = pattern_class_end(p, end);
        if (!ep) return 0;
        char q = ep < end ? *ep : 0;
        if (q == '*' || q == '+' || q == '-') {
            factor *= (double)pattern_longest_run(s, n, p, ep) + 1;
            ep++;
        } else if (q == '?') {
            factor *= 2;
            ep++;
        }
        /* A match can only start where a first item that must match one byte does match. */
        if (first && !anchored && (q == 0 || (q != '*' && q != '-' && q != '?')))
            starts = (double)pattern_count_matches(s, n, p, ep - (q == '+' ? 1 : 0)) + 1;
        first = 0;
        items++;
        p = ep;
        if (factor > PATTERN_COST_CAP) return PATTERN_COST_CAP;
    }
    double cost = (double)n + starts * factor * (items + 1) * scan;
    return cost > PATTERN_COST_CAP ? PATTERN_COST_CAP : cost;
}

/* Where in a subject of n bytes a call starts matching, 0-based, from its init argument at index
 * ii (0: none), read as lstrlib reads it (posrelatI): the matcher never looks before it, so only
 * the rest of the subject is bounded. An init lstrlib will refuse counts as none. */
static size_t pattern_start(lua_State *L, int ii, size_t n) {
    if (ii == 0 || lua_isnoneornil(L, ii)) return 0;
    int isnum = 0;
    lua_Integer init = lua_tointegerx(L, ii, &isnum);
    if (!isnum) return 0;
    size_t pos;
    if (init > 0) pos = (size_t)init;
    else if (init == 0 || init < -(lua_Integer)n) pos = 1;
    else pos = n + (size_t)init + 1;
    return pos - 1 > n ? n : pos - 1;
}

/* Charges the bound of a pattern call (subject at index si, pattern at pi, init at ii or 0) to
 * the call's budget, and stops the call (like a budget overrun, so no pcall can swallow it) when
 * the bound exceeds what is left. Arguments that are not strings are left for the real function
 * to refuse. */
static void charge_pattern(lua_State *L, const char *name, int si, int pi, int ii, int plain, int is_gmatch) {
    GopyLua *G = state_of(L);
    if (!G->instruction_budget) return;
    int ts = lua_type(L, si), tp = lua_type(L, pi);
    if ((ts != LUA_TSTRING && ts != LUA_TNUMBER) || (tp != LUA_TSTRING && tp != LUA_TNUMBER)) return;
    size_t n, m;
    const char *s = lua_tolstring(L, si, &n);
    const char *p = lua_tolstring(L, pi, &m);
    size_t start = pattern_start(L, ii, n);
    double cost = pattern_cost((const unsigned char *)s + start, n - start, p, m, plain, !is_gmatch) / PATTERN_STEPS_PER_INSTRUCTION;
    uint64_t left = G->instructions_used < G->instruction_budget ? G->instruction_budget - G->instructions_used : 0;
    if (cost > (double)left) {
        char what[320];
        snprintf(what, sizeof what,
                 "%s: the pattern \"%.40s%s\" may take up to %.2g steps on this %zu-byte text, more than the %llu "
                 "instructions left of the call's budget; anchor it with ^, use fewer .- and .* items, or search "
                 "plain text (string.find(text, word, 1, true))",
                 name, p, m > 40 ? "..." : "", cost * PATTERN_STEPS_PER_INSTRUCTION, n, (unsigned long long)left);
        begin_abort(G, GOPY_ERR_BUDGET);
        raise_from_rule(L, what);
    }
    G->instructions_used += (uint64_t)cost;
}

/* string.find, match, gmatch and gsub as the rules see them: the library's own C function
 * (upvalue 1) called on the same stack once the pattern's bound is charged (upvalue 2 says
 * which function it is). No Lua frame in between: a rule's string call costs what it did before
 * the sandbox, and the library's errors still name the rule's line. */
static const char *const PATTERN_FUNCTIONS[] = {"string.find", "string.match", "string.gmatch", "string.gsub"};

static int guarded_pattern_call(lua_State *L) {
    int kind = (int)lua_tointeger(L, lua_upvalueindex(2));
    /* find, match and gmatch take an init (3rd argument); gsub's 3rd is the replacement. */
    charge_pattern(L, PATTERN_FUNCTIONS[kind], 1, 2, kind <= 2 ? 3 : 0, kind == 0 && lua_toboolean(L, 4), kind == 2);
    lua_CFunction real = lua_tocfunction(L, lua_upvalueindex(1));
    return real(L);
}

/* guard_pattern(fn, kind): fn (a C function of the string library) behind the charge; kind 0
 * find, 1 match, 2 gmatch, 3 gsub. */
static int builtin_guard_pattern(lua_State *L) {
    if (!lua_iscfunction(L, 1)) return luaL_error(L, "guard_pattern: expected a C function");
    lua_Integer kind = luaL_checkinteger(L, 2);
    if (kind < 0 || kind > 3) return luaL_error(L, "guard_pattern: unknown kind");
    lua_settop(L, 2);
    lua_pushcclosure(L, guarded_pattern_call, 2);
    return 1;
}

/* ---------------------------------------------------------------- bootstrap and calls */

typedef struct BootstrapRequest {
    const char *source;
    size_t length;
    const char *chunkname;
} BootstrapRequest;

static int protected_bootstrap(lua_State *L) {
    GopyLua *G = state_of(L);
    BootstrapRequest *req = (BootstrapRequest *)lua_touserdata(L, 1);
    luaL_openlibs(L);
    if (luaL_loadbufferx(L, req->source, req->length, req->chunkname, "t") != LUA_OK) return lua_error(L);
    lua_createtable(L, 0, G->host_function_count);
    for (int i = 0; i < G->host_function_count; i++) {
        lua_pushlightuserdata(L, &G->host_functions[i]);
        lua_pushcclosure(L, host_trampoline, 1);
        lua_setfield(L, -2, G->host_functions[i].name);
    }
    lua_createtable(L, 0, 4);
    lua_pushcfunction(L, builtin_set_site);
    lua_setfield(L, -2, "set_site");
    lua_pushcfunction(L, builtin_guard_pattern);
    lua_setfield(L, -2, "guard_pattern");
    lua_pushcfunction(L, builtin_abort_pending);
    lua_setfield(L, -2, "abort_pending");
    lua_pushcfunction(L, builtin_memory_used);
    lua_setfield(L, -2, "memory_used");
    lua_call(L, 2, 1);
    if (!lua_istable(L, -1)) return luaL_error(L, "the gopy prelude must return a table of entry points");
    lua_setfield(L, LUA_REGISTRYINDEX, REGISTRY_ENTRIES);
    return 0;
}

typedef struct CallRequest {
    const char *entry;
    const uint8_t *args;
    size_t length;
} CallRequest;

static int protected_call(lua_State *L) {
    GopyLua *G = state_of(L);
    CallRequest *req = (CallRequest *)lua_touserdata(L, 1);
    lua_settop(L, 0);
    if (lua_getfield(L, LUA_REGISTRYINDEX, REGISTRY_ENTRIES) != LUA_TTABLE) return luaL_error(L, "gopy host: not bootstrapped");
    if (lua_getfield(L, 1, req->entry) != LUA_TFUNCTION) return luaL_error(L, "gopy host: no entry point '%s'", req->entry);
    lua_remove(L, 1);
    int nargs = decode_all(L, req->args, req->length);
    lua_call(L, nargs, LUA_MULTRET);
    int nresults = lua_gettop(L);
    G->results.length = 0;
    if (nresults > 0) encode_range(L, G, &G->results, 1, nresults, NULL);
    return 0;
}

static void reset_for_call(GopyLua *G) {
    G->aborting = 0;
    G->result_error = 0;
    G->instructions_used = 0;
    G->sample_source[0] = 0;
    G->sample_line = 0;
    G->site_source[0] = 0;
    G->site_line = 0;
    free(G->error_message);
    free(G->error_source);
    G->error_message = G->error_source = NULL;
    G->error_line = 0;
    lua_sethook(G->L, count_hook, LUA_MASKCOUNT, HOOK_INTERVAL);
}

static void finish_call(GopyLua *G, int base, int status, GopyResult *r) {
    lua_State *L = G->L;
    if (status == LUA_OK) {
        r->status = GOPY_OK;
        r->data = G->results.data;
        r->length = G->results.length;
    } else {
        if (G->aborting) r->status = G->aborting;
        else if (G->result_error) r->status = GOPY_ERR_RESULT;
        else if (status == LUA_ERRMEM) r->status = GOPY_ERR_MEMORY;
        else if (status == LUA_ERRERR) r->status = GOPY_ERR_HANDLER;
        else r->status = GOPY_ERR_RUNTIME;
        if (G->error_message) {
            r->message = copy_string(G->error_message);
            r->traceback = lua_type(L, -1) == LUA_TSTRING ? copy_string(lua_tostring(L, -1)) : NULL;
        } else {
            /* The handler did not run: memory errors, and errors inside the handler. */
            const char *m = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "error";
            if (r->status == GOPY_ERR_MEMORY) {
                char text[160];
                snprintf(text, sizeof text, "memory limit exceeded (%d MB per rule state)", (int)(G->memory_limit >> 20));
                r->message = copy_string(text);
            } else {
                r->message = copy_string(m);
            }
        }
        if (r->status == GOPY_ERR_RESULT && G->site_source[0]) {
            /* The hook has returned: the place of its result is the hook itself. */
            r->source = copy_string(G->site_source);
            r->line = G->site_line;
        } else if (G->error_source) {
            r->source = copy_string(G->error_source);
            r->line = G->error_line;
        } else if (G->sample_source[0]) {
            r->source = copy_string(G->sample_source);
            r->line = G->sample_line;
        } else if (G->site_source[0]) {
            r->source = copy_string(G->site_source);
            r->line = G->site_line;
        }
    }
    lua_settop(L, base);
    if (status != LUA_OK && (G->aborting || status == LUA_ERRMEM)) {
        /* Give back what a runaway rule took before the next record runs. Finalizers are
         * blocked in the sandbox, so this runs no rule code. */
        G->aborting = 0;
        lua_sethook(L, NULL, 0, 0);
        lua_gc(L, LUA_GCCOLLECT);
    }
    lua_sethook(L, NULL, 0, 0);
}

void gopy_bootstrap(GopyLua *G, const char *source, size_t length, const char *chunkname, GopyResult *r) {
    memset(r, 0, sizeof *r);
    lua_State *L = G->L;
    int base = lua_gettop(L);
    BootstrapRequest req = {source, length, chunkname};
    reset_for_call(G);
    lua_sethook(L, NULL, 0, 0); /* the prelude is trusted and unbounded */
    lua_pushcfunction(L, message_handler);
    lua_pushcfunction(L, protected_bootstrap);
    lua_pushlightuserdata(L, &req);
    int status = lua_pcall(L, 1, 0, base + 1);
    G->results.length = 0;
    finish_call(G, base, status, r);
    if (status == LUA_OK) G->bootstrapped = 1;
}

void gopy_call(GopyLua *G, const char *entry, const uint8_t *args, size_t length, GopyResult *r) {
    memset(r, 0, sizeof *r);
    if (!G->bootstrapped) {
        r->status = GOPY_ERR_HOST;
        r->message = copy_string("gopy host: the Lua state was not bootstrapped");
        return;
    }
    lua_State *L = G->L;
    int base = lua_gettop(L);
    CallRequest req = {entry, args, length};
    reset_for_call(G);
    lua_pushcfunction(L, message_handler);
    lua_pushcfunction(L, protected_call);
    lua_pushlightuserdata(L, &req);
    int status = lua_pcall(L, 1, 0, base + 1);
    finish_call(G, base, status, r);
}

/* ---------------------------------------------------------------- the C heap */

int gopy_heap_release(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}
