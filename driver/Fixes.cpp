#include "Fixes.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/YAMLTraits.h"
#include <algorithm>
#include <map>
#include <memory>

namespace seniorlint {
namespace {

bool same(const FixIt &A, const FixIt &B) {
  return A.File == B.File && A.Offset == B.Offset && A.Length == B.Length &&
         A.Replacement == B.Replacement;
}

// Two different edits of one file conflict when their ranges overlap or they start at the
// same offset: two insertions there, or an insertion before a replacement, have no order
// that is obviously right.
bool conflict(const FixIt &A, const FixIt &B) {
  return A.File == B.File && !same(A, B) &&
         (A.Offset == B.Offset ||
          (A.Offset < B.Offset + B.Length && B.Offset < A.Offset + A.Length));
}

std::string where(const Finding &F) {
  return F.Where.File + ":" + std::to_string(F.Where.Line);
}

} // namespace

FixOutcome applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Log) {
  FixOutcome Out;
  std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>> Contents;
  std::map<std::string, std::vector<FixIt>> Accepted;
  auto Load = [&](const std::string &File) -> const llvm::MemoryBuffer * {
    auto [It, Inserted] = Contents.try_emplace(File);
    if (Inserted) {
      auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false);
      if (Buffer) {
        It->second = std::move(*Buffer);
      } else {
        Log << "seniorlint: cannot read " << File << " to fix it: " << Buffer.getError().message()
            << '\n';
        ++Out.FailedFiles;
      }
    }
    return It->second.get();
  };

  for (const Finding &F : Findings) {
    std::vector<FixIt> New;
    bool Conflicts = false, Stale = false;
    for (const FixIt &Fix : F.Fixes) {
      const std::vector<FixIt> &Done = Accepted[Fix.File];
      auto Same = [&](const FixIt &E) { return same(E, Fix); };
      if (llvm::any_of(Done, Same) || llvm::any_of(New, Same))
        continue;
      auto Overlaps = [&](const FixIt &E) { return conflict(E, Fix); };
      Conflicts |= llvm::any_of(Done, Overlaps) || llvm::any_of(New, Overlaps);
      const llvm::MemoryBuffer *Buffer = Load(Fix.File);
      Stale |= !Buffer || size_t(Fix.Offset) + Fix.Length > Buffer->getBufferSize();
      New.push_back(Fix);
    }
    if (Conflicts || Stale) {
      Log << "seniorlint: " << (Conflicts ? "conflicting" : "out-of-date") << " fix for rule "
          << F.RuleId << " at " << where(F) << " skipped\n";
      ++Out.Skipped;
      continue;
    }
    if (New.empty())
      continue; // nothing of its own: another finding's identical fix covers it
    for (FixIt &Fix : New)
      Accepted[Fix.File].push_back(std::move(Fix));
    ++Out.Applied;
  }

  for (auto &[File, Edits] : Accepted) {
    if (Edits.empty())
      continue;
    std::sort(Edits.begin(), Edits.end(),
              [](const FixIt &A, const FixIt &B) { return A.Offset > B.Offset; });
    std::string Text = Contents[File]->getBuffer().str();
    for (const FixIt &E : Edits)
      Text.replace(E.Offset, E.Length, E.Replacement);
    std::error_code EC;
    llvm::raw_fd_ostream OS(File, EC);
    if (!EC) {
      OS << Text;
      OS.close();
      EC = OS.error();
    }
    if (EC) {
      Log << "seniorlint: cannot write the fixes to " << File << ": " << EC.message() << '\n';
      ++Out.FailedFiles;
      continue;
    }
    ++Out.Files;
  }
  return Out;
}

void exportFixes(const std::vector<Finding> &Findings, llvm::StringRef MainSourceFile,
                 SourceCache &Sources, llvm::raw_ostream &OS, llvm::raw_ostream &Log) {
  using namespace clang::tooling;
  auto Message = [&](const std::string &Text, const SourcePosition &P) {
    DiagnosticMessage M(Text);
    M.FilePath = P.File;
    llvm::StringRef Whole = Sources.text(P.File), Line = Sources.line(P.File, P.Line);
    M.FileOffset = Line.empty() && Whole.empty()
                       ? 0
                       : unsigned(Line.data() - Whole.data()) + (P.Column ? P.Column - 1 : 0);
    return M;
  };
  TranslationUnitDiagnostics Doc;
  Doc.MainSourceFile = MainSourceFile.str();
  for (const Finding &F : Findings) {
    DiagnosticMessage M = Message(F.Message, F.Where);
    for (const FixIt &Fix : F.Fixes)
      if (llvm::Error E = M.Fix[Fix.File].add(
              Replacement(Fix.File, Fix.Offset, Fix.Length, Fix.Replacement))) {
        llvm::consumeError(std::move(E));
        Log << "seniorlint: conflicting fix for rule " << F.RuleId << " at " << where(F)
            << " not exported\n";
        M.Fix.clear();
        break;
      }
    llvm::SmallVector<DiagnosticMessage, 1> Notes;
    for (const Note &N : F.Notes)
      Notes.push_back(Message(N.Message, N.Where));
    Diagnostic::Level Level = F.Level == Severity::Error     ? Diagnostic::Error
                              : F.Level == Severity::Warning ? Diagnostic::Warning
                                                             : Diagnostic::Remark;
    Doc.Diagnostics.emplace_back(F.RuleId, M, Notes, Level, /*BuildDirectory=*/"");
  }
  llvm::yaml::Output YAML(OS);
  YAML << Doc;
}

} // namespace seniorlint
