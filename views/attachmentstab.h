// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFont;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTableView;

namespace Quorum {

class Database;

class AttachmentFilterProxy;
class AttachmentOpener;
class AttachmentPreview;
class MeetingDocument;
class Thumbnailer;
struct FileDialogs;

/**
 * The attachment browser: the meeting's files as a list or a grid of thumbnails, with a
 * preview; add (a file dialog, or files dropped here), rename, move to an entry, replace,
 * delete, and save them out.
 */
class AttachmentsTab : public QWidget
{
    Q_OBJECT

public:
    /** dialogs is the window's (it may be replaced while the tab lives). */
    AttachmentsTab(MeetingDocument *document, const FileDialogs *dialogs, AttachmentOpener *opener,
                   QWidget *parent = nullptr);
    ~AttachmentsTab() override;

    AttachmentPreview *preview() const { return m_preview; }

    /**
     * A file's name as the grid shows it under the picture, in at most two lines of width:
     * the first as far as it wraps, the rest cut in the middle when it does not fit.
     */
    static QStringList gridNameLines(const QString &name, const QFont &font, int width);
    Thumbnailer *thumbnailer() const { return m_thumbnailer; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void failed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addFiles();
    void replaceSelected();
    void saveSelected();
    void saveAll();
    void saveZip();
    /** Writes a file the user chose (write() fills a fresh file), replacing the old one only once done. */
    /** Writes the chosen file through write (given the library and a temporary name), replacing path only once it is whole. */
    void writeChosenFile(const QString &path, const std::function<void(const Database &, const QString &)> &write);
    void showCurrent();
    void requestThumbnails();
    int currentSourceRow() const;

    MeetingDocument *m_document;
    const FileDialogs *m_dialogs;
    QLineEdit *m_filter;
    QComboBox *m_type;
    QStackedWidget *m_views;
    QTableView *m_table;
    QListView *m_grid;
    AttachmentFilterProxy *m_proxy;
    AttachmentPreview *m_preview;
    Thumbnailer *m_thumbnailer;
};

} // namespace Quorum
