#include "TestSupport.h"
#include "Run.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace seniorlint::testing {

const Catalogue &builtinCatalogue() {
  static Catalogue C = llvm::cantFail(Catalogue::builtin());
  return C;
}

void ScratchDir::SetUp() {
  llvm::SmallString<256> Created;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("seniorlint-test", Created));
  ASSERT_FALSE(llvm::sys::fs::real_path(Created, Dir));
}

void ScratchDir::TearDown() {
  if (!Dir.empty())
    llvm::sys::fs::remove_directories(Dir);
}

std::string ScratchDir::path(llvm::StringRef Rel) const {
  return llvm::sys::path::is_absolute(Rel) ? Rel.str() : (Dir + "/" + Rel).str();
}

std::string ScratchDir::write(llvm::StringRef Rel, llvm::StringRef Text) {
  std::string Path = path(Rel);
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  std::error_code EC;
  llvm::raw_fd_ostream(Path, EC) << Text;
  EXPECT_FALSE(EC) << Path << ": " << EC.message();
  return Path;
}

std::string ScratchDir::read(llvm::StringRef Rel) const {
  auto Buffer = llvm::MemoryBuffer::getFile(path(Rel));
  return Buffer ? (*Buffer)->getBuffer().str() : "<unreadable>";
}

void ScratchDir::writeCompileDatabase(const std::vector<std::string> &Sources) {
  llvm::json::Array Entries;
  for (const std::string &S : Sources)
    Entries.push_back(llvm::json::Object{
        {"directory", path("src")},
        {"file", S},
        {"command", "clang++ -std=c++17 -I" + path("include") + " -c " + S}});
  std::string Text;
  llvm::raw_string_ostream(Text) << llvm::json::Value(std::move(Entries));
  write("compile_commands.json", Text);
}

void ScratchDir::writeStrcpyProject(llvm::StringRef BSource) {
  write("include/cstr.h", "#pragma once\nextern \"C\" char *strcpy(char *, const char *);\n");
  write("include/util.h", "#pragma once\n"
                          "#include \"cstr.h\"\n"
                          "inline void fill(char *d, const char *s) {\n"
                          "  strcpy(d, s);\n"
                          "}\n");
  write("src/a.cpp", "#include \"util.h\"\n"
                     "void a(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  write("src/b.cpp", BSource);
  write("src/c.cpp", "#include \"cstr.h\"\n"
                     "void c(char *d, const char *s) {\n"
                     "  strcpy(d, s);\n"
                     "}\n");
  writeCompileDatabase({"a.cpp", "b.cpp", "c.cpp"});
}

std::vector<std::string> ScratchDir::runDriver(CommandLine CL, int *Exit) {
  CL.BuildPath = path("compile_commands.json");
  CL.SourceRoot = Dir.str().str();
  CL.Quiet = true;
  CL.Outputs.push_back({"json", path("out.json")});
  llvm::sys::fs::remove(path("out.json"));
  int Code = runAnalysis(CL, builtinCatalogue(), "seniorlint");
  if (Exit)
    *Exit = Code;
  std::vector<std::string> Out;
  if (!llvm::sys::fs::exists(path("out.json")))
    return Out; // a run that failed before reporting: the exit code tells
  auto Doc = llvm::json::parse(read("out.json"));
  EXPECT_TRUE(bool(Doc)) << llvm::toString(Doc.takeError());
  if (Doc)
    for (const llvm::json::Value &F : *Doc->getAsObject()->getArray("findings"))
      Out.push_back(F.getAsObject()->getString("file")->str() + ":" +
                    std::to_string(*F.getAsObject()->getInteger("line")));
  return Out;
}

} // namespace seniorlint::testing
