// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace Quorum {

/**
 * What to print or export: the document (agenda, minutes, run sheet, action report), its variant
 * or grouping, the paper, what to include (the minutes' planned and actual times too) and, for an
 * export, the file format.
 */
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Export, Preview, Print };
    using Format = ExportRequest::Format; ///< Pdf, Html or Markdown

    /** hasMeeting: whether a meeting is shown (without one only the action report can be made). */
    DocumentDialog(Purpose purpose, const ReportOptions &initial, Format format, bool hasMeeting,
                   QWidget *parent = nullptr);

    ReportOptions options() const;
    /** The format chosen; without a choice (printing) the one given, so that an export's choice is kept. */
    Format format() const;
    /** The document export the answers ask for: format and options; the caller adds which meeting or items. */
    ExportRequest request() const;

    /** The file dialog filter of a document format. */
    static QString filter(Format format);

private:
    void updateEnabled();

    ReportOptions m_initial;
    Format m_initialFormat;
    QComboBox *m_kind;
    QComboBox *m_variant;
    QComboBox *m_grouping;
    QComboBox *m_paper;
    QComboBox *m_format = nullptr;
    QCheckBox *m_participants;
    QCheckBox *m_actionTable;
    QCheckBox *m_attachments;
    QCheckBox *m_timing;
    QDialogButtonBox *m_buttons;
};

} // namespace Quorum
