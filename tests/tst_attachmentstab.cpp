// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentopener.h"
#include "attachmentpreview.h"
#include "attachments/attachmentfile.h"
#include "attachmentstab.h"
#include "filedialogs.h"
#include "fixtures.h"
#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "thumbnailer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QIcon>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
};

QTEST_MAIN(TestAttachmentsTab)
#include "tst_attachmentstab.moc"
