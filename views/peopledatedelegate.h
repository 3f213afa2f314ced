// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editordelegate.h"

namespace Quorum {

class MeetingDocument;

/**
 * The editor of a table of action items or decisions: the people column completes names from
 * the directory and the groups, the date column says how a date may be typed ("28 Sep, next
 * friday"); every other column edits as EditorDelegate does.
 */
class PeopleDateDelegate : public EditorDelegate
{
public:
    PeopleDateDelegate(MeetingDocument *document, int peopleColumn, int dateColumn, QString datePlaceholder,
                       QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /**
     * The model's role (bool) that says a date is overdue: such a date is shown with a warning
     * sign before it, so that its colour is not all that says so (0: none).
     */
    void setOverdueRole(int role) { m_overdueRole = role; }
    /** The sign shown before an overdue date, with its space ("⚠ "). */
    static QString overdueSign();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    MeetingDocument *m_document;
    int m_peopleColumn;
    int m_dateColumn;
    QString m_datePlaceholder;
    int m_overdueRole = 0;
};

} // namespace Quorum
