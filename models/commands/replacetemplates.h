// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/meetingshape.h"
#include "editcontext.h"
#include "snapshotcommand.h"

namespace Quorum {

/** Saves, renames or deletes meeting templates: the library's templates before and after. */
class ReplaceTemplates : public SnapshotCommand<QList<MeetingTemplate>>
{
public:
    ReplaceTemplates(EditContext context, QList<MeetingTemplate> before, QList<MeetingTemplate> after,
                     const QString &text);

protected:
    bool store(const QList<MeetingTemplate> &from, const QList<MeetingTemplate> &to) override;

private:
    EditContext m_context;
};

} // namespace Quorum
