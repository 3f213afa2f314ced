// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopledatedelegate.h"

#include "meetingdocument.h"
#include "peoplecompleter.h"

#include <QLineEdit>

namespace Quorum {

PeopleDateDelegate::PeopleDateDelegate(MeetingDocument *document, int peopleColumn, int dateColumn,
                                       QString datePlaceholder, QObject *parent)
    : EditorDelegate(parent)
    , m_document(document)
    , m_peopleColumn(peopleColumn)
    , m_dateColumn(dateColumn)
    , m_datePlaceholder(std::move(datePlaceholder))
{ }

QWidget *PeopleDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = EditorDelegate::createEditor(parent, option, index);
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (index.column() == m_peopleColumn)
            edit->setCompleter(new PeopleCompleter(m_document->directory()->assigneeNames(), true, edit));
        if (index.column() == m_dateColumn)
            edit->setPlaceholderText(m_datePlaceholder);
    }
    return editor;
}

QString PeopleDateDelegate::overdueSign()
{
    return tr("\u26a0 ", "the sign before an overdue date");
}

void PeopleDateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    EditorDelegate::initStyleOption(option, index);
    if (m_overdueRole && index.column() == m_dateColumn && index.data(m_overdueRole).toBool())
        option->text = overdueSign() + option->text;
}

} // namespace Quorum
