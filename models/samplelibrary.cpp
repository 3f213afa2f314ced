// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include "export/jsoninterchange.h"

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
    ImportSummary summary;
    if (!JsonInterchange::importIntoNewLibrary(path, json(), error, &summary))
        return false;
    // The reference meeting comes first in the sample document.
    if (referenceMeeting)
        *referenceMeeting = summary.meetingIds.value(0);
    return true;
}

} // namespace Quorum
