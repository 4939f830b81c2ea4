# Desktop integration and the Debian package: the .desktop file (with the sightline:// URL
# handler), AppStream metainfo, icons, a man page generated from `sightline --help`, the Debian
# copyright and changelog, and CPack's DEB generator. `cmake --build build --target package`
# writes build/sightline_<version>-<release>_<arch>.deb; packaging/check-package checks it.

set(SIGHTLINE_APP_ID org.sightline.Sightline)
set(packaging "${PROJECT_SOURCE_DIR}/packaging")
set(icons "${PROJECT_SOURCE_DIR}/resources/icons")

install(FILES "${packaging}/linux/${SIGHTLINE_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${packaging}/linux/${SIGHTLINE_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${icons}/sightline.svg" DESTINATION share/icons/hicolor/scalable/apps
        RENAME ${SIGHTLINE_APP_ID}.svg)
foreach(size 16 32 48 64 128 256)
  install(FILES "${icons}/sightline-${size}.png" DESTINATION share/icons/hicolor/${size}x${size}/apps
          RENAME ${SIGHTLINE_APP_ID}.png)
endforeach()

# Debian wants the man page and the changelog compressed with gzip -9n (no name, no time stamp,
# so the package is reproducible).
find_program(HELP2MAN_EXECUTABLE help2man REQUIRED)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(manpage "${CMAKE_BINARY_DIR}/packaging/sightline.1")
add_custom_command(
  OUTPUT "${manpage}.gz"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/packaging"
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
          ${HELP2MAN_EXECUTABLE} --no-info --no-discard-stderr --locale=C.UTF-8
          "--help-option=help --all"
          --include "${packaging}/linux/sightline.h2m" --output "${manpage}" $<TARGET_FILE:sightline>
  COMMAND ${GZIP_EXECUTABLE} -9nf "${manpage}"
  DEPENDS sightline "${packaging}/linux/sightline.h2m"
  COMMENT "Generating the sightline(1) man page from the command table (sightline help --all)"
  VERBATIM)
set(changelog "${CMAKE_BINARY_DIR}/packaging/changelog.Debian")
add_custom_command(
  OUTPUT "${changelog}.gz"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/packaging"
  COMMAND ${CMAKE_COMMAND} -E copy "${packaging}/debian/changelog" "${changelog}"
  COMMAND ${GZIP_EXECUTABLE} -9nf "${changelog}"
  DEPENDS "${packaging}/debian/changelog"
  VERBATIM)
add_custom_target(sightline_package_files ALL DEPENDS "${manpage}.gz" "${changelog}.gz")
install(FILES "${manpage}.gz" DESTINATION share/man/man1)
install(FILES "${packaging}/debian/copyright" "${changelog}.gz" DESTINATION share/doc/sightline)
file(GLOB user_docs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES ${user_docs} DESTINATION share/doc/sightline)
install(FILES "${packaging}/debian/lintian-overrides" DESTINATION share/lintian/overrides
        RENAME sightline)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sightline)
set(CPACK_PACKAGE_VENDOR "The Sightline developers")
set(CPACK_PACKAGE_CONTACT "Sightline developers <sightline@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "clinical integration workstation for SMART on FHIR and DICOMweb")
set(CPACK_PACKAGE_DESCRIPTION
    "Sightline logs in to a hospital's FHIR server with SMART on FHIR, checks
what the server can do, finds a patient's imaging through FHIR ImagingStudy,
Endpoint and DICOMweb, keeps it in an on-disk image cache and opens it in a
viewer (the bundled OHIF viewer, Weasis, OsiriX/Horos, 3D Slicer, IHE Invoke
Image Display) through a local DICOMweb gateway, so access tokens never leave
Sightline. Consent is explained, every action is audited in a tamper-evident
journal, and Bulk Data exports and transaction pushes run as resumable jobs.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/sightline/sightline")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries come from dpkg-shlibdeps; plugins and helpers loaded at run time must be named:
# the SQLite driver (image cache, audit journal, jobs), the X11/Wayland platform plugins, and
# QtWebEngineProcess for the embedded viewer and login windows.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# A Secret Service keeps sessions and passwords; without one Sightline asks again each start.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "chromium")
include(CPack)
