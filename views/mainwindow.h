// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/series.h"
#include "filedialogs.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Quorum {

class ActionItemsTab;
class AttachmentOpener;
class AgendaTab;
class AttachmentsTab;
class MeetingDocument;
class OverviewTab;
class ParticipantsTab;
class PlanningTab;
class RunningNotesTab;

/** The window: the meetings sidebar and the tabs of the selected meeting. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens path at meetingId (0: the newest); on failure shows why and keeps what was open. */
    bool openLibrary(const QString &path, Id meetingId = 0);
    void setFileDialogs(FileDialogs dialogs) { m_dialogs = std::move(dialogs); }
    MeetingDocument *document() const { return m_document.get(); }

    /** The last error shown to the user (also kept for tests). */
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDocument(std::unique_ptr<MeetingDocument> document);
    void closeDocumentViews();
    void showError(const QString &message);
    void updateTitle();
    void selectCurrentInSidebar();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    void newLibrary();
    void openLibraryDialog();
    void importJson();
    void exportJson(bool wholeLibrary);
    void exportActions(bool iCalendar);
    bool saveExport(const QString &path, const QByteArray &data);
    void newMeeting();

    FileDialogs m_dialogs = FileDialogs::standard();
    std::unique_ptr<MeetingDocument> m_document;
    QString m_lastError;

    QLineEdit *m_search;
    QTreeView *m_meetingTree;
    QSortFilterProxyModel *m_meetingProxy;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QWidget *m_tabHost;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_documentActions;
    std::unique_ptr<AttachmentOpener> m_opener;
};

} // namespace Quorum
