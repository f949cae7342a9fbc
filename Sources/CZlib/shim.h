// zlib's streaming inflate (gzip members, concatenated members too).
#include <zlib.h>
