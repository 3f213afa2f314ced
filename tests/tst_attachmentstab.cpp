// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendatab.h"
#include "attachmentopener.h"
#include "attachmentpreview.h"
#include "attachments/attachmentfile.h"
#include "attachmentstab.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "itemmodels/attachmentmodel.h"
#include "mainwindow.h"
#include "meetingdocument.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "thumbnailer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Quorum;
using namespace Quorum::Testing;

class TestAttachmentsTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    SampleDocuments m_samples;
    Id m_seed = 0;
    std::unique_ptr<MeetingDocument> m_doc;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    FileDialogs m_dialogs = FileDialogs::standard();
    AttachmentOpener m_opener;
    std::unique_ptr<AttachmentsTab> m_tab;

    AttachmentModel *model() const { return m_doc->attachments(); }
    int blobs() const
    {
        return queryValue(m_doc->database().connection(), QStringLiteral("SELECT count(*) FROM blob")).toInt();
    }
    int rowOf(const QString &name) const { return rowWithText(model(), name, AttachmentModel::NameColumn); }
    void select(const QString &name)
    {
        auto *table = m_tab->findChild<QTableView *>(QStringLiteral("attachmentTable"));
        table->setCurrentIndex(table->model()->index(rowWithText(table->model(), name), 0));
    }
    QString threePagePdf()
    {
        const QString path = m_files.filePath(QStringLiteral("three pages.pdf"));
        QPdfWriter writer(path);
        QPainter painter(&writer);
        for (int page = 1; page <= 3; ++page) {
            painter.drawText(QPointF(200, 200), QStringLiteral("Page %1").arg(page));
            if (page < 3)
                writer.newPage();
        }
        painter.end();
        return path;
    }

    /** Opens a fresh sample in w at 1400×900 on its seed meeting and shows the Tab; null on failure. */
    template<typename Tab>
    Tab *showWindowOn(MainWindow &w, const QString &fileName)
    {
        Id seed = 0;
        const QString path = writeSample(m_files, fileName, &seed);
        if (!w.openLibrary(path, seed))
            return nullptr;
        w.resize(1400, 900);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return nullptr;
        // Each tab is built the first time it is shown: the tabs are shown in turn until it is there.
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        Tab *tab = nullptr;
        for (int i = 0; !tab && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            tab = tabs->currentWidget()->findChild<Tab *>();
        }
        return tab;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = m_samples.open(&m_seed);
        QVERIFY(m_doc);
        m_tester = watchModel(model());
        m_tab = std::make_unique<AttachmentsTab>(m_doc.get(), &m_dialogs, &m_opener);
        m_tab->resize(1200, 700);
        m_tab->show();
    }

    void cleanup()
    {
        m_tab.reset();
        m_tester.reset();
        m_doc.reset();
    }

    void shouldPreviewPdfsImagesAndShowFactsOfTheRest()
    {
        QCOMPARE(model()->rowCount(), 13);
        select(QStringLiteral("QuietDays.pdf"));
        QCOMPARE(m_tab->preview()->mode(), QStringLiteral("pdf"));
        QCOMPARE(m_tab->preview()->pageCount(), 1);
        select(QStringLiteral("Screenshot 2020-09-17 at 21.19.47.png"));
        QCOMPARE(m_tab->preview()->mode(), QStringLiteral("image"));
        select(QStringLiteral("DMTN-148 Calibration Diagram.graffle"));
        QCOMPARE(m_tab->preview()->mode(), QStringLiteral("facts"));
    }

    void shouldPageThroughAGeneratedPdf()
    {
        QCOMPARE(m_doc->addAttachmentFiles({threePagePdf()}), 1);
        select(QStringLiteral("three pages.pdf"));
        QCOMPARE(m_tab->preview()->mode(), QStringLiteral("pdf"));
        QCOMPARE(m_tab->preview()->pageCount(), 3);
        m_tab->findChild<QSpinBox *>(QStringLiteral("pdfPageSpin"))->setValue(3);
        QCOMPARE(m_tab->preview()->currentPage(), 2);
    }

    void shouldAddOnceRenameDeleteAndUndo()
    {
        const QString file = m_files.filePath(QStringLiteral("minutes.md"));
        QVERIFY(writeFile(file, "# Minutes\n\n- decided\n"));
        const int blobsBefore = blobs();
        QCOMPARE(m_doc->addAttachmentFiles({file}), 1);
        QCOMPARE(m_doc->addAttachmentFiles({file}), 1);
        QCOMPARE(model()->rowCount(), 15);
        QCOMPARE(blobs(), blobsBefore + 1); // the same content is stored once
        select(QStringLiteral("minutes.md"));
        QCOMPARE(m_tab->preview()->mode(), QStringLiteral("text"));

        const int row = rowOf(QStringLiteral("minutes.md"));
        QVERIFY(model()->setData(model()->index(row, AttachmentModel::NameColumn),
                                 QStringLiteral("Minutes 2020-09-15.md")));
        QCOMPARE(rowOf(QStringLiteral("Minutes 2020-09-15.md")), row);
        const Id welcome = entryTitled(m_doc->agendaState().entries, QStringLiteral("Welcome")).id;
        QVERIFY(
            model()->setData(model()->index(row, AttachmentModel::EntryColumn), welcome, AttachmentModel::EntryIdRole));
        QCOMPARE(model()->index(row, AttachmentModel::EntryColumn).data().toString(), QStringLiteral("Welcome"));
        QVERIFY(model()->removeAttachment(row));
        QCOMPARE(model()->rowCount(), 14);
        for (int i = 0; i < 3; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(rowOf(QStringLiteral("minutes.md")), row);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(model()->rowCount(), 13);
    }

    void shouldRefuseATooLargeFileBeforeReadingIt()
    {
        const QString huge = m_files.filePath(QStringLiteral("huge.bin"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(AttachmentFile::MaxBytes + 1)); // sparse: nothing is really written
        }
        QSignalSpy failed(m_doc->file(), &LibraryFile::storageFailed);
        const int blobsBefore = blobs();
        QCOMPARE(m_doc->addAttachmentFiles({huge}), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("huge.bin")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(model()->rowCount(), 13);
        QCOMPARE(blobs(), blobsBefore);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void shouldRenderThumbnailsOffTheGuiThread()
    {
        m_tab->thumbnailer()->waitForAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model()->index(rowOf(QStringLiteral("QuietDays.pdf")), 0).data(Qt::DecorationRole).isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model()
                                      ->index(rowOf(QStringLiteral("Screenshot 2020-09-17 at 21.19.47.png")), 0)
                                      .data(Qt::DecorationRole)
                                      .isNull(),
                                 10000);
        const QIcon pdf
            = model()->index(rowOf(QStringLiteral("QuietDays.pdf")), 0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!pdf.availableSizes().isEmpty());
        QVERIFY(pdf.availableSizes().constFirst().width() <= Thumbnailer::Size);
        QVERIFY(model()
                    ->index(rowOf(QStringLiteral("DMTN-148 Calibration Diagram.graffle")), 0)
                    .data(Qt::DecorationRole)
                    .isNull());
    }

    void shouldAddFilesDroppedOnTheTab()
    {
        const QString file = m_files.filePath(QStringLiteral("dropped.txt"));
        QVERIFY(writeFile(file, "dropped from the file manager"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_tab.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_tab.get(), &drop);
        QCOMPARE(rowOf(QStringLiteral("dropped.txt")), 13);
    }

    void shouldOpenAPrivateCopy()
    {
        QUrl launched;
        const auto previous = AttachmentOpener::launcher();
        AttachmentOpener::launcher() = [&](const QUrl &url) {
            launched = url;
            return true;
        };
        select(QStringLiteral("NCSA next 3 months .pptx"));
        m_tab->findChild<QPushButton *>(QStringLiteral("openAttachmentButton"))->click();
        AttachmentOpener::launcher() = previous;
        QVERIFY(launched.isLocalFile());
        const QFileInfo copy(launched.toLocalFile());
        QCOMPARE(copy.fileName(), QStringLiteral("NCSA next 3 months .pptx"));
        QCOMPARE(copy.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QCOMPARE(fileSha256(copy.filePath()),
                 model()->rows().at(rowOf(QStringLiteral("NCSA next 3 months .pptx"))).attachment.sha256);
    }

    void shouldShowTheListReadablyBesideThePreviewInA1400By900Window()
    {
        // GIVEN the window at 1400×900 on the Attachments tab, a PDF in the preview
        MainWindow w;
        auto *tab = showWindowOn<AttachmentsTab>(w, QStringLiteral("window.quorum"));
        QVERIFY(tab);
        auto *table = tab->findChild<QTableView *>(QStringLiteral("attachmentTable"));
        table->setCurrentIndex(table->model()->index(1, 0));
        QCOMPARE(tab->preview()->mode(), QStringLiteral("pdf"));
        QApplication::processEvents();
        // THEN the list needs no scrolling sideways, and each of its columns is wide enough to read
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        const QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sectionPosition(AttachmentModel::EntryColumn)
                     + header->sectionSize(AttachmentModel::EntryColumn),
                 table->viewport()->width());
        QVERIFY2(table->columnWidth(AttachmentModel::NameColumn) >= 240,
                 qPrintable(QString::number(table->columnWidth(AttachmentModel::NameColumn))));
        for (int column : {AttachmentModel::SizeColumn, AttachmentModel::ModifiedColumn}) {
            QVERIFY(!table->isColumnHidden(column));
            QVERIFY(table->columnWidth(column) >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column));
        }
        QVERIFY(table->columnWidth(AttachmentModel::UploaderColumn)
                > table->fontMetrics().horizontalAdvance(QStringLiteral("John Swinbank")));
        QVERIFY(table->columnWidth(AttachmentModel::EntryColumn)
                > table->fontMetrics().horizontalAdvance(QStringLiteral("Team status")));
        QVERIFY2(tab->preview()->width() >= 300, qPrintable(QString::number(tab->preview()->width())));
        // AND the type and description are columns to show from the header's menu
        QVERIFY(table->isColumnHidden(AttachmentModel::TypeColumn));
        QVERIFY(table->isColumnHidden(AttachmentModel::DescriptionColumn));
        auto *showType
            = header->findChild<QAction *>(QStringLiteral("showAttachmentColumn%1").arg(AttachmentModel::TypeColumn));
        QVERIFY(header->actions().contains(showType));
        showType->trigger();
        QVERIFY(!table->isColumnHidden(AttachmentModel::TypeColumn));
        QApplication::processEvents();
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        showType->trigger();
        QVERIFY(table->isColumnHidden(AttachmentModel::TypeColumn));
    }

    void shouldTellFilesWithACommonStartApartInTheGrid()
    {
        auto *grid = m_tab->findChild<QListView *>(QStringLiteral("attachmentGrid"));
        const int margin = grid->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
        QStyleOptionViewItem option;
        option.decorationSize = grid->iconSize();
        option.fontMetrics = grid->fontMetrics();
        option.widget = grid;
        const QSize cell = grid->itemDelegate()->sizeHint(option, grid->model()->index(0, 0));
        QVERIFY(cell.width() <= grid->gridSize().width());
        const int width = cell.width() - 2 * margin;
        // The grid's cells have room for the picture and two lines.
        QVERIFY(grid->gridSize().height() >= Thumbnailer::Size + 2 * grid->fontMetrics().lineSpacing());
        QStringList shown;
        for (const QString &name : {QStringLiteral("DMTN-148 Calibration Diagram.graffle"),
                                    QStringLiteral("DMTN-148 Calibration Diagram Hand-Edited.pdf"),
                                    QStringLiteral("DMTN-148 Calibration Diagram External.pdf"),
                                    QStringLiteral("DMTN-148 Calibration Diagram Standard.pdf")}) {
            const QStringList lines = AttachmentsTab::gridNameLines(name, grid->font(), width);
            QCOMPARE(lines.size(), 2);
            for (const QString &line : lines)
                QVERIFY2(grid->fontMetrics().horizontalAdvance(line) <= width, qPrintable(line));
            // The ending, which tells them apart, is kept.
            QVERIFY2(name.endsWith(lines.constLast().right(6)), qPrintable(lines.join(QLatin1Char('|'))));
            shown << lines.join(QLatin1Char(' '));
        }
        shown.removeDuplicates();
        QCOMPARE(shown.size(), 4);
        // A long name of one word is cut in the middle of its second line, a short one is one line.
        const QString longName = QStringLiteral("DMLT-vF2F-092020-DMScience-StatusandPlans-final-final-v3.pdf");
        const QStringList lines = AttachmentsTab::gridNameLines(longName, grid->font(), width);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.constLast().contains(QChar(0x2026)) && lines.constLast().endsWith(QStringLiteral(".pdf")),
                 qPrintable(lines.constLast()));
        QCOMPARE(AttachmentsTab::gridNameLines(QStringLiteral("QuietDays.pdf"), grid->font(), width),
                 QStringList{QStringLiteral("QuietDays.pdf")});
        QCOMPARE(AttachmentsTab::gridNameLines(QString(), grid->font(), width), QStringList());
    }

    void shouldShowDescriptionsUnderTheNameAndEditThemInThePreview()
    {
        auto *table = m_tab->findChild<QTableView *>(QStringLiteral("attachmentTable"));
        const auto tableRow = [&](const QString &name) { return rowWithText(table->model(), name); };
        const QString described = QStringLiteral("DMLT-vF2F-092020-DMScience-StatusandPlans.pdf");
        const QString quiet = QStringLiteral("QuietDays.pdf");
        // GIVEN one file with a description: its row is a line higher, and the model shows it
        QCOMPARE(model()->index(rowOf(described), AttachmentModel::DescriptionColumn).data().toString(),
                 QStringLiteral("DM Science F20A Status and F20B Plans"));
        const int plain = table->rowHeight(tableRow(quiet));
        QVERIFY(table->rowHeight(tableRow(described)) >= plain + table->fontMetrics().lineSpacing());
        // WHEN another is selected THEN the preview offers its (empty) description for editing
        select(quiet);
        auto *edit = m_tab->findChild<QLineEdit *>(QStringLiteral("attachmentDescriptionEdit"));
        QVERIFY(edit->isVisible());
        QCOMPARE(edit->text(), QString());
        // WHEN blanks are typed THEN nothing is stored
        const int steps = m_doc->undoStack()->count();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("   "));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        // WHEN a description is typed THEN it is stored as one step, and shown under the name
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("The quiet days plan"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Describe “QuietDays.pdf”"));
        QCOMPARE(queryValue(m_doc->database().connection(),
                            QStringLiteral("SELECT description FROM attachment WHERE file_name = ?"), {quiet})
                     .toString(),
                 QStringLiteral("The quiet days plan"));
        QVERIFY(table->rowHeight(tableRow(quiet)) > plain);
        // WHEN undone THEN it is gone from the file and the preview
        table->setFocus();
        m_doc->undoStack()->undo();
        QCOMPARE(queryValue(m_doc->database().connection(),
                            QStringLiteral("SELECT description FROM attachment WHERE file_name = ?"), {quiet})
                     .toString(),
                 QString());
        QCOMPARE(edit->text(), QString());
        // AND the description is one of the table's columns, editable there too
        const QModelIndex cell = model()->index(rowOf(described), AttachmentModel::DescriptionColumn);
        QVERIFY(cell.flags() & Qt::ItemIsEditable);
        QVERIFY(model()->setData(cell, QStringLiteral("  Status and plans  ")));
        QCOMPARE(cell.data().toString(), QStringLiteral("Status and plans"));
    }

    void shouldListEveryFileOfAnEntryInTheAgendaDetail()
    {
        // GIVEN the window at 1400×900 on the Agenda tab
        MainWindow w;
        auto *agenda = showWindowOn<AgendaTab>(w, QStringLiteral("agenda.quorum"));
        QVERIFY(agenda);
        auto *files = agenda->findChild<QLabel *>(QStringLiteral("entryAttachments"));
        const auto filesOf = [&](const QString &name) {
            const Id entry = w.document()->attachments()->rows().at(rowOf(name)).attachment.entryId;
            agenda->selectEntry(entry);
            QApplication::processEvents();
            return files->text();
        };
        // WHEN the entry with four files is selected
        const QString text = filesOf(QStringLiteral("DMTN-148 Calibration Diagram.graffle"));
        // THEN all four are listed, one a line, and the label has the room for them
        for (const QString &name : {QStringLiteral("DMTN-148 Calibration Diagram.graffle"),
                                    QStringLiteral("DMTN-148 Calibration Diagram Hand-Edited.pdf"),
                                    QStringLiteral("DMTN-148 Calibration Diagram External.pdf"),
                                    QStringLiteral("DMTN-148 Calibration Diagram Standard.pdf")})
            QVERIFY2(text.contains(name), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("<br>")), 3);
        QVERIFY2(files->height() >= files->heightForWidth(files->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(files->height()).arg(files->heightForWidth(files->width()))));
        QVERIFY(files->height() >= 4 * files->fontMetrics().lineSpacing());
        QVERIFY(files->geometry().bottom() <= files->parentWidget()->rect().bottom());
        // AND a file's description is shown beside its name
        QVERIFY(filesOf(QStringLiteral("DMLT-vF2F-092020-DMScience-StatusandPlans.pdf"))
                    .contains(QStringLiteral("DM Science F20A Status and F20B Plans")));
    }
};

QTEST_MAIN(TestAttachmentsTab)
#include "tst_attachmentstab.moc"
