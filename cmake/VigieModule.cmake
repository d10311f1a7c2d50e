# vigie_module(NAME DEPS <targets...> [PRIVATE_DEPS <targets...>])
# Builds src/NAME as the static library vigie_NAME from every .cpp beside this call,
# except *_test.cpp (unit tests, GoogleTest, run by ctest) and *_pgtest.cpp.
function(vigie_module name)
  cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  set(tests ${sources})
  list(FILTER sources EXCLUDE REGEX "_(test|pgtest)\\.cpp$")
  list(FILTER tests INCLUDE REGEX "_test\\.cpp$")
  add_library(vigie_${name} STATIC ${sources})
  target_include_directories(vigie_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(vigie_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  vigie_warnings(vigie_${name})
  if(VIGIE_BUILD_TESTS AND tests)
    add_executable(vigie_${name}_test ${tests})
    target_link_libraries(vigie_${name}_test PRIVATE vigie_${name} ${ARG_PRIVATE_DEPS}
      GTest::gtest_main GTest::gmock)
    vigie_warnings(vigie_${name}_test)
    gtest_discover_tests(vigie_${name}_test DISCOVERY_TIMEOUT 30
      PROPERTIES LABELS unit)
  endif()
endfunction()

function(vigie_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wformat=2)
  if(VIGIE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

include(GoogleTest)
