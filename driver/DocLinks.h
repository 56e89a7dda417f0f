// Links from findings to the rule page and the tip page.
#pragma once

#include "Catalogue.h"
#include <string>

namespace seniorlint {

class DocLinks {
public:
  // Base is the URL of the docs/ folder, e.g. file:///usr/share/doc/seniorlint.
  explicit DocLinks(std::string Base);

  // Installed docs beside the binary (../share/doc/seniorlint) when present, else the
  // source tree the binary was built from: offline either way.
  static std::string defaultBase(const char *Argv0);

  std::string rule(const RuleInfo &R) const { return page(R.Doc); }
  std::string tip(const TipInfo &T) const { return page(T.Doc); }

private:
  std::string page(llvm::StringRef DocPath) const; // DocPath starts with "docs/"
  std::string Base;
};

} // namespace seniorlint
