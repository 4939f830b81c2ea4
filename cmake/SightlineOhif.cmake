# The bundled OHIF viewer: the pinned @ohif/app release from npm, checked against its published
# SHA-512, stripped of what Sightline does not use (the ONNX runtime in ort/, the microscopy
# viewer, source maps), built into <build>/ohif and installed to share/sightline/ohif.
# -DSIGHTLINE_BUNDLE_OHIF=OFF leaves it out; OHIF can then be an external URL.
option(SIGHTLINE_BUNDLE_OHIF "Fetch the OHIF viewer from npm and bundle it" ON)

set(SIGHTLINE_OHIF_VERSION 3.13.2)
set(SIGHTLINE_OHIF_SHA512
  5997719a9986eeba85816f5924b71b82bdd70ad2e2d4a0cd3e831a798e4f3deea3e06e1f8c48e393271933a0ba664d85f3b04ac457e9abe8dde715d907d13c10)
set(SIGHTLINE_OHIF_DIR "${CMAKE_BINARY_DIR}/ohif")

if(SIGHTLINE_BUNDLE_OHIF)
  find_program(NPM_EXECUTABLE npm REQUIRED)
  add_custom_command(
    OUTPUT "${SIGHTLINE_OHIF_DIR}/index.html"
    COMMAND ${CMAKE_COMMAND} -DNPM=${NPM_EXECUTABLE} -DVERSION=${SIGHTLINE_OHIF_VERSION}
            -DSHA512=${SIGHTLINE_OHIF_SHA512} -DWORK=${CMAKE_BINARY_DIR}/ohif-download
            -DOUTPUT=${SIGHTLINE_OHIF_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/FetchOhif.cmake
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/FetchOhif.cmake
    COMMENT "Fetching the OHIF viewer ${SIGHTLINE_OHIF_VERSION} from npm"
    VERBATIM)
  add_custom_target(ohif_viewer ALL DEPENDS "${SIGHTLINE_OHIF_DIR}/index.html")
  install(DIRECTORY "${SIGHTLINE_OHIF_DIR}/" DESTINATION share/sightline/ohif)
endif()
