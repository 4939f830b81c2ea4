# Compile rules every Sightline target shares, carried by one INTERFACE target.
add_library(sightline_common INTERFACE)
target_compile_options(sightline_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wno-missing-field-initializers)
# Test code (SIGHTLINE_TEST_CODE, below) writes its data as plain literals.
target_compile_definitions(sightline_common INTERFACE
  "$<$<NOT:$<BOOL:$<TARGET_PROPERTY:SIGHTLINE_TEST_CODE>>>:QT_NO_CAST_FROM_ASCII>"
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  SIGHTLINE_VERSION="${PROJECT_VERSION}")

# Executables link with lld where it is installed (Debian's lld, which .ci/install-deps adds):
# a test program links in 1 s instead of 7 s with the default linker, and a build links about
# a hundred of them.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" SIGHTLINE_HAVE_LLD)
if(SIGHTLINE_HAVE_LLD)
  target_link_options(sightline_common INTERFACE -fuse-ld=lld)
endif()

# Optimised builds are hardened as Debian builds its packages (dpkg-buildflags): fortified libc
# calls, stack protector, read-only relocations bound at start. Sanitizer builds are left alone.
if(NOT SIGHTLINE_SANITIZE)
  set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
  target_compile_options(sightline_common INTERFACE
    "$<${optimised}:-D_FORTIFY_SOURCE=2;-fstack-protector-strong>")
  target_link_options(sightline_common INTERFACE "$<${optimised}:LINKER:-z,relro,-z,now>")
endif()

if(SIGHTLINE_SANITIZE)
  # A report stops the program, so a test with one fails (UBSan would otherwise go on).
  target_compile_options(sightline_common INTERFACE -fsanitize=${SIGHTLINE_SANITIZE}
                         -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(sightline_common INTERFACE -fsanitize=${SIGHTLINE_SANITIZE})
endif()

if(SIGHTLINE_BUILD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR NOT SIGHTLINE_SANITIZE MATCHES "address")
    message(FATAL_ERROR "SIGHTLINE_BUILD_FUZZ needs clang and SIGHTLINE_SANITIZE with address")
  endif()
  # Coverage for libFuzzer in everything the targets call (ASan's runtime provides the hooks for
  # the ordinary test programs built alongside), optimised a little so campaigns run at a
  # useful speed.
  target_compile_options(sightline_common INTERFACE -fsanitize=fuzzer-no-link -O1)
endif()

# Test programs (SIGHTLINE_TEST_CODE on the target) compile without optimisation; the code they
# test, in the libraries, keeps its own. A test file then compiles in about 55% of the time
# (9.6 s against 5.5 s for TestConsentEngine.cpp). Fortified libc calls need optimisation, so
# they are left out of test code only. QTest::qWaitFor's result is checked by the QVERIFY that
# follows it. Declared last so these come after -O and -Wall above.
target_compile_options(sightline_common INTERFACE
  "$<$<BOOL:$<TARGET_PROPERTY:SIGHTLINE_TEST_CODE>>:-Wno-unused-result;-O0;-U_FORTIFY_SOURCE>")

# With GCC, the Qt headers nearly every test includes are compiled once for the tests of core
# and once for the tests of the window (tests/support/PrecompiledTestHeaders.h), then reused:
# a test file compiles in 2.2 s instead of 5.5 s. GCC checks that a precompiled header fits
# (same macros, same options) and reads the headers themselves when it does not, so a test that
# links something more stays correct, only slower. Clang refuses a header that does not fit,
# so its builds (core-only, sanitizers) do without.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set(SIGHTLINE_PRECOMPILE_TEST_HEADERS ON)
else()
  set(SIGHTLINE_PRECOMPILE_TEST_HEADERS OFF)
endif()

# Sightline's libraries and executable precompile the Qt and standard headers their files share
# (cmake/PrecompiledLibraryHeaders.h), with GCC and clang alike: every file of one target has
# the same options, so the header always fits.
function(sightline_precompile_library_headers target)
  target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/PrecompiledLibraryHeaders.h)
endfunction()

# Makes ${host} the target whose precompiled test headers tests linking ${libs} reuse.
function(sightline_add_test_header_host host libs)
  if(NOT SIGHTLINE_PRECOMPILE_TEST_HEADERS)
    return()
  endif()
  add_library(${host} OBJECT ${PROJECT_SOURCE_DIR}/tests/support/PrecompiledTestHeaders.cpp)
  target_link_libraries(${host} PRIVATE sightline_common Qt6::Test ${libs})
  set_target_properties(${host} PROPERTIES SIGHTLINE_TEST_CODE ON)
  target_precompile_headers(${host} PRIVATE
    ${PROJECT_SOURCE_DIR}/tests/support/PrecompiledTestHeaders.h)
  set_property(GLOBAL PROPERTY ${host}_LIBS "${libs}")
endfunction()

# A test that links the window reuses the window's headers, any other those of core; one that
# links more than its host (another Qt module changes the macros) compiles without.
function(sightline_precompile_test_headers name libs)
  set(host sightline_test_headers_core)
  if("sightline_ui" IN_LIST libs)
    set(host sightline_test_headers_ui)
  endif()
  get_property(host_libs GLOBAL PROPERTY ${host}_LIBS)
  foreach(lib IN LISTS libs)
    if(NOT lib IN_LIST host_libs)
      return()
    endif()
  endforeach()
  if(TARGET ${host})
    target_precompile_headers(${name} REUSE_FROM ${host})
    # AUTOMOC's file is empty for tests (each includes its own .moc); loading the headers would
    # cost it seconds.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
      PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()

# Registers a QtTest executable with CTest.
#   sightline_add_qtest(TestName SOURCES a.cpp … LIBS target … LABELS unit|integration|gui
#                       [KEYRING] [XVFB])
# KEYRING runs the test in its own D-Bus session with an unlocked GNOME keyring.
# XVFB runs it on an Xvfb display with GLX (Mesa) instead of offscreen, so Qt WebEngine has
# WebGL (web viewers such as OHIF need it to draw images).
# Locale and platform are pinned so results never depend on the machine running them, and
# HOME/XDG dirs point into the build tree so tests never touch a real user's settings.
function(sightline_add_qtest name)
  cmake_parse_arguments(ARG "KEYRING;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE sightline_common Qt6::Test ${ARG_LIBS})
  set_target_properties(${name} PROPERTIES SIGHTLINE_TEST_CODE ON)
  sightline_precompile_test_headers(${name} "${ARG_LIBS}")
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    SIGHTLINE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    SIGHTLINE_SANDBOX_DIR="${PROJECT_SOURCE_DIR}/tests/sandbox"
    SIGHTLINE_SANDBOX_CACHE="${PROJECT_BINARY_DIR}/sandbox-cache"
    SIGHTLINE_TRANSLATIONS_DIR="${PROJECT_BINARY_DIR}/translations")
  set(platform offscreen)
  if(ARG_KEYRING)
    add_test(NAME ${name} COMMAND dbus-run-session --
      ${PROJECT_SOURCE_DIR}/tests/support/with-keyring $<TARGET_FILE:${name}>)
  elseif(ARG_XVFB)
    add_test(NAME ${name} COMMAND xvfb-run -a -s "-screen 0 1600x1200x24 +extension GLX"
      $<TARGET_FILE:${name}>)
    set(platform xcb)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set(home "${PROJECT_BINARY_DIR}/test-home/${name}")
  set_tests_properties(${name} PROPERTIES
    LABELS "${ARG_LABELS}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC;QT_QPA_PLATFORM=${platform};HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;QTWEBENGINE_DISABLE_SANDBOX=1;QT_LOGGING_RULES=qt.webenginecontext.info=false")
  if("integration" IN_LIST ARG_LABELS OR "gui" IN_LIST ARG_LABELS)
    # Integration tests share the sandbox's generated-DICOM cache; run them one at a time.
    set_tests_properties(${name} PROPERTIES RESOURCE_LOCK sandbox)
  endif()
endfunction()
