// Mock of SOCI 4 (seniorlint test fixtures): the C++ database access library.
// Real shape: `sql << "..."` (session::operator<<, a member template) returns a
// details::once_temp_type that runs the statement in its destructor; `, soci::into(x)` and
// `, soci::use(x)` attach into_container / use_container objects to it with operator,.
// soci::transaction begins in its constructor and rolls back in its destructor unless
// committed. Simplified: no backends beyond the factories in soci/<backend>/, no ORM
// type_conversion, no bulk vectors or blobs.
#ifndef SENIORLINT_MOCK_SOCI_H
#define SENIORLINT_MOCK_SOCI_H

#include <cstddef>
#include <stdexcept>
#include <string>

namespace soci {

enum indicator { i_ok, i_null, i_truncated };

class soci_error : public std::runtime_error {
public:
  explicit soci_error(const std::string &msg);
  soci_error(const soci_error &other);
  soci_error &operator=(const soci_error &other);
  ~soci_error() noexcept override;
  std::string get_error_message() const;
};

class backend_factory {
public:
  backend_factory() {}
  virtual ~backend_factory() {}
};

class connection_parameters {
public:
  connection_parameters();
  connection_parameters(const backend_factory &factory, const std::string &connectString);
  connection_parameters(const std::string &backendName, const std::string &connectString);
  explicit connection_parameters(const std::string &fullConnectString);
};

class session;
class row;

namespace details {

enum statement_type { st_one_time_query, st_repeatable_query };

struct no_indicator {};

template <typename T, typename Indicator> class into_container {
public:
  into_container(T &t, Indicator &ind) : t(t), ind(ind) {}
  T &t;
  Indicator &ind;
};
template <typename T> class into_container<T, no_indicator> {
public:
  explicit into_container(T &t) : t(t) {}
  T &t;
};

template <typename T, typename Indicator> class use_container {
public:
  use_container(T &t, Indicator &ind, const std::string &name) : t(t), ind(ind), name(name) {}
  T &t;
  Indicator &ind;
  const std::string &name;
};
template <typename T> class use_container<T, no_indicator> {
public:
  use_container(T &t, const std::string &name) : t(t), name(name) {}
  T &t;
  const std::string &name;
};

// The temporary that `sql << "..."` returns; the statement runs when it is destroyed.
class once_temp_type {
public:
  once_temp_type(session &s);
  once_temp_type(const once_temp_type &o);
  once_temp_type &operator=(const once_temp_type &o);
  ~once_temp_type() noexcept(false);

  template <typename T> once_temp_type &operator<<(const T & /*t*/) { return *this; }
  template <typename T, typename Indicator>
  once_temp_type &operator,(const into_container<T, Indicator> & /*ic*/) {
    return *this;
  }
  template <typename T, typename Indicator>
  once_temp_type &operator,(const use_container<T, Indicator> & /*uc*/) {
    return *this;
  }
};

class once_type {
public:
  once_type() : session_(nullptr) {}
  once_type(session *s) : session_(s) {}
  template <typename T> once_temp_type operator<<(const T &t) {
    once_temp_type o(*session_);
    o << t;
    return o;
  }

private:
  session *session_;
};

class prepare_temp_type {
public:
  prepare_temp_type(session &s);
  prepare_temp_type(const prepare_temp_type &o);
  prepare_temp_type &operator=(const prepare_temp_type &o);
  ~prepare_temp_type();

  template <typename T> prepare_temp_type &operator<<(const T & /*t*/) { return *this; }
  template <typename T, typename Indicator>
  prepare_temp_type &operator,(const into_container<T, Indicator> & /*ic*/) {
    return *this;
  }
  template <typename T, typename Indicator>
  prepare_temp_type &operator,(const use_container<T, Indicator> & /*uc*/) {
    return *this;
  }
};

class prepare_type {
public:
  prepare_type() : session_(nullptr) {}
  prepare_type(session *s) : session_(s) {}
  template <typename T> prepare_temp_type operator<<(const T &t) {
    prepare_temp_type p(*session_);
    p << t;
    return p;
  }

private:
  session *session_;
};

} // namespace details

template <typename T> details::into_container<T, details::no_indicator> into(T &t) {
  return details::into_container<T, details::no_indicator>(t);
}
template <typename T, typename Indicator>
details::into_container<T, Indicator> into(T &t, Indicator &ind) {
  return details::into_container<T, Indicator>(t, ind);
}
template <typename T>
details::use_container<T, details::no_indicator> use(T &t,
                                                     const std::string &name = std::string()) {
  return details::use_container<T, details::no_indicator>(t, name);
}
template <typename T>
details::use_container<const T, details::no_indicator>
use(const T &t, const std::string &name = std::string()) {
  return details::use_container<const T, details::no_indicator>(t, name);
}

// A fixed set of open sessions; `soci::session Sql(Pool)` borrows one until it is destroyed.
class connection_pool {
public:
  explicit connection_pool(std::size_t size);
  connection_pool(const connection_pool &) = delete;
  connection_pool &operator=(const connection_pool &) = delete;
  ~connection_pool();
  session &at(std::size_t pos);
};

class session {
public:
  session();
  explicit session(connection_pool &pool);
  explicit session(const connection_parameters &parameters);
  session(const backend_factory &factory, const std::string &connectString);
  session(const std::string &backendName, const std::string &connectString);
  explicit session(const std::string &connectString);
  session(const session &) = delete;
  session &operator=(const session &) = delete;
  ~session();

  void open(const connection_parameters &parameters);
  void open(const backend_factory &factory, const std::string &connectString);
  void open(const std::string &backendName, const std::string &connectString);
  void open(const std::string &connectString);
  void close();
  void reconnect();
  bool is_connected() const noexcept;

  void begin();
  void commit();
  void rollback();

  details::once_type once;
  details::prepare_type prepare;

  template <typename T> details::once_temp_type operator<<(const T &t) { return once << t; }

  bool got_data() const;
  bool get_last_insert_id(const std::string &table, long long &value);
  std::string get_last_query() const;
};

// Begins in the constructor; the destructor rolls back unless commit() ran.
class transaction {
public:
  explicit transaction(session &sql);
  transaction(const transaction &) = delete;
  transaction &operator=(const transaction &) = delete;
  ~transaction();

  void commit();
  void rollback();
  session &current_session() const;
};

class statement {
public:
  statement(session &s);
  statement(const details::prepare_temp_type &prep);
  statement(const statement &other);
  statement &operator=(const statement &other);
  ~statement();

  template <typename T, typename Indicator>
  void exchange(const details::into_container<T, Indicator> & /*ic*/) {}
  template <typename T, typename Indicator>
  void exchange(const details::use_container<T, Indicator> & /*uc*/) {}

  void alloc();
  void prepare(const std::string &query,
               details::statement_type eType = details::st_repeatable_query);
  void define_and_bind();
  void clean_up();
  bool execute(bool withDataExchange = false);
  bool fetch();
  bool got_data() const;
  long long get_affected_rows();
};

class row {
public:
  row();
  ~row();
  std::size_t size() const;
  indicator get_indicator(std::size_t pos) const;
  indicator get_indicator(const std::string &name) const;
  template <typename T> T get(std::size_t /*pos*/) const { return T(); }
  template <typename T> T get(std::size_t /*pos*/, const T &nullValue) const { return nullValue; }
  template <typename T> T get(const std::string & /*name*/) const { return T(); }
  template <typename T> T get(const std::string & /*name*/, const T &nullValue) const {
    return nullValue;
  }
};

template <typename T> class rowset_iterator {
public:
  rowset_iterator() : value_(nullptr) {}
  const T &operator*() const { return *value_; }
  const T *operator->() const { return value_; }
  rowset_iterator &operator++() { return *this; }
  rowset_iterator operator++(int) { return *this; }
  bool operator==(const rowset_iterator &rhs) const { return value_ == rhs.value_; }
  bool operator!=(const rowset_iterator &rhs) const { return value_ != rhs.value_; }

private:
  const T *value_;
};

template <typename T = row> class rowset {
public:
  typedef rowset_iterator<T> const_iterator;
  typedef const_iterator iterator;

  rowset(const details::prepare_temp_type & /*prep*/) {}
  const_iterator begin() const { return const_iterator(); }
  const_iterator end() const { return const_iterator(); }
};

} // namespace soci

#endif
