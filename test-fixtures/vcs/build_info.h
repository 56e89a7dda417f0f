#pragma once
// What the build system passes in (target_compile_definitions with git describe).
#ifndef GIT_DESCRIBE
#define GIT_DESCRIBE "v2.4.1-17-g3c9e2f1"
#endif
