// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace Quorum {

class MeetingDocument;

/**
 * Meeting › Series…: a series' meetings (date, title), its default time zone and its cadence,
 * and the dates the cadence suggests for the next meeting. Apply changes the series in one undo
 * step (MeetingDocument::editSeries).
 */
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SeriesDialog(MeetingDocument *document, Id seriesId, QWidget *parent = nullptr);

    /** The settings as chosen (not yet applied). */
    Series chosen() const;
    /** Writes the chosen settings (one undo step); false when nothing changed or it failed. */
    bool apply();

private:
    void showSeries();
    void showNext();

    MeetingDocument *m_document;
    Series m_series;
    QDate m_last;
    QComboBox *m_seriesBox;
    QTreeWidget *m_meetings;
    QComboBox *m_timeZone;
    QComboBox *m_cadence;
    QSpinBox *m_weeks;
    QLabel *m_next;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
