// zlib, for compressing cached article blobs (Debian package zlib1g-dev).
#include <zlib.h>
