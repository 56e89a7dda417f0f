// Mock system header (seniorlint test fixtures): allocator, char_traits, function objects and
// std::hash, shared by the container and string mocks.
#ifndef SENIORLINT_MOCK_BITS_BASE_H
#define SENIORLINT_MOCK_BITS_BASE_H

#include <cstddef>
#include <new>
#include <utility>

namespace std {

template <class T> class allocator {
public:
  typedef T value_type;
  typedef size_t size_type;
  typedef ptrdiff_t difference_type;
  allocator() noexcept {}
  allocator(const allocator &) noexcept {}
  template <class U> allocator(const allocator<U> &) noexcept {}
  T *allocate(size_t n) { return static_cast<T *>(::operator new(n * sizeof(T))); }
  void deallocate(T *p, size_t) { ::operator delete(p); }
};

template <class C> struct char_traits;
template <> struct char_traits<char> {
  typedef char char_type;
  typedef int int_type;
  static constexpr size_t length(const char_type *s) { return __builtin_strlen(s); }
  static constexpr int compare(const char_type *a, const char_type *b, size_t n) {
    return __builtin_memcmp(a, b, n);
  }
  static constexpr bool eq(char_type a, char_type b) noexcept { return a == b; }
  static constexpr bool lt(char_type a, char_type b) noexcept {
    return (unsigned char)a < (unsigned char)b;
  }
  static constexpr int_type eof() noexcept { return -1; }
};
template <> struct char_traits<wchar_t> {
  typedef wchar_t char_type;
  typedef unsigned int int_type;
  static constexpr size_t length(const char_type *s) { return __builtin_wcslen(s); }
  static constexpr int compare(const char_type *a, const char_type *b, size_t n) {
    return __builtin_wmemcmp(a, b, n);
  }
  static constexpr bool eq(char_type a, char_type b) noexcept { return a == b; }
  static constexpr bool lt(char_type a, char_type b) noexcept { return a < b; }
  static constexpr int_type eof() noexcept { return static_cast<int_type>(-1); }
};

template <class T = void> struct less {
  constexpr bool operator()(const T &a, const T &b) const { return a < b; }
};
template <class T = void> struct greater {
  constexpr bool operator()(const T &a, const T &b) const { return b < a; }
};
template <class T = void> struct equal_to {
  constexpr bool operator()(const T &a, const T &b) const { return a == b; }
};

template <class T> struct hash;
#define SENIORLINT_MOCK_SCALAR_HASH(T)                                                            \
  template <> struct hash<T> {                                                                    \
    size_t operator()(T v) const noexcept { return static_cast<size_t>(v); }                     \
  };
SENIORLINT_MOCK_SCALAR_HASH(bool)
SENIORLINT_MOCK_SCALAR_HASH(char)
SENIORLINT_MOCK_SCALAR_HASH(signed char)
SENIORLINT_MOCK_SCALAR_HASH(unsigned char)
SENIORLINT_MOCK_SCALAR_HASH(short)
SENIORLINT_MOCK_SCALAR_HASH(unsigned short)
SENIORLINT_MOCK_SCALAR_HASH(int)
SENIORLINT_MOCK_SCALAR_HASH(unsigned int)
SENIORLINT_MOCK_SCALAR_HASH(long)
SENIORLINT_MOCK_SCALAR_HASH(unsigned long)
SENIORLINT_MOCK_SCALAR_HASH(long long)
SENIORLINT_MOCK_SCALAR_HASH(unsigned long long)
#undef SENIORLINT_MOCK_SCALAR_HASH
template <class T> struct hash<T *> {
  size_t operator()(T *p) const noexcept { return reinterpret_cast<size_t>(p); }
};

// Node and iterators for the node-based containers (map, unordered_map). Every member of a
// template has a body: clang rejects an odr-used, undefined function whose type involves a type
// without linkage (anonymous-namespace or local structs, lambdas).
template <class Value> struct __mock_node {
  Value _M_value;
  __mock_node *_M_next;
  __mock_node *_M_prev;
};

template <class Value> struct __mock_node_iterator {
  typedef Value value_type;
  typedef Value &reference;
  typedef Value *pointer;
  typedef ptrdiff_t difference_type;

  __mock_node_iterator() noexcept : _M_node(nullptr) {}
  explicit __mock_node_iterator(__mock_node<Value> *n) noexcept : _M_node(n) {}
  reference operator*() const { return _M_node->_M_value; }
  pointer operator->() const { return &_M_node->_M_value; }
  __mock_node_iterator &operator++() {
    _M_node = _M_node->_M_next;
    return *this;
  }
  __mock_node_iterator operator++(int) {
    __mock_node_iterator tmp = *this;
    _M_node = _M_node->_M_next;
    return tmp;
  }
  __mock_node_iterator &operator--() {
    _M_node = _M_node->_M_prev;
    return *this;
  }
  __mock_node_iterator operator--(int) {
    __mock_node_iterator tmp = *this;
    _M_node = _M_node->_M_prev;
    return tmp;
  }
  friend bool operator==(const __mock_node_iterator &a, const __mock_node_iterator &b) {
    return a._M_node == b._M_node;
  }
  friend bool operator!=(const __mock_node_iterator &a, const __mock_node_iterator &b) {
    return a._M_node != b._M_node;
  }
  __mock_node<Value> *_M_node;
};

template <class Value> struct __mock_node_const_iterator {
  typedef Value value_type;
  typedef const Value &reference;
  typedef const Value *pointer;
  typedef ptrdiff_t difference_type;

  __mock_node_const_iterator() noexcept : _M_node(nullptr) {}
  explicit __mock_node_const_iterator(const __mock_node<Value> *n) noexcept : _M_node(n) {}
  __mock_node_const_iterator(const __mock_node_iterator<Value> &it) noexcept
      : _M_node(it._M_node) {}
  reference operator*() const { return _M_node->_M_value; }
  pointer operator->() const { return &_M_node->_M_value; }
  __mock_node_const_iterator &operator++() {
    _M_node = _M_node->_M_next;
    return *this;
  }
  __mock_node_const_iterator operator++(int) {
    __mock_node_const_iterator tmp = *this;
    _M_node = _M_node->_M_next;
    return tmp;
  }
  __mock_node_const_iterator &operator--() {
    _M_node = _M_node->_M_prev;
    return *this;
  }
  __mock_node_const_iterator operator--(int) {
    __mock_node_const_iterator tmp = *this;
    _M_node = _M_node->_M_prev;
    return tmp;
  }
  friend bool operator==(const __mock_node_const_iterator &a,
                         const __mock_node_const_iterator &b) {
    return a._M_node == b._M_node;
  }
  friend bool operator!=(const __mock_node_const_iterator &a,
                         const __mock_node_const_iterator &b) {
    return a._M_node != b._M_node;
  }
  const __mock_node<Value> *_M_node;
};

} // namespace std

#endif
