// Mock system header (seniorlint test fixtures): the INVOKE protocol behind std::invoke,
// std::function and std::thread (callables, member functions through objects and pointers).
#ifndef SENIORLINT_MOCK_BITS_INVOKE_H
#define SENIORLINT_MOCK_BITS_INVOKE_H

#include <type_traits>
#include <utility>

namespace std {

template <class F, class... Args>
constexpr auto __mock_invoke(F &&f, Args &&...args)
    -> decltype(std::forward<F>(f)(std::forward<Args>(args)...)) {
  return std::forward<F>(f)(std::forward<Args>(args)...);
}
template <class M, class C, class Obj, class... Args>
constexpr auto __mock_invoke(M C::*pm, Obj &&obj, Args &&...args)
    -> decltype((std::forward<Obj>(obj).*pm)(std::forward<Args>(args)...)) {
  return (std::forward<Obj>(obj).*pm)(std::forward<Args>(args)...);
}
template <class M, class C, class Obj, class... Args>
constexpr auto __mock_invoke(M C::*pm, Obj &&obj, Args &&...args)
    -> decltype(((*std::forward<Obj>(obj)).*pm)(std::forward<Args>(args)...)) {
  return ((*std::forward<Obj>(obj)).*pm)(std::forward<Args>(args)...);
}

template <class F, class... Args>
using invoke_result_t = decltype(__mock_invoke(std::declval<F>(), std::declval<Args>()...));
template <class F, class... Args> struct invoke_result { typedef invoke_result_t<F, Args...> type; };

} // namespace std

#endif
