// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wiki/confluenceimport.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Quorum {

/**
 * File › Import Confluence Pages…: the meetings as they will be imported (days, blocks and
 * entries, participants new or in the directory, action items, attached documents, topic
 * requests, the summary's tasks) and, each with the page text it came from, what was not
 * recognised. The series and, for a page without one, the date can be given; the pages are
 * read again with them. Nothing is written until Import.
 */
class ConfluenceImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Reads the pages again with other options; false with *error when they cannot be read. */
    using Reread = std::function<bool(const ConfluenceImport::Options &, ConfluenceImport::Reading *, QString *)>;

    ConfluenceImportDialog(const QString &fileName, ConfluenceImport::Reading reading, Reread reread,
                           QWidget *parent = nullptr);

    const ConfluenceImport::Reading &reading() const { return m_reading; }

private:
    void readAgain();
    void showReading();
    void addPage(const ConfluencePage &page);

    ConfluenceImport::Reading m_reading;
    Reread m_reread;
    QLabel *m_summary;
    QLineEdit *m_series;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
    bool m_askDate = false; ///< a page gave no date: the date row stays, and every reading uses it
};

} // namespace Quorum
