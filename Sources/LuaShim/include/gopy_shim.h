/*
 * gopy's C side of the Lua host.
 *
 * Swift never calls the Lua C API directly: most of it can raise a Lua error, which is a longjmp,
 * and a longjmp across Swift frames is undefined behaviour. Everything that touches a lua_State
 * lives here and runs inside lua_pcall. Values cross the boundary as a small byte encoding
 * (see "Value encoding" below) that both sides read and write without Lua.
 *
 * The header deliberately exposes no Lua types, so that Swift code cannot reach lua.h.
 */
#ifndef GOPY_SHIM_H
#define GOPY_SHIM_H

#include <stddef.h>
#include <stdint.h>

/* One sandboxed Lua state with its limits. Not thread-safe: one per worker thread. */
typedef struct GopyLua GopyLua;

/* The outcome of a call into Lua. */
typedef enum GopyStatus {
    GOPY_OK = 0,
    GOPY_ERR_RUNTIME = 1,   /* a Lua error raised by rule code (including syntax errors of load) */
    GOPY_ERR_MEMORY = 2,    /* the memory cap was reached */
    GOPY_ERR_BUDGET = 3,    /* the instruction budget was used up */
    GOPY_ERR_RESULT = 4,    /* a value could not cross to the host (function, cycle, too large, too deep) */
    GOPY_ERR_HANDLER = 5,   /* an error while handling an error */
    GOPY_ERR_HOST = 6       /* misuse by the host: unknown entry, bad encoding, state not bootstrapped */
} GopyStatus;

/*
 * Value encoding, little-endian:
 *   0x00 nil | 0x01 false | 0x02 true | 0x03 int64 | 0x04 float64
 *   0x05 string: u32 length, bytes
 *   0x06 map: u32 n, then n (key, value) pairs
 *   0x07 array: u32 n, then n values (Lua keys 1..n)
 * A call's arguments and results are a sequence of values, back to back.
 */
enum {
    GOPY_TAG_NIL = 0, GOPY_TAG_FALSE = 1, GOPY_TAG_TRUE = 2, GOPY_TAG_INT = 3,
    GOPY_TAG_FLOAT = 4, GOPY_TAG_STRING = 5, GOPY_TAG_MAP = 6, GOPY_TAG_ARRAY = 7
};

/* What a call into Lua produced. `data` belongs to the state and stays valid until the next call
 * on the same state; the strings are malloc'd and freed by gopy_result_free. */
typedef struct GopyResult {
    int status;
    const uint8_t *data;
    size_t length;
    char *message;     /* the error message, without traceback */
    char *traceback;   /* "stack traceback:\n..." */
    char *source;      /* the rule file of the innermost rule frame ("Rules/levels/thcs.lua"), or NULL */
    int line;          /* its current line, or 0 */
} GopyResult;

void gopy_result_free(GopyResult *result);

/* The buffer a host function writes its encoded results into. Owned by the state. */
typedef struct GopyOut {
    uint8_t *data;
    size_t length;
    size_t capacity;
    char *error;
} GopyOut;

/* A host (Swift) function callable from Lua. It receives its arguments encoded, must not touch Lua,
 * appends its encoded results to `out` and returns how many values it wrote; or sets an error with
 * gopy_out_set_error and returns -1, and the C trampoline raises it once the Swift frames are gone. */
typedef int (*GopyHostFunction)(void *context, const uint8_t *args, size_t length, GopyOut *out);

/* Appends bytes to a host function's output; returns 0 when memory runs out. */
int gopy_out_append(GopyOut *out, const uint8_t *bytes, size_t length);
/* Sets the error message a host function reports. */
void gopy_out_set_error(GopyOut *out, const char *message, size_t length);

/* Creates a state with a counting allocator capped at memory_limit bytes (0: no cap). NULL if out of memory. */
GopyLua *gopy_open(size_t memory_limit);
void gopy_close(GopyLua *state);

/* Limits for the following calls: instructions per call (0: none), bytes for the whole state (0: none),
 * and the most values one call may return (nodes, counting nested table entries). */
void gopy_set_limits(GopyLua *state, uint64_t instruction_budget, size_t memory_limit, uint32_t max_result_nodes);
/* Bytes the state holds now. */
size_t gopy_memory_used(const GopyLua *state);
/* Runs a full garbage collection (for a caller that has just handed over a large argument). */
void gopy_collect_garbage(GopyLua *state);

/* Declares a host function, installed at bootstrap in the table handed to the prelude. Returns 0 on failure. */
int gopy_register(GopyLua *state, const char *name, GopyHostFunction function, void *context);

/* Opens the standard library, runs the trusted prelude (Lua source, text only) with
 * (host functions table, builtins table) as arguments, and keeps the table of entry points it
 * returns. The prelude is what builds the sandbox that rule files run in. */
void gopy_bootstrap(GopyLua *state, const char *source, size_t length, const char *chunkname, GopyResult *result);

/* Calls the prelude's entry point `entry` with encoded arguments, under the limits. */
void gopy_call(GopyLua *state, const char *entry, const uint8_t *args, size_t length, GopyResult *result);

/* The instruction profile: how many hook samples (one per 1,000 Lua instructions) fell on each
 * line of a rule file. `source` is the rule file's path and stays valid while the state lives. */
typedef struct GopyProfileEntry {
    const char *source;
    int line;
    uint64_t samples;
} GopyProfileEntry;

#define GOPY_PROFILE_SLOTS 8192

/* Starts or stops counting samples per rule line. */
void gopy_profile_enable(GopyLua *state, int on);
/* Copies up to `max` entries of the profile into `out`; returns how many. */
size_t gopy_profile_read(const GopyLua *state, GopyProfileEntry *out, size_t max);

/* Gives the heap's free pages back to the system (glibc's malloc_trim); returns 1 when some were. */
int gopy_heap_release(void);

#endif
