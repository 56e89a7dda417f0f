#include "SqlColumns.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <algorithm>

using namespace llvm;

namespace seniorlint {
namespace {

struct Token {
  enum Kind { Word, Param, Punct, Other } K;
  std::string Text;
  unsigned Number = 0;
  bool Spliced = false;
  bool Whole = true; // a spliced value that is the whole quoted literal: '<value>'
};

class Tokenizer {
public:
  explicit Tokenizer(StringRef Sql) : Sql(Sql) {}

  std::vector<Token> run() {
    std::vector<Token> Out;
    for (size_t I = 0; I < Sql.size();) {
      char C = Sql[I];
      if (isSpace(C)) {
        ++I;
      } else if (Sql.substr(I).starts_with("--")) {
        I = Sql.find('\n', I);
      } else if (Sql.substr(I).starts_with("/*")) {
        I = Sql.find("*/", I);
        I = I == StringRef::npos ? I : I + 2;
      } else if (C == '\'') {
        I = quoted(I, Out);
      } else if (C == '"' || C == '`' || C == '[') {
        char Close = C == '[' ? ']' : C;
        size_t End = Sql.find(Close, I + 1);
        Out.push_back({Token::Word, Sql.slice(I + 1, End).str()});
        I = End == StringRef::npos ? End : End + 1;
      } else if (C == SplicedValue) {
        Out.push_back(spliced(true));
        ++I;
      } else if (C == '?' || ((C == '$' || C == ':' || C == '@') && I + 1 < Sql.size() &&
                              (isAlnum(Sql[I + 1]) || Sql[I + 1] == '_') &&
                              !(C == ':' && I > 0 && Sql[I - 1] == ':'))) {
        I = parameter(I, Out);
      } else if (isAlpha(C) || C == '_') {
        size_t End = I;
        while (End < Sql.size() && (isAlnum(Sql[End]) || Sql[End] == '_' || Sql[End] == '$'))
          ++End;
        Out.push_back({Token::Word, Sql.slice(I, End).str()});
        I = End;
      } else {
        Out.push_back(
            {StringRef("(),=;.:").contains(C) ? Token::Punct : Token::Other, std::string(1, C)});
        ++I;
      }
    }
    return Out;
  }

private:
  Token spliced(bool Whole) {
    Token T{Token::Param, "", ++SplicedCount, true};
    T.Whole = Whole;
    return T;
  }

  size_t quoted(size_t I, std::vector<Token> &Out) {
    std::string Content;
    size_t J = I + 1;
    for (; J < Sql.size(); ++J) {
      if (Sql[J] == '\'' && J + 1 < Sql.size() && Sql[J + 1] == '\'')
        Content += Sql[++J];
      else if (Sql[J] == '\'')
        break;
      else
        Content += Sql[J];
    }
    size_t Values = std::count(Content.begin(), Content.end(), SplicedValue);
    if (Values == 0)
      Out.push_back({Token::Other, Content});
    for (size_t V = 0; V < Values; ++V)
      Out.push_back(spliced(Content.size() == 1));
    return J == Sql.size() ? J : J + 1;
  }

  size_t parameter(size_t I, std::vector<Token> &Out) {
    size_t End = I + 1;
    while (End < Sql.size() && (isAlnum(Sql[End]) || Sql[End] == '_'))
      ++End;
    StringRef Name = Sql.slice(I + 1, End);
    unsigned Number = 0;
    if (Name.empty() && Sql[I] == '?')
      Number = Largest + 1;
    else if ((Sql[I] == '?' || Sql[I] == '$') && all_of(Name, isDigit))
      Name.getAsInteger(10, Number);
    else if (unsigned &Known = Named[Sql.slice(I, End)]; Known)
      Number = Known;
    else
      Number = Known = Largest + 1;
    Largest = std::max(Largest, Number);
    Out.push_back({Token::Param, Sql.slice(I, End).str(), Number});
    return End;
  }

  StringRef Sql;
  unsigned Largest = 0;
  unsigned SplicedCount = 0;
  StringMap<unsigned> Named;
};

bool isWord(const Token &T, StringRef Keyword) {
  return T.K == Token::Word && StringRef(T.Text).equals_insensitive(Keyword);
}
bool isPunct(const Token &T, char C) { return T.K == Token::Punct && T.Text[0] == C; }

using Tokens = std::vector<Token>;

// The items of a comma-separated list from Begin up to (not including) the first token at
// depth 0 that Stop accepts, or the `)` closing the list.
template <typename StopFn> std::vector<Tokens> items(const Tokens &T, size_t &I, StopFn Stop) {
  std::vector<Tokens> Out(1);
  for (int Depth = 0; I < T.size(); ++I) {
    if (Depth == 0 && (Stop(T[I]) || isPunct(T[I], ')')))
      break;
    if (isPunct(T[I], '('))
      ++Depth;
    else if (isPunct(T[I], ')'))
      --Depth;
    if (Depth == 0 && isPunct(T[I], ','))
      Out.emplace_back();
    else
      Out.back().push_back(T[I]);
  }
  return Out;
}

// A parameter that is the whole value, optionally cast (`$1::text`).
const Token *wholeParameter(const Tokens &Value) {
  if (Value.empty() || Value[0].K != Token::Param || !Value[0].Whole)
    return nullptr;
  bool Cast = Value.size() == 4 && isPunct(Value[1], ':') && isPunct(Value[2], ':');
  return Value.size() == 1 || Cast ? &Value[0] : nullptr;
}

std::string columnName(const Tokens &Column) {
  for (auto It = Column.rbegin(); It != Column.rend(); ++It)
    if (It->K == Token::Word)
      return It->Text;
  return {};
}

void add(std::vector<ColumnParameter> &Out, const Tokens &Value, std::string Column) {
  if (const Token *P = wholeParameter(Value); P && !Column.empty())
    Out.push_back({P->Number, P->Spliced, std::move(Column)});
}

// `col = value, ...` after SET.
void assignments(const Tokens &T, size_t I, std::vector<ColumnParameter> &Out) {
  auto EndOfSet = [](const Token &Tok) {
    return isPunct(Tok, ';') || isWord(Tok, "WHERE") || isWord(Tok, "FROM") ||
           isWord(Tok, "RETURNING") || isWord(Tok, "ORDER") || isWord(Tok, "LIMIT");
  };
  for (const Tokens &Item : items(T, I, EndOfSet)) {
    auto Equals =
        std::find_if(Item.begin(), Item.end(), [](const Token &Tok) { return isPunct(Tok, '='); });
    if (Equals != Item.end())
      add(Out, Tokens(Equals + 1, Item.end()), columnName(Tokens(Item.begin(), Equals)));
  }
}

size_t find(const Tokens &T, size_t From, StringRef Keyword) {
  for (size_t I = From; I < T.size(); ++I)
    if (isWord(T[I], Keyword))
      return I;
  return T.size();
}

void insert(const Tokens &T, std::vector<ColumnParameter> &Out) {
  size_t I = find(T, 0, "INTO") + 1;
  while (I < T.size() && (T[I].K == Token::Word || isPunct(T[I], '.')))
    ++I; // the table, possibly schema-qualified
  if (I >= T.size() || !isPunct(T[I], '('))
    return;
  ++I;
  std::vector<std::string> Columns;
  for (const Tokens &C : items(T, I, [](const Token &) { return false; }))
    Columns.push_back(columnName(C));
  I = find(T, I, "VALUES") + 1;
  while (I < T.size() && isPunct(T[I], '(')) {
    ++I;
    std::vector<Tokens> Row = items(T, I, [](const Token &) { return false; });
    for (size_t C = 0; C < Row.size() && C < Columns.size(); ++C)
      add(Out, Row[C], Columns[C]);
    if (I + 2 < T.size() && isPunct(T[I + 1], ',') && isPunct(T[I + 2], '('))
      I += 2;
    else
      break;
  }
  // ON CONFLICT (...) DO UPDATE SET col = ?
  if (size_t Set = find(T, I, "SET"); Set < T.size())
    assignments(T, Set + 1, Out);
}

} // namespace

std::vector<ColumnParameter> columnParameters(StringRef Sql) {
  Tokens T = Tokenizer(Sql).run();
  std::vector<ColumnParameter> Out;
  auto First =
      std::find_if(T.begin(), T.end(), [](const Token &Tok) { return Tok.K == Token::Word; });
  if (First == T.end())
    return Out;
  if (isWord(*First, "INSERT") || isWord(*First, "REPLACE"))
    insert(T, Out);
  else if (isWord(*First, "UPDATE"))
    assignments(T, find(T, 0, "SET") + 1, Out);
  return Out;
}

std::string splicePrintf(StringRef Format, std::vector<unsigned> &ArgsPerValue) {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] != '%') {
      Out += Format[I];
      continue;
    }
    if (I + 1 < Format.size() && Format[I + 1] == '%') {
      Out += '%';
      ++I;
      continue;
    }
    unsigned Args = 1;
    size_t J = I + 1;
    for (; J < Format.size() && !StringRef("diouxXeEfFgGaAcspn").contains(Format[J]); ++J)
      Args += Format[J] == '*';
    Out += SplicedValue;
    ArgsPerValue.push_back(Args);
    I = J;
  }
  return Out;
}

std::string spliceBraces(StringRef Format, std::vector<unsigned> &Indices) {
  std::string Out;
  unsigned Next = 0;
  for (size_t I = 0; I < Format.size(); ++I) {
    if ((Format[I] == '{' || Format[I] == '}') && I + 1 < Format.size() &&
        Format[I + 1] == Format[I]) {
      Out += Format[I++];
      continue;
    }
    if (Format[I] != '{') {
      Out += Format[I];
      continue;
    }
    size_t Close = Format.find('}', I);
    StringRef Spec = Format.slice(I + 1, Close).split(':').first;
    unsigned Index = Next++;
    if (!Spec.empty())
      Spec.getAsInteger(10, Index);
    Indices.push_back(Index);
    Out += SplicedValue;
    I = Close == StringRef::npos ? Format.size() : Close;
  }
  return Out;
}

} // namespace seniorlint
