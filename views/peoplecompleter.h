// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

namespace Quorum {

/**
 * Completes people's names in a line edit. With several allowed, it completes the name after
 * the last comma and keeps the ones before it.
 */
class PeopleCompleter : public QCompleter
{
    Q_OBJECT

public:
    PeopleCompleter(const QStringList &names, bool several, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    bool m_several;
};

} // namespace Quorum
