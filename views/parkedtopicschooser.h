// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parkedtopic.h"

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace Quorum {

/**
 * A section of Meeting › New Meeting in Series…: the series' parking lot as check boxes, one per
 * topic ("Budget review — skipped at DMLT 2020-09-15, 30 min"); the ticked ones are scheduled on
 * the new meeting's first day in the same undo step (MeetingDocument::addMeetingFromShape).
 */
class ParkedTopicsChooser : public QGroupBox
{
    Q_OBJECT

public:
    explicit ParkedTopicsChooser(QWidget *parent = nullptr);

    /** The lot to choose from; nothing is ticked. */
    void setTopics(const QList<ParkedTopic> &topics);
    /** The ticked topics, in the lot's order. */
    QList<ParkedTopic> chosen() const;

private:
    QList<ParkedTopic> m_topics;
    QListWidget *m_list;
    QLabel *m_empty;
};

} // namespace Quorum
