// PostgreSQL's own C client (libpq-dev on Debian) for Swift.
#ifndef BIOPILOT_LIBPQ_SHIM_H
#define BIOPILOT_LIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#include <poll.h>
#endif
