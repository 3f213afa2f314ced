// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/agendastate.h"

#include <QDialog>

class QComboBox;

namespace Quorum {

/** Asks where on the agenda a requested topic goes: the end of a day, or of a moderated block. */
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(const QString &topic, const AgendaState &agenda, const QHash<Id, QString> &moderators,
                   QWidget *parent = nullptr);

    Id dayId() const;
    Id blockId() const;

private:
    QComboBox *m_place;
};

} // namespace Quorum
