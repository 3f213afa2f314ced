// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentpreview.h"

#include "attachmentopener.h"
#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "notesview.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Quorum {

AttachmentPreview::AttachmentPreview(MeetingDocument *document, AttachmentOpener *opener, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_opener(opener)
    , m_title(new QLabel)
    , m_description(new QLineEdit)
    , m_stack(new QStackedWidget)
    , m_pdf(new QPdfDocument(this))
    , m_pdfView(new QPdfView)
    , m_page(new QSpinBox)
    , m_pages(new QLabel)
    , m_zoom(new QComboBox)
    , m_pdfPage(new QWidget)
    , m_image(new QLabel)
    , m_text(new NotesView)
    , m_facts(new QLabel)
    , m_empty(new QLabel(tr("Select an attachment to see it here.")))
{
    setObjectName(QStringLiteral("attachmentPreview"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description->setObjectName(QStringLiteral("attachmentDescriptionEdit"));
    m_description->setAccessibleName(tr("Attachment description"));
    m_description->setPlaceholderText(tr("Add a description: what the file is, which version"));
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        AttachmentModel *model = m_document->attachments();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (m_attachment.id && model->rows().at(row).attachment.id == m_attachment.id)
                model->setData(model->index(row, AttachmentModel::DescriptionColumn), m_description->text());
        }
    });
    auto *open = new QPushButton(tr("&Open With…"));
    open->setObjectName(QStringLiteral("openAttachmentButton"));
    for (QObject *o : {static_cast<QObject *>(open), static_cast<QObject *>(m_page), static_cast<QObject *>(m_zoom)})
        markAsViewControl(o);
    open->setToolTip(tr("Open a private copy with the desktop's application for this type"));
    connect(open, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_attachment.id && m_opener->open(*m_document, m_attachment, &error).isEmpty())
            Q_EMIT failed(error);
    });

    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_page->setObjectName(QStringLiteral("pdfPageSpin"));
    m_page->setMinimum(1);
    m_zoom->setObjectName(QStringLiteral("pdfZoomCombo"));
    m_zoom->addItem(tr("Whole page"), 0.0);
    m_zoom->addItem(tr("Page width"), -1.0);
    for (int percent : {50, 75, 100, 150, 200})
        m_zoom->addItem(tr("%1%").arg(percent), percent / 100.0);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        m_pdfView->pageNavigator()->jump(page - 1, QPointF(), m_pdfView->pageNavigator()->currentZoom());
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        const double zoom = m_zoom->currentData().toDouble();
        if (zoom == 0.0) {
            m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
        } else if (zoom < 0) {
            m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        } else {
            m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
            m_pdfView->setZoomFactor(zoom);
        }
    });
    auto *pdfBar = new QHBoxLayout;
    auto *pageLabel = new QLabel(tr("&Page:"));
    pageLabel->setBuddy(m_page);
    pdfBar->addWidget(pageLabel);
    pdfBar->addWidget(m_page);
    pdfBar->addWidget(m_pages);
    pdfBar->addStretch();
    pdfBar->addWidget(m_zoom);
    auto *pdfLayout = new QVBoxLayout(m_pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    pdfLayout->addLayout(pdfBar);
    pdfLayout->addWidget(m_pdfView);

    m_image->setObjectName(QStringLiteral("imagePreview"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(1, 1);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_facts->setObjectName(QStringLiteral("attachmentFacts"));
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    for (QWidget *w : {m_empty, m_pdfPage, static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_facts)})
        m_stack->addWidget(w);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_stack, 1);
    clear();
}

QString AttachmentPreview::mode() const
{
    const QWidget *w = m_stack->currentWidget();
    return w == m_pdfPage ? QStringLiteral("pdf")
           : w == m_image ? QStringLiteral("image")
           : w == m_text  ? QStringLiteral("text")
           : w == m_facts ? QStringLiteral("facts")
                          : QStringLiteral("none");
}

int AttachmentPreview::pageCount() const
{
    return m_pdf->pageCount();
}

int AttachmentPreview::currentPage() const
{
    return m_pdfView->pageNavigator()->currentPage();
}

void AttachmentPreview::clear()
{
    m_attachment = Attachment();
    m_title->clear();
    m_description->clear();
    m_pdf->close();
    m_stack->setCurrentWidget(m_empty);
    setEnabled(false);
}

void AttachmentPreview::showAttachment(const Attachment &attachment)
{
    setEnabled(true);
    // What is being typed about this file stays while other changes come in.
    if (attachment.id != m_attachment.id || !m_description->hasFocus())
        m_description->setText(attachment.description);
    m_attachment = attachment;
    m_title->setText(attachment.fileName);
    m_pdf->close();
    const QMimeType type = QMimeDatabase().mimeTypeForName(attachment.mimeType);
    if (type.inherits(QStringLiteral("application/pdf"))) {
        QString error;
        const QString copy = m_opener->privateCopy(*m_document, attachment, &error);
        if (!copy.isEmpty() && m_pdf->load(copy) == QPdfDocument::Error::None && m_pdf->pageCount() > 0) {
            m_page->setMaximum(m_pdf->pageCount());
            m_page->setValue(1);
            m_pages->setText(tr("of %1").arg(m_pdf->pageCount()));
            m_stack->setCurrentWidget(m_pdfPage);
            return;
        }
    } else if (type.name().startsWith(QLatin1String("image/"))) {
        m_picture = QImage::fromData(m_document->attachmentContent(attachment.sha256));
        if (!m_picture.isNull()) {
            m_stack->setCurrentWidget(m_image);
            showImage();
            return;
        }
    } else if (type.inherits(QStringLiteral("text/plain"))) {
        const QString text = QString::fromUtf8(m_document->attachmentContent(attachment.sha256));
        if (type.inherits(QStringLiteral("text/markdown")) || attachment.fileName.endsWith(QLatin1String(".md")))
            m_text->setMarkdown(text);
        else
            m_text->setPlainText(text);
        m_stack->setCurrentWidget(m_text);
        return;
    }
    // Anything else, or a file that does not read as its type: its facts.
    const QLocale locale;
    m_facts->setText(tr("Type: %1\nSize: %2\nModified: %3\nsha256: %4\n\nThere is no preview for this type; "
                        "“Open With…” opens a private copy.")
                         .arg(type.comment().isEmpty() ? attachment.mimeType : type.comment(),
                              locale.formattedDataSize(attachment.size),
                              locale.toString(attachment.modifiedAt.toLocalTime(), QLocale::ShortFormat),
                              attachment.sha256));
    m_stack->setCurrentWidget(m_facts);
}

void AttachmentPreview::showImage()
{
    if (m_picture.isNull())
        return;
    const QSize area = m_image->size();
    QPixmap pixmap = QPixmap::fromImage(m_picture);
    // Scaled to fit, never up: a small picture stays sharp.
    if (pixmap.width() > area.width() || pixmap.height() > area.height())
        pixmap = pixmap.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_image->setPixmap(pixmap);
}

void AttachmentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (mode() == QLatin1String("image"))
        showImage();
}

} // namespace Quorum
