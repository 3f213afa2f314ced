// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace Quorum {

class MeetingDocument;

/**
 * Opens attachments with the desktop's application for their type, from a private copy in a
 * temporary folder that only this user can read and that goes away with the program.
 */
class AttachmentOpener
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentOpener)

public:
    AttachmentOpener();

    /** Writes the private copy and opens it; returns the copy's path, or empty with *error set. */
    QString open(const MeetingDocument &document, const Attachment &attachment, QString *error);
    /** A private copy only (the PDF preview reads one). */
    QString privateCopy(const MeetingDocument &document, const Attachment &attachment, QString *error);

    /** What opens a file; the desktop by default, tests replace it. */
    static std::function<bool(const QUrl &)> &launcher();

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace Quorum
