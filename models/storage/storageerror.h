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
    /**
     * The SQLite result codes Quorum tells apart (https://sqlite.org/rescode.html). An extended
     * code carries its primary code in its low byte.
     */
    enum Code : int {
        NoCode = 0, ///< not a failure of SQLite (a rule of Quorum's, a file outside the library)
        // Primary codes
        Busy = 5, ///< SQLITE_BUSY: another connection holds a lock
        Locked = 6, ///< SQLITE_LOCKED
        ReadOnly = 8, ///< SQLITE_READONLY
        IoError = 10, ///< SQLITE_IOERR
        Corrupt = 11, ///< SQLITE_CORRUPT
        Full = 13, ///< SQLITE_FULL: the disk is full
        CantOpen = 14, ///< SQLITE_CANTOPEN
        Protocol = 15, ///< SQLITE_PROTOCOL
        Constraint = 19, ///< SQLITE_CONSTRAINT
        NotADatabase = 26, ///< SQLITE_NOTADB
        // Extended codes
        ReadOnlyRollback = 776, ///< SQLITE_READONLY_ROLLBACK: a journal to roll back, on a read-only connection
        IoErrorWrite = 778, ///< SQLITE_IOERR_WRITE (also what a file-size limit gives)
        ConstraintForeignKey = 787, ///< SQLITE_CONSTRAINT_FOREIGNKEY
        ReadOnlyDirectory = 1544, ///< SQLITE_READONLY_DIRECTORY: the folder is read-only
        ConstraintUnique = 2067, ///< SQLITE_CONSTRAINT_UNIQUE
        // A server's failures (PostgreSQL's SQLSTATE), told apart under the primary code they share
        ServerUnreachable = (1 << 16) | IoError, ///< the connection to the server failed or was lost
        NotPermitted = (1 << 16) | ReadOnly, ///< the server's GRANTs refuse the edit (a reader)
        /// another person's transaction got in the way (serialization, deadlock, lock timeout)
        ServerConflict = (1 << 16) | Busy,
        /// the edit was made on rows someone else has changed since (a team library; StaleCheck)
        StaleEdit = (2 << 16) | Constraint,
    };

    explicit StorageError(QString message, int nativeCode = NoCode);

    /**
     * Explains a failed statement: what was being done (context) and why it failed. A server's
     * SQLSTATE (five characters) is mapped to the codes above.
     */
    static StorageError fromSql(const QString &context, const QSqlError &error);
    /** The same for a call into the SQLite library itself: its extended result code and its message. */
    static StorageError fromSqlite(const QString &context, int code, const QString &sqliteMessage);

    const QString &message() const { return m_message; }
    /** Extended SQLite result code, or NoCode. */
    int nativeCode() const { return m_nativeCode; }
    /** The primary SQLite result code (Busy, Full, Constraint ...), or NoCode. */
    int primaryCode() const { return m_nativeCode & 0xff; }
    /**
     * Whether the file or the disk failed (busy, locked, read-only, I/O, damaged, full, cannot be
     * opened, locking protocol, not a database), as opposed to the library refusing the edit by a
     * rule of its own or a constraint: the edit itself may be fine once the problem is solved.
     */
    bool isEnvironmental() const;
    /** Whether the edit was refused because someone else changed its rows since it read them. */
    bool isStale() const { return m_nativeCode == StaleEdit; }
    /** Whether the connection to a server library failed or was lost. */
    bool isDisconnected() const { return m_nativeCode == ServerUnreachable; }
    /** Whether another connection held the file (SQLITE_BUSY or SQLITE_LOCKED): trying later may work. */
    bool isBusy() const { return primaryCode() == Busy || primaryCode() == Locked; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    static StorageError fromCode(const QString &context, int code, const QString &sqliteMessage,
                                 const QString &otherwise);

    QString m_message;
    QByteArray m_utf8;
    int m_nativeCode = NoCode;
};

} // namespace Quorum
