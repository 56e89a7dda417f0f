// Where checks register their matchers: clang's MatchFinder, plus dispatch by name.
//
// MatchFinder tries every matcher registered for a node kind on every node of that kind, and
// each try pays for itself (the spelled-in-source test of the node, the traversal-kind scope,
// the bound-node builder) before the matcher's first cheap test. Most of our rules look at
// calls of a few named functions, and on gtest-all.cc those per-try costs of some 40 call
// matchers were most of what the rules cost (callgrind). So a rule says which names it
// looks at: onCallsTo({"system", "popen"}, callExpr(...), this). One dispatcher per node kind
// reads the name a node refers to, looks it up once in a hash table and runs only the
// matchers registered for that name, so a node pays one lookup whatever the number of rules.
//
// The names are a filter in front of the matcher, never instead of it: the matcher still
// decides. A name is the last component of the declaration's name ("::std::equal" is
// "equal"), "operator<<" for an operator, and the class name for a constructor. Matchers given
// here are spelled-in-source matchers (the registry adds traverse(), as addMatcher users do).
#pragma once

#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Timer.h"
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace seniorlint {

class NameDispatch;

// A list of names however a rule keeps it: literals, StringRefs or strings.
struct NameList {
  NameList(std::initializer_list<llvm::StringRef> Names) : Names(Names) {}
  NameList(llvm::ArrayRef<llvm::StringRef> Names) : Names(Names.begin(), Names.end()) {}
  NameList(const std::vector<std::string> &Strings) : Names(Strings.begin(), Strings.end()) {}
  NameList(const std::vector<llvm::StringRef> &Names) : Names(Names) {}
  template <size_t N> NameList(const llvm::StringRef (&Names)[N]) : Names(Names, Names + N) {}
  std::vector<llvm::StringRef> Names;
};

class MatchRegistry {
public:
  using Callback = clang::ast_matchers::MatchFinder::MatchCallback;
  using StatementMatcher = clang::ast_matchers::StatementMatcher;
  // Says whether a name may be one the matcher is for, when the names are not a list.
  using NameTest = std::function<bool(llvm::StringRef)>;

  // Per-rule times go to Profile when it is not null (--profile).
  MatchRegistry(clang::ast_matchers::MatchFinder &Finder,
                llvm::StringMap<llvm::TimeRecord> *Profile);
  ~MatchRegistry();
  MatchRegistry(const MatchRegistry &) = delete;
  MatchRegistry &operator=(const MatchRegistry &) = delete;

  // A matcher tried on every node of its kind, as MatchFinder::addMatcher.
  template <typename MatcherT> void addMatcher(const MatcherT &Matcher, Callback *C) {
    Finder.addMatcher(Matcher, C);
  }

  // Calls (CallExpr and its member, operator and dependent forms) whose callee is named one
  // of Names; a dependent call in a template is named by its unresolved callee.
  void onCallsTo(const NameList &Names, const StatementMatcher &Matcher, Callback *C);
  void onCallsTo(NameTest Test, const StatementMatcher &Matcher, Callback *C);
  // Constructions (CXXConstructExpr) of the classes named one of Names.
  void onConstructionsOf(const NameList &Names, const StatementMatcher &Matcher, Callback *C);
  // References by name (DeclRefExpr, and UnresolvedLookupExpr in templates).
  void onReferencesTo(const NameList &Names, const StatementMatcher &Matcher, Callback *C);

  // Every spelled-in-source call the walk meets, whatever its callee: for facts gathered in
  // the same walk as the rules rather than in one of their own.
  void onEveryCall(std::function<void(const clang::CallExpr &)> Hook);
  // Every spelled-in-source DeclRefExpr, likewise: for a question about the declaration a
  // reference names (its attributes), which no name list can ask.
  void onEveryReference(std::function<void(const clang::DeclRefExpr &)> Hook);

  // After matchAST: the dispatched matchers' times, moved to the Profile map. MatchFinder
  // writes its own records when matching ends, so they are added after it.
  void addTimesToProfile();

private:
  NameDispatch &dispatch(unsigned Kind);

  clang::ast_matchers::MatchFinder &Finder;
  llvm::StringMap<llvm::TimeRecord> *Profile;
  llvm::StringMap<llvm::TimeRecord> Times; // of dispatched matchers, while profiling
  std::vector<std::unique_ptr<NameDispatch>> Dispatchers;
};

// The key a dispatcher looks up for a declaration name: see the header comment.
llvm::StringRef dispatchName(clang::DeclarationName Name, llvm::SmallVectorImpl<char> &Buffer);

} // namespace seniorlint
