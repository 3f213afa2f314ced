// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/attachment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QSpinBox;
class QStackedWidget;

namespace Quorum {

class AttachmentOpener;
class MeetingDocument;
class NotesView;

/**
 * Shows an attachment: its name and description (edited here), PDF pages (with page and zoom),
 * images fitted, text and Markdown rendered, else its facts.
 */
class AttachmentPreview : public QWidget
{
    Q_OBJECT

public:
    AttachmentPreview(MeetingDocument *document, AttachmentOpener *opener, QWidget *parent = nullptr);

    void showAttachment(const Attachment &attachment);
    void clear();

    /** What is shown: "pdf", "image", "text", "facts" or "none". */
    QString mode() const;
    int pageCount() const;
    int currentPage() const;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage();

    MeetingDocument *m_document;
    AttachmentOpener *m_opener;
    Attachment m_attachment;
    QLabel *m_title;
    QLineEdit *m_description;
    QStackedWidget *m_stack;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView;
    QSpinBox *m_page;
    QLabel *m_pages;
    QComboBox *m_zoom;
    QWidget *m_pdfPage;
    QLabel *m_image;
    QImage m_picture;
    NotesView *m_text;
    QLabel *m_facts;
    QWidget *m_empty;
};

} // namespace Quorum
