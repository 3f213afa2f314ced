// SPDX-License-Identifier: GPL-3.0-or-later
#include "formrows.h"

#include <QLabel>

namespace Quorum {

FormRows::FormRows(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

QLabel *FormRows::addRow(const QString &label, QWidget *field, Qt::Alignment fieldAlignment)
{
    const int row = rowCount();
    auto *name = new QLabel(label);
    name->setBuddy(field);
    // Labels sit level with a one-line field and at the top of a tall one.
    const bool tall = field->sizeHint().height() > 2 * name->sizeHint().height();
    addWidget(name, row, 0, (tall ? Qt::AlignTop : Qt::AlignVCenter) | Qt::AlignLeft);
    addWidget(field, row, 1, fieldAlignment);
    m_labels.insert(field, name);
    return name;
}

void FormRows::addRow(QWidget *wide)
{
    addWidget(wide, rowCount(), 0, 1, 2);
}

void FormRows::addStretch()
{
    const int row = rowCount();
    addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding), row, 0, 1, 2);
    setRowStretch(row, 1);
}

void FormRows::setFieldStretch(QWidget *field, int stretch)
{
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    const int at = indexOf(field);
    if (at < 0)
        return;
    getItemPosition(at, &row, &column, &rowSpan, &columnSpan);
    setRowStretch(row, stretch);
}

void FormRows::setRowVisible(QWidget *field, bool on)
{
    field->setVisible(on);
    if (QLabel *label = m_labels.value(field))
        label->setVisible(on);
}

} // namespace Quorum
