// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicrequestmodel.h"

#include "agenda/duration.h"
#include "agendamodel.h"
#include "commands/undomacro.h"
#include "meetingdocument.h"

#include <QUndoStack>

namespace Quorum {

TopicRequestModel::TopicRequestModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

void TopicRequestModel::show(const QList<TopicRequestRow> &rows)
{
    resetRows(rows);
}

void TopicRequestModel::update(const QList<TopicRequestRow> &rows)
{
    updateRows(rows, [](const TopicRequestRow &r) { return r.request.id; });
}

QStringList TopicRequestModel::statusKeys()
{
    return {QStringLiteral("proposed"), QStringLiteral("scheduled"), QStringLiteral("declined")};
}

int TopicRequestModel::rowOf(Id requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).request.id == requestId)
            return i;
    }
    return -1;
}

Qt::ItemFlags TopicRequestModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != ScheduledColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TopicRequestModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QList<TopicRequest> after = m_document->topicRequestList();
    TopicRequest &t = after[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TopicColumn:
        if (text.isEmpty() || text == t.topic)
            return false;
        t.topic = text;
        m_document->editTopicRequests(after, tr("Rename the topic request"));
        return true;
    case RequestedByColumn: {
        const auto chosen = m_document->directory()->choosePeople(PersonDirectory::splitNames(text));
        if (!chosen || (!hasNewPeople(*chosen) && m_document->directory()->addPeople(*chosen) == t.requestedBy))
            return false;
        const UndoMacro macro(m_document->undoStack(), tr("Change who requested “%1”").arg(t.topic));
        t.requestedBy = m_document->directory()->addPeople(*chosen);
        m_document->editTopicRequests(after, tr("Change who requested “%1”").arg(t.topic));
        return true;
    }
    case TimeColumn: {
        const int minutes = text.isEmpty() ? -1 : Duration::parse(text);
        if ((!text.isEmpty() && minutes < 0) || minutes == t.minutesRequired)
            return false;
        t.minutesRequired = minutes;
        m_document->editTopicRequests(after, tr("Change the time “%1” needs").arg(t.topic));
        return true;
    }
    case StatusColumn: {
        QString key = text.toLower();
        for (const QString &k : statusKeys()) {
            if (statusName(k).compare(text, Qt::CaseInsensitive) == 0)
                key = k;
        }
        if (!statusKeys().contains(key) || key == t.status)
            return false;
        t.status = key;
        m_document->editTopicRequests(after, tr("Mark “%1” as %2").arg(t.topic, statusName(key).toLower()));
        return true;
    }
    }
    return false;
}

Id TopicRequestModel::addRequest(const QString &topic)
{
    QList<TopicRequest> after = m_document->topicRequestList();
    TopicRequest t;
    t.id = m_document->newTopicRequestId(after);
    t.topic = topic;
    after.append(t);
    m_document->editTopicRequests(after, tr("Add a topic request"));
    return rowOf(t.id) >= 0 ? t.id : 0;
}

bool TopicRequestModel::removeRequest(int row)
{
    QList<TopicRequest> after = m_document->topicRequestList();
    if (row < 0 || row >= after.size())
        return false;
    const QString topic = after.at(row).topic;
    after.removeAt(row);
    m_document->editTopicRequests(after, tr("Remove the topic request “%1”").arg(topic));
    return true;
}

bool TopicRequestModel::setNotes(int row, const QString &notes)
{
    QList<TopicRequest> after = m_document->topicRequestList();
    if (row < 0 || row >= after.size() || after.at(row).notes == notes)
        return false;
    after[row].notes = notes;
    m_document->editTopicRequests(after, tr("Edit the notes of “%1”").arg(after.at(row).topic),
                                  after.at(row).id * 8 + 1);
    return true;
}

QStringList TopicRequestModel::headers() const
{
    return {tr("Topic"), tr("Requested by"), tr("Time required"), tr("Status"), tr("Scheduled as")};
}

QString TopicRequestModel::statusName(const QString &key)
{
    if (key == QLatin1String("proposed"))
        return tr("Proposed");
    if (key == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (key == QLatin1String("declined"))
        return tr("Declined");
    return key;
}

QVariant TopicRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicRequestRow &r = m_rows.at(index.row());
    const TopicRequest &t = r.request;
    switch (role) {
    case Qt::EditRole:
        switch (index.column()) {
        case RequestedByColumn: return r.requestedBy;
        case StatusColumn: return statusName(t.status);
        case TimeColumn: return Duration::format(t.minutesRequired);
        default: return t.topic;
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TopicColumn: return t.topic;
        case RequestedByColumn: return r.requestedBy;
        case TimeColumn: return Duration::format(t.minutesRequired);
        case StatusColumn: return statusName(t.status);
        case ScheduledColumn: return r.scheduledAs;
        }
        return {};
    case SortRole: return index.column() == TimeColumn ? QVariant(t.minutesRequired) : data(index, Qt::DisplayRole);
    case RequestIdRole: return t.id;
    case NotesRole: return t.notes;
    case ScheduledEntryRole: return t.scheduledEntryId;
    default: return {};
    }
}

} // namespace Quorum
