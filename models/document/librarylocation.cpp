// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylocation.h"

#include "storage/serveraddress.h"

#include <QFileInfo>

#include <algorithm>

namespace Quorum {

bool LibraryLocation::isServer(const QString &location)
{
    return ServerAddress::isServerLocation(location);
}

QString LibraryLocation::displayName(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).fileName();
    const ServerAddress address = ServerAddress::parse(location);
    return address.isValid() ? address.displayName() : ServerAddress::withoutPassword(location);
}

QString LibraryLocation::remembered(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).absoluteFilePath();
    const ServerAddress address = ServerAddress::parse(location);
    return address.isValid() ? address.toString() : ServerAddress::withoutPassword(location);
}

bool LibraryLocation::isSame(const QString &a, const QString &b)
{
    if (isServer(a) != isServer(b))
        return false;
    return isServer(a) ? remembered(a) == remembered(b) : QFileInfo(a) == QFileInfo(b);
}

namespace {

/** Whether text holds one of chars or a space: a part of an address that would say more than itself. */
bool holdsAny(const QString &text, QLatin1String chars)
{
    return std::any_of(text.cbegin(), text.cend(), [chars](QChar c) { return c.isSpace() || chars.contains(c); });
}

QString partsSayMore()
{
    return LibraryLocation::tr("The host, database and user may not hold a password, a parameter or a second "
                               "address: give each part alone. The password comes from ~/.pgpass or PGPASSWORD.");
}

} // namespace

QString LibraryLocation::serverAddress(const ServerParts &parts, QString *error)
{
    const QString host = parts.host.trimmed();
    const QString user = parts.user.trimmed();
    // A socket folder is a path; a host name never has a slash. "user:secret@host" is refused here,
    // before the text reaches a URL parser whose message could repeat it.
    const bool socket = host.startsWith(QLatin1Char('/'));
    const bool hostSaysMore
        = socket ? std::any_of(host.cbegin(), host.cend(), [](QChar c) { return QLatin1String("@?#").contains(c); })
                 : holdsAny(host, QLatin1String("@?#/"));
    if (hostSaysMore || holdsAny(user, QLatin1String(":@/?#"))) {
        *error = partsSayMore();
        return {};
    }
    // No host: libpq's default. Null, not empty: an empty host would be written as an empty authority.
    const ServerAddress built
        = ServerAddress::fromParts(host.isEmpty() ? QString() : host, parts.port, parts.database, user);
    if (!built.isValid()) {
        *error = built.errorString();
        return {};
    }
    // Read back, the address must say just what the fields say; whatever else changes its meaning
    // is refused rather than passed on.
    const QString text = built.toString();
    const ServerAddress read = ServerAddress::parse(text);
    if (!read.isValid()) {
        *error = read.errorString();
        return {};
    }
    if (read.host() != built.host() || read.database() != built.database() || read.user() != built.user()
        || read.port() != built.port() || !read.options().isEmpty()) {
        *error = partsSayMore();
        return {};
    }
    return text;
}

LibraryLocation::ServerParts LibraryLocation::partsOf(const QString &location)
{
    const ServerAddress address = ServerAddress::parse(location);
    if (!isServer(location) || !address.isValid())
        return {};
    return {address.host(), qMax(0, address.port()), address.database(), address.user()};
}

} // namespace Quorum
