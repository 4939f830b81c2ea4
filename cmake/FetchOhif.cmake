# cmake -P script: fetches @ohif/app@VERSION with npm, verifies SHA512, strips it, and puts its
# dist/ folder at OUTPUT. Run by SightlineOhif.cmake at build time.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${NPM}" pack "@ohif/app@${VERSION}" --silent --no-audit --no-fund
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE packed OUTPUT_QUIET)
set(archive "${WORK}/ohif-app-${VERSION}.tgz")
if(NOT packed EQUAL 0 OR NOT EXISTS "${archive}")
  message(FATAL_ERROR "npm could not fetch @ohif/app@${VERSION} (configure with "
                      "-DSIGHTLINE_BUNDLE_OHIF=OFF to build without the bundled viewer)")
endif()
file(SHA512 "${archive}" actual)
if(NOT actual STREQUAL SHA512)
  message(FATAL_ERROR "@ohif/app@${VERSION} does not match its pinned SHA-512: ${actual}")
endif()
file(ARCHIVE_EXTRACT INPUT "${archive}" DESTINATION "${WORK}")
# silent-refresh.html (OIDC token renewal, unused: the gateway adds credentials) loads a script
# from a CDN, which a page served to viewers must not do.
file(REMOVE_RECURSE "${WORK}/package/dist/ort" "${WORK}/package/dist/dicom-microscopy-viewer"
     "${WORK}/package/dist/silent-refresh.html")
file(GLOB_RECURSE maps "${WORK}/package/dist/*.map")
if(maps)
  file(REMOVE ${maps})
endif()
file(REMOVE_RECURSE "${OUTPUT}")
file(RENAME "${WORK}/package/dist" "${OUTPUT}")
file(REMOVE_RECURSE "${WORK}")
