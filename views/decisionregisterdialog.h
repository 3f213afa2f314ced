// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/decision.h"
#include "export/exportrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace Quorum {

class DecisionRegisterModel;
class MeetingDocument;

/**
 * View › Decision Register: every decision of the library with its meeting's date and title,
 * filtered by series, words, a date range and a person (DecisionRegisterModel). A double-click
 * (or Enter) shows the decision's meeting; the export buttons write what the filters show as
 * CSV, Markdown or PDF through the one export path (exportRequested).
 */
class DecisionRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DecisionRegisterDialog(MeetingDocument *document, QWidget *parent = nullptr);

    DecisionRegisterModel *model() const { return m_model; }
    /** The export of what the register shows now, in format. */
    ExportRequest exportRequest(ExportRequest::Format format) const;

Q_SIGNALS:
    /** The user asked to see the decision where it was taken. */
    void decisionRequested(Id meetingId, Id decisionId);
    /** An export button was pressed: the caller asks for the file and writes request. */
    void exportRequested(const ExportRequest &request);

private:
    void applyFilters();
    void fillChoices();

    MeetingDocument *m_document;
    DecisionRegisterModel *m_model;
    QTableView *m_table;
    QComboBox *m_series;
    QComboBox *m_person;
    QLineEdit *m_text;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLabel *m_count;
};

} // namespace Quorum
