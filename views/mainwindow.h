// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/id.h"
#include "documentdialog.h"
#include "export/exportrequest.h"
#include "export/report.h"
#include "filedialogs.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QPrinter;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoGroup;
class QTreeView;

namespace Quorum {

class EmptyState;
class LazyTab;
class LibraryStatus;
class LiveController;
class FinalController;

class ActionItemsTab;
class AttachmentOpener;
class AgendaTab;
class AttachmentsTab;
class MeetingDocument;
class OverviewTab;
class ParticipantsTab;
class SearchPanel;
struct SearchHit;
class PlanningTab;
class RunningNotesTab;

/** The window: the meetings sidebar and the tabs of the selected meeting. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens path (a file or a team library's postgresql:// address) at meetingId (0: the newest);
     * on failure shows why (or, given failure, puts it there) and keeps what was open.
     */
    bool openLibrary(const QString &path, Id meetingId = 0, QString *failure = nullptr);
    void setFileDialogs(FileDialogs dialogs) { m_dialogs = std::move(dialogs); }
    /** Asks whether to open a library read-only that another Quorum edits (a dialog unless a test sets another). */
    void setReadOnlyQuestion(std::function<bool(QWidget *, const QString &)> ask) { m_askReadOnly = std::move(ask); }
    /** Asks which printer to print on (the desktop's print dialog unless a test sets another); false: cancelled. */
    void setPrinterChooser(std::function<bool(QPrinter *, QWidget *)> chooser) { m_choosePrinter = std::move(chooser); }
    MeetingDocument *document() const { return m_document.get(); }
    /** Where "now" comes from for every library opened from here on (--clock; tests); the system clock when unset. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /** The Run menu, the live panel and the offer of the live view. */
    LiveController *liveController() const { return m_live; }
    /** Final minutes: the Meeting menu, the banner, the tabs view-only while final (issue 19). */
    FinalController *finalController() const { return m_final; }

    /** The last error shown to the user (also kept for tests). */
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    /** The tabs, in their order. */
    enum Page { OverviewPage, AgendaPage, NotesPage, ParticipantsPage, ActionsPage, AttachmentsPage, PlanningPage };
    /** Builds the real widget of a tab the first time it is shown or needed (LazyTab). */
    QWidget *buildTab(MeetingDocument *doc, Page page);
    /** The tab's real widget, built now when it was not yet; the tabs must exist. */
    template<typename T>
    T *tab(Page page);
    /** The Search Library panel, built the first time it is asked for (it starts hidden). */
    SearchPanel *searchPanel();
    /** Shows the Agenda on entry. */
    void showEntry(Id entryId);
    void createMenus();
    /** The toolbar with the frequent actions (after createMenus(), whose actions it shows). */
    void createToolBar();
    void setDocument(std::unique_ptr<MeetingDocument> document);
    /** Turns editing off and says why in the banner; inUse: offer editing once the other Quorum lets go. */
    void showReadOnly(const QString &why, bool inUse);
    void closeDocumentViews();
    void showError(const QString &message);
    void updateTitle();
    void selectCurrentInSidebar();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    void newLibrary();
    void openLibraryDialog();
    void importJson();
    void importConfluence();
    /** File › Import Invitation…, or a dropped .ics or .eml (path given): InvitationImportDialog. */
    void importInvitation(const QString &path = QString());
    void exportJson(bool wholeLibrary);
    void exportActions(bool iCalendar);
    /** File › Export Calendar Invitation… (issue 21): the shown meeting's invitation, as InvitationExportDialog chooses. */
    void exportInvitation();
    /** request for the action items the summary shows, with its filters, in its order, and its "today". */
    ExportRequest withSummary(ExportRequest request);
    /** Asks what to print (and for an export, in which format); false when cancelled. */
    bool askDocumentOptions(DocumentDialog::Purpose purpose);
    /** The request the last document options make, for the meeting or the summary shown. */
    ExportRequest documentRequest();
    /** The document the last options ask for; nothing (and the reason shown) when it cannot be read. */
    std::optional<ReportDocument> buildDocument();
    /** Asks what to print and sets printer up for it; the document, or nothing when cancelled or unreadable. */
    std::optional<ReportDocument> prepareToPrint(DocumentDialog::Purpose purpose, QPrinter *printer);
    void exportDocument();
    void printPreview();
    void print();
    /** Asks where to save (offering Exporter's name), then writes the export there, all or nothing. */
    bool exportTo(const ExportRequest &request, const QString &title, const QString &filter);
    // File › Publish to Confluence (issue 20): the shown meeting's agenda or minutes as storage format.
    void copyAsConfluence(ReportOptions::Kind kind);
    void exportAsConfluence(ReportOptions::Kind kind);
    // Mail (issue 21)
    void sendMinutes();
    void exportActionMails();
    /** The library's series names; *current: the shown meeting's. */
    QStringList seriesNames(QString *current) const;
    void newMeeting();
    /** Meeting › New Meeting in Series…: the next meeting from the series' last one, one undo step. */
    void newMeetingInSeries();
    /** Meeting › Series…: a series' meetings, time zone and cadence. */
    void showSeries();
    /** Meeting › Save as Template…: the shown meeting's shape under a name. */
    void saveTemplate();
    /** Meeting › New Meeting from Template…: also renames and deletes templates. */
    void newMeetingFromTemplate();
    /** Stores the running notes typed and not yet saved (they wait for a pause in typing). */
    void saveTypedNotes();
    /** Stores what is being typed anywhere in the window (a field, the notes) before the meeting shown changes. */
    void finishTyping();
    void duplicateMeeting();
    void moveMeeting();
    void deleteMeeting();
    /** The meeting actions are on while a meeting is shown in a library that can be edited. */
    void updateMeetingActions();
    /** No meeting: the tabs give way to what to do first; an empty meeting's Overview says what to do next. */
    void updateEmptyStates();
    void checkLibrary();
    /** View › Decision Register: every decision of the library; a double-click shows its meeting. */
    void openDecisionRegister();
    /** Shows the meeting and the tab (and entry) where a search hit is. */
    void openSearchHit(const SearchHit &hit);
    /** The person directory, on personId when it is not 0; read-only when the library is. */
    void openDirectory(Id personId);
    /** Where the open library's snapshots go: the configured folder, or the one beside it. */
    QString backupFolder() const;
    void restoreBackup();
    void chooseBackupFolder();

    FileDialogs m_dialogs = FileDialogs::standard();
    std::function<bool(QPrinter *, QWidget *)> m_choosePrinter;
    std::function<bool(QWidget *, const QString &)> m_askReadOnly;
    std::function<QDateTime()> m_clock;
    QList<QAction *> m_editActions; ///< what edits the library: off while it is read-only
    QList<QAction *> m_meetingActions; ///< duplicate, move and delete the shown meeting
    QList<QAction *> m_tabActions; ///< View › Overview … Planning
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_newMeetingAction = nullptr;
    QAction *m_recordActionItem = nullptr; ///< the toolbar's: the Action Items tab's form
    LibraryStatus *m_libraryStatus = nullptr;
    EmptyState *m_noMeetings = nullptr; ///< owned by the tab host, with the tabs
    EmptyState *m_emptyMeeting = nullptr;
    ExportRequest m_documentRequest; ///< the document options and format last chosen
    std::unique_ptr<MeetingDocument> m_document;
    QString m_lastError;

    QLineEdit *m_search;
    QTreeView *m_meetingTree;
    QSortFilterProxyModel *m_meetingProxy;
    QSplitter *m_splitter;
    QLabel *m_banner; ///< above everything: why edits are not being saved
    SearchPanel *m_searchPanel; ///< built when first asked for (searchPanel())
    QDockWidget *m_searchDock;
    QTabWidget *m_tabs;
    QList<LazyTab *> m_pages; ///< the tabs' pages, by Page; each builds its tab when first shown
    bool m_painted = false; ///< the window has been painted once: what waited for it has started
    QWidget *m_tabHost;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_documentActions;
    std::unique_ptr<AttachmentOpener> m_opener;
    /** Read-only because another Quorum edits it: checked now and then, to offer editing once it is free. */
    QTimer *m_lockWatch;
    QUndoGroup *m_undoGroup; ///< holds the open library's undo stack: the Edit menu's Undo and Redo follow it
    bool m_filteringSidebar = false; ///< the sidebar's current row moves by itself, not by the user
    LiveController *m_live;
    /** Final minutes (issue 19): the Meeting menu, the banner of a final meeting, its tabs view-only. */
    FinalController *m_final;
    class SinceLastMeetingBar *m_sinceLast = nullptr; ///< what changed since the series' last meeting

    // Team libraries on a PostgreSQL server (issue 22).
    /** File › Open Team Library…: TeamLibraryDialog, which says in itself why a library did not open. */
    void openTeamLibraryDialog();
    /** A team library has no lock, snapshots or restore here (its server is backed up): those actions say so. */
    void showLibraryKind();
};

} // namespace Quorum
