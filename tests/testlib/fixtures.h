// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace Quorum::Testing {

/** sha256 (hex) of a file's bytes, or an empty string when it cannot be read. */
QString fileSha256(const QString &path);
/** Writes the sample library into dir and returns its path; fails the test on error. */
QString writeSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.quorum"),
                    qint64 *referenceMeeting = nullptr);
/** Names of the files in dir, sorted. */
QStringList filesIn(const QString &dir);
/** Writes bytes to path, replacing it. */
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace Quorum::Testing
