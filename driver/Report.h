// What one run produced, handed to every output format.
#pragma once

#include "Catalogue.h"
#include "DocLinks.h"
#include "Finding.h"
#include "SourceCache.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace seniorlint {

struct Failure {
  std::string File;
  std::vector<std::string> Errors;
};

struct RunReport {
  const Catalogue &Rules;
  const DocLinks &Links;
  SourceCache &Sources;
  std::vector<Finding> Findings; // sorted, de-duplicated
  std::vector<Failure> Failures; // translation units that could not be analysed
  size_t TranslationUnits = 0;
  std::string SourceRoot; // absolute; machine formats give paths relative to it
  int ExitCode = 0;
  bool Summary = true; // the text format's closing counts line; off with --quiet

  // Path relative to SourceRoot when below it, else absolute.
  std::string relativePath(llvm::StringRef File) const;
};

using ReportWriter = void (*)(const RunReport &, llvm::raw_ostream &);

struct ReportFormat {
  const char *Name;
  ReportWriter Write;
  const char *Description;
};

llvm::ArrayRef<ReportFormat> reportFormats();
const ReportFormat *findReportFormat(llvm::StringRef Name);

// The formats, one file each in reporters/.
void writeText(const RunReport &R, llvm::raw_ostream &OS);
void writeSarif(const RunReport &R, llvm::raw_ostream &OS);
void writeJson(const RunReport &R, llvm::raw_ostream &OS);
void writeJunit(const RunReport &R, llvm::raw_ostream &OS);
void writeGitlab(const RunReport &R, llvm::raw_ostream &OS);
void writeGithub(const RunReport &R, llvm::raw_ostream &OS);
void writeHtml(const RunReport &R, llvm::raw_ostream &OS);

} // namespace seniorlint
