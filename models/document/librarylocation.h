// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Quorum {

/**
 * Where a library is, as the window names, remembers and compares it: a file's path or a team
 * library's server address (postgresql://…). The window never includes storage headers; this is
 * its one door to ServerAddress. Nothing here ever returns a password.
 */
class LibraryLocation
{
    Q_DECLARE_TR_FUNCTIONS(LibraryLocation)

public:
    /** Whether location is a team library on a server rather than a file. */
    static bool isServer(const QString &location);
    /** For titles and menus: a file's name, or "db on host" for a server. */
    static QString displayName(const QString &location);
    /**
     * As remembered (recent files) and shown in full: a file's absolute path, or the server
     * address without a password (an address that cannot be used, still without its password).
     */
    static QString remembered(const QString &location);
    /** Whether a and b name the same library. */
    static bool isSame(const QString &a, const QString &b);

    /** The parts of a server address a dialog asks for; port 0: the default. */
    struct ServerParts
    {
        QString host; ///< a host name, an address or a socket directory (starting with /); empty: the default
        int port = 0;
        QString database;
        QString user; ///< empty: the login name
    };
    /**
     * The server address made of parts (postgresql://…), or empty with *error saying what to
     * change: no database, or a part that would change the address's meaning (a password, a
     * parameter, a second host slipped into a field).
     */
    static QString serverAddress(const ServerParts &parts, QString *error);
    /** The parts of a server address; empty parts when it is not one. */
    static ServerParts partsOf(const QString &location);
};

} // namespace Quorum
