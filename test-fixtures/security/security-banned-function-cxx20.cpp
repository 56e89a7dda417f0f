// fixture-args: -std=c++20
// Since C++20 extraction into a character array stops at the array's size (LWG 2499).
#include <cstdio>
#include <iostream>

void read_code() {
  char code[8];
  // ok: security-banned-function
  std::cin >> code;
  // expect: security-banned-function
  gets(code);
}
