// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionregistermodel.h"

#include "export/reportbuilder.h"
#include "meetingdocument.h"

#include <QLocale>

namespace Quorum {

DecisionRegisterModel::DecisionRegisterModel(MeetingDocument *document, QObject *parent)
    : RowTableModel(parent)
    , m_document(document)
{
    LibraryModels *models = document->models();
    connect(models, &LibraryModels::decisionsChanged, this, [this] { refresh(); });
    connect(models, &LibraryModels::meetingsChanged, this, [this] { refresh(); });
    connect(models, &LibraryModels::directoryChanged, this, [this] { refresh(); });
    refresh();
}

bool DecisionRegisterModel::setFilter(const DecisionFilter &filter)
{
    m_filter = filter;
    return refresh();
}

bool DecisionRegisterModel::refresh()
{
    QString error;
    QList<RegisterDecision> rows = m_document->decisionRegister(m_filter, &error);
    if (!error.isEmpty()) {
        m_document->file()->report(error);
        return false;
    }
    updateRows(rows, [](const RegisterDecision &r) { return r.decision.id; });
    return true;
}

int DecisionRegisterModel::rowOf(Id decisionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).decision.id == decisionId)
            return i;
    }
    return -1;
}

QStringList DecisionRegisterModel::headers() const
{
    return {tr("Date"), tr("Meeting"), tr("Decision"), tr("Decided by"), tr("Agenda entry"), tr("Ticket")};
}

QVariant DecisionRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterDecision &r = m_rows.at(index.row());
    const Decision &d = r.decision;
    const QDate date = d.date.isValid() ? d.date : r.meetingDate;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(date, QLocale::ShortFormat);
        case MeetingColumn: return ReportBuilder::meetingLabel(r.meetingTitle, r.seriesName, r.meetingDate);
        case TextColumn: return d.text;
        case DecidedByColumn: return r.decidedBy;
        case EntryColumn: return r.entryTitle;
        case ReferenceColumn: return d.externalRef;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MeetingColumn)
            return tr("%1\n%2").arg(r.meetingTitle, QLocale().toString(r.meetingDate, QLocale::LongFormat));
        return index.column() == TextColumn ? QVariant(d.text) : QVariant();
    case SortRole:
        switch (index.column()) {
        case DateColumn: return date;
        case MeetingColumn: return r.meetingDate;
        default: return data(index, Qt::DisplayRole);
        }
    case DecisionIdRole: return d.id;
    case MeetingIdRole: return d.meetingId;
    default: return {};
    }
}

} // namespace Quorum
