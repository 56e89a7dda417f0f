#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include "export_spool.h"

namespace fs = std::filesystem;

struct Report {
  int Id;
  std::string Csv;
};

std::string randomSuffix();

class ReportExporter {
public:
  bool writeCsv(const Report &R) {
    // expect: security-insecure-temp-file
    std::ofstream Out("/tmp/report-" + std::to_string(R.Id) + ".csv");
    Out << R.Csv;
    return static_cast<bool>(Out);
  }

  bool writeSnapshot(const Report &R) {
    std::ofstream Out;
    // expect: security-insecure-temp-file
    Out.open(fs::temp_directory_path() / "snapshot.csv");
    Out << R.Csv;
    return static_cast<bool>(Out);
  }

  int openWorkFile() {
    char Path[64];
    std::snprintf(Path, sizeof Path, "/tmp/exporter-%d.work", static_cast<int>(getpid()));
    // expect: security-insecure-temp-file
    return open(Path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  }

  int openAppendLog() {
    std::string Path = "/dev/shm/exporter-";
    Path += std::to_string(getpid());
    // expect: security-insecure-temp-file
    return open(Path.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
  }

  FILE *scratch() {
    char Name[L_tmpnam];
    // expect: security-insecure-temp-file
    tmpnam_r(Name);
    return std::fopen(Name, "w+");
  }

  // Near misses: the safe ways to get a private scratch file.
  FILE *scratchSafely() {
    // ok: security-insecure-temp-file
    return std::tmpfile();
  }

  int workFileSafely() {
    char Path[] = "/tmp/exporter-XXXXXX";
    // ok: security-insecure-temp-file
    return mkstemp(Path);
  }

  int anonymousFile() {
    // O_TMPFILE names the directory; the file has no name anyone could take.
    // ok: security-insecure-temp-file
    return open("/tmp", O_TMPFILE | O_RDWR, 0600);
  }

  int exclusiveLock() {
    // O_EXCL fails when the name exists: a planted file or link is never opened.
    // ok: security-insecure-temp-file
    return open("/tmp/exporter.pid", O_WRONLY | O_CREAT | O_EXCL, 0600);
  }

  FILE *exclusiveReport(int Id) {
    char Path[64];
    std::snprintf(Path, sizeof Path, "/tmp/report-%d.csv", Id);
    // ok: security-insecure-temp-file
    return std::fopen(Path, "wx");
  }

  bool writeUnguessable(const Report &R) {
    // ok: security-insecure-temp-file
    std::ofstream Out("/tmp/report-" + randomSuffix());
    Out << R.Csv;
    return static_cast<bool>(Out);
  }

  bool writeToDataDir(const Report &R) {
    // ok: security-insecure-temp-file
    std::ofstream Out("/var/lib/exporter/report-" + std::to_string(R.Id) + ".csv");
    Out << R.Csv;
    return static_cast<bool>(Out);
  }

  bool readBack(std::string &Csv) {
    // ok: security-insecure-temp-file
    std::ifstream In("/tmp/report-latest.csv");
    return static_cast<bool>(In);
  }

  int openConfigured(const std::string &Path) {
    // The path comes from configuration; nothing says where it points.
    // ok: security-insecure-temp-file
    return open(Path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  }
};
