#include <libxml/xmlversion.h>
/* Debian's libxml2 pulls in the system ICU, which clashes with Foundation's copy. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlmemory.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

static inline void cxml_free(void *p) { xmlFree(p); }
