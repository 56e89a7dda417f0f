#include "DataFlowLibrary.h"
#include "DataFlowSpec.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace seniorlint::dataflow {

const char *const Concatenated = "run-time value concatenated here";
const char *const Appended = "run-time value appended here";
const char *const Formatted = "run-time value formatted into the text here";
const char *const Streamed = "run-time value streamed into the text here";

namespace {

constexpr unsigned All = ~0u;

const BufferWrite BufferWrites[] = {
    {"strcpy", 0, false, 1, 1, nullptr},     {"strncpy", 0, false, 1, 1, nullptr},
    {"stpcpy", 0, false, 1, 1, nullptr},     {"strlcpy", 0, false, 1, 1, nullptr},
    {"wcscpy", 0, false, 1, 1, nullptr},     {"wcsncpy", 0, false, 1, 1, nullptr},
    {"memcpy", 0, false, 1, 1, nullptr},     {"memmove", 0, false, 1, 1, nullptr},
    {"wmemcpy", 0, false, 1, 1, nullptr},    {"strcat", 0, false, 1, 1, Appended},
    {"strncat", 0, false, 1, 1, Appended},   {"strlcat", 0, false, 1, 1, Appended},
    {"wcscat", 0, false, 1, 1, Appended},    {"wcsncat", 0, false, 1, 1, Appended},
    {"sprintf", 0, false, 1, All, Formatted}, {"snprintf", 0, false, 2, All, Formatted},
    {"vsprintf", 0, false, 1, All, Formatted}, {"vsnprintf", 0, false, 2, All, Formatted},
    {"swprintf", 0, false, 2, All, Formatted}, {"asprintf", 0, false, 1, All, Formatted},
    {"sqlite3_snprintf", 1, false, 2, All, Formatted},
    {"sscanf", 2, true, 0, 0, nullptr},      {"swscanf", 2, true, 0, 0, nullptr},
};

// Global or std, the way the C library is declared (std:: through using-declarations).
bool isCLibrary(const FunctionDecl &FD) {
  const DeclContext *DC = FD.getDeclContext()->getRedeclContext();
  return DC->isTranslationUnit() || FD.isInStdNamespace();
}

} // namespace

const BufferWrite *bufferWrite(const FunctionDecl &FD) {
  if (!FD.getIdentifier() || !isCLibrary(FD))
    return nullptr;
  StringRef Name = FD.getName();
  const auto *It = llvm::find_if(BufferWrites, [&](const BufferWrite &B) { return B.Name == Name; });
  return It == std::end(BufferWrites) ? nullptr : It;
}

bool isInNamespace(const Decl &D, StringRef Name) {
  const DeclContext *DC = D.getDeclContext();
  while (DC->isInlineNamespace() || DC->isTransparentContext()) // std::__cxx11, fmt::v10
    DC = DC->getParent();
  const auto *NS = dyn_cast<NamespaceDecl>(DC);
  return NS && NS->getName() == Name && NS->getParent()->getRedeclContext()->isTranslationUnit();
}

bool isFormatting(const FunctionDecl &FD) {
  if (!FD.getIdentifier())
    return false;
  StringRef Name = FD.getName();
  // QString("... %1").arg(Value)
  if (const auto *M = dyn_cast<CXXMethodDecl>(&FD))
    return Name == "arg" && M->getParent()->getIdentifier() &&
           M->getParent()->getName() == "QString";
  if (Name == "format" || Name == "vformat" || Name == "to_string")
    return isInNamespace(FD, "std") || isInNamespace(FD, "fmt");
  if (Name == "StrCat" || Name == "StrFormat" || Name == "Substitute")
    return isInNamespace(FD, "absl");
  return (Name == "sqlite3_mprintf" || Name == "sqlite3_vmprintf") && isCLibrary(FD);
}

bool isPassThrough(const FunctionDecl &FD) {
  return FD.getIdentifier() && FD.isInStdNamespace() &&
         llvm::is_contained({"move", "forward", "ref", "cref", "as_const"}, FD.getName());
}

bool isLibrary(const FunctionDecl &FD, const SourceManager &SM) {
  return SM.isInSystemHeader(SM.getExpansionLoc(FD.getLocation()));
}

bool isStdRecord(QualType T, std::initializer_list<StringRef> Names) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->getIdentifier() && isInNamespace(*RD, "std") &&
         llvm::is_contained(Names, RD->getName());
}

bool isFileInput(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  auto IsFile = [](const CXXRecordDecl *Base) {
    return Base->getIdentifier() && isInNamespace(*Base, "std") &&
           llvm::is_contained({"basic_ifstream", "basic_fstream", "basic_filebuf"}, Base->getName());
  };
  return IsFile(RD) || !RD->forallBases([&](const CXXRecordDecl *Base) { return !IsFile(Base); });
}

bool isConsoleInput(const Decl &D) {
  const auto *VD = dyn_cast<VarDecl>(&D);
  return VD && VD->getIdentifier() && isInNamespace(*VD, "std") &&
         (VD->getName() == "cin" || VD->getName() == "wcin");
}

Effect methodEffect(const CXXMethodDecl &M) {
  if (M.isConst())
    return Effect::None;
  if (M.isOverloadedOperator()) {
    switch (M.getOverloadedOperator()) {
    case OO_Equal:
      return Effect::Replace;
    case OO_PlusEqual:
    case OO_LessLess:
      return Effect::Append;
    default:
      return Effect::None;
    }
  }
  if (!M.getIdentifier())
    return Effect::None;
  StringRef Name = M.getName();
  if (llvm::is_contained({"append", "insert", "replace", "push_back", "push_front", "emplace",
                          "emplace_back", "emplace_front", "write", "put"},
                         Name))
    return Effect::Append;
  if (Name == "assign" || (Name == "str" && M.getNumParams() == 1))
    return Effect::Replace;
  if (llvm::is_contained({"read", "readsome", "get", "getline"}, Name) &&
      isStdRecord(M.getThisType()->getPointeeType(),
                  {"basic_istream", "basic_iostream", "basic_ifstream", "basic_fstream",
                   "basic_istringstream", "basic_stringstream"}))
    return Effect::ReadInto;
  return Effect::None;
}

} // namespace seniorlint::dataflow
