#include "HardcodedConnectionStringCheck.h"
#include "CheckRegistry.h"
#include "DatabaseApi.h"
#include "SqlText.h"
#include "NameMatchers.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace clang;
using namespace clang::ast_matchers;

namespace seniorlint {
namespace {

enum class Kind { ConnectionString, Host, Password };

// Arguments of connect functions that say where the database is or how to log in. Arg -1: the
// last argument (SOCI puts the connection string after an optional backend).
struct ConnectArg {
  StringRef Function;
  int Arg;
  Kind What;
};

const ConnectArg ConnectArgs[] = {
    {"PQconnectdb", 0, Kind::ConnectionString},
    {"PQsetdbLogin", 0, Kind::Host},
    {"PQsetdbLogin", 6, Kind::Password},
    {"pqxx::connection::connection", 0, Kind::ConnectionString},
    {"mysql_real_connect", 1, Kind::Host},
    {"mysql_real_connect", 3, Kind::Password},
    {"soci::session::session", -1, Kind::ConnectionString},
    {"soci::session::open", -1, Kind::ConnectionString},
    {"soci::connection_parameters::connection_parameters", -1, Kind::ConnectionString},
    {"QSqlDatabase::setHostName", 0, Kind::Host},
    {"QSqlDatabase::setPassword", 0, Kind::Password},
    {"QSqlDatabase::open", 1, Kind::Password},
    // With the ODBC driver, the "database name" is an ODBC connection string.
    {"QSqlDatabase::setDatabaseName", 0, Kind::ConnectionString},
    {"SQLDriverConnect", 2, Kind::ConnectionString},
    {"SQLConnect", 5, Kind::Password},
};

// The local server: loopback, a Unix-domain socket directory, SQL Server's "(local)" and ".".
bool isLocalHost(StringRef Host) {
  std::string H = Host.trim().lower();
  StringRef R = StringRef(H).trim("[]");
  return R.empty() || R.starts_with("/") || R.starts_with("@") || R.starts_with("127.") ||
         llvm::is_contained({"localhost", "localhost.localdomain", "::1", "(local)", "."}, R);
}

struct Parsed {
  std::vector<std::string> RemoteHosts;
  bool Password = false;
};

void addHosts(Parsed &P, StringRef List) {
  llvm::SmallVector<StringRef, 2> Hosts;
  List.split(Hosts, ',', -1, false);
  for (StringRef H : Hosts) {
    H = H.trim();
    H.consume_front("tcp:"); // SQL Server's protocol prefix
    if (!H.starts_with("[")) // host:port, but not [::1]:5432
      H = H.split(':').first;
    if (!llvm::all_of(H, llvm::isDigit) && !isLocalHost(H)) // "db,1433": the port
      P.RemoteHosts.push_back(H.str());
  }
}

void addPair(Parsed &P, StringRef Key, StringRef Value) {
  std::string K = Key.trim().lower();
  Value = Value.trim().trim("'{}");
  if (llvm::is_contained({"host", "hostaddr", "hostname", "server", "address", "addr",
                          "data source", "datasource"},
                         K))
    addHosts(P, Value);
  else if (llvm::is_contained({"password", "pwd", "passwd", "pass"}, K) && !Value.empty())
    P.Password = true;
}

// `host=db port=5432 password='x'` (libpq, SOCI) or `Server=db;PWD=x;` (ODBC).
void parsePairs(Parsed &P, StringRef Text) {
  char Separator = Text.contains(';') ? ';' : ' ';
  while (!Text.empty()) {
    auto [Key, Rest] = Text.split('=');
    if (Rest.data() == nullptr || Key == Text)
      return;
    Rest = Rest.ltrim();
    size_t End = Rest.starts_with("'")   ? Rest.find('\'', 1) + 1
                 : Rest.starts_with("{") ? Rest.find('}') + 1
                                         : Rest.find(Separator);
    End = std::min(End, Rest.size());
    addPair(P, Key.trim(" ;"), Rest.take_front(End));
    Text = Rest.drop_front(End).ltrim(" ;");
  }
}

// postgresql://user:secret@db.example.com:5432/app?sslmode=require, and SOCI's
// postgresql://dbname=app host=db, whose part after :// is key=value pairs.
Parsed parseConnectionString(StringRef Text) {
  Parsed P;
  size_t Scheme = Text.find("://");
  if (Scheme == StringRef::npos) {
    if (Text.contains('='))
      parsePairs(P, Text);
    return P;
  }
  StringRef Rest = Text.drop_front(Scheme + 3);
  if (Rest.contains('=') && !Rest.contains('@') && !Rest.contains('?')) {
    parsePairs(P, Rest);
    return P;
  }
  auto [Authority, Path] = Rest.split('/');
  StringRef Params = Path.split('?').second;
  size_t At = Authority.rfind('@');
  if (At != StringRef::npos) {
    StringRef Password = Authority.take_front(At).split(':').second;
    P.Password = !Password.empty();
    Authority = Authority.drop_front(At + 1);
  }
  addHosts(P, Authority.split('?').first);
  llvm::SmallVector<StringRef, 4> Pairs;
  (Params.empty() ? Authority.split('?').second : Params).split(Pairs, '&', -1, false);
  for (StringRef Pair : Pairs)
    addPair(P, Pair.split('=').first, Pair.split('=').second);
  return P;
}

std::string describe(const Parsed &P, StringRef Function) {
  std::string What;
  if (!P.RemoteHosts.empty())
    What = "database host '" + P.RemoteHosts.front() + "'";
  if (P.Password)
    What += What.empty() ? "database password" : " and password";
  std::string Message = What + " written into the code: ";
  Message += P.Password ? "anyone who reads the source can log in, and rotating the password "
                          "takes a release; "
                        : "every environment gets the same server and moving it takes a "
                          "rebuild; ";
  Message += "read connection settings from the environment or configuration";
  if (Function.starts_with("PQ") || Function.starts_with("pqxx::"))
    Message += " (libpq reads PGHOST, PGUSER, PGPASSWORD and ~/.pgpass for what the "
               "connection string leaves out)";
  return Message;
}

// Is the text written in the argument itself (`"s3cret"`, `QStringLiteral("s3cret")`), not read
// from a variable or constant?
bool writtenAtCall(const Expr *Arg, ASTContext &Ctx) {
  return match(findAll(declRefExpr(to(varDecl()))), *Arg, Ctx).empty();
}

} // namespace

void HardcodedConnectionStringCheck::registerMatchers(MatchRegistry &Matchers) {
  std::vector<std::string> Names;
  for (const ConnectArg &S : ConnectArgs)
    Names.push_back(("::" + S.Function).str());
  auto Function =
      functionDecl(anyNameOf(std::vector<StringRef>(Names.begin(), Names.end()))).bind("fn");
  auto [Call, Construct] = callsAndConstructions(Function);
  Matchers.onCallsTo(Names, expr(Call).bind("call"), this);
  Matchers.onConstructionsOf(Names, expr(Construct).bind("call"), this);
  // std::make_unique<pqxx::connection>("...") constructs in a system header; the text is
  // written at the factory call.
  auto Owned = cxxRecordDecl(anyNameOf("::pqxx::connection", "::soci::session")).bind("owned");
  auto Factory =
      callExpr(callee(functionDecl(anyNameOf("::std::make_unique", "::std::make_shared"),
                                   hasTemplateArgument(0, refersToType(hasUnqualifiedDesugaredType(
                                                              recordType(hasDeclaration(Owned))))))))
          .bind("call");
  Matchers.onCallsTo({"make_unique", "make_shared"}, Factory, this);
}

void HardcodedConnectionStringCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  std::string Name;
  if (const auto *Owned = Result.Nodes.getNodeAs<CXXRecordDecl>("owned"))
    Name = Owned->getQualifiedNameAsString() + "::" + Owned->getName().str();
  else
    Name = Result.Nodes.getNodeAs<FunctionDecl>("fn")->getQualifiedNameAsString();
  auto Args = isa<CXXConstructExpr>(Call) ? cast<CXXConstructExpr>(Call)->arguments()
                                          : cast<CallExpr>(Call)->arguments();
  std::vector<const Expr *> Written(Args.begin(), Args.end());
  llvm::erase_if(Written, [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); });
  Parsed Found;
  const Expr *Where = nullptr;
  for (const ConnectArg &S : ConnectArgs) {
    if (S.Function != Name || Written.empty())
      continue;
    size_t Index = S.Arg < 0 ? Written.size() - 1 : static_cast<size_t>(S.Arg);
    if (Index >= Written.size() ||
        (S.What == Kind::Password && Name == "QSqlDatabase::open" && Written.size() != 2))
      continue;
    std::optional<std::string> Text = sqlText(Written[Index], *Result.Context);
    if (!Text)
      continue;
    Parsed P;
    if (S.What == Kind::ConnectionString)
      P = parseConnectionString(*Text);
    else if (S.What == Kind::Host)
      addHosts(P, *Text);
    else // a constant named like a password is security-hardcoded-credential's, where defined
      P.Password = !Text->empty() && writtenAtCall(Written[Index], *Result.Context);
    if (P.RemoteHosts.empty() && !P.Password)
      continue;
    Where = Where ? Where : Written[Index];
    Found.RemoteHosts.insert(Found.RemoteHosts.end(), P.RemoteHosts.begin(), P.RemoteHosts.end());
    Found.Password |= P.Password;
  }
  if (!Where)
    return;
  auto Finding = report(Where->getBeginLoc(), describe(Found, Name));
  // A constant defined elsewhere: show where the text is written.
  std::optional<std::vector<const StringLiteral *>> Literals = sqlLiterals(Where, *Result.Context);
  const SourceManager &SM = *Result.SourceManager;
  if (Literals && !Literals->empty() &&
      SM.isBeforeInTranslationUnit(SM.getExpansionLoc(Literals->front()->getBeginLoc()),
                                   SM.getExpansionLoc(Where->getBeginLoc())))
    Finding.note(Literals->front()->getBeginLoc(), "the connection settings are written here");
}

SENIORLINT_REGISTER_CHECK(HardcodedConnectionStringCheck, "database-hardcoded-connection-string");

} // namespace seniorlint
