# SPDX-License-Identifier: MIT
# The Debian package: `cpack -G DEB` in the build folder gives orgdesigner_VERSION_ARCH.deb.
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time as a plugin
# (SQL drivers, platform plugins) or used as data (fonts) is named here.
set(CPACK_PACKAGE_NAME orgdesigner)
set(CPACK_PACKAGE_VENDOR "OrgDesigner developers")
set(CPACK_PACKAGE_CONTACT "OrgDesigner developers <maintainers@orgdesigner.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "design technical organisations: org charts, team-size rules, scenarios")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/orgdesigner/orgdesigner")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME orgdesigner)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsqlite3-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, fonts-noto-cjk, fonts-noto-core, qt6-translations-l10n")
# CPack takes the synopsis from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended part.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"OrgDesigner is a desktop application and command-line tool with which
engineering managers and CTOs design technical organisations: it imports an
org from a spreadsheet (CSV or Excel), draws it as an org chart, lets the
manager drag people to new managers and roles, checks team-size and ladder
rules live, compares what-if scenarios, charts headcount and cost, and exports
the chart to PNG, SVG and PDF. The interface is in English and Simplified
Chinese. Plans are SQLite files, or shared in a PostgreSQL database.")

include(CPack)
