// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkedtopicschooser.h"

#include "itemmodels/parkinglotmodel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Quorum {

ParkedTopicsChooser::ParkedTopicsChooser(QWidget *parent)
    : QGroupBox(tr("Parked topics to schedule"), parent)
    , m_list(new QListWidget)
    , m_empty(new QLabel(tr("The series' parking lot is empty: every topic of its meetings was reached.")))
{
    setObjectName(QStringLiteral("parkedTopicsChooser"));
    m_list->setObjectName(QStringLiteral("parkedTopicsList"));
    m_list->setAccessibleName(tr("Parked topics to schedule"));
    m_list->setToolTip(tr("Ticked topics are added at the end of the new meeting's first day, carried from "
                          "the meeting where they were not reached."));
    m_list->setMaximumHeight(120);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    setTopics({});
}

void ParkedTopicsChooser::setTopics(const QList<ParkedTopic> &topics)
{
    m_topics = topics;
    m_list->clear();
    for (const ParkedTopic &t : topics) {
        // The meeting's date only when its title does not say it already.
        const QString from = t.meetingTitle.contains(t.date.toString(Qt::ISODate))
                                 ? t.meetingTitle
                                 : tr("%1, %2").arg(t.meetingTitle, QLocale().toString(t.date, QLocale::ShortFormat));
        QString text = tr("%1 — %2 at %3").arg(t.entry.title, ParkingLotModel::reasonName(t.reason()).toLower(), from);
        if (t.entry.durationMinutes > 0)
            text += tr(", %n min", nullptr, t.entry.durationMinutes);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(ParkingLotModel::notesOf(t));
    }
    m_list->setVisible(!topics.isEmpty());
    m_empty->setVisible(topics.isEmpty());
}

QList<ParkedTopic> ParkedTopicsChooser::chosen() const
{
    QList<ParkedTopic> result;
    for (int i = 0; i < m_list->count() && i < m_topics.size(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            result << m_topics.at(i);
    }
    return result;
}

} // namespace Quorum
