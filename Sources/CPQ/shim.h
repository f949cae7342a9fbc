// libpq, PostgreSQL's client library: connections and COPY … TO STDOUT streamed row by row.
#include <libpq-fe.h>
