#include "Fixes.h"
#include <gtest/gtest.h>
