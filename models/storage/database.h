// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Quorum {

/** One numbered schema step, applied in one transaction. */
struct Migration
{
    int version = 0;
    QString name;
    QString sql; ///< a script of statements, run whole as SQLite parses it
};

/**
 * One open library file. Opening validates the file before anything could write to it: a file
 * that is not a Quorum library, is damaged, or comes from a newer Quorum is refused untouched.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        OpenExisting, ///< read and write an existing library; an older schema is migrated after a backup
        ReadOnly, ///< read an existing library at the current schema; nothing is ever written
        CreateNew, ///< create a new library; refused when the path exists
    };

    /** 'QRM1': marks a SQLite file as a Quorum library (PRAGMA application_id). */
    static constexpr qint32 ApplicationId = 0x51524D31;

    /** The migrations shipped in resources/schema, in order. */
    static QList<Migration> builtinMigrations();
    static int latestVersion(const QList<Migration> &migrations = builtinMigrations());

    enum class Check {
        BeforeOpening, ///< PRAGMA quick_check before anything else: a damaged file is refused
        /**
         * the caller runs damageOf() itself, off the GUI thread, or (read-only, reading a small
         * part of the file) relies on SQLite's errors for the pages it reads; an upgrade still checks first
         */
        Later,
    };

    /**
     * Opens path. Returns nullptr and sets *error to one sentence naming the file and the
     * reason when the file cannot be used; *busy (when given) says whether the reason is that
     * another program held the file for longer than the busy timeout, so that trying again later
     * may work (busy is never reported as damage). Tests may pass their own migrations.
     */
    static std::unique_ptr<Database> open(const QString &path, Mode mode, QString *error,
                                          const QList<Migration> &migrations = builtinMigrations(),
                                          Check check = Check::BeforeOpening, bool *busy = nullptr);
    /**
     * PRAGMA quick_check of db: empty when it is sound, else what it found ("integrity check: …").
     * It reads every page. Throws StorageError when it cannot run (a damaged file, too).
     */
    static QString damageOf(const QSqlDatabase &db);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /** Whether PRAGMA quick_check passed before opening (false with Check::Later). */
    bool isChecked() const { return m_checked; }
    /** The backup written before migrating an older file during open(), or empty. */
    QString backupPath() const { return m_backupPath; }

    /**
     * Tests only: called at each point of an upgrade ("backup", "v2 applied", "v2 recorded",
     * "v2 committed"), so that a test process can die there and show what a crash leaves.
     */
    static void setUpgradeProbe(std::function<void(const QString &point)> probe);

private:
    Database() = default;

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    bool m_checked = true;
    QString m_backupPath;
};

} // namespace Quorum
