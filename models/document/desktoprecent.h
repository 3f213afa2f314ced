// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Quorum {

/**
 * The desktop's list of recently used documents: the freedesktop.org Desktop Bookmark
 * Specification's `recently-used.xbel` in the user's data folder, which GNOME's and KDE's file
 * managers, file dialogs and launchers read. Quorum adds each library file it opens there, with its
 * MIME type and the application that opened it, and leaves every other application's entries as
 * they were. A file that cannot be read as such a list (broken, foreign, too big) is never
 * rewritten: a list Quorum cannot understand is not Quorum's to repair.
 */
class DesktopRecent
{
    Q_DECLARE_TR_FUNCTIONS(DesktopRecent)

public:
    /** One bookmark as read from the list. */
    struct Entry
    {
        QString href; ///< a URI, e.g. file:///home/ada/Leadership.quorum
        QString mimeType;
        QDateTime added;
        QDateTime modified;
        QDateTime visited;
        QStringList applications; ///< the names of the applications that registered it
        int count = 0; ///< how often Quorum registered it (0: not Quorum's)
    };

    /** A list bigger than this is left alone (the whole file is read and rewritten). */
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    /** The name Quorum registers itself with, and the command line the list records. */
    static const QString ApplicationName;
    static const QString Exec;

    /** $XDG_DATA_HOME/recently-used.xbel (~/.local/share/ by default). */
    static QString defaultListFile();

    /**
     * Adds (or refreshes) the library file path in the list listFile, written whole and atomically.
     * False with *error when the list could not be read or written; it is then unchanged.
     */
    static bool add(const QString &path, QString *error, const QString &listFile = defaultListFile());

    /**
     * The list xbel (empty: none yet) with path's bookmark added or refreshed at now; empty with
     * *error when xbel is not a list this can safely rewrite.
     */
    static QByteArray withDocument(const QByteArray &xbel, const QString &path, const QDateTime &now, QString *error);

    /** The bookmarks of the list xbel; false with *error when it is not one. */
    static bool read(const QByteArray &xbel, QList<Entry> *entries, QString *error);
};

} // namespace Quorum
