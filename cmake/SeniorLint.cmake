# Lint a target's sources with seniorlint while they compile, the way
# CMAKE_CXX_CLANG_TIDY runs clang-tidy: a finding at or above --fail-on fails the build.
#
#   list(APPEND CMAKE_MODULE_PATH /usr/share/seniorlint/cmake)   # or this folder
#   include(SeniorLint)
#   seniorlint_target(backend ARGS --fail-on=warning --checks=-*,security-*)
#
# SENIORLINT_EXECUTABLE may be set to a specific binary; otherwise it is found on PATH.
# The result cache ($XDG_CACHE_HOME/seniorlint) keeps unchanged files cheap to rebuild.
function(seniorlint_target target)
  cmake_parse_arguments(PARSE_ARGV 1 SL "" "" "ARGS")
  if(NOT SENIORLINT_EXECUTABLE)
    find_program(SENIORLINT_EXECUTABLE seniorlint REQUIRED)
  endif()
  set(command "${SENIORLINT_EXECUTABLE}" --quiet --color=never ${SL_ARGS})
  set_property(TARGET ${target} PROPERTY CXX_CLANG_TIDY ${command})
  set_property(TARGET ${target} PROPERTY C_CLANG_TIDY ${command})
endfunction()
