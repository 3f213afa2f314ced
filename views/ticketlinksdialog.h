// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/ticketlinker.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Quorum {

/** Edits the library's ticket link patterns, with a line to try them on. */
class TicketLinksDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TicketLinksDialog(const QList<LinkPattern> &patterns, QWidget *parent = nullptr);

    /** The patterns as edited; empty rows left out. */
    QList<LinkPattern> patterns() const;

    void accept() override;

private:
    void addRow(const LinkPattern &pattern);
    void updatePreview();

    QTableWidget *m_table;
    QLineEdit *m_sample;
    QLabel *m_preview;
    QLabel *m_problem;
};

} // namespace Quorum
