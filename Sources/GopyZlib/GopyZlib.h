/* zlib as the system has it (zlib1g-dev): deflate and crc32 for the ZIP writer. ZIPFoundation's
 * own zlib module is internal to it, and on Linux it checksums with a byte-at-a-time Swift loop. */
#include <zlib.h>
