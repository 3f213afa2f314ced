// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the start-up benchmark (issue 18): a bare Qt Widgets program with Quorum's window
// skeleton and no data read. The same menus with plain actions, a sidebar tree of one series
// holding N meetings (argv[1], default 520), seven empty tabs, the same size. With
// QUORUM_BENCH_FIRST_PAINT set it says "first-paint NS" after its first paint and exits, as
// Quorum does, with the same probe (views/firstpaintprobe.cpp, built in); it links nothing else of Quorum's.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QDate>
#include <QKeySequence>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

void addMenu(QMenuBar *bar, const QString &title, int actions)
{
    QMenu *menu = bar->addMenu(title);
    for (int i = 0; i < actions; ++i) {
        QAction *a = menu->addAction(QStringLiteral("Action %1…").arg(i + 1));
        if (i < 9)
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+%1").arg(i + 1)));
        if (i % 5 == 4)
            menu->addSeparator();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int meetings = argc > 1 ? std::atoi(argv[1]) : 520;

    QMainWindow window;
    QMenuBar *bar = window.menuBar();
    addMenu(bar, QStringLiteral("&File"), 17);
    addMenu(bar, QStringLiteral("&Edit"), 9);
    addMenu(bar, QStringLiteral("&Run"), 8);
    addMenu(bar, QStringLiteral("&View"), 13);

    auto *model = new QStandardItemModel(&window);
    auto *series = new QStandardItem(QStringLiteral("Weekly team meeting"));
    const QDate first(2016, 1, 5);
    for (int i = 0; i < meetings; ++i)
        series->appendRow(new QStandardItem(
            QStringLiteral("%1  Weekly team meeting %2").arg(first.addDays(7 * i).toString(Qt::ISODate)).arg(i + 1)));
    model->appendRow(series);

    auto *sidebar = new QWidget;
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Search meetings (Ctrl+F)"));
    search->setClearButtonEnabled(true);
    sideLayout->addWidget(search);
    auto *tree = new QTreeView;
    tree->setHeaderHidden(true);
    tree->setUniformRowHeights(true);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->setModel(model);
    tree->expandAll();
    tree->setCurrentIndex(model->index(meetings - 1, 0, series->index()));
    sideLayout->addWidget(tree);

    auto *host = new QWidget;
    auto *hostLayout = new QVBoxLayout(host);
    hostLayout->setContentsMargins(0, 6, 6, 6);
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    for (const char *title :
         {"Overview", "Agenda", "Running Notes", "Participants", "Action Items", "Attachments", "Planning"})
        tabs->addTab(new QWidget, QString::fromLatin1(title));
    hostLayout->addWidget(tabs);

    auto *splitter = new QSplitter;
    splitter->addWidget(sidebar);
    splitter->addWidget(host);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 1070});
    window.setCentralWidget(splitter);
    window.statusBar();
    window.setWindowTitle(QStringLiteral("Weekly team meeting — ten.quorum — Quorum"));
    window.resize(1400, 900);
    window.show();
    Quorum::installFirstPaintProbe(&window);
    return app.exec();
}
