// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {

class MeetingDocument;
struct FileDialogs;

/** The files kept in the library for this meeting: their metadata, and saving them out. */
class AttachmentsTab : public QWidget
{
    Q_OBJECT

public:
    /** dialogs is the window's (it may be replaced while the tab lives). */
    AttachmentsTab(MeetingDocument *document, const FileDialogs *dialogs, QWidget *parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void failed(const QString &message);

private:
    void saveSelected();
    void saveAll();
    void saveZip();

    MeetingDocument *m_document;
    const FileDialogs *m_dialogs;
    QLineEdit *m_filter;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Quorum
