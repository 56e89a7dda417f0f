#include "NameMatchers.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <vector>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

class AnyNameMatcher : public internal::MatcherInterface<NamedDecl> {
public:
  explicit AnyNameMatcher(const std::vector<std::string> &Names)
      : Exact(hasAnyName(std::vector<llvm::StringRef>(Names.begin(), Names.end()))) {
    for (llvm::StringRef Name : Names) {
      size_t Colons = Name.rfind("::");
      LastComponents.insert(Colons == llvm::StringRef::npos ? Name : Name.drop_front(Colons + 2));
    }
  }

  bool matches(const NamedDecl &Node, internal::ASTMatchFinder *Finder,
               internal::BoundNodesTreeBuilder *Builder) const override {
    // Identifiers are the common case and cost a hash lookup; operators, constructors and
    // conversions have no identifier and are spelled out.
    if (const IdentifierInfo *Id = Node.getIdentifier()) {
      if (!LastComponents.contains(Id->getName()))
        return false;
    } else if (!LastComponents.contains(Node.getNameAsString())) {
      return false;
    }
    // A name such as `operator<<` or `open` passes the first test on thousands of calls to a
    // handful of declarations: the exact answer is remembered per declaration.
    auto [It, New] = Known.try_emplace(&Node, false);
    if (New)
      It->second = Exact.matches(Node, Finder, Builder);
    return It->second;
  }

private:
  llvm::StringSet<> LastComponents;
  NamedDeclMatcher Exact;
  // Each check builds its matchers for one unit: they outlive neither its declarations nor
  // its thread.
  mutable llvm::DenseMap<const NamedDecl *, bool> Known;
};

} // namespace

NamedDeclMatcher anyNameOf(llvm::ArrayRef<std::string> Names) {
  return internal::makeMatcher(
      new AnyNameMatcher(std::vector<std::string>(Names.begin(), Names.end())));
}

NamedDeclMatcher anyNameOf(llvm::ArrayRef<llvm::StringRef> Names) {
  std::vector<std::string> Copy;
  for (llvm::StringRef Name : Names)
    Copy.push_back(Name.str());
  return anyNameOf(Copy);
}

} // namespace seniorlint
