// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "export/jsoninterchange.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFile>

void quorumInitResources();

namespace Quorum {

QByteArray SampleLibrary::json()
{
    quorumInitResources();
    QFile f(QStringLiteral(":/quorum/sample/sample.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool SampleLibrary::write(const QString &path, QString *error, qint64 *referenceMeeting)
{
    std::unique_ptr<Database> db = Database::open(path, Database::Mode::CreateNew, error);
    if (!db)
        return false;
    try {
        const ImportSummary summary = JsonInterchange::importDocument(*db, json());
        // The reference meeting comes first in the sample document.
        if (referenceMeeting)
            *referenceMeeting = summary.meetingIds.value(0);
    } catch (const StorageError &e) {
        const QString file = db->path();
        db.reset();
        QFile::remove(file);
        if (error)
            *error = tr("Cannot write the sample library: %1").arg(e.message());
        return false;
    }
    return true;
}

} // namespace Quorum
