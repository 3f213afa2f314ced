// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Quorum {

/** The sample library: the reference meeting (resources/sample/sample.json) and the meetings of its action summary. */
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(SampleLibrary)

public:
    static QByteArray json();
    /**
     * Creates path (which must not exist) holding the sample; *referenceMeeting receives the id
     * of the reference meeting. On failure nothing is left behind.
     */
    static bool write(const QString &path, QString *error, qint64 *referenceMeeting = nullptr);
};

} // namespace Quorum
