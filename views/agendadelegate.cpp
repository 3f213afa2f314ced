// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendadelegate.h"

#include "itemmodels/agendamodel.h"
#include "meetingdocument.h"
#include "peoplecompleter.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Quorum {

AgendaDelegate::AgendaDelegate(MeetingDocument *document, QObject *parent)
    : EditorDelegate(parent)
    , m_document(document)
{ }

QWidget *AgendaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    const bool isBlock = index.data(AgendaModel::KindRole).toString() == QLatin1String("block");
    switch (index.column()) {
    case AgendaModel::StartColumn:
    case AgendaModel::EndColumn:
        edit->setObjectName(QStringLiteral("timeEditor"));
        edit->setPlaceholderText(index.column() == AgendaModel::StartColumn ? tr("09:30 (empty: follows)")
                                                                            : tr("10:00"));
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^$|^([01]?\\d|2[0-3])[:.]?[0-5]\\d$")), edit));
        break;
    case AgendaModel::DurationColumn:
        edit->setObjectName(QStringLiteral("durationEditor"));
        edit->setPlaceholderText(tr("45 min, 1h 30m"));
        break;
    case AgendaModel::CoordinatorsColumn:
        edit->setObjectName(QStringLiteral("coordinatorsEditor"));
        edit->setPlaceholderText(tr("Names, separated by commas"));
        edit->setCompleter(new PeopleCompleter(m_document->directory()->personNames(), true, edit));
        break;
    case AgendaModel::TopicColumn:
        if (isBlock) {
            edit->setObjectName(QStringLiteral("moderatorEditor"));
            edit->setPlaceholderText(tr("Moderator"));
            edit->setCompleter(new PeopleCompleter(m_document->directory()->personNames(), false, edit));
        } else {
            edit->setObjectName(QStringLiteral("titleEditor"));
        }
        break;
    }
    return edit;
}

void AgendaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    EditorDelegate::initStyleOption(option, index);
    // A timing problem and the entry running now are said with a sign, not by their colour alone.
    if (index.data(AgendaModel::TimingAlertRole).toBool())
        option->text = tr("\u26a0 %1", "a time that runs late").arg(option->text);
    if (index.column() != AgendaModel::TopicColumn)
        return;
    if (index.data(AgendaModel::IsNowRole).toBool())
        option->text = tr("\u25b6 %1", "the entry running now").arg(option->text);
    if (index.data(AgendaModel::RecurringRole).toBool())
        option->text = tr("%1  ↻").arg(option->text);
    // Where a topic of the parking lot came from, and a topic waiting to go there.
    if (const QDate from = index.data(AgendaModel::CarriedFromRole).toDate(); from.isValid())
        option->text = tr("%1  (carried from %2)").arg(option->text, from.toString(Qt::ISODate));
    else if (index.data(AgendaModel::CarryOverRole).toBool())
        option->text = tr("%1  → next meeting").arg(option->text);
}

} // namespace Quorum
