#include "DataFlowSpec.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <set>

namespace seniorlint {

static const llvm::StringRef KindNames[] = {"environment",  "file",     "network",  "console",
                                            "command-line", "external", "sanitizer"};

llvm::ArrayRef<llvm::StringRef> sourceKindNames() { return KindNames; }

std::optional<SourceKind> parseSourceKind(llvm::StringRef Name) {
  const auto *It = llvm::find(KindNames, Name);
  if (It == std::end(KindNames))
    return std::nullopt;
  return static_cast<SourceKind>(It - std::begin(KindNames));
}

llvm::StringRef sourceKindName(SourceKind Kind) { return KindNames[static_cast<int>(Kind)]; }

bool parseSourceArgument(llvm::StringRef Text, FlowSource &S) {
  if (Text == "return") {
    S.Argument = FlowSource::Return;
    S.AndLater = false;
    return true;
  }
  S.AndLater = Text.consume_back("+");
  unsigned Index;
  if (Text.getAsInteger(10, Index) || Index > 64)
    return false;
  S.Argument = static_cast<int>(Index);
  return true;
}

namespace {

// The name of a function or of a scope as written in a catalogue: constructors and
// operators have no identifier (`QSqlQuery`, `operator<<`).
bool nameIs(const clang::NamedDecl &D, llvm::StringRef Name) {
  if (const clang::IdentifierInfo *Id = D.getIdentifier())
    return Id->getName() == Name;
  return D.getNameAsString() == Name;
}

// The enclosing scope a reader would name: inline namespaces (std::__cxx11) and
// `extern "C" {}` blocks are not spelled.
const clang::DeclContext *namedParent(const clang::DeclContext *DC) {
  DC = DC->getParent();
  while (DC && (DC->isTransparentContext() || DC->isInlineNamespace()))
    DC = DC->getParent();
  return DC;
}

bool isGlobalOrStd(const clang::DeclContext *DC) {
  if (DC->isTranslationUnit())
    return true;
  const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(DC);
  return NS && NS->getName() == "std" && namedParent(NS)->isTranslationUnit();
}

} // namespace

bool functionNameMatches(const clang::FunctionDecl &FD, llvm::StringRef Name) {
  bool Rooted = Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  if (Parts.empty() || !nameIs(FD, Parts.back()))
    return false;
  const clang::DeclContext *DC = namedParent(&FD);
  // An unqualified name is a C library style function: global or std, never a member or a
  // project's own function of the same name in its namespace.
  if (Parts.size() == 1 && !Rooted)
    return isGlobalOrStd(DC);
  for (llvm::StringRef Scope : llvm::reverse(llvm::ArrayRef(Parts).drop_back())) {
    const auto *Named = llvm::dyn_cast_or_null<clang::NamedDecl>(clang::Decl::castFromDeclContext(DC));
    if (!Named || !nameIs(*Named, Scope))
      return false;
    DC = namedParent(DC);
  }
  return !Rooted || DC->isTranslationUnit();
}

std::vector<std::string> DataFlowSpec::sinkNames() const {
  std::set<std::string> Names;
  for (const FlowSink &S : Sinks) {
    // The last component only: hasAnyName() then matches in any scope, and
    // sinkArguments() applies the qualification.
    auto [Scope, Last] = llvm::StringRef(S.Function).rsplit("::");
    Names.insert((Last.empty() ? Scope : Last).str());
  }
  return {Names.begin(), Names.end()};
}

std::vector<unsigned> DataFlowSpec::sinkArguments(const clang::FunctionDecl &FD) const {
  std::vector<unsigned> Out;
  for (const FlowSink &S : Sinks)
    if (!llvm::is_contained(Out, S.Argument) && functionNameMatches(FD, S.Function))
      Out.push_back(S.Argument);
  return Out;
}

std::string DataFlowSpec::fingerprint() const {
  std::string Out;
  for (const FlowSource &S : Sources)
    Out += "src " + S.Function + " " + std::to_string(S.Argument) + (S.AndLater ? "+ " : " ") +
           sourceKindName(S.Kind).str() + ";";
  for (const FlowSink &S : Sinks)
    Out += "sink " + S.Function + " " + std::to_string(S.Argument) + ";";
  return Out;
}

} // namespace seniorlint
