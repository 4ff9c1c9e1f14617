/* The system's mimalloc (Debian libmimalloc-dev). Linked into a program, it takes malloc and
   free over for the whole process (libxlsxwriter's allocations too): see AllocatorTuning. */
#include <mimalloc.h>
