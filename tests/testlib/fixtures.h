// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QTemporaryDir;

namespace Quorum {
class MeetingDocument;
}

namespace Quorum::Testing {

/** sha256 (hex) of a file's bytes, or an empty string when it cannot be read. */
QString fileSha256(const QString &path);
/** Writes the sample library into dir and returns its path; fails the test on error. */
QString writeSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.quorum"),
                    qint64 *referenceMeeting = nullptr);
/**
 * Writes the sample into dir as name and opens it as a document showing the reference meeting,
 * whose id goes to *referenceMeeting. Null (with a warning) on failure.
 */
std::unique_ptr<MeetingDocument> openSampleDocument(const QTemporaryDir &dir, const QString &name,
                                                    qint64 *referenceMeeting);
/** Fresh copies of the sample, each in its own file of one temporary folder. */
class SampleDocuments
{
public:
    SampleDocuments();
    ~SampleDocuments();
    /** A new document showing the reference meeting, whose id goes to *referenceMeeting. */
    std::unique_ptr<MeetingDocument> open(qint64 *referenceMeeting);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;
};

/** Names of the files in dir, sorted. */
QStringList filesIn(const QString &dir);
/** Writes bytes to path, replacing it. */
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
/** The first value sql gives on a read-only connection to the database file at path, or an invalid QVariant. */
QVariant valueInFile(const QString &path, const QString &sql);
/**
 * Scribbles over the root page of a table in the library at path: SQLite's quick_check finds it,
 * while queries that do not read that table still work. False when it could not.
 */
bool damageTable(const QString &path, const QString &table);

/**
 * Runs a poppler-utils tool (pdftotext, pdfinfo, pdffonts) on a PDF and returns what it printed;
 * fails the test when the tool is missing (scripts/quorum-dev installs it). For pdftotext the
 * text goes to standard output.
 */
QString poppler(const QString &tool, const QStringList &args, const QByteArray &pdf);

} // namespace Quorum::Testing
