#include "BuildTimestampCheck.h"
#include "CheckRegistry.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"

using namespace clang;

namespace seniorlint {
namespace {

// The preprocessor reports built-in macros to MacroExpands too: a token stream is the only
// place they exist, so this rule needs no AST.
class StampListener : public PPCallbacks {
public:
  explicit StampListener(BuildTimestampCheck &Check) : Check(Check) {}
  void MacroExpands(const Token &Name, const MacroDefinition &Definition, SourceRange Range,
                    const MacroArgs *) override {
    const MacroInfo *Info = Definition.getMacroInfo();
    if (Info && Info->isBuiltinMacro())
      Check.onExpansion(Name, Range.getBegin());
  }

private:
  BuildTimestampCheck &Check;
};

} // namespace

void BuildTimestampCheck::registerPPCallbacks(Preprocessor &PP) {
  PP.addPPCallbacks(std::make_unique<StampListener>(*this));
}

void BuildTimestampCheck::onExpansion(const Token &Name, SourceLocation Loc) {
  const IdentifierInfo *Id = Name.getIdentifierInfo();
  if (!Id || !llvm::is_contained({"__DATE__", "__TIME__", "__TIMESTAMP__"}, Id->getName()))
    return;
  // Where it is written: inside a macro of the project's, that macro's definition.
  SourceLocation Written = sourceManager().getSpellingLoc(Loc);
  if (!Reported.insert(Written).second)
    return;
  report(Written, "'" + Id->getName().str() +
                      "' makes every build of the same commit a different binary: builds "
                      "cannot be reproduced or verified, and the stamp does not say which "
                      "source was built; embed the commit (git describe) from the build "
                      "system, or build with SOURCE_DATE_EPOCH set to the commit's time");
}

SENIORLINT_REGISTER_CHECK(BuildTimestampCheck, "vcs-build-timestamp");

} // namespace seniorlint
