// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantstab.h"

#include "itemmodels/participantmodel.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Quorum {

ParticipantsTab::ParticipantsTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_counts(new QLabel)
{
    m_filter->setObjectName(QStringLiteral("participantFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, username, team, role…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_counts->setObjectName(QStringLiteral("participantCounts"));
    m_proxy = setUpTable(m_table, document->participants());
    m_table->setColumnWidth(ParticipantModel::NameColumn, 240);
    m_table->setColumnWidth(ParticipantModel::UsernameColumn, 140);
    m_table->setColumnWidth(ParticipantModel::TeamColumn, 200);
    m_table->setColumnWidth(ParticipantModel::RoleColumn, 130);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(document->participants(), &QAbstractItemModel::modelReset, this, &ParticipantsTab::updateCounts);
    updateCounts();
}

void ParticipantsTab::updateCounts()
{
    const auto &rows = m_document->participants()->rows();
    QMap<QString, int> byAttendance;
    for (const ParticipantRow &r : rows)
        ++byAttendance[ParticipantModel::attendanceName(r.participant.attendance)];
    QStringList parts;
    for (auto it = byAttendance.cbegin(); it != byAttendance.cend(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(it.key().toLower());
    m_counts->setText(rows.isEmpty() ? tr("No participants")
                                     : tr("Participants: %1 (%2)").arg(rows.size()).arg(parts.join(QStringLiteral(", "))));
}

} // namespace Quorum
