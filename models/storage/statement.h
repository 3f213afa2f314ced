// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Quorum {

/**
 * A prepared statement whose every failure throws StorageError. Values are always bound,
 * never spliced into the SQL text.
 */
class Statement
{
public:
    /** context completes "Could not …" in the error message, e.g. "save the meeting title". */
    Statement(const QSqlDatabase &db, const QString &sql, QString context);

    Statement &bind(const QVariant &value);
    Statement &exec();
    /** Runs the prepared statement again with values in place of the ones bound before. */
    Statement &execWith(const QVariantList &values);
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    /**
     * The id of the row an INSERT added: what SQLite says was inserted last, or on a server (which
     * has no other way to say it) the row of the INSERT's `RETURNING id` (Dialect::returningId()).
     * Call it right after exec().
     */
    qint64 lastInsertId();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    /** The result's column names (and the current row's values). */
    QSqlRecord record() const { return m_query.record(); }

    /**
     * Runs sql with the given values and returns the statement, positioned before its first row.
     * On a server, sql without values is sent as it is: PostgreSQL prepares no BEGIN, SET or LOCK.
     */
    static Statement run(const QSqlDatabase &db, const QString &sql, const QString &context,
                         const QVariantList &values = {});

private:
    struct Unprepared
    { };
    Statement(const QSqlDatabase &db, Unprepared, QString context);

    QSqlQuery m_query;
    QString m_context;
};

/** NULL for 0 ids, empty strings and invalid dates: how optional values are stored. */
QVariant nullIfZero(qint64 id);
QVariant nullIfEmpty(const QString &text);

} // namespace Quorum

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace Quorum {

/** Storage text forms: yyyy-MM-dd, HH:mm, and UTC yyyy-MM-ddTHH:mm:ssZ; NULL when invalid. */
QVariant sqlDate(const QDate &date);
QVariant sqlTime(const QTime &time);
QVariant sqlDateTime(const QDateTime &dateTime);
QDate dateFromSql(const QVariant &value);
QTime timeFromSql(const QVariant &value);
QDateTime dateTimeFromSql(const QVariant &value);

} // namespace Quorum
