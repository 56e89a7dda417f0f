/* Mock system header (seniorlint test fixtures): declarations only. */
/* No include guard, like the real <assert.h>: NDEBUG may change between inclusions. */
#undef assert

#ifdef __cplusplus
extern "C" {
#endif
void __assert_fail(const char *assertion, const char *file, unsigned int line,
                   const char *function) __attribute__((__noreturn__));
#ifdef __cplusplus
}
#endif

#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
