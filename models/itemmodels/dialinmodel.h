// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"
#include "rowtablemodel.h"

namespace Quorum {

class MeetingDocument;

/** The current meeting's dial-in numbers, editable in place; edits go through the undo stack. */
class DialInModel : public RowTableModel<DialIn>
{
    Q_OBJECT

public:
    enum Column { LabelColumn, NumberColumn };

    explicit DialInModel(MeetingDocument *document);

    /** Another meeting's numbers: views start over. */
    void show(const QList<DialIn> &dialIns);
    /**
     * The same meeting's numbers as they are now. A line is its place in the list: a changed
     * line is announced as changed, an added or removed one as inserted or removed there.
     */
    void update(const QList<DialIn> &dialIns);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** Appends a new line (label, number) as one undo step. */
    void appendDialIn(const QString &label, const QString &number);
    void removeDialIn(int row);

protected:
    QStringList headers() const override;

private:
    MeetingDocument *m_document;
};

} // namespace Quorum
