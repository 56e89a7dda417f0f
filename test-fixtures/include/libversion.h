#pragma once
// A mock third-party header whose own macro stamps the build.
#define LIBVERSION_STAMP "libversion 1.2 (" __DATE__ ")"
