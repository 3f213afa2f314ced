// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actionitemstab.h"
#include "agendatab.h"
#include "attachmentopener.h"
#include "attachmentstab.h"
#include "busywaitdialog.h"
#include "colourscheme.h"
#include "confluenceimportdialog.h"
#include "confluencepublisher.h"
#include "decisionregisterdialog.h"
#include "directorydialog.h"
#include "document/desktoprecent.h"
#include "document/librarylocation.h"
#include "emptystate.h"
#include "export/exporter.h"
#include "export/exportfile.h"
#include "export/jsoninterchange.h"
#include "export/reportprinter.h"
#include "finalcontroller.h"
#include "icons.h"
#include "invitationexportdialog.h"
#include "invitationimportdialog.h"
#include "itemmodels/actionitemmodel.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "itemmodels/meetinglistmodel.h"
#include "itemmodels/participantmodel.h"
#include "lazytab.h"
#include "librarystatus.h"
#include "livecontroller.h"
#include "mail/actionmails.h"
#include "mail/minutesmail.h"
#include "meetingdocument.h"
#include "namequestiondialog.h"
#include "newmeetingdialog.h"
#include "newmeetinginseriesdialog.h"
#include "overviewtab.h"
#include "parkedtopicschooser.h"
#include "participantstab.h"
#include "planningtab.h"
#include "presenterview.h"
#include "restoredialog.h"
#include "runningnotestab.h"
#include "searchpanel.h"
#include "sendminutesdialog.h"
#include "seriesdialog.h"
#include "sincelastmeetingbar.h"
#include "teamlibrarydialog.h"
#include "templatedialog.h"
#include "ticketlinksdialog.h"
#include "tonestyle.h"
#include "viewsetup.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Quorum {

namespace {
const QString recentFilesKey = QStringLiteral("recentFiles");
constexpr int maxRecentFiles = 8;
const QString libraryFilter = QCoreApplication::translate("Quorum::MainWindow", "Quorum libraries (*.quorum)");
const QString jsonFilter = QCoreApplication::translate("Quorum::MainWindow", "Quorum JSON (*.json)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_search(new QLineEdit)
    , m_meetingTree(new QTreeView)
    , m_meetingProxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter)
    , m_banner(new QLabel)
    , m_searchPanel(nullptr)
    , m_searchDock(new QDockWidget(tr("Search Library")))
    , m_tabs(nullptr)
    , m_tabHost(new QWidget)
    , m_opener(std::make_unique<AttachmentOpener>())
    , m_lockWatch(new QTimer(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_live(new LiveController(this))
    , m_final(new FinalController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // calendar invitations (.ics, .eml): dropEvent
    m_documentRequest.format = ExportRequest::Format::Pdf;
    m_documentRequest.report.pageSize = ReportOptions::defaultPageSize();
    m_search->setObjectName(QStringLiteral("meetingSearch"));
    m_search->setPlaceholderText(tr("Search meetings (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search);
    m_search->setAccessibleName(tr("Search meetings"));
    m_meetingTree->setObjectName(QStringLiteral("meetingTree"));
    m_meetingTree->setHeaderHidden(true);
    m_meetingTree->setAccessibleName(tr("Meetings"));
    m_meetingTree->setAccessibleDescription(
        tr("The library's meetings, grouped by series, newest first; Enter opens one"));
    m_meetingTree->setModel(m_meetingProxy);
    keepExpanded(m_meetingTree);
    m_meetingTree->setUniformRowHeights(true);
    m_meetingTree->setTextElideMode(Qt::ElideMiddle); // the date at the start, the title's end too
    m_meetingProxy->setRecursiveFilteringEnabled(true);
    m_meetingProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_meetingProxy->setFilterRole(MeetingListModel::FilterTextRole);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        {
            // Typing a filter shows fewer meetings; it never opens another one. The tree moves its
            // current row off a meeting the filter hides: that is not a choice of the user's.
            const QScopedValueRollback<bool> filtering(m_filteringSidebar, true);
            m_meetingProxy->setFilterFixedString(text);
            m_meetingTree->expandAll();
        }
        selectCurrentInSidebar();
    });
    // The proxy stays the view's model for every library, so this is connected once.
    connect(m_meetingTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &idx) {
                const Id id = idx.data(MeetingListModel::MeetingIdRole).toLongLong();
                // (A row that goes under the cursor while the library changes is not a choice either.)
                if (m_document && id && id != m_document->currentMeetingId() && !m_filteringSidebar
                    && !m_document->models()->isRefreshing())
                    m_document->setCurrentMeeting(id);
            });

    auto *sidebar = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_meetingTree);

    auto *hostLayout = new QVBoxLayout(m_tabHost);
    hostLayout->setContentsMargins(0, 6, 6, 6);

    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_tabHost);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 1070});
    // Not a dialog: it stays while the problem lasts, and repeated failures do not pile up.
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    connect(m_banner, &QLabel::linkActivated, this, [this] {
        if (m_document)
            openLibrary(m_document->path(), m_document->currentMeetingId());
    });
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setContentsMargins(10, 6, 10, 6);
    ToneStyle::follow(
        m_banner, [] { return ToneStyle::barSheet(QStringLiteral("QLabel#problemBanner"), Tones::Tone::WarningBar); });
    m_banner->hide();
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_final->banner());
    centralLayout->addWidget(m_live->offerBar());
    m_sinceLast = new SinceLastMeetingBar;
    centralLayout->addWidget(m_sinceLast);
    m_live->setBeforeStep([this] { saveTypedNotes(); });
    connect(m_live, &LiveController::liveChanged, this, &MainWindow::updateTitle);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    m_searchDock->hide(); // its panel is built when first asked for (searchPanel())

    createMenus();
    // No library yet: what to do first, with the buttons that do it.
    auto *noLibrary = new EmptyState(
        tr("No library is open"),
        tr("A library is one file that holds your meetings: their agendas, notes, "
           "participants, attachments and action items. Start a new one, or open one "
           "you have."),
        {m_newLibraryAction, m_openAction, findChild<QAction *>(QStringLiteral("openTeamLibraryAction"))});
    noLibrary->setObjectName(QStringLiteral("noLibraryState"));
    hostLayout->addWidget(noLibrary, 0, Qt::AlignTop);
    createToolBar();
    m_libraryStatus = new LibraryStatus;
    statusBar()->addPermanentWidget(m_libraryStatus);
    m_libraryStatus->setLibrary(nullptr);
    updateTitle();
    resize(1400, 900);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The library's check and backups start once the first screen is up (holdBackgroundWork()).
        QTimer::singleShot(0, this, [this] {
            if (m_document)
                m_document->file()->resumeBackgroundWork();
        });
    }
    return handled;
}

MainWindow::~MainWindow()
{
    closeDocumentViews();
}

void MainWindow::closeDocumentViews()
{
    if (m_searchPanel)
        m_searchPanel->setDocument(nullptr);
    m_live->setDocument(nullptr);
    m_final->setDocument(nullptr, nullptr);
    m_sinceLast->setDocument(nullptr);
    if (m_tabs) {
        // What is still being typed is saved while every view is whole and the document is there.
        saveTypedNotes();
    }
    if (m_document) {
        m_document->disconnect(this);
        m_document->meetingList()->disconnect(this);
    }
    QTabWidget *tabs = m_tabs;
    m_tabs = nullptr;
    m_pages.clear();
    delete tabs;
    delete m_noMeetings;
    m_noMeetings = nullptr;
    delete m_emptyMeeting;
    m_emptyMeeting = nullptr;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newLib = file->addAction(tr("&New Library…"), this, &MainWindow::newLibrary);
    newLib->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openLibraryDialog);
    open->setShortcut(QKeySequence::Open);
    m_newLibraryAction = newLib;
    m_openAction = open;
    QAction *openTeam = file->addAction(tr("Open &Team Library…"), this, &MainWindow::openTeamLibraryDialog);
    openTeam->setObjectName(QStringLiteral("openTeamLibraryAction"));
    openTeam->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+O")));
    openTeam->setToolTip(tr("A library your team shares on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import JSON as New Library…"), this, &MainWindow::importJson);
    import->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction *importPages = file->addAction(tr("Import Confluence Pa&ges…"), this, &MainWindow::importConfluence);
    importPages->setShortcut(QKeySequence(tr("Ctrl+Alt+W")));
    importPages->setObjectName(QStringLiteral("importConfluenceAction"));
    importPages->setToolTip(tr("Meeting pages from Confluence: storage format, an HTML or Word export, a space "
                               "export ZIP or their Markdown rendering"));
    // Calendar invitations (issue 21): also dropped on the window.
    QAction *importInvite
        = file->addAction(tr("Import In&vitation (.ics, .eml)…"), this, [this] { importInvitation(); });
    importInvite->setShortcut(QKeySequence(tr("Ctrl+Alt+V")));
    importInvite->setObjectName(QStringLiteral("importInvitationAction"));
    importInvite->setToolTip(tr("A calendar invitation from Zoom, Teams, Google Calendar, Outlook or Webex: a new "
                                "meeting, or the logistics of the meeting shown"));
    QAction *exportMeeting = file->addAction(tr("&Export Meeting as JSON…"), this, [this] { exportJson(false); });
    exportMeeting->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *exportLibrary = file->addAction(tr("Export &Library as JSON…"), this, [this] { exportJson(true); });
    exportLibrary->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    QAction *exportCsv = file->addAction(tr("Export Action Items as &CSV…"), this, [this] { exportActions(false); });
    QAction *exportIcs
        = file->addAction(tr("Export Action Items as i&Calendar…"), this, [this] { exportActions(true); });
    exportCsv->setToolTip(tr("The action items the summary shows, with its filters"));
    exportIcs->setToolTip(exportCsv->toolTip());
    // The meeting's calendar invitation (issue 21).
    QAction *exportInvite = file->addAction(tr("Export Calendar In&vitation…"), this, &MainWindow::exportInvitation);
    exportInvite->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+I")));
    exportInvite->setObjectName(QStringLiteral("exportInvitationAction"));
    exportInvite->setToolTip(tr("The shown meeting as a calendar invitation (.ics): an event per day or per block, "
                                "its participants with an email invited"));
    file->addSeparator();
    QAction *exportDocument
        = file->addAction(tr("Export &Document (PDF, HTML, Markdown)…"), this, &MainWindow::exportDocument);
    exportDocument->setShortcut(QKeySequence(tr("Ctrl+Alt+E")));
    exportDocument->setObjectName(QStringLiteral("exportDocumentAction"));
    // Publishing to Confluence (issue 20): storage format on the clipboard or in a file.
    QMenu *confluence = file->addMenu(tr("Publish to Conf&luence"));
    confluence->setObjectName(QStringLiteral("confluenceMenu"));
    QAction *copyMinutes = confluence->addAction(tr("Copy &Minutes as Confluence"), this,
                                                 [this] { copyAsConfluence(ReportOptions::Kind::Minutes); });
    copyMinutes->setShortcut(QKeySequence(tr("Ctrl+Alt+C")));
    copyMinutes->setObjectName(QStringLiteral("copyMinutesAsConfluenceAction"));
    QAction *copyAgenda = confluence->addAction(tr("Copy &Agenda as Confluence"), this,
                                                [this] { copyAsConfluence(ReportOptions::Kind::Agenda); });
    copyAgenda->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+C")));
    copyAgenda->setObjectName(QStringLiteral("copyAgendaAsConfluenceAction"));
    confluence->addSeparator();
    QAction *exportMinutes = confluence->addAction(tr("&Export Minutes as Confluence…"), this,
                                                   [this] { exportAsConfluence(ReportOptions::Kind::Minutes); });
    exportMinutes->setObjectName(QStringLiteral("exportMinutesAsConfluenceAction"));
    QAction *exportAgenda = confluence->addAction(tr("Export A&genda as Confluence…"), this,
                                                  [this] { exportAsConfluence(ReportOptions::Kind::Agenda); });
    exportAgenda->setObjectName(QStringLiteral("exportAgendaAsConfluenceAction"));
    m_documentActions << copyMinutes << copyAgenda << exportMinutes << exportAgenda;
    // Mail (issue 21): the minutes to the participants, and each person their open actions.
    QAction *sendMinutesAction = file->addAction(tr("Send &Minutes…"), this, &MainWindow::sendMinutes);
    sendMinutesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    sendMinutesAction->setObjectName(QStringLiteral("sendMinutesAction"));
    sendMinutesAction->setToolTip(tr("The minutes by mail to the participants: summary, decisions, action items "
                                     "and the PDF"));
    QAction *actionMails = file->addAction(tr("Export Action Mails &by Person…"), this, &MainWindow::exportActionMails);
    actionMails->setShortcut(QKeySequence(tr("Ctrl+Alt+Shift+M")));
    actionMails->setObjectName(QStringLiteral("exportActionMailsAction"));
    actionMails->setToolTip(tr("One .eml per person with their open action items across the library"));
    m_documentActions << sendMinutesAction << actionMails;
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    preview->setShortcut(QKeySequence(tr("Ctrl+Alt+P")));
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::print);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("printAction"));
    file->addSeparator();
    QAction *check = file->addAction(tr("Chec&k Library…"), this, &MainWindow::checkLibrary);
    check->setObjectName(QStringLiteral("checkLibraryAction"));
    QAction *restore = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    QAction *backupFolder = file->addAction(tr("Backup &Folder…"), this, &MainWindow::chooseBackupFolder);
    backupFolder->setObjectName(QStringLiteral("backupFolderAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    // The open library's stack is the group's active one; the actions follow it (and are off without one).
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    QAction *newMeet = m_editMenu->addAction(tr("New &Meeting…"), this, &MainWindow::newMeeting);
    newMeet->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    newMeet->setObjectName(QStringLiteral("newMeetingAction"));
    QAction *duplicate = m_editMenu->addAction(tr("D&uplicate Meeting"), this, &MainWindow::duplicateMeeting);
    duplicate->setObjectName(QStringLiteral("duplicateMeetingAction"));
    duplicate->setShortcut(QKeySequence(tr("Ctrl+Alt+D")));
    duplicate->setStatusTip(tr("Add a copy of the meeting's plan: logistics, agenda, participants and attachments"));
    QAction *move = m_editMenu->addAction(tr("Mo&ve Meeting to Series…"), this, &MainWindow::moveMeeting);
    move->setObjectName(QStringLiteral("moveMeetingAction"));
    move->setShortcut(QKeySequence(tr("Ctrl+Alt+M")));
    QAction *remove = m_editMenu->addAction(tr("De&lete Meeting…"), this, &MainWindow::deleteMeeting);
    remove->setObjectName(QStringLiteral("deleteMeetingAction"));
    remove->setShortcut(QKeySequence(tr("Ctrl+Shift+Del")));
    m_meetingActions = {duplicate, move, remove};
    m_newMeetingAction = newMeet;
    m_editMenu->addSeparator();
    QAction *directory = m_editMenu->addAction(tr("Person &Directory…"), this, [this] { openDirectory(0); });
    directory->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    QAction *links = m_editMenu->addAction(tr("&Ticket Links…"), this, [this] {
        if (!m_document)
            return;
        TicketLinksDialog dialog(m_document->linkPatterns(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_document->editLinkPatterns(dialog.patterns());
    });

    // The life of a series: its settings, and the next meeting from the last one.
    QMenu *meetingMenu = menuBar()->addMenu(tr("&Meeting"));
    meetingMenu->setObjectName(QStringLiteral("meetingMenu"));
    QAction *nextInSeries
        = meetingMenu->addAction(tr("New Meeting in &Series…"), this, &MainWindow::newMeetingInSeries);
    nextInSeries->setObjectName(QStringLiteral("newMeetingInSeriesAction"));
    nextInSeries->setShortcut(QKeySequence(tr("Ctrl+Alt+N")));
    nextInSeries->setStatusTip(
        tr("Start the series' next meeting from its last one: logistics, participants and recurring entries"));
    QAction *seriesSettings = meetingMenu->addAction(tr("Se&ries…"), this, &MainWindow::showSeries);
    seriesSettings->setObjectName(QStringLiteral("seriesAction"));
    seriesSettings->setStatusTip(tr("A series' meetings, its default time zone and its cadence"));
    meetingMenu->addSeparator();
    QAction *saveTemplate = meetingMenu->addAction(tr("Save as &Template…"), this, &MainWindow::saveTemplate);
    saveTemplate->setObjectName(QStringLiteral("saveTemplateAction"));
    saveTemplate->setStatusTip(tr("Keep the meeting's shape (days, blocks, recurring entries, breaks, logistics) "
                                  "as a named template"));
    QAction *fromTemplate
        = meetingMenu->addAction(tr("New Meeting from Te&mplate…"), this, &MainWindow::newMeetingFromTemplate);
    fromTemplate->setObjectName(QStringLiteral("newMeetingFromTemplateAction"));
    fromTemplate->setStatusTip(tr("Start a meeting from a template; rename or delete templates"));
    m_editActions << nextInSeries << saveTemplate << fromTemplate;
    m_documentActions << nextInSeries << seriesSettings << saveTemplate << fromTemplate;
    // Final minutes and the history of the shown meeting.
    m_final->addToMenu(meetingMenu);

    m_live->addMenu(menuBar());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search Meetings"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *searchLibrary = view->addAction(tr("Search &Library…"), this, [this] {
        SearchPanel *panel = searchPanel();
        m_searchDock->show();
        m_searchDock->raise();
        panel->focusSearch();
    });
    searchLibrary->setObjectName(QStringLiteral("searchLibraryAction"));
    searchLibrary->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    QAction *sidebarFocus = view->addAction(tr("Meeting &List"), this, [this] { m_meetingTree->setFocus(); });
    sidebarFocus->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *presenter = view->addAction(tr("&Presenter View"), this, [this] {
        // The run's keys work in the presenter view too: with one screen it has the keyboard.
        if (PresenterView *shown = m_document ? PresenterView::toggle(m_document.get(), this) : nullptr)
            shown->addActions(m_live->stepActions());
    });
    presenter->setObjectName(QStringLiteral("presenterViewAction"));
    presenter->setShortcut(QKeySequence(Qt::Key_F5));
    m_documentActions << presenter;
    QAction *register_ = view->addAction(tr("&Decision Register…"), this, &MainWindow::openDecisionRegister);
    register_->setObjectName(QStringLiteral("decisionRegisterAction"));
    register_->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    register_->setStatusTip(tr("Every decision of the library, with filters and export"));
    m_documentActions << register_;
    QAction *changes
        = view->addAction(tr("&Changes Since Last Meeting…"), this, [this] { m_sinceLast->openDetails(); });
    changes->setObjectName(QStringLiteral("sinceLastMeetingAction"));
    m_documentActions << changes;
    view->addSeparator();
    const QStringList tabNames = {tr("&Overview"),     tr("&Agenda"),      tr("Running &Notes"), tr("&Participants"),
                                  tr("A&ction Items"), tr("A&ttachments"), tr("P&lanning")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *a = view->addAction(tabNames.at(i), this, [this, i] {
            if (m_tabs) {
                m_tabs->setCurrentIndex(i);
                m_tabs->currentWidget()->setFocus();
            }
        });
        a->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
        m_documentActions << a;
        m_tabActions << a;
    }
    view->addSeparator();
    view->addAction(m_live->panelAction());
    view->addSeparator();
    view->addMenu(ColourScheme::menu(this)); // issue 23: System, Light, Dark
    m_editActions << newMeet << directory << links << backupFolder << m_meetingActions;
    m_documentActions << searchLibrary;
    m_documentActions << newMeet << m_meetingActions << directory << links << exportMeeting << exportLibrary
                      << exportCsv << exportIcs << exportDocument << preview << print << check << restore
                      << backupFolder;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(false);
    updateMeetingActions();

    // The sidebar's menu: what can be done to the meeting under the pointer (it is shown first).
    m_meetingTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_meetingTree, &QWidget::customContextMenuRequested, this, [this, newMeet](const QPoint &pos) {
        const QModelIndex idx = m_meetingTree->indexAt(pos);
        if (idx.isValid() && idx.data(MeetingListModel::MeetingIdRole).toLongLong())
            m_meetingTree->setCurrentIndex(idx);
        QMenu menu(this);
        menu.addAction(newMeet);
        menu.addSeparator();
        menu.addActions(m_meetingActions);
        menu.exec(m_meetingTree->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->setAccessibleName(tr("Main toolbar"));
    const auto show = [bar](QAction *action, const QString &themeName, const QString &bundled) {
        action->setIcon(Icons::themed(themeName, bundled));
        bar->addAction(action);
        // The tooltip says the shortcut, as a menu would.
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->iconText(),
                                                 action->shortcut().toString(QKeySequence::NativeText)));
    };
    show(m_newMeetingAction, QStringLiteral("appointment-new"), QStringLiteral("new-meeting"));
    show(m_live->startAction(), QStringLiteral("media-playback-start"), QStringLiteral("start-meeting"));

    m_recordActionItem = new QAction(tr("Record Action Item"), this);
    m_recordActionItem->setObjectName(QStringLiteral("recordActionItemAction"));
    m_recordActionItem->setStatusTip(tr("Record an action item for the meeting shown (in the Action Items tab)"));
    m_recordActionItem->setEnabled(false);
    connect(m_recordActionItem, &QAction::triggered, this, [this] {
        if (!m_tabs)
            return;
        m_tabs->setCurrentIndex(ActionsPage);
        if (auto *add = tab<QWidget>(ActionsPage)->findChild<QAction *>(QStringLiteral("addActionItemAction"));
            add && add->isEnabled())
            add->trigger();
    });
    show(m_recordActionItem, QStringLiteral("list-add"), QStringLiteral("record-action"));
    bar->addSeparator();
    show(findChild<QAction *>(QStringLiteral("searchLibraryAction")), QStringLiteral("edit-find"),
         QStringLiteral("search"));
    show(findChild<QAction *>(QStringLiteral("printAction")), QStringLiteral("document-print"), QStringLiteral("print"));
    // Their text is the menu's, without the mnemonic and the dots a menu needs.
    for (QAction *action : bar->actions()) {
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(action->iconText());
    }
}

void MainWindow::updateMeetingActions()
{
    const bool on = m_document && !m_document->isReadOnly() && m_document->currentMeetingId() != 0;
    for (QAction *a : std::as_const(m_meetingActions))
        a->setEnabled(on);
    if (m_recordActionItem) // (the toolbar is made after the menus)
        m_recordActionItem->setEnabled(on && !m_document->isFinal(m_document->currentMeetingId()));
    // Final minutes: the meeting is not moved or deleted until they are reopened; a copy is fine.
    if (on && m_document->isFinal(m_document->currentMeetingId())) {
        m_meetingActions.value(1)->setEnabled(false);
        m_meetingActions.value(2)->setEnabled(false);
    }
}

void MainWindow::updateEmptyStates()
{
    if (!m_document || !m_tabs || !m_noMeetings || !m_emptyMeeting)
        return;
    const bool noMeeting = m_document->currentMeetingId() == 0;
    m_noMeetings->setVisible(noMeeting);
    m_tabs->setVisible(!noMeeting);
    // On the Overview only: the other tabs have their own words for what they lack.
    const bool empty = !noMeeting && m_tabs->currentIndex() == 0 && m_document->agenda()->state().entries.isEmpty()
                       && m_document->participants()->rowCount() == 0 && m_document->actionItems()->rowCount() == 0
                       && m_document->attachments()->rowCount() == 0;
    m_emptyMeeting->setVisible(empty && !m_document->isReadOnly());
}

void MainWindow::saveTypedNotes()
{
    if (!m_tabs)
        return;
    for (RunningNotesTab *notes : m_tabs->findChildren<RunningNotesTab *>())
        notes->flush();
}

void MainWindow::finishTyping()
{
    // A field being typed in stores what it holds when the cursor leaves it: it leaves and comes back.
    const QPointer<QWidget> focused = QApplication::focusWidget();
    if (focused && isAncestorOf(focused)) {
        focused->clearFocus();
        if (focused)
            focused->setFocus();
    }
    saveTypedNotes();
}

void MainWindow::duplicateMeeting()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    // The copy is shown at once, with no question that would take the cursor out of a field first.
    finishTyping();
    if (m_document->duplicateMeeting(m_document->currentMeetingId()))
        statusBar()->showMessage(tr("Added a copy of the meeting, without its notes and action items. Change its "
                                    "title and dates on the Overview tab."),
                                 10000);
}

void MainWindow::moveMeeting()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    finishTyping();
    QString current;
    const QStringList names = seriesNames(&current);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveMeetingDialog"));
    dialog.setWindowTitle(tr("Move Meeting to Series"));
    dialog.setLabelText(
        tr("Move “%1” to the series (choose one, or type a new name):").arg(m_document->currentMeeting().title));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(current);
    dialog.setOkButtonText(tr("Move"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty() || name == current)
        return;
    if (m_document->moveMeetingToSeries(m_document->currentMeetingId(), name))
        statusBar()->showMessage(tr("Moved the meeting to the series “%1”.").arg(name), 10000);
}

void MainWindow::deleteMeeting()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    finishTyping(); // and so counted, and brought back by undo
    const Id id = m_document->currentMeetingId();
    const QString summary = m_document->meetingDeletionSummary(id);
    if (summary.isEmpty())
        return; // not readable: said already
    QMessageBox box(QMessageBox::Warning, tr("Delete Meeting"),
                    tr("Delete the meeting “%1”?").arg(m_document->currentMeeting().title), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteMeetingQuestion"));
    box.setInformativeText(tr("%1\n\nYou can bring it back with Edit › Undo (%2).")
                               .arg(summary, m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    QPushButton *confirm = box.addButton(tr("Delete Meeting"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    if (m_document->deleteMeeting(id))
        statusBar()->showMessage(tr("Deleted the meeting. Edit › Undo brings it back."), 10000);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quorum"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Quorum"));
        return;
    }
    const QString file = LibraryLocation::displayName(m_document->path());
    const QString meeting = m_document->currentMeeting().title;
    const QString shown = m_document->isReadOnly() ? tr("%1 (read-only)").arg(file) : file;
    const QString live = m_live->liveTitle();
    if (!live.isEmpty())
        setWindowTitle(tr("%1 — %2 — Quorum").arg(live, shown));
    else
        setWindowTitle(meeting.isEmpty() ? tr("%1 — Quorum").arg(shown) : tr("%1 — %2 — Quorum").arg(meeting, shown));
}

void MainWindow::selectCurrentInSidebar()
{
    if (!m_document)
        return;
    const QModelIndex source = m_document->meetingList()->indexOfMeeting(m_document->currentMeetingId());
    const QModelIndex idx = m_meetingProxy->mapFromSource(source);
    const QScopedValueRollback<bool> selecting(m_filteringSidebar, true);
    // The meeting shown, selected and in sight; none selected when a filter hides it.
    if (m_meetingTree->currentIndex() != idx)
        m_meetingTree->setCurrentIndex(idx);
    if (idx.isValid())
        m_meetingTree->scrollTo(idx);
}

bool MainWindow::openLibrary(const QString &path, Id meetingId, QString *failure)
{
    // This window edits it already (and holds its lock): just show the meeting.
    if (m_document && !m_document->isReadOnly() && LibraryLocation::isSame(m_document->path(), path)) {
        if (meetingId)
            m_document->setCurrentMeeting(meetingId);
        return true;
    }
    QString error;
    MeetingDocument::OpenProblem problem = MeetingDocument::OpenProblem::None;
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::open(path, &error, MeetingDocument::Access::Edit, &problem);
    // Another program writing to it for long: wait in sight, never call it damaged.
    while (!doc && problem == MeetingDocument::OpenProblem::Busy) {
        if (!BusyWaitDialog::waitUntilFree(path, this))
            return false;
        doc = MeetingDocument::open(path, &error, MeetingDocument::Access::Edit, &problem);
    }
    QString readOnlyWhy;
    if (!doc && problem == MeetingDocument::OpenProblem::InUse) {
        const QString question = tr("%1\n\nOpen it read-only? You can read, search, print and export it, and "
                                    "switch to editing once the other Quorum has closed it.")
                                     .arg(error);
        const bool readOnly = m_askReadOnly
                                  ? m_askReadOnly(this, question)
                                  : QMessageBox::question(this, tr("Library in Use"), question) == QMessageBox::Yes;
        if (!readOnly)
            return false;
        readOnlyWhy = tr("Read-only: %1").arg(error);
    } else if (!doc && problem == MeetingDocument::OpenProblem::ReadOnlyFile) {
        readOnlyWhy = tr("Read-only: %1 You can read, search, print and export it.").arg(error);
    }
    if (!readOnlyWhy.isEmpty())
        doc = MeetingDocument::open(path, &error, MeetingDocument::Access::ReadOnly);
    if (!doc) {
        if (failure)
            *failure = error;
        else
            showError(error);
        return false;
    }
    if (m_clock)
        doc->models()->setClock(m_clock);
    // Unless asked for another, the meeting that runs today (or is live) comes first, with its offer.
    if (!meetingId)
        meetingId = doc->models()->meetingOfToday();
    if (meetingId)
        doc->setCurrentMeeting(meetingId);
    setDocument(std::move(doc));
    if (readOnlyWhy.isEmpty())
        readOnlyWhy = m_document->file()->readOnlyReason(); // a team library's reader
    if (m_document->isReadOnly())
        showReadOnly(m_document->file()->damage().isEmpty() ? readOnlyWhy : m_document->file()->damage(),
                     problem == MeetingDocument::OpenProblem::InUse);
    addRecentFile(path);
    return true;
}

void MainWindow::showReadOnly(const QString &why, bool inUse)
{
    setViewOnly(m_tabs);
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(false);
    m_undoGroup->setActiveStack(nullptr);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setText(why);
    m_banner->show();
    updateTitle();
    if (!inUse)
        return;
    // Polled, not watched: a Quorum that was killed never says it let go.
    m_lockWatch->setInterval(2000);
    m_lockWatch->disconnect();
    connect(m_lockWatch, &QTimer::timeout, this, [this] {
        if (!m_document || !m_document->isReadOnly() || LibraryFile::isInUse(m_document->path()))
            return;
        m_lockWatch->stop();
        m_banner->setTextFormat(Qt::RichText);
        m_banner->setText(
            tr("Read-only: the other Quorum has closed this library. <a href=\"edit\">Switch to editing</a>"));
    });
    m_lockWatch->start();
}

void MainWindow::setDocument(std::unique_ptr<MeetingDocument> document)
{
    // The tabs refer to the old document: they go first.
    closeDocumentViews();
    m_banner->hide(); // it spoke of the library that was open
    m_lockWatch->stop();
    m_meetingProxy->setSourceModel(nullptr);
    m_document = std::move(document);
    delete m_tabHost->findChild<EmptyState *>(QStringLiteral("noLibraryState"), Qt::FindDirectChildrenOnly);

    MeetingDocument *doc = m_document.get();
    m_libraryStatus->setLibrary(doc ? doc->file() : nullptr);
    // Opened as the window starts: its first paint does not share the processor with the check and the backups.
    if (!m_painted && isVisible())
        doc->file()->holdBackgroundWork(2000);
    if (m_clock)
        doc->models()->setClock(m_clock);
    // Every place a name is typed asks through the same dialog when the directory cannot tell who is meant.
    doc->directory()->setAsker(NameQuestionDialog::asker(this));
    if (m_searchPanel)
        m_searchPanel->setDocument(doc);
    m_meetingProxy->setSourceModel(doc->meetingList());
    m_meetingTree->expandAll();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->setDocumentMode(true);
    // Only the tab shown is built now; each other one the first time it is shown or needed.
    const QList<std::pair<QString, QString>> pages = {{QStringLiteral("overviewTab"), tr("Overview")},
                                                      {QStringLiteral("agendaTab"), tr("Agenda")},
                                                      {QStringLiteral("runningNotesTab"), tr("Running Notes")},
                                                      {QStringLiteral("participantsTab"), tr("Participants")},
                                                      {QStringLiteral("actionItemsTab"), tr("Action Items")},
                                                      {QStringLiteral("attachmentsTab"), tr("Attachments")},
                                                      {QStringLiteral("planningTab"), tr("Planning")}};
    for (int i = 0; i < pages.size(); ++i) {
        auto *page = new LazyTab(pages.at(i).first, [this, doc, i] { return buildTab(doc, Page(i)); });
        m_pages << page;
        m_tabs->addTab(page, pages.at(i).second);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (LazyTab *page = m_pages.value(index))
            page->widget();
    });
    m_pages.at(m_tabs->currentIndex())->widget();
    // A library without meetings, and a meeting with nothing in it yet, say what to do next.
    m_noMeetings = new EmptyState(tr("This library has no meetings yet"),
                                  tr("Add the first meeting: give it a title, its dates and its series; then plan "
                                     "its agenda and invite its participants."),
                                  {m_newMeetingAction});
    m_noMeetings->setObjectName(QStringLiteral("noMeetingsState"));
    m_tabHost->layout()->addWidget(m_noMeetings);
    m_emptyMeeting = new EmptyState(tr("This meeting is still empty"),
                                    tr("Plan its agenda, invite its participants, or start from a copy of an "
                                       "earlier meeting (Edit › Duplicate Meeting, then move the copy here)."),
                                    {m_tabActions.value(1), m_tabActions.value(3), m_meetingActions.value(0)});
    m_emptyMeeting->setObjectName(QStringLiteral("emptyMeetingState"));
    m_tabHost->layout()->addWidget(m_emptyMeeting);
    m_tabHost->layout()->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateEmptyStates);
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{doc->agenda(), doc->participants(),
                                                                             doc->actionItems(), doc->attachments()})
        onAnyChange(m, m_emptyMeeting, [this] { updateEmptyStates(); });

    connect(doc->file(), &LibraryFile::storageFailed, this, &MainWindow::showError);
    connect(doc->file(), &LibraryFile::saveFailed, this, [this](const QString &message) {
        m_lastError = message;
        m_banner->setText(message);
        m_banner->show();
    });
    connect(doc->file(), &LibraryFile::backupFailed, this, [this](const QString &message) {
        m_lastError = message;
        statusBar()->showMessage(message, 30000);
    });
    connect(doc->file(), &LibraryFile::changedElsewhere, this, [this] {
        statusBar()->showMessage(tr("Another program changed this library: Quorum has read it again. "
                                    "Edits made before that can no longer be undone."),
                                 15000);
    });
    connect(doc->file(), &LibraryFile::saveRecovered, this, [this] {
        m_banner->hide();
        statusBar()->showMessage(tr("Saving works again: everything on screen is saved."), 10000);
    });
    m_sinceLast->setDocument(doc);
    connect(doc->models(), &LibraryModels::currentMeetingChanged, m_sinceLast, &SinceLastMeetingBar::meetingShown);
    // The meeting the library opened on, after the window has painted.
    QMetaObject::invokeMethod(
        m_sinceLast,
        [this, doc] {
            if (m_document.get() == doc)
                m_sinceLast->meetingShown(doc->currentMeetingId());
        },
        Qt::QueuedConnection);
    connect(doc->models(), &LibraryModels::currentMeetingChanged, this, [this] {
        updateTitle();
        selectCurrentInSidebar();
        m_tabs->setEnabled(m_document->currentMeetingId() != 0);
        updateMeetingActions();
        updateEmptyStates();
    });
    // The check after opening found damage: from now on, as for a read-only library.
    connect(doc->file(), &LibraryFile::damaged, this, [this](const QString &why) { showReadOnly(why, false); });
    connect(doc->models(), &LibraryModels::meetingFieldChanged, this, [this](Id, Meeting::Field field) {
        if (field == Meeting::Title)
            updateTitle();
    });
    connect(doc->meetingList(), &QAbstractItemModel::modelReset, this, &MainWindow::selectCurrentInSidebar);

    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(true);
    // A snapshot now, and after every half hour of editing.
    if (!doc->isReadOnly())
        doc->file()->startBackups(backupFolder());

    m_tabs->setEnabled(doc->currentMeetingId() != 0);
    updateMeetingActions();
    updateEmptyStates();
    selectCurrentInSidebar();
    m_live->setDocument(doc);
    m_final->setDocument(doc, m_tabs);
    connect(doc->models(), &LibraryModels::finalStateChanged, this, &MainWindow::updateMeetingActions);
    showLibraryKind();
    updateTitle();
    statusBar()->showMessage(
        (doc->isReadOnly() ? tr("Opened %1 read-only.") : tr("Opened %1. Every edit is saved as you make it."))
            .arg(doc->file()->isServer() ? LibraryLocation::displayName(doc->path())
                                         : QDir::toNativeSeparators(doc->path())),
        8000);
}

QWidget *MainWindow::buildTab(MeetingDocument *doc, Page page)
{
    QWidget *built = nullptr;
    switch (page) {
    case OverviewPage: {
        auto *overview = new OverviewTab(doc);
        connect(overview, &OverviewTab::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 5000); });
        built = overview;
        break;
    }
    case AgendaPage: {
        auto *agenda = new AgendaTab(doc, m_opener.get());
        agenda->setStartAction(m_live->startAction());
        connect(agenda, &AgendaTab::failed, this, &MainWindow::showError);
        built = agenda;
        break;
    }
    case NotesPage: {
        auto *notes = new RunningNotesTab(doc, m_opener.get());
        notes->setStartAction(m_live->startAction());
        connect(notes, &RunningNotesTab::failed, this, &MainWindow::showError);
        built = notes;
        break;
    }
    case ParticipantsPage: built = new ParticipantsTab(doc); break;
    case ActionsPage: {
        auto *actions = new ActionItemsTab(doc);
        connect(actions, &ActionItemsTab::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        connect(actions, &ActionItemsTab::actionRequested, this, [this, doc](Id meetingId, Id entryId) {
            if (doc->setCurrentMeeting(meetingId) && entryId)
                showEntry(entryId);
        });
        built = actions;
        break;
    }
    case AttachmentsPage: {
        auto *attachments = new AttachmentsTab(doc, &m_dialogs, m_opener.get());
        connect(attachments, &AttachmentsTab::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        connect(attachments, &AttachmentsTab::failed, this, &MainWindow::showError);
        built = attachments;
        break;
    }
    case PlanningPage: {
        auto *planning = new PlanningTab(doc);
        connect(planning, &PlanningTab::entryRequested, this, &MainWindow::showEntry);
        built = planning;
        break;
    }
    }
    built->setObjectName(m_pages.at(page)->objectName());
    // Built after the library turned read-only: as the tabs built before it were made.
    if (doc->isReadOnly())
        setViewOnly(built);
    m_final->tabBuilt(built);
    return built;
}

SearchPanel *MainWindow::searchPanel()
{
    if (!m_searchPanel) {
        m_searchPanel = new SearchPanel;
        m_searchDock->setWidget(m_searchPanel);
        connect(m_searchPanel, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);
        m_searchPanel->setDocument(m_document.get());
    }
    return m_searchPanel;
}

template<typename T>
T *MainWindow::tab(Page page)
{
    return qobject_cast<T *>(m_pages.at(page)->widget());
}

void MainWindow::showEntry(Id entryId)
{
    if (!m_tabs)
        return;
    m_tabs->setCurrentWidget(m_pages.at(AgendaPage));
    tab<AgendaTab>(AgendaPage)->selectEntry(entryId);
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    const QString absolute = LibraryLocation::remembered(path); // a server's address never with a password
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    rebuildRecentMenu();
    // The desktop's recent documents (file managers, launchers) list library files, not servers.
    QString error;
    if (!LibraryLocation::isServer(absolute) && !DesktopRecent::add(absolute, &error))
        qWarning("%s", qPrintable(error));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(recentFilesKey).toStringList();
    int n = 0;
    for (const QString &f : files) {
        const QString shown
            = LibraryLocation::isServer(f) ? LibraryLocation::displayName(f) : QDir::toNativeSeparators(f);
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(++n).arg(shown));
        connect(a, &QAction::triggered, this, [this, f] { openLibrary(f); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        QSettings().remove(recentFilesKey);
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::newLibrary()
{
    QString path = m_dialogs.saveFile(this, tr("New Library"), libraryFilter, tr("Meetings.quorum"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".quorum");
    QString error;
    std::unique_ptr<MeetingDocument> doc = MeetingDocument::create(path, &error);
    if (!doc) {
        showError(error);
        return;
    }
    setDocument(std::move(doc));
    addRecentFile(path);
}

void MainWindow::openLibraryDialog()
{
    const QString path = m_dialogs.openFile(this, tr("Open Library"), libraryFilter);
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::importJson()
{
    const QString in = m_dialogs.openFile(this, tr("Import JSON"), jsonFilter);
    if (in.isEmpty())
        return;
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(in), file.errorString()));
        return;
    }
    QString path = m_dialogs.saveFile(this, tr("Save Imported Library As"), libraryFilter,
                                      QFileInfo(in).completeBaseName() + QStringLiteral(".quorum"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".quorum");
    QString error;
    // Streamed from the file, never read whole (JsonStream's limits).
    if (!JsonInterchange::importIntoNewLibrary(path, &file, &error)) {
        showError(error);
        return;
    }
    openLibrary(path);
}

void MainWindow::importConfluence()
{
    if (!m_document || m_document->isReadOnly()) {
        showError(tr("Open a library that you can edit to import Confluence pages into it."));
        return;
    }
    const QString in = m_dialogs.openFile(
        this, tr("Import Confluence Pages"),
        tr("Confluence pages (*.html *.htm *.xhtml *.xml *.doc *.mht *.mhtml *.zip *.txt *.md);;All files (*)"));
    if (in.isEmpty())
        return;
    ConfluenceImport::Reading reading;
    QString error;
    if (!m_document->readConfluencePages(in, {}, &reading, &error)) {
        showError(tr("Nothing was imported from “%1”: %2").arg(QDir::toNativeSeparators(in), error));
        return;
    }
    const auto reread = [this, in](const ConfluenceImport::Options &options, ConfluenceImport::Reading *r, QString *e) {
        return m_document && m_document->readConfluencePages(in, options, r, e);
    };
    ConfluenceImportDialog dialog(in, reading, reread, this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    if (m_document->importConfluencePages(dialog.reading()))
        statusBar()->showMessage(tr("Imported from Confluence: %1. Edit › Undo takes the import back.")
                                     .arg(dialog.reading().pages.size() == 1
                                              ? dialog.reading().pages.constFirst().title
                                              : tr("%1 meetings").arg(dialog.reading().pages.size())),
                                 10000);
}

namespace {

/** The local .ics and .eml files among dropped or pasted data. */
QStringList invitationFiles(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
            files << path;
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && !invitationFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = invitationFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned to the dragging program: the dialog is modal.
    QMetaObject::invokeMethod(
        this, [this, path = files.constFirst()] { importInvitation(path); }, Qt::QueuedConnection);
}

void MainWindow::importInvitation(const QString &path)
{
    if (!m_document || m_document->isReadOnly()) {
        showError(tr("Open a library that you can edit to import an invitation into it."));
        return;
    }
    const QString in = !path.isEmpty() ? path
                                       : m_dialogs.openFile(this, tr("Import Invitation"),
                                                            tr("Calendar invitations (*.ics *.eml);;All files (*)"));
    if (in.isEmpty())
        return;
    Invitation invitation;
    QString error;
    if (!m_document->readInvitation(in, &invitation, &error)) {
        showError(tr("Nothing was imported from “%1”: %2").arg(QDir::toNativeSeparators(in), error));
        return;
    }
    const Meeting &current = m_document->currentMeeting();
    const bool canFill = current.id && !m_document->isFinal(current.id);
    InvitationImportDialog dialog(in, invitation, canFill ? current.title : QString(), this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    if (dialog.fillsCurrentMeeting()) {
        if (m_document->fillLogistics(dialog.invitation()))
            statusBar()->showMessage(tr("The logistics of “%1” were filled from the invitation. Edit › Undo takes "
                                        "them back.")
                                         .arg(m_document->currentMeeting().title),
                                     10000);
        else
            statusBar()->showMessage(tr("The meeting already has the invitation's logistics."), 10000);
        return;
    }
    if (m_document->importInvitation(dialog.invitation()))
        statusBar()->showMessage(
            tr("Imported the invitation “%1”. Edit › Undo takes the import back.").arg(dialog.invitation().title),
            10000);
}

void MainWindow::exportJson(bool wholeLibrary)
{
    if (!m_document || (!wholeLibrary && !m_document->currentMeetingId()))
        return;
    ExportRequest request;
    request.format = ExportRequest::Format::Json;
    request.meetingId = wholeLibrary ? 0 : m_document->currentMeetingId();
    exportTo(request, wholeLibrary ? tr("Export Library") : tr("Export Meeting"), jsonFilter);
}

bool MainWindow::exportTo(const ExportRequest &request, const QString &title, const QString &filter)
{
    QString suggested;
    QString error;
    if (!m_document->file()->read([&](const Database &db) { suggested = Exporter::suggestedFileName(db, request); },
                                  &error)) {
        showError(error);
        return false;
    }
    const QString path = m_dialogs.saveFile(this, title, filter, suggested);
    if (path.isEmpty())
        return false;
    // All or nothing: a half-written export never replaces an earlier one.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = ExportFile::write(
        path, [&](QIODevice *out) { Exporter::write(m_document->database(), request, out); }, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("%1 Nothing was exported.").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::copyAsConfluence(ReportOptions::Kind kind)
{
    if (!m_document)
        return;
    // What is copied is what the window shows: notes still being typed are saved first.
    saveTypedNotes();
    QString error;
    const QString copied = ConfluencePublisher::copy(*m_document, kind, &error);
    if (copied.isEmpty()) {
        showError(tr("%1 Nothing was copied.").arg(error));
        return;
    }
    statusBar()->showMessage(copied, 8000);
}

void MainWindow::exportAsConfluence(ReportOptions::Kind kind)
{
    if (!m_document)
        return;
    if (!m_document->currentMeetingId()) {
        showError(tr("Choose a meeting in the list first: its agenda or minutes are what is exported."));
        return;
    }
    saveTypedNotes();
    exportTo(ConfluencePublisher::request(m_document->currentMeetingId(), kind), tr("Publish to Confluence"),
             ConfluencePublisher::filter());
}

void MainWindow::sendMinutes()
{
    if (!m_document)
        return;
    if (!m_document->currentMeetingId()) {
        showError(tr("Choose a meeting in the list first: its minutes are what is sent."));
        return;
    }
    saveTypedNotes();
    MinutesMail::Options options;
    options.from = MailAddress::parse(SendMinutesDialog::rememberedFrom()).value_or(MailAddress());
    options.today = m_document->actionSummary()->today();
    MinutesMail mail;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool made = m_document->file()->read(
        [&](const Database &db) { mail = MinutesMail::make(db, m_document->currentMeetingId(), options); }, &error);
    QApplication::restoreOverrideCursor();
    if (!made) {
        showError(tr("%1 No mail was made.").arg(error));
        return;
    }
    SendMinutesDialog dialog(mail, m_dialogs, this);
    dialog.exec();
}

void MainWindow::exportActionMails()
{
    if (!m_document)
        return;
    const QString folder = m_dialogs.openFolder(this, tr("Folder for the Action Mails"));
    if (folder.isEmpty())
        return;
    ActionMails::Options options;
    options.from = MailAddress::parse(SendMinutesDialog::rememberedFrom()).value_or(MailAddress());
    options.today = m_document->actionSummary()->today();
    ActionMails mails;
    QString error;
    if (!m_document->file()->read([&](const Database &db) { mails = ActionMails::make(db, options); }, &error)) {
        showError(tr("%1 No mail was written.").arg(error));
        return;
    }
    for (qsizetype i = 0; i < mails.messages.size(); ++i) {
        if (!ExportFile::write(QDir(folder).filePath(mails.fileNames.at(i)),
                               ExportFile::bytes(mails.messages.at(i).toBytes()), &error)) {
            showError(tr("%1 %n mail(s) were written before it.", "", int(i)).arg(error));
            return;
        }
    }
    QStringList skipped;
    for (const Person &p : mails.withoutAddress)
        skipped << p.shownName();
    const QString written
        = tr("Wrote %n action mail(s) to %1.", "", int(mails.messages.size())).arg(QDir::toNativeSeparators(folder));
    statusBar()->showMessage(skipped.isEmpty()
                                 ? written
                                 : written + QLatin1Char(' ')
                                       + tr("No mail address, no mail: %1.").arg(skipped.join(QStringLiteral(", "))),
                             15000);
}

ExportRequest MainWindow::withSummary(ExportRequest request)
{
    // Never shown yet: built now, and so with the summary's default filters.
    const auto *actions = tab<ActionItemsTab>(ActionsPage);
    request.actionIds = actions->shownSummaryIds();
    request.filters = actions->summaryFilters();
    request.report.today = m_document->actionSummary()->today();
    return request;
}

void MainWindow::exportInvitation()
{
    if (!m_document)
        return;
    const Id meetingId = m_document->currentMeetingId();
    if (!meetingId) {
        showError(tr("Choose a meeting in the list first: its invitation is what is exported."));
        return;
    }
    ExportRequest request;
    request.format = ExportRequest::Format::ICalendar;
    request.calendar = ExportRequest::Calendar::Invitation;
    request.meetingId = meetingId;
    QString suggested;
    QString title;
    QList<InvitationOrganizer> organizers;
    InvitationOrganizer remembered;
    int attendees = 0;
    QString error;
    LibraryFile *file = m_document->file();
    if (!file->read(
            [&](const Database &db) {
                suggested = Exporter::suggestedFileName(db, request);
                organizers = InvitationWriter::organizers(db);
                remembered = InvitationWriter::rememberedOrganizer(db, meetingId);
                attendees = int(InvitationWriter::attendees(db, meetingId).size());
            },
            &error)) {
        showError(error);
        return;
    }
    const auto preview = [file, meetingId](InvitationOptions::Events events) {
        QList<InvitationEvent> list;
        QString ignored; // shown as an empty preview: Export is then disabled
        file->read([&](const Database &db) { list = InvitationWriter::events(db, meetingId, events); }, &ignored);
        return list;
    };
    InvitationExportDialog dialog(m_document->currentMeeting().title, preview, organizers, remembered, attendees, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = m_dialogs.saveFile(this, tr("Export Calendar Invitation"),
                                            tr("iCalendar files (*.ics);;All files (*)"), suggested);
    if (path.isEmpty())
        return;
    // The library remembers what each event said (UID, sequence) and the organizer: one maintenance
    // write, no undo step (an invitation sent cannot be unsent).
    InvitationOptions options = dialog.options();
    options.stamp = QDateTime::currentDateTimeUtc();
    QByteArray data;
    if (!file->write(tr("Export the invitation"),
                     [&](const QSqlDatabase &db) { data = InvitationWriter::write(db, meetingId, options); }))
        return; // storageFailed has said why
    if (!ExportFile::write(path, ExportFile::bytes(data), &error)) {
        showError(tr("%1 Nothing was exported.").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportActions(bool iCalendar)
{
    if (!m_document || !m_tabs)
        return;
    ExportRequest request;
    request.format = iCalendar ? ExportRequest::Format::ICalendar : ExportRequest::Format::Csv;
    exportTo(withSummary(request), tr("Export Action Items"),
             iCalendar ? tr("iCalendar to-dos (*.ics)") : tr("CSV (*.csv)"));
}

bool MainWindow::askDocumentOptions(DocumentDialog::Purpose purpose)
{
    if (!m_document || !m_tabs)
        return false;
    // A document shows what the window shows: notes still being typed are saved first.
    saveTypedNotes();
    DocumentDialog dialog(purpose, m_documentRequest.report, m_documentRequest.format,
                          m_document->currentMeetingId() != 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_documentRequest = dialog.request();
    return true;
}

ExportRequest MainWindow::documentRequest()
{
    ExportRequest request = m_documentRequest;
    request.report.generated = m_document->today();
    if (request.report.kind == ReportOptions::Kind::Actions)
        return withSummary(request);
    request.meetingId = m_document->currentMeetingId();
    return request;
}

std::optional<ReportDocument> MainWindow::buildDocument()
{
    std::optional<ReportDocument> document;
    QString error;
    if (!m_document->file()->read([&](const Database &db) { document = Exporter::document(db, documentRequest()); },
                                  &error))
        showError(error);
    return document;
}

void MainWindow::exportDocument()
{
    if (askDocumentOptions(DocumentDialog::Purpose::Export))
        exportTo(documentRequest(), tr("Export Document"), DocumentDialog::filter(m_documentRequest.format));
}

std::optional<ReportDocument> MainWindow::prepareToPrint(DocumentDialog::Purpose purpose, QPrinter *printer)
{
    if (!askDocumentOptions(purpose))
        return std::nullopt;
    std::optional<ReportDocument> doc = buildDocument();
    if (doc) {
        printer->setPageSize(QPageSize(m_documentRequest.report.pageSize));
        printer->setDocName(doc->title);
    }
    return doc;
}

void MainWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<ReportDocument> doc = prepareToPrint(DocumentDialog::Purpose::Preview, &printer);
    if (!doc)
        return;
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("Print Preview: %1").arg(doc->title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *target) { ReportPrinter::print(*doc, target); });
    preview.resize(size() * 0.9);
    preview.exec();
}

void MainWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const std::optional<ReportDocument> doc = prepareToPrint(DocumentDialog::Purpose::Print, &printer);
    if (!doc)
        return;
    const bool chosen = m_choosePrinter ? m_choosePrinter(&printer, this) : [&] {
        QPrintDialog dialog(&printer, this);
        return dialog.exec() == QDialog::Accepted;
    }();
    if (!chosen)
        return;
    const int pages = ReportPrinter::print(*doc, &printer);
    if (pages == 0) {
        showError(tr("“%1” could not be printed: the printer could not be started.").arg(doc->title));
        return;
    }
    statusBar()->showMessage(tr("Sent %1 pages to the printer.").arg(pages), 8000);
}

QString MainWindow::backupFolder() const
{
    return m_document->file()->backupFolderFor(QSettings().value(QStringLiteral("backups/folder")).toString());
}

void MainWindow::restoreBackup()
{
    if (!m_document)
        return;
    const QString folder = backupFolder();
    RestoreDialog dialog(m_document->file()->backups(folder), folder, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QFileInfo chosen(dialog.chosen());
    const QString suggested = QFileInfo(m_document->path())
                                  .absoluteDir()
                                  .filePath(tr("%1 (restored).quorum").arg(chosen.completeBaseName()));
    const QString target
        = m_dialogs.saveFile(this, tr("Restore into New File"), tr("Quorum libraries (*.quorum)"), suggested);
    if (target.isEmpty())
        return;
    QString error;
    if (!LibraryFile::restore(chosen.absoluteFilePath(), target, &error)) {
        showError(error);
        return;
    }
    openLibrary(target);
}

void MainWindow::chooseBackupFolder()
{
    if (!m_document)
        return;
    const QString folder = m_dialogs.openFolder(this, tr("Backup Folder"));
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
    m_document->file()->startBackups(backupFolder());
    statusBar()->showMessage(tr("Backups now go to %1.").arg(QDir::toNativeSeparators(backupFolder())), 8000);
}

void MainWindow::openDirectory(Id personId)
{
    if (!m_document)
        return;
    DirectoryDialog dialog(m_document.get(), this);
    if (personId)
        dialog.selectPerson(personId);
    dialog.exec();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (!m_document || !m_tabs)
        return;
    if (hit.kind == SearchHit::Kind::Person) {
        openDirectory(hit.itemId);
        return;
    }
    if (hit.meetingId != m_document->currentMeetingId() && !m_document->setCurrentMeeting(hit.meetingId))
        return;
    switch (hit.kind) {
    case SearchHit::Kind::Meeting: m_tabs->setCurrentWidget(m_pages.at(OverviewPage)); break;
    case SearchHit::Kind::Entry: showEntry(hit.entryId); break;
    case SearchHit::Kind::Action:
        m_tabs->setCurrentWidget(m_pages.at(ActionsPage));
        tab<ActionItemsTab>(ActionsPage)->selectAction(hit.itemId);
        break;
    case SearchHit::Kind::Attachment: m_tabs->setCurrentWidget(m_pages.at(AttachmentsPage)); break;
    case SearchHit::Kind::Decision:
        m_tabs->setCurrentWidget(m_pages.at(ActionsPage));
        tab<ActionItemsTab>(ActionsPage)->selectDecision(hit.itemId);
        break;
    case SearchHit::Kind::Person: break;
    }
}

void MainWindow::openDecisionRegister()
{
    if (!m_document)
        return;
    DecisionRegisterDialog dialog(m_document.get(), this);
    connect(&dialog, &DecisionRegisterDialog::decisionRequested, this, [this, &dialog](Id meetingId, Id decisionId) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Decision;
        hit.itemId = decisionId;
        hit.meetingId = meetingId;
        openSearchHit(hit);
        dialog.accept();
    });
    connect(&dialog, &DecisionRegisterDialog::exportRequested, this, [this](const ExportRequest &request) {
        exportTo(request, tr("Export Decision Register"),
                 request.format == ExportRequest::Format::Csv ? tr("CSV (*.csv)")
                                                              : DocumentDialog::filter(request.format));
    });
    dialog.exec();
}

void MainWindow::checkLibrary()
{
    if (!m_document)
        return;
    const CheckReport report = m_document->file()->check();
    auto *box = new QMessageBox(report.isOk() ? QMessageBox::Information : QMessageBox::Warning, tr("Check Library"),
                                report.isOk() ? tr("No problems found in this library.")
                                              : tr("The check found problems in this library. Nothing was changed."),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("checkReport"));
    const QStringList lines = report.isOk() ? report.notes : report.problems;
    box->setInformativeText(lines.isEmpty() ? QString() : QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    box->setDetailedText(report.toText());
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The search index is made from the records: rebuilding it is a repair, not an edit to undo.
    if (report.searchIndexDamaged && !m_document->isReadOnly()) {
        QPushButton *rebuild = box->addButton(tr("Rebuild Search Index"), QMessageBox::AcceptRole);
        rebuild->setObjectName(QStringLiteral("rebuildSearchIndex"));
        box->setDefaultButton(rebuild);
        connect(rebuild, &QPushButton::clicked, this, [this] {
            if (!m_document || !m_document->file()->rebuildSearchIndex())
                return; // a failed write is said by the document's own signals
            statusBar()->showMessage(tr("The search index was rebuilt."), 8000);
            checkLibrary();
        });
    }
    box->open();
}

QStringList MainWindow::seriesNames(QString *current) const
{
    QStringList names;
    for (const Series &s : m_document->seriesList()) {
        names << s.name;
        if (s.id == m_document->currentMeeting().seriesId)
            *current = s.name;
    }
    return names;
}

void MainWindow::newMeeting()
{
    if (!m_document)
        return;
    QString current;
    const QStringList names = seriesNames(&current);
    NewMeetingDialog dialog(names, current, m_document->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->addMeeting(dialog.meeting(), dialog.seriesName());
}

void MainWindow::newMeetingInSeries()
{
    if (!m_document || m_document->isReadOnly())
        return;
    if (m_document->seriesList().isEmpty()) {
        QMessageBox::information(this, tr("New Meeting in Series"),
                                 tr("The library has no series yet. Give a meeting a series first (Edit › New "
                                    "Meeting… or Move Meeting to Series…)."));
        return;
    }
    NewMeetingInSeriesDialog dialog(m_document.get(), m_document->currentMeeting().seriesId, this);
    // The series' parking lot, to schedule topics not reached in the same step.
    auto *parked = new ParkedTopicsChooser;
    const auto showLot = [&] { parked->setTopics(m_document->parkedTopics(dialog.seriesId(), dialog.startDate())); };
    connect(&dialog, &NewMeetingInSeriesDialog::seriesChanged, parked, showLot);
    showLot();
    dialog.addSection(parked);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->addMeetingFromShape(dialog.shape(), dialog.title(), dialog.seriesId(), dialog.startDate(),
                                    parked->chosen());
}

void MainWindow::showSeries()
{
    if (!m_document)
        return;
    if (m_document->seriesList().isEmpty()) {
        QMessageBox::information(this, tr("Series"), tr("The library has no series yet."));
        return;
    }
    SeriesDialog dialog(m_document.get(), m_document->currentMeeting().seriesId, this);
    dialog.exec();
}

void MainWindow::saveTemplate()
{
    if (!m_document || m_document->isReadOnly() || !m_document->currentMeetingId())
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save as Template"),
                                tr("A name for the shape of “%1” (its days, blocks, recurring entries, breaks and "
                                   "logistics):")
                                    .arg(m_document->currentMeeting().title),
                                QLineEdit::Normal, m_document->currentMeeting().title, &ok);
    if (ok)
        m_document->saveTemplate(name);
}

void MainWindow::newMeetingFromTemplate()
{
    if (!m_document || m_document->isReadOnly())
        return;
    TemplateDialog dialog(m_document.get(), m_document->currentMeeting().seriesId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    m_document->addMeetingFromShape(dialog.chosen()->shape, dialog.title(), dialog.seriesId(), dialog.startDate());
}

// Team libraries on a PostgreSQL server (issue 22).

void MainWindow::openTeamLibraryDialog()
{
    TeamLibraryDialog dialog([this](const QString &address, QString *error) { return openLibrary(address, 0, error); },
                             this);
    dialog.exec();
}

void MainWindow::showLibraryKind()
{
    const bool server = m_document && m_document->file()->isServer();
    const QString why = server ? tr("A team library is backed up on its server by its administrator; "
                                    "`quorum copy` takes a copy of it as a file.")
                               : QString();
    for (const char *name : {"restoreBackupAction", "backupFolderAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            if (server)
                action->setEnabled(false);
            action->setToolTip(why);
        }
    }
}

} // namespace Quorum
