#include "SourceCache.h"

namespace seniorlint {

SourceCache::Entry &SourceCache::load(const std::string &File) {
  auto [It, Inserted] = Files.try_emplace(File);
  Entry &E = It->second;
  if (Inserted) {
    if (auto Loaded = llvm::MemoryBuffer::getFile(File, /*IsText=*/true)) {
      E.Buffer = std::move(*Loaded);
      llvm::StringRef Rest = E.Buffer->getBuffer();
      while (!Rest.empty()) {
        auto [Line, Tail] = Rest.split('\n');
        E.Lines.push_back(Line.rtrim('\r'));
        Rest = Tail;
      }
    }
  }
  return E;
}

llvm::StringRef SourceCache::text(const std::string &File) {
  Entry &E = load(File);
  return E.Buffer ? E.Buffer->getBuffer() : llvm::StringRef();
}

llvm::StringRef SourceCache::line(const std::string &File, unsigned Line) {
  Entry &E = load(File);
  return Line >= 1 && Line <= E.Lines.size() ? E.Lines[Line - 1] : llvm::StringRef();
}

} // namespace seniorlint
