// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editordelegate.h"

namespace Quorum {

class MeetingDocument;

/** Editors of the agenda tree: times, durations ("1h 30m"), and names with completion. */
class AgendaDelegate : public EditorDelegate
{
    Q_OBJECT

public:
    explicit AgendaDelegate(MeetingDocument *document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    /** A recurring entry's topic shows a mark (AgendaModel::RecurringRole). */
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
