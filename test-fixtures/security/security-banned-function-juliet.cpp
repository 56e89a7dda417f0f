// The shapes of the Juliet test suite for CWE-676 and CWE-120 in C++: a word read from a
// stream into a fixed buffer with no width set, next to the same read bounded by width()
// or std::setw, and extractions that are not into a character buffer.
#include <iomanip>
#include <iostream>
#include <string>

#define NAME_SIZE 10

void print_line(const char *line);

static const int ALWAYS_TRUE = 1;

void read_name_bad() {
  char name[NAME_SIZE];
  // expect: security-banned-function
  std::cin >> name;
  name[NAME_SIZE - 1] = '\0';
  print_line(name);
}

void read_name_branch_bad() {
  if (ALWAYS_TRUE) {
    char name[NAME_SIZE];
    // expect: security-banned-function
    std::cin >> name;
    print_line(name);
  }
}

void read_into_pointer_bad(std::istream &in, char *out) {
  int id;
  // expect: security-banned-function
  in >> id >> out;
}

void read_width_reset_bad() {
  char first[NAME_SIZE], second[NAME_SIZE];
  std::cin.width(NAME_SIZE);
  // The width applies to the first extraction only.
  std::cin >> first;
  // expect: security-banned-function
  std::cin >> second;
}

void read_name_good() {
  char name[NAME_SIZE];
  std::cin.width(NAME_SIZE);
  // ok: security-banned-function
  std::cin >> name;
  print_line(name);
}

void read_name_setw_good(std::istream &in) {
  char name[NAME_SIZE];
  // ok: security-banned-function
  in >> std::setw(NAME_SIZE) >> name;
  print_line(name);
}

void read_other_things_good(std::istream &in) {
  std::string word;
  int count;
  char grade;
  // ok: security-banned-function
  in >> word >> count >> grade;
}
