# Every third-party library comes from a Debian 12 package (scripts/install-deps.sh).
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
find_package(Boost 1.74 CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(CURL REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(spdlog REQUIRED)
find_package(fmt REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(GTest REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)

# SOCI ships neither a CMake config nor a .pc file; both backends are linked in and
# registered by factory (never loaded by name: SOCI would search the current directory).
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIB soci_core REQUIRED)
find_library(SOCI_SQLITE_LIB soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIB soci_postgresql REQUIRED)
add_library(vigie_soci INTERFACE)
target_include_directories(vigie_soci SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(vigie_soci INTERFACE ${SOCI_SQLITE_LIB} ${SOCI_POSTGRESQL_LIB}
  ${SOCI_CORE_LIB} SQLite::SQLite3 PostgreSQL::PostgreSQL ${CMAKE_DL_LIBS})

find_path(MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
add_library(vigie_mustache INTERFACE)
target_include_directories(vigie_mustache SYSTEM INTERFACE ${MUSTACHE_INCLUDE_DIR})
# Deliverables (issue 4): PDF with cairo + pango, XLSX written by libxlsxwriter and
# read back with minizip + pugixml. xlsxwriter's .pc says version "4": no constraint.
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf cairo-svg)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
find_package(pugixml REQUIRED)
