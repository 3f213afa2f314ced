// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplecompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace Quorum {

PeopleCompleter::PeopleCompleter(const QStringList &names, bool several, QObject *parent)
    : QCompleter(new QStringListModel(names), parent)
    , m_several(several)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList PeopleCompleter::splitPath(const QString &path) const
{
    if (!m_several)
        return {path.trimmed()};
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString PeopleCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString name = QCompleter::pathFromIndex(index);
    auto *edit = qobject_cast<QLineEdit *>(widget());
    if (!m_several || !edit)
        return name;
    const QString text = edit->text();
    const int comma = int(text.lastIndexOf(QLatin1Char(',')));
    return comma < 0 ? name : text.left(comma + 1) + QLatin1Char(' ') + name;
}

} // namespace Quorum
