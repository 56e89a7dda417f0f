#include "Baseline.h"
#include <gtest/gtest.h>
