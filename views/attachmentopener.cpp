// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentopener.h"

#include "attachments/attachmentwriter.h"
#include "attachments/safefilename.h"
#include "meetingdocument.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>

namespace Quorum {

AttachmentOpener::AttachmentOpener()
{
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

std::function<bool(const QUrl &)> &AttachmentOpener::launcher()
{
    static std::function<bool(const QUrl &)> open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return open;
}

QString AttachmentOpener::privateCopy(const MeetingDocument &document, const Attachment &attachment, QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("No private temporary folder could be made.");
        return {};
    }
    // Each copy in a folder of its own, so that it keeps its real (safe) name for the application.
    const QString folder = m_dir.filePath(QString::number(++m_count));
    if (!QDir().mkdir(folder)) {
        *error = tr("No private temporary folder could be made.");
        return {};
    }
    const QString path = QDir(folder).filePath(SafeFileName::make(attachment.fileName));
    if (!document.file()->read([&](const Database &db) { AttachmentWriter::saveOne(db, attachment, path); }, error))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString AttachmentOpener::open(const MeetingDocument &document, const Attachment &attachment, QString *error)
{
    const QString path = privateCopy(document, attachment, error);
    if (path.isEmpty())
        return {};
    if (!launcher()(QUrl::fromLocalFile(path))) {
        *error = tr("No application opens “%1” on this system.").arg(attachment.fileName);
        return {};
    }
    return path;
}

} // namespace Quorum
