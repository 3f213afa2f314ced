// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace Quorum {

/** Asks for a new meeting's title, series (existing or new) and dates. */
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    NewMeetingDialog(const QStringList &seriesNames, const QString &currentSeries, const QDate &today,
                     QWidget *parent = nullptr);

    Meeting meeting() const;
    QString seriesName() const;

private:
    void validate();

    QLineEdit *m_title;
    QComboBox *m_series;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
