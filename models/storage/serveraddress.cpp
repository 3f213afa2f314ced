// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Quorum {

namespace {

/** The libpq parameters an address may carry besides host, port, user and dbname. */
bool isAllowedOption(const QString &key)
{
    static const QStringList allowed{
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("gssencmode"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),
    };
    return allowed.contains(key);
}

/**
 * Whether value can go into libpq's conninfo as Qt's driver writes it: options are joined by
 * spaces without quoting, so a space, quote or backslash could smuggle another parameter in.
 */
bool isPlainOptionValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c == QLatin1Char(';')
            || c.unicode() < 0x20)
            return false;
    }
    return !value.isEmpty();
}

} // namespace

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &uri)
{
    ServerAddress a;
    if (!isServerLocation(uri)) {
        a.m_error = tr("“%1” is not a PostgreSQL address (postgresql://host/database).").arg(uri);
        return a;
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        a.m_error = tr("The address is not valid: %1.").arg(url.errorString());
        return a;
    }
    if (!url.password().isEmpty()) {
        a.m_error = tr("The address contains a password. Quorum never takes a password from an address "
                       "(it would stay in the shell history and the recent files): put it in ~/.pgpass "
                       "or set PGPASSWORD, and give the address without it.");
        return a;
    }
    a.m_user = url.userName();
    a.m_host = url.host();
    a.m_port = url.port();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    a.m_database = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            a.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            a.m_port = value.toInt(&ok);
            if (!ok || a.m_port <= 0 || a.m_port > 65535) {
                a.m_error = tr("The port “%1” is not a number from 1 to 65535.").arg(value);
                return a;
            }
        } else if (key == QLatin1String("user")) {
            a.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            a.m_database = value;
        } else if (key == QLatin1String("password")) {
            a.m_error = tr("The address contains a password. Put it in ~/.pgpass or set PGPASSWORD instead.");
            return a;
        } else if (!isAllowedOption(key)) {
            a.m_error = tr("The address has a parameter Quorum does not pass on: “%1”.").arg(key);
            return a;
        } else if (!isPlainOptionValue(value)) {
            a.m_error = tr("The value of “%1” in the address is empty or contains spaces or quotes.").arg(key);
            return a;
        } else {
            a.m_options.append({key, value});
        }
    }
    if (a.m_database.isEmpty())
        a.m_error = tr("The address names no database: postgresql://host/database.");
    return a;
}

ServerAddress ServerAddress::fromParts(const QString &host, int port, const QString &database, const QString &user)
{
    ServerAddress a;
    a.m_host = host.trimmed();
    a.m_port = port > 0 ? port : -1;
    a.m_database = database.trimmed();
    a.m_user = user.trimmed();
    if (a.m_database.isEmpty())
        a.m_error = tr("Give the name of the database.");
    return a;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket directory is no URL host: it goes into the query, as libpq writes it.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket && !m_host.isEmpty())
        url.setHost(m_host);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    if (socket)
        query.addQueryItem(QStringLiteral("host"), m_host);
    if (m_port > 0) {
        if (socket || m_host.isEmpty())
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
        else
            url.setPort(m_port);
    }
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes an empty authority as "postgresql:/db": libpq wants "postgresql:///db".
    if (url.host().isEmpty() && m_user.isEmpty())
        text.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::withoutPassword(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return tr("(an address that is not valid)");
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::displayName() const
{
    const QString where = m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')) ? tr("this computer") : m_host;
    return tr("%1 on %2").arg(m_database, where);
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setDatabaseName(m_database);
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    if (!m_user.isEmpty())
        db.setUserName(m_user);
    QStringList options;
    for (const auto &[key, value] : m_options)
        options << key + QLatin1Char('=') + value;
    const bool named = std::any_of(m_options.cbegin(), m_options.cend(),
                                   [](const auto &o) { return o.first == QLatin1String("application_name"); });
    if (!named)
        options << QStringLiteral("application_name=quorum");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace Quorum
