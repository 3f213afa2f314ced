// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "dialect.h"
#include "storageerror.h"

#include <QSqlError>

namespace Quorum {

Statement::Statement(const QSqlDatabase &db, const QString &sql, QString context)
    : m_query(db)
    , m_context(std::move(context))
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError::fromSql(m_context, m_query.lastError());
}

namespace {

/**
 * The driver binds a null QString as NULL; an empty text field must stay ''. Intended NULLs come
 * from nullIfEmpty() and friends as typed null QVariants.
 */
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

Statement::Statement(const QSqlDatabase &db, Unprepared, QString context)
    : m_query(db)
    , m_context(std::move(context))
{
    m_query.setForwardOnly(true);
}

Statement &Statement::bind(const QVariant &value)
{
    m_query.addBindValue(bindable(value));
    return *this;
}

Statement &Statement::execWith(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), bindable(values.at(i)));
    return exec();
}

Statement &Statement::exec()
{
    if (!m_query.exec())
        throw StorageError::fromSql(m_context, m_query.lastError());
    return *this;
}

bool Statement::next()
{
    if (m_query.next())
        return true;
    // next() is also false when stepping failed (a damaged page, an I/O error): tell them apart.
    if (m_query.lastError().isValid())
        throw StorageError::fromSql(m_context, m_query.lastError());
    return false;
}

qint64 Statement::lastInsertId()
{
    if (m_query.isSelect())
        return next() ? integer(0) : 0;
    return m_query.lastInsertId().toLongLong();
}

Statement Statement::run(const QSqlDatabase &db, const QString &sql, const QString &context, const QVariantList &values)
{
    if (values.isEmpty() && Dialect::isServer(db)) {
        Statement s(db, Unprepared{}, context);
        if (!s.m_query.exec(sql))
            throw StorageError::fromSql(context, s.m_query.lastError());
        return s;
    }
    Statement s(db, sql, context);
    for (const QVariant &v : values)
        s.bind(v);
    s.exec();
    return s;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace Quorum

namespace Quorum {

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType::fromType<QString>());
}

QVariant sqlDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime timeFromSql(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QDateTime dateTimeFromSql(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

} // namespace Quorum
