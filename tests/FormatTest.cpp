// The CI formats (junit, gitlab, github, html) checked by structure against what their
// consumers accept; markup escaping for any bytes a message or source line may hold.
// xmllint, when installed, validates the XML and HTML here too (tests/formats.sh does it
// on the real binary).
#include "CommandLine.h"
#include "Report.h"
#include "TestSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include "reporters/Markup.h"
#include <gtest/gtest.h>
#include <optional>

using namespace seniorlint;
using seniorlint::testing::builtinCatalogue;

namespace {

const char *const Source = "#include <cstdlib>\nint run(const char *cmd) {\n  return system(cmd);\n}\n";

// Where a document stops being well-formed XML, or "" when it is: tags closed in order,
// every '&' a reference, no '<' inside text or attribute values.
std::string markupProblem(llvm::StringRef Doc) {
  static llvm::Regex Reference("^&(amp|lt|gt|quot|#[0-9]+|#x[0-9a-fA-F]+);");
  std::vector<std::string> Open;
  for (size_t I = 0; I < Doc.size(); ++I) {
    if (Doc[I] == '&' && !Reference.match(Doc.substr(I)))
      return "bare '&' at " + std::to_string(I);
    if (Doc[I] != '<')
      continue;
    llvm::StringRef Rest = Doc.substr(I);
    if (Rest.starts_with("<?") || Rest.starts_with("<!")) {
      I = Doc.find('>', I);
      continue;
    }
    size_t End = I + 1;
    for (char Quote = 0; End < Doc.size() && (Quote || Doc[End] != '>'); ++End) {
      if (Quote && Doc[End] == '<')
        return "'<' in an attribute at " + std::to_string(End);
      if (Doc[End] == '&' && !Reference.match(Doc.substr(End)))
        return "bare '&' at " + std::to_string(End);
      if (Doc[End] == '"' || Doc[End] == '\'')
        Quote = Quote == Doc[End] ? 0 : Quote ? Quote : Doc[End];
    }
    llvm::StringRef Tag = Doc.slice(I + 1, End);
    llvm::StringRef Name = Tag.ltrim('/').take_until([](char C) { return C == ' ' || C == '/'; });
    if (Name.empty() || !llvm::isAlpha(Name[0]))
      return "'<' in text at " + std::to_string(I);
    if (Tag.starts_with("/")) {
      if (Open.empty() || Open.back() != Name)
        return "</" + Name.str() + "> closes " + (Open.empty() ? "nothing" : Open.back());
      Open.pop_back();
    } else if (!Tag.ends_with("/")) {
      Open.push_back(Name.str());
    }
    I = End;
  }
  return Open.empty() ? "" : "<" + Open.back() + "> is not closed";
}

size_t occurrences(llvm::StringRef Text, llvm::StringRef Needle) {
  size_t N = 0;
  for (size_t At = Text.find(Needle); At != llvm::StringRef::npos; At = Text.find(Needle, At + 1))
    ++N;
  return N;
}

class Formats : public seniorlint::testing::ScratchDir {
protected:
  void SetUp() override {
    ScratchDir::SetUp();
    File = write("src/run.cpp", Source);
  }

  Finding finding(unsigned Line, Severity Level = Severity::Error,
                  std::string Rule = "security-command-injection") {
    Finding F;
    F.RuleId = std::move(Rule);
    F.Level = Level;
    F.Where = {File, Line, 10};
    F.Message = "command passed to 'system' is built at run time";
    F.Notes.push_back({{File, 2, 9}, "parameter declared here"});
    return F;
  }

  std::string render(ReportWriter Write, std::vector<Finding> Findings,
                     std::vector<Failure> Failures = {}) {
    RunReport R{builtinCatalogue(), Links, Sources, std::move(Findings), std::move(Failures), 2,
                Dir.str().str(), 1};
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    Write(R, OS);
    return Out;
  }

  // xmllint's complaints about Doc ("" when it is happy), or nullopt without xmllint.
  std::optional<std::string> xmllint(std::vector<llvm::StringRef> Options, llvm::StringRef Doc) {
    auto Program = llvm::sys::findProgramByName("xmllint");
    if (!Program)
      return std::nullopt;
    std::string DocPath = (Dir + "/doc").str(), Messages = (Dir + "/xmllint.txt").str();
    write(DocPath, Doc);
    std::vector<llvm::StringRef> Args{*Program, "--noout"};
    Args.insert(Args.end(), Options.begin(), Options.end());
    Args.push_back(DocPath);
    std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), llvm::StringRef(Messages),
                                                  llvm::StringRef(Messages)};
    int Rc = llvm::sys::ExecuteAndWait(*Program, Args, std::nullopt, Redirects);
    auto Output = llvm::MemoryBuffer::getFile(Messages);
    std::string Text = Output ? (*Output)->getBuffer().str() : "";
    // The schema mode reports success on its output; everything else there is a problem.
    llvm::StringRef Rest = llvm::StringRef(Text).trim();
    if (Rc == 0 && (Rest.empty() || Rest.ends_with(" validates")))
      return "";
    return Text.empty() ? "exit code " + std::to_string(Rc) : Text;
  }

  // A message with every character markup and workflow commands must escape.
  static std::string nasty() { return "a<b && c>\"d\" 'e' 50%\x01\x7f\xff\r\nsecond line"; }

  std::string File;
  DocLinks Links{"https://docs.example/seniorlint"};
  SourceCache Sources;
};

TEST_F(Formats, MarkupEscapesSpecialAndForbiddenCharacters) {
  EXPECT_EQ(escapeMarkup("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(escapeMarkup("one\r\ntwo\rthree\n\tfour"), "one\ntwo\nthree\n\tfour");
  EXPECT_EQ(escapeMarkup("one\ntwo\tthree", /*Attribute=*/true), "one&#10;two&#9;three");
  const std::string Replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(escapeMarkup("\x01\x1b\x7f"), Replacement + Replacement + Replacement);
  EXPECT_EQ(escapeMarkup("\xC2\x85"), Replacement);     // NEL, a C1 control
  EXPECT_EQ(escapeMarkup("\xEF\xBF\xBE"), Replacement); // U+FFFE
  EXPECT_EQ(escapeMarkup("bad \xff byte"), "bad " + Replacement + " byte");
  EXPECT_EQ(escapeMarkup("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x99\x82"),
            "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x99\x82");
}

TEST_F(Formats, EveryFormatIsListedInTheHelp) {
  for (const char *Name : {"text", "sarif", "json", "junit", "gitlab", "github", "html"}) {
    EXPECT_NE(findReportFormat(Name), nullptr) << Name;
  }
  for (const ReportFormat &F : reportFormats())
    EXPECT_NE(llvm::StringRef(usageText()).find(std::string(" ") + F.Name), llvm::StringRef::npos)
        << F.Name << " is missing from --help";
}

TEST_F(Formats, JunitHasASuitePerRuleAndAFailedTestcasePerFinding) {
  std::string Xml = render(writeJunit, {finding(3), finding(2, Severity::Warning),
                                        finding(3, Severity::Warning, "errors-empty-catch")});
  EXPECT_EQ(markupProblem(Xml), "");
  EXPECT_TRUE(llvm::StringRef(Xml).starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  EXPECT_EQ(occurrences(Xml, "<testsuite "), 2u);
  EXPECT_NE(Xml.find("<testsuite name=\"errors-empty-catch\" package=\"seniorlint\" id=\"0\""),
            std::string::npos);
  EXPECT_NE(Xml.find("<testsuite name=\"security-command-injection\" package=\"seniorlint\" "
                     "id=\"1\""),
            std::string::npos);
  EXPECT_NE(Xml.find("tests=\"2\" failures=\"2\" errors=\"0\""), std::string::npos);
  EXPECT_EQ(occurrences(Xml, "<failure "), 3u);
  EXPECT_NE(Xml.find("<testcase name=\"src/run.cpp:3:10\" classname=\"security-command-injection\" "
                     "time=\"0\">\n      <failure message=\"command passed to &#39;system&#39; is "
                     "built at run time\" type=\"error\">"),
            std::string::npos);
  EXPECT_NE(Xml.find("type=\"warning\""), std::string::npos);
  // The failure's text carries the source line, the notes and both links.
  EXPECT_NE(Xml.find("    3 |   return system(cmd);\n"), std::string::npos);
  EXPECT_NE(Xml.find("src/run.cpp:2:9: note: parameter declared here\n"), std::string::npos);
  EXPECT_NE(Xml.find("rule: https://docs.example/seniorlint/rules/security-command-injection.md\n"),
            std::string::npos);
  EXPECT_NE(Xml.find("tip 5: Prioritise security: https://docs.example/seniorlint/tips/"),
            std::string::npos);
  EXPECT_NE(Xml.find("<property name=\"rule.url\" value=\"https://docs.example/seniorlint/rules/"
                     "security-command-injection.md\"/>"),
            std::string::npos);
  EXPECT_EQ(xmllint({"--schema", SENIORLINT_SOURCE_DIR "/tests/schemas/junit.xsd"}, Xml)
                .value_or(""),
            "");
}

TEST_F(Formats, JunitCleanRunHasOnePassingTestcase) {
  std::string Xml = render(writeJunit, {});
  EXPECT_EQ(markupProblem(Xml), "");
  EXPECT_EQ(occurrences(Xml, "<testcase "), 1u);
  EXPECT_NE(Xml.find("<testcase name=\"seniorlint\" classname=\"seniorlint\" time=\"0\"/>"),
            std::string::npos);
  EXPECT_NE(Xml.find("tests=\"1\" failures=\"0\" errors=\"0\""), std::string::npos);
  EXPECT_EQ(xmllint({"--schema", SENIORLINT_SOURCE_DIR "/tests/schemas/junit.xsd"}, Xml)
                .value_or(""),
            "");
}

TEST_F(Formats, JunitFailedUnitsAreErroredTestcasesAndMarkupIsEscaped) {
  Finding F = finding(3);
  F.Message = nasty();
  std::string Xml = render(writeJunit, {F}, {{Dir.str().str() + "/src/broken.cpp", {nasty()}}});
  EXPECT_EQ(markupProblem(Xml), "");
  EXPECT_NE(Xml.find("<testcase name=\"src/broken.cpp\" classname=\"seniorlint\" time=\"0\">\n"
                     "      <error message=\"could not analyse src/broken.cpp\" "
                     "type=\"analysis-failed\">a&lt;b &amp;&amp;"),
            std::string::npos);
  EXPECT_NE(Xml.find("tests=\"1\" failures=\"0\" errors=\"1\""), std::string::npos);
  EXPECT_NE(Xml.find("message=\"a&lt;b &amp;&amp; c&gt;&quot;d&quot; &#39;e&#39; 50%"
                     "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD&#10;second line\""),
            std::string::npos);
  EXPECT_EQ(Xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xmllint({"--schema", SENIORLINT_SOURCE_DIR "/tests/schemas/junit.xsd"}, Xml)
                .value_or(""),
            "");
}

// The checks of tests/schemas/gitlab-codequality.json, by hand: no JSON Schema library.
std::vector<std::string> codeQualityProblems(const llvm::json::Value &Doc) {
  std::vector<std::string> Problems;
  const llvm::json::Array *Issues = Doc.getAsArray();
  if (!Issues)
    return {"the report is not an array"};
  static const llvm::StringSet<> Severities{"info", "minor", "major", "critical", "blocker"};
  static const llvm::StringSet<> Categories{"Bug Risk",    "Clarity",     "Compatibility",
                                            "Complexity",  "Duplication", "Performance",
                                            "Security",    "Style"};
  for (const llvm::json::Value &V : *Issues) {
    const llvm::json::Object *Issue = V.getAsObject();
    if (!Issue) {
      Problems.push_back("an issue is not an object");
      continue;
    }
    for (const char *Key : {"description", "check_name", "fingerprint", "severity"})
      if (!Issue->getString(Key))
        Problems.push_back(std::string(Key) + " is not a string");
    if (auto S = Issue->getString("severity"); S && !Severities.contains(*S))
      Problems.push_back("severity '" + S->str() + "' is not one of GitLab's");
    if (auto F = Issue->getString("fingerprint"); F && F->empty())
      Problems.push_back("empty fingerprint");
    if (auto T = Issue->getString("type"); Issue->get("type") && (!T || *T != "issue"))
      Problems.push_back("type is not \"issue\"");
    if (const llvm::json::Value *C = Issue->get("categories")) {
      const llvm::json::Array *List = C->getAsArray();
      for (size_t I = 0; List && I < List->size(); ++I)
        if (auto Name = (*List)[I].getAsString(); !Name || !Categories.contains(*Name))
          Problems.push_back("a category is not one of CodeClimate's");
      if (!List)
        Problems.push_back("categories is not an array");
    }
    const llvm::json::Object *Location = Issue->getObject("location");
    if (!Location || !Location->getString("path")) {
      Problems.push_back("location.path is not a string");
      continue;
    }
    const llvm::json::Object *Lines = Location->getObject("lines");
    const llvm::json::Object *Positions = Location->getObject("positions");
    const llvm::json::Object *Begin = Positions ? Positions->getObject("begin") : nullptr;
    if (!(Lines && Lines->getInteger("begin")) && !(Begin && Begin->getInteger("line")))
      Problems.push_back("neither location.lines.begin nor location.positions.begin.line");
  }
  return Problems;
}

TEST_F(Formats, GitlabIssuesFollowTheCodeQualitySchema) {
  std::string Copy = (Dir + "/src/copy.cpp").str();
  write(Copy, Source); // identical code in two files must still get two fingerprints
  Finding Copied = finding(3);
  Copied.Where.File = Copy;
  Finding Nasty = finding(2, Severity::Info);
  Nasty.Message = nasty();
  std::string Out = render(writeGitlab, {Copied, Nasty, finding(3), finding(4, Severity::Warning)},
                           {{Dir.str().str() + "/src/broken.cpp", {"boom"}}});
  auto Doc = llvm::json::parse(Out);
  ASSERT_TRUE(bool(Doc)) << llvm::toString(Doc.takeError());
  EXPECT_EQ(codeQualityProblems(*Doc), std::vector<std::string>{});

  const llvm::json::Array &Issues = *Doc->getAsArray();
  ASSERT_EQ(Issues.size(), 5u);
  llvm::StringSet<> Fingerprints;
  std::vector<std::string> Severities;
  for (const llvm::json::Value &V : Issues) {
    Fingerprints.insert(*V.getAsObject()->getString("fingerprint"));
    Severities.push_back(V.getAsObject()->getString("severity")->str());
  }
  EXPECT_EQ(Fingerprints.size(), Issues.size()) << "fingerprints must be unique";
  EXPECT_EQ(Severities,
            (std::vector<std::string>{"critical", "info", "critical", "major", "blocker"}));

  const llvm::json::Object &First = *Issues[2].getAsObject();
  EXPECT_EQ(First.getString("check_name"), "security-command-injection");
  EXPECT_EQ(First.getString("description"),
            "command passed to 'system' is built at run time [security-command-injection]");
  EXPECT_EQ(First.getObject("location")->getString("path"), "src/run.cpp");
  EXPECT_EQ(First.getObject("location")->getObject("lines")->getInteger("begin"), 3);
  EXPECT_EQ((*First.getArray("categories"))[0].getAsString(), "Security");
  EXPECT_EQ(llvm::Regex("^[0-9a-f]{32}$").match(*First.getString("fingerprint")), true);
  const llvm::json::Object &Failed = *Issues[4].getAsObject();
  EXPECT_EQ(Failed.getString("check_name"), "seniorlint-analysis-failed");
  EXPECT_EQ(Failed.getObject("location")->getString("path"), "src/broken.cpp");
}

TEST_F(Formats, GitlabFingerprintSurvivesLinesAddedAbove) {
  auto FingerprintOf = [&](unsigned Line) {
    Sources = SourceCache();
    auto Doc = llvm::cantFail(llvm::json::parse(render(writeGitlab, {finding(Line)})));
    return (*Doc.getAsArray())[0].getAsObject()->getString("fingerprint")->str();
  };
  std::string Before = FingerprintOf(3);
  write(File, std::string("// a new comment\n\n") + Source);
  EXPECT_EQ(FingerprintOf(5), Before);
}

TEST_F(Formats, GithubWritesOneEscapedWorkflowCommandPerFinding) {
  Finding Odd = finding(7, Severity::Info);
  Odd.Where.File = (Dir + "/src/a,b:c.cpp").str();
  Odd.Message = "50% done\r\nnext";
  Odd.Notes.clear();
  std::string Out = render(writeGithub, {finding(3), finding(4, Severity::Warning), Odd},
                           {{Dir.str().str() + "/src/broken.cpp", {"e: one", "e: two"}}});
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  llvm::StringRef(Out).split(Lines, '\n', -1, /*KeepEmpty=*/false);
  ASSERT_EQ(Lines.size(), 4u) << Out;
  const std::string Url = "https://docs.example/seniorlint/rules/security-command-injection.md";
  EXPECT_EQ(Lines[0], "::error file=src/run.cpp,line=3,col=10,title=security-command-injection::"
                      "command passed to 'system' is built at run time (" + Url +
                          ")%0Asrc/run.cpp:2:9: note: parameter declared here");
  EXPECT_TRUE(Lines[1].starts_with("::warning file=src/run.cpp,line=4,col=10,"));
  EXPECT_EQ(Lines[2], "::notice file=src/a%2Cb%3Ac.cpp,line=7,col=10,"
                      "title=security-command-injection::50%25 done%0D%0Anext (" + Url + ")");
  EXPECT_EQ(Lines[3], "::error file=src/broken.cpp,title=seniorlint%3A analysis failed::"
                      "e: one%0Ae: two");
}

TEST_F(Formats, HtmlGroupsByTipThenRuleWithExcerpts) {
  Finding Nasty = finding(1, Severity::Warning);
  Nasty.Message = nasty();
  std::string Html = render(writeHtml, {Nasty, finding(3)},
                            {{Dir.str().str() + "/src/broken.cpp", {"broken.cpp:1:1: error: <x>"}}});
  EXPECT_EQ(markupProblem(Html), "");
  EXPECT_TRUE(llvm::StringRef(Html).starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  EXPECT_EQ(Html.find("<script"), std::string::npos);
  EXPECT_EQ(Html.find("src=\""), std::string::npos) << "nothing may load from elsewhere";
  EXPECT_NE(Html.find("<tr><td>1</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>"),
            std::string::npos)
      << "1 error, 1 warning, 0 infos, 1 file, 1 failed unit";

  size_t Tip = Html.find("<h2 id=\"tip-5\"><a href=\"https://docs.example/seniorlint/tips/");
  size_t Rule = Html.find("<h3 id=\"rule-security-command-injection\"><a href=\"https://"
                          "docs.example/seniorlint/rules/security-command-injection.md\">");
  size_t Cwe = Html.find("<a href=\"https://cwe.mitre.org/data/definitions/78.html\">CWE-78</a>");
  size_t First = Html.find("<code>src/run.cpp:1:10</code>");
  size_t Second = Html.find("<code>src/run.cpp:3:10</code>");
  ASSERT_NE(Tip, std::string::npos);
  EXPECT_LT(Tip, Rule);
  EXPECT_LT(Rule, Cwe);
  EXPECT_LT(Cwe, First);
  EXPECT_LT(First, Second);
  EXPECT_EQ(occurrences(Html, "<h2 id=\"tip-5\""), 1u);
  EXPECT_EQ(occurrences(Html, "<h3 "), 1u);

  // Two lines either side, clipped to the file, the finding's line highlighted.
  EXPECT_NE(Html.find("<div class=\"line\"><span class=\"ln\">1</span>#include &lt;cstdlib&gt;"
                      "</div>\n<div class=\"line\"><span class=\"ln\">2</span>int run(const char "
                      "*cmd) {</div>\n<div class=\"line hit\"><span class=\"ln\">3</span>  return "
                      "system(cmd);</div>\n<div class=\"line\"><span class=\"ln\">4</span>}</div>\n"
                      "</div>"),
            std::string::npos);
  EXPECT_NE(Html.find("<li><code>src/run.cpp:2:9</code> note: parameter declared here</li>"),
            std::string::npos);
  EXPECT_NE(Html.find("a&lt;b &amp;&amp; c&gt;&quot;d&quot; &#39;e&#39; 50%"), std::string::npos);
  EXPECT_NE(Html.find("<h2 id=\"failures\">"), std::string::npos);
  EXPECT_NE(Html.find("<pre>broken.cpp:1:1: error: &lt;x&gt;</pre>"), std::string::npos);
  EXPECT_EQ(xmllint({"--html"}, Html).value_or(""), "");
}

TEST_F(Formats, HtmlCleanRunSaysSo) {
  std::string Html = render(writeHtml, {});
  EXPECT_EQ(markupProblem(Html), "");
  EXPECT_NE(Html.find("<p>No findings.</p>"), std::string::npos);
  EXPECT_EQ(Html.find("<h2"), std::string::npos);
}

} // namespace
