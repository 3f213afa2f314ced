// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGridLayout>
#include <QHash>

class QLabel;

namespace Quorum {

/**
 * A form of label and field rows whose rows can be shown and hidden at any time. QFormLayout
 * keeps stale sizes for rows shown again while the form itself is hidden (another tab): they
 * come back zero pixels high. A grid skips hidden widgets and sizes shown ones afresh.
 */
class FormRows : public QGridLayout
{
    Q_OBJECT

public:
    explicit FormRows(QWidget *parent = nullptr);

    /**
     * A row with a label (its mnemonic focuses field); returns the label. The field takes the
     * row's width unless fieldAlignment says otherwise (Qt::AlignLeft: its own width).
     */
    QLabel *addRow(const QString &label, QWidget *field, Qt::Alignment fieldAlignment = {});
    /** A row of one widget across both columns. */
    void addRow(QWidget *wide);
    /**
     * A last row that takes the height left over, so the rows stay together at the top; a field
     * given a stretch (setFieldStretch) takes its share first.
     */
    void addStretch();
    void setFieldStretch(QWidget *field, int stretch);
    /** Shows or hides field and its label. */
    void setRowVisible(QWidget *field, bool on);
    QLabel *labelForField(QWidget *field) const { return m_labels.value(field); }

private:
    QHash<QWidget *, QLabel *> m_labels;
};

} // namespace Quorum
