# Install rules for the programs and the Debian package (CPack, DEB generator).
#
#   cmake --build build && cd build && cpack -G DEB
#
# The desktop file, metainfo and icon are installed by resources/CMakeLists.txt; the translations are compiled into
# the programs' resources and need no install rule.
include(GNUInstallDirs)

install(TARGETS smtp-workbench smtp-workbench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Loaded at run time, found relative to the programs' folder (core/CMakeLists.txt, SmtpModulePaths).
install(TARGETS smtp-workbench-keychain LIBRARY DESTINATION ${SMTP_MODULE_INSTALL_DIR})
# Debian policy §12.5: the licence in machine-readable form, next to the package's documentation.
install(FILES ${PROJECT_SOURCE_DIR}/resources/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/smtp-workbench)

set(CPACK_PACKAGE_NAME smtp-workbench)
set(CPACK_PACKAGE_VENDOR "The SMTP Workbench developers")
set(CPACK_PACKAGE_CONTACT "SMTP Workbench developers <maintainers@smtp-workbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY smtp-workbench)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/COPYING)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/")

set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SMTP Workbench runs SMTP sessions step by step against a server and shows\n"
    "every command and reply: STARTTLS and implicit TLS with the certificate\n"
    "chain, SASL authentication, saved profiles with passwords in the system\n"
    "keychain, and exportable transcripts. It has a window (smtp-workbench)\n"
    "and a command line program (smtp-workbench-cli).")
list(JOIN CPACK_DEBIAN_PACKAGE_DESCRIPTION "" CPACK_DEBIAN_PACKAGE_DESCRIPTION)

# Library dependencies come from dpkg-shlibdeps (package dpkg-dev) where it is installed. The SVG icon plugin and
# Qt's translations are loaded at run time, so shlibdeps cannot see them: they are declared by hand.
find_program(SMTP_DPKG_SHLIBDEPS dpkg-shlibdeps)
# libunbound is loaded by its soname when DNS is first needed (core/dns/unboundlibrary.h), so shlibdeps cannot see it.
set(smtp_runtime_depends "libqt6svg6 (>= 6.4)" "qt6-qpa-plugins" "libunbound8")
if(SMTP_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    message(STATUS "dpkg-shlibdeps not found: the .deb lists its Qt and QtKeychain dependencies by hand")
    list(APPEND smtp_runtime_depends
        "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)" "libqt6network6 (>= 6.4)"
        "libqt6keychain1" "libssl3" "libc6" "libstdc++6")
endif()
list(JOIN smtp_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")

include(CPack)
