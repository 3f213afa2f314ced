# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build directory writes quorum_VERSION_ARCH.deb, which
# `apt install ./quorum_*.deb` installs on Debian 12 with what it needs (docs/INSTALL.md).
set(CPACK_PACKAGE_NAME quorum)
set(CPACK_PACKAGE_VENDOR "The Quorum developers")
set(CPACK_PACKAGE_CONTACT "The Quorum developers <developers@quorumapp.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "meeting organizer for long, dense meetings")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "Quorum prepares agendas, runs meetings live (the clock, the running block, overruns, a presenter view), "
       "keeps running notes, decisions and action items across meetings, prints agendas and minutes, writes "
       "invitations for calendars and mail, and searches years of meetings. A library is one file for one person "
       "or a team library on a PostgreSQL server.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://quorumapp.org/")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries Quorum links (Qt, libzip, libxml2, libical, SQLite); the
# plugins Qt loads at run time are named here: the SQLite driver every library needs and the
# platform plugins that draw the window. PostgreSQL's driver is wanted for team libraries only.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, libqt6svg6, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_GENERATOR DEB)
include(CPack)
