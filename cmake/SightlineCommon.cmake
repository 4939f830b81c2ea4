# Compile rules every Sightline target shares, carried by one INTERFACE target.
add_library(sightline_common INTERFACE)
target_compile_options(sightline_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wno-missing-field-initializers)
target_compile_definitions(sightline_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  SIGHTLINE_VERSION="${PROJECT_VERSION}")

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
  # QTest::qWaitFor's result is checked by the QVERIFY that follows it. Set on the sources so it
  # comes after the shared -Wall, which turns the warning on again under clang.
  # Test files are compiled without optimisation (the code they test, in the libraries, keeps
  # its own): a test file then compiles in about 55% of the time (9.6 s against 5.5 s for
  # TestConsentEngine.cpp), and compiling tests was the larger half of a build. Fortified libc
  # calls need optimisation, so they are left out of test files only.
  set_source_files_properties(${ARG_SOURCES} PROPERTIES COMPILE_OPTIONS
    "-Wno-unused-result;-O0;-U_FORTIFY_SOURCE")
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
