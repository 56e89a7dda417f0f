#include <stdexcept>
#include <string>

void mayThrow();
void logError(const char *What);

void swallowsEverything() {
  try {
    mayThrow();
  // expect: errors-empty-catch
  } catch (...) {
  }
}

void swallowsTyped() {
  try {
    mayThrow();
  // expect: errors-empty-catch
  } catch (const std::exception &) {}
}

void swallowsInLoop() {
  for (int I = 0; I < 3; ++I) {
    try {
      mayThrow();
    // expect: errors-empty-catch
    } catch (const std::runtime_error &E) {
    }
  }
}

void logs() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (const std::exception &E) {
    logError(E.what());
  }
}

void explains() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (const std::out_of_range &) {
    // Optional key: absence is the normal case, the default below applies.
  }
}

void rethrows() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (...) {
    throw;
  }
}

template <typename T> void inTemplate(T Value) {
  try {
    Value();
  // expect: errors-empty-catch
  } catch (...) {
  }
}

void instantiate() { inTemplate(&mayThrow); }

class PooledConnection {
public:
  ~PooledConnection() {
    try {
      release();
    // ok: errors-empty-catch
    } catch (...) {
      // A destructor must not throw; release() has already logged why it failed.
    }
  }
  void release();
};

void flushMetrics() {
  try {
    mayThrow();
  // A lone `;` is as silent as nothing at all.
  // expect: errors-empty-catch
  } catch (const std::exception &) {
    ;
  }
}

// Compiled out of release builds; the handler still says what it does with the error.
#ifdef ENABLE_DEBUG_LOG
#define LOG_DEBUG(...) logError(__VA_ARGS__)
#else
#define LOG_DEBUG(...)
#endif

void refreshCache() {
  try {
    mayThrow();
  // ok: errors-empty-catch
  } catch (const std::exception &E) {
    LOG_DEBUG(E.what());
  }
}
