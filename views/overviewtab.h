// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace Quorum {

class MeetingDocument;

/** The meeting's logistics: every field is saved as it is typed, one undo step per burst. */
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(MeetingDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QLineEdit *addLine(Meeting::Field field, const QString &objectName, const QString &placeholder);
    QWidget *withButtons(QWidget *field, const QList<QWidget *> &buttons);
    QWidget *copyButton(QLineEdit *source, const QString &what);
    void refreshAll();
    void refreshField(Meeting::Field field);
    void refreshSeries();
    void refreshDates();

    MeetingDocument *m_document;
    QHash<int, QLineEdit *> m_lines;
    QComboBox *m_series;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_timeZone;
    QPlainTextEdit *m_description;
    QTableView *m_dialIns;
    bool m_updating = false;
};

} // namespace Quorum
