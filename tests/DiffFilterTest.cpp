#include "DiffFilter.h"
#include <gtest/gtest.h>
