// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/meetingshape.h"
#include "data/meetingcontent.h"
#include "data/series.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace Quorum {

class MeetingDocument;

/**
 * Meeting › New Meeting in Series…: the series, the title, the first day (suggested from the
 * series' cadence after its last meeting) and, per part of the last meeting that can be carried
 * over, a check box saying what it holds. The window makes the meeting from shape() in one undo
 * step (MeetingDocument::addMeetingFromShape).
 *
 * More choices (another feature's) go in a section of their own: addSection() puts a widget
 * (e.g. a QGroupBox of check boxes) under the carried parts, above the buttons; the caller reads
 * it after exec() and connects its own updates, e.g. to seriesChanged().
 */
class NewMeetingInSeriesDialog : public QDialog
{
    Q_OBJECT

public:
    /** seriesId: the series to start with (the shown meeting's), 0 for the first one. */
    NewMeetingInSeriesDialog(MeetingDocument *document, Id seriesId, QWidget *parent = nullptr);

    Id seriesId() const;
    QString title() const;
    QDate startDate() const;
    MeetingShape::Parts parts() const;
    /** What the new meeting takes from the series' last meeting with the ticked parts (one empty day when there is none). */
    MeetingShape shape() const;
    /** Adds a section of further choices under the carried parts. */
    void addSection(QWidget *section);

Q_SIGNALS:
    /** Another series was chosen (its id); its last meeting is read again. */
    void seriesChanged(Id seriesId);

private:
    void chooseSeries();
    void describe();

    MeetingDocument *m_document;
    std::optional<MeetingContent> m_last;
    Series m_series;
    QComboBox *m_seriesBox;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QLabel *m_dates;
    QLabel *m_from;
    QCheckBox *m_logistics;
    QCheckBox *m_participants;
    QCheckBox *m_recurring;
    QCheckBox *m_durations;
    QCheckBox *m_moderators;
    QLabel *m_summary;
    QVBoxLayout *m_sections;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
