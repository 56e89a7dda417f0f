#include "DocLinks.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace seniorlint {

DocLinks::DocLinks(std::string B) : Base(std::move(B)) {
  while (!Base.empty() && Base.back() == '/')
    Base.pop_back();
}

std::string DocLinks::defaultBase(const char *Argv0) {
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0, (void *)&defaultBase);
  llvm::SmallString<256> Installed(llvm::sys::path::parent_path(llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Installed, "share", "doc", "seniorlint");
  if (llvm::sys::fs::is_directory(Installed + "/rules"))
    return "file://" + Installed.str().str();
  return "file://" SENIORLINT_SOURCE_DIR "/docs";
}

std::string DocLinks::page(llvm::StringRef DocPath) const {
  DocPath.consume_front("docs/");
  return Base + "/" + DocPath.str();
}

} // namespace seniorlint
