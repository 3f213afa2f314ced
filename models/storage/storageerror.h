// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

class QSqlError;

namespace Quorum {

/**
 * A storage failure with a message a person can act on. Thrown by the storage layer and caught
 * at the edge (an undo command, a command-line verb), where the message is shown.
 */
class StorageError : public std::exception
{
public:
    explicit StorageError(QString message, int nativeCode = 0);

    /** Explains a failed statement: what was being done (context) and why it failed. */
    static StorageError fromSql(const QString &context, const QSqlError &error);

    const QString &message() const { return m_message; }
    /** Extended SQLite result code, or 0. The primary code is nativeCode() & 0xff. */
    int nativeCode() const { return m_nativeCode; }
    /**
     * The file or the disk failed (busy, locked, read-only, I/O, damaged, full, cannot open, not
     * a database), as opposed to the library refusing an edit by one of its rules.
     */
    bool isEnvironmental() const
    {
        switch (m_nativeCode & 0xff) {
        case 5:
        case 6:
        case 8:
        case 10:
        case 11:
        case 13:
        case 14:
        case 15:
        case 26: return true;
        default: return false;
        }
    }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    int m_nativeCode = 0;
};

} // namespace Quorum
