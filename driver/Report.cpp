#include "Report.h"
#include "llvm/ADT/STLExtras.h"

namespace seniorlint {

std::string RunReport::relativePath(llvm::StringRef File) const {
  std::string Root = SourceRoot;
  if (!Root.empty() && Root.back() != '/')
    Root += '/';
  if (!Root.empty() && File.starts_with(Root))
    return File.drop_front(Root.size()).str();
  return File.str();
}

static const ReportFormat Formats[] = {
    {"text", writeText, "clang-style diagnostics with source, caret and links (default)"},
    {"sarif", writeSarif, "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"},
    {"json", writeJson, "seniorlint's own JSON (docs/json-format.md)"},
    {"junit", writeJunit, "JUnit XML for the test reports of Jenkins, GitLab and other CI"},
    {"gitlab", writeGitlab, "GitLab Code Quality (CodeClimate JSON) for merge requests"},
    {"github", writeGithub, "GitHub Actions workflow commands: annotations on pull requests"},
    {"html", writeHtml, "a self-contained HTML page to read or keep as a CI artifact"},
};

llvm::ArrayRef<ReportFormat> reportFormats() { return Formats; }

const ReportFormat *findReportFormat(llvm::StringRef Name) {
  auto It = llvm::find_if(Formats, [&](const ReportFormat &F) { return Name == F.Name; });
  return It == std::end(Formats) ? nullptr : It;
}

} // namespace seniorlint
