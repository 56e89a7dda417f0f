// anyNameOf: clang's hasAnyName with a cheap first test.
//
// hasAnyName compares a declaration against every pattern, and for a qualified one
// ("::system", "::std::basic_ofstream") walks the declaration's enclosing contexts; rules
// try it on every call they look at. On gtest-all.cc that made it the largest single cost
// of our matchers (callgrind). anyNameOf first looks the declaration's own name up in a
// hash set of the patterns' last components and runs clang's exact test only on a hit,
// which almost no declaration in a translation unit is.
#pragma once

#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace seniorlint {

using NamedDeclMatcher = clang::ast_matchers::internal::Matcher<clang::NamedDecl>;

// Same patterns and meaning as hasAnyName: "name", "ns::name" or "::ns::name".
NamedDeclMatcher anyNameOf(llvm::ArrayRef<llvm::StringRef> Names);
NamedDeclMatcher anyNameOf(llvm::ArrayRef<std::string> Names);
template <typename... Ts> NamedDeclMatcher anyNameOf(llvm::StringRef First, const Ts &...Rest) {
  return anyNameOf(llvm::ArrayRef<llvm::StringRef>({First, llvm::StringRef(Rest)...}));
}

} // namespace seniorlint
