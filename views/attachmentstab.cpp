// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstab.h"

#include "attachmentpreview.h"
#include "attachments/attachmentwriter.h"
#include "attachments/safefilename.h"
#include "editordelegate.h"
#include "filedialogs.h"
#include "i18n/localeformat.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/attachmentmodel.h"
#include "meetingdocument.h"
#include "thumbnailer.h"
#include "viewsetup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum {

/** Text over every column, and a kind of file. */
class AttachmentFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(const QString &kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString mime = sourceModel()->index(row, 0, parent).data(AttachmentModel::MimeTypeRole).toString();
        const bool pdf = mime == QLatin1String("application/pdf");
        const bool image = mime.startsWith(QLatin1String("image/"));
        const bool document = mime.startsWith(QLatin1String("text/")) || mime.contains(QLatin1String("officedocument"))
                              || mime.contains(QLatin1String("opendocument"));
        if ((m_kind == QLatin1String("pdf") && !pdf) || (m_kind == QLatin1String("image") && !image)
            || (m_kind == QLatin1String("document") && !document)
            || (m_kind == QLatin1String("other") && (pdf || image || document)))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_kind;
};

namespace {

/** The agenda entry an attachment belongs to, picked from the meeting's entries. */
class EntryDelegate : public EditorDelegate
{
public:
    EntryDelegate(MeetingDocument *document, QObject *parent)
        : EditorDelegate(parent)
        , m_document(document)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != AttachmentModel::EntryColumn)
            return EditorDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItem(QCoreApplication::translate("Quorum::AttachmentsTab", "(the whole meeting)"), Id(0));
        const AgendaState agenda = m_document->agendaState();
        for (const MeetingDay &d : agenda.days) {
            for (Id id : agenda.timeline(d.id)) {
                const AgendaEntry *e = agenda.entry(id);
                if (e->kind == AgendaEntry::Kind::Topic)
                    combo->addItem(
                        QStringLiteral("%1 %2 %3")
                            .arg(d.date.toString(QStringLiteral("MM-dd")), LocaleFormat::time(e->startTime), e->title),
                        e->id);
            }
        }
        return combo;
    }

    // A file with a description shows it on a second line under its name, in the text's quieter colour.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString description = descriptionOf(index);
        if (description.isEmpty()) {
            EditorDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *view = opt.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        // Inset as the style insets a cell's text, so both lines line up with the other rows' names.
        const int inset = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view).adjusted(inset, 0, -inset, 0);
        const QString name = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, view);
        const int line = opt.fontMetrics.lineSpacing();
        const int top = text.top() + (text.height() - 2 * line) / 2;
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(text.left(), top, text.width(), line), int(opt.displayAlignment),
                          opt.fontMetrics.elidedText(name, Qt::ElideMiddle, text.width()));
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), top + line, text.width(), line), int(opt.displayAlignment),
                          opt.fontMetrics.elidedText(description, Qt::ElideRight, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = EditorDelegate::sizeHint(option, index);
        // As high as the other tables' rows (setUpTable), and a line more for a description.
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        if (!descriptionOf(index).isEmpty())
            size.rheight() += option.fontMetrics.lineSpacing();
        return size;
    }

protected:
    // The list shows names; thumbnails are for the grid.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        EditorDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon();
        // Files often share a long start: their names are cut in the middle, people's at the end.
        if (index.column() == AttachmentModel::NameColumn)
            option->textElideMode = Qt::ElideMiddle;
    }

    // The entry column writes the entry's id.
    int comboRole(const QModelIndex &) const override { return AttachmentModel::EntryIdRole; }

private:
    static QString descriptionOf(const QModelIndex &index)
    {
        if (index.column() != AttachmentModel::NameColumn)
            return QString();
        return index.siblingAtColumn(AttachmentModel::DescriptionColumn).data().toString();
    }

    MeetingDocument *m_document;
};

/** Thumbnails in the grid (the style's file icon where there is none), the name in two lines under each. */
class GridDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *view = opt.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        const bool selected = opt.state & QStyle::State_Selected;
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, view);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 2;
        const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
        const QSize icon = opt.decorationSize;
        const QRect iconRect(area.left() + (area.width() - icon.width()) / 2, area.top(), icon.width(), icon.height());
        opt.icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        const int line = opt.fontMetrics.lineSpacing();
        const QStringList lines = AttachmentsTab::gridNameLines(opt.text, opt.font, area.width());
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        int y = iconRect.bottom() + 1 + margin;
        for (const QString &text : lines) {
            painter->drawText(QRect(area.left(), y, area.width(), line), Qt::AlignHCenter | Qt::AlignTop, text);
            y += line;
        }
        painter->restore();
        if (opt.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(opt);
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, view);
        }
    }

    /** The picture and two lines under it, as wide as the grid's cell leaves. */
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QWidget *view = option.widget;
        const int margin
            = (view ? view->style() : QApplication::style())->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
        return QSize(option.decorationSize.width() + 72,
                     option.decorationSize.height() + 2 * option.fontMetrics.lineSpacing() + 3 * margin);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->icon.isNull()) {
            const QWidget *view = option->widget;
            option->icon = (view ? view->style() : QApplication::style())->standardIcon(QStyle::SP_FileIcon);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

AttachmentsTab::AttachmentsTab(MeetingDocument *document, const FileDialogs *dialogs, AttachmentOpener *opener,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_filter(new QLineEdit)
    , m_type(new QComboBox)
    , m_views(new QStackedWidget)
    , m_table(new QTableView)
    , m_grid(new QListView)
    , m_proxy(new AttachmentFilterProxy(this))
    , m_preview(new AttachmentPreview(document, opener))
    , m_thumbnailer(new Thumbnailer(this))
{
    setAcceptDrops(true);
    m_filter->setObjectName(QStringLiteral("attachmentFilter"));
    m_filter->setAccessibleName(tr("Filter attachments"));
    m_filter->setPlaceholderText(tr("Filter by name, description, uploader, agenda entry…"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter);
    m_type->setObjectName(QStringLiteral("attachmentTypeCombo"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_type->addItem(tr("Images"), QStringLiteral("image"));
    m_type->addItem(tr("Documents"), QStringLiteral("document"));
    m_type->addItem(tr("Other"), QStringLiteral("other"));
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_table->setAccessibleName(tr("Attachments"));
    m_grid->setObjectName(QStringLiteral("attachmentGrid"));

    // One proxy, which also filters by kind, for the table and the grid.
    setUpTable(m_table, document->attachments(), AttachmentModel::SortRole, m_proxy);
    m_table->setItemDelegate(new EntryDelegate(document, m_table));
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setIconSize(QSize(20, 20));
    // Beside the preview the list fits without scrolling sideways: the name takes what the other
    // columns leave and is cut in the middle (files often share a long start), the rest fit
    // their contents. The type (the name's ending says it) and the description (shown under
    // the name) are columns to show from the header's menu.
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    header->setSectionResizeMode(AttachmentModel::NameColumn, QHeaderView::Stretch);
    for (int column : {AttachmentModel::SizeColumn, AttachmentModel::ModifiedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(AttachmentModel::UploaderColumn, m_table->fontMetrics().averageCharWidth() * 18);
    m_table->setColumnWidth(AttachmentModel::TypeColumn, m_table->fontMetrics().horizontalAdvance(tr("PDF document"))
                                                             + 2 * m_table->fontMetrics().averageCharWidth());
    m_table->setColumnWidth(AttachmentModel::EntryColumn, m_table->fontMetrics().averageCharWidth() * 20);
    m_table->setColumnWidth(AttachmentModel::DescriptionColumn, m_table->fontMetrics().averageCharWidth() * 30);
    m_table->setColumnHidden(AttachmentModel::TypeColumn, true);
    m_table->setColumnHidden(AttachmentModel::DescriptionColumn, true);
    // Rows with a description are two lines high.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = AttachmentModel::TypeColumn; column <= AttachmentModel::DescriptionColumn; ++column) {
        auto *show = new QAction(document->attachments()->headerData(column, Qt::Horizontal).toString(), header);
        show->setObjectName(QStringLiteral("showAttachmentColumn%1").arg(column));
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(column));
        markAsViewControl(show);
        connect(show, &QAction::toggled, this, [this, column](bool on) { m_table->setColumnHidden(column, !on); });
        header->addAction(show);
    }
    header->setToolTip(tr("Right-click to choose the columns"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->setModel(m_proxy);
    m_grid->setItemDelegate(new GridDelegate(m_grid));
    m_grid->setSelectionModel(m_table->selectionModel());
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(Thumbnailer::Size, Thumbnailer::Size));
    // Two lines of name under each picture, cut in the middle: "DMTN-148 Calibration Diagram
    // Hand-Edited.pdf" and "… External.pdf" stay apart.
    const int nameLines = 2 * m_grid->fontMetrics().lineSpacing();
    m_grid->setGridSize(QSize(Thumbnailer::Size + 80, Thumbnailer::Size + nameLines + 24));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWordWrap(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setMovement(QListView::Static);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_views->addWidget(m_table);
    m_views->addWidget(m_grid);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_type->currentData().toString()); });

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto whole = Qt::WidgetWithChildrenShortcut;
    QAction *add
        = makeAction(this, tr("Add Files…"), QKeySequence(Qt::Key_Insert), QStringLiteral("addAttachmentAction"), whole,
                     tr("Keep files in the library (or drop them here)"));
    QAction *replace
        = makeAction(this, tr("Replace…"), QKeySequence(tr("Ctrl+Shift+U")), QStringLiteral("replaceAttachmentAction"),
                     whole, tr("Replace the selected attachment with a new version"));
    QAction *remove = makeAction(m_table, tr("Delete"), QKeySequence::Delete, QStringLiteral("deleteAttachmentAction"),
                                 Qt::WidgetShortcut, tr("Delete the selected attachment (undo brings it back)"));
    m_grid->addAction(remove);
    QAction *save = makeAction(this, tr("Save…"), QKeySequence::Save, QStringLiteral("saveAttachmentAction"), whole,
                               tr("Save the selected attachment as a file"));
    QAction *all = makeAction(this, tr("Save All…"), QKeySequence(tr("Ctrl+Shift+S")),
                              QStringLiteral("saveAllAttachmentsAction"), whole,
                              tr("Save every attachment of the meeting into a folder"));
    QAction *zip
        = makeAction(this, tr("Save All as ZIP…"), QKeySequence(tr("Ctrl+Alt+S")), QStringLiteral("saveZipAction"),
                     whole, tr("Save every attachment of the meeting as one ZIP file"));
    for (QObject *o : {static_cast<QObject *>(m_filter), static_cast<QObject *>(m_type), static_cast<QObject *>(save),
                       static_cast<QObject *>(all), static_cast<QObject *>(zip)})
        markAsViewControl(o);
    QAction *grid
        = makeAction(this, tr("Thumbnails"), QKeySequence(tr("Ctrl+Shift+T")), QStringLiteral("thumbnailViewAction"),
                     whole, tr("Show the attachments as a grid of thumbnails"));
    markAsViewControl(grid);
    grid->setCheckable(true);
    connect(add, &QAction::triggered, this, &AttachmentsTab::addFiles);
    connect(replace, &QAction::triggered, this, &AttachmentsTab::replaceSelected);
    connect(remove, &QAction::triggered, this,
            [this] { m_document->attachments()->removeAttachment(currentSourceRow()); });
    connect(save, &QAction::triggered, this, &AttachmentsTab::saveSelected);
    connect(all, &QAction::triggered, this, &AttachmentsTab::saveAll);
    connect(zip, &QAction::triggered, this, &AttachmentsTab::saveZip);
    connect(grid, &QAction::toggled, this,
            [this](bool on) { m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_grid) : m_table); });
    for (QAction *a : {add, replace, remove})
        toolBar->addAction(a);
    toolBar->addSeparator();
    for (QAction *a : {save, all, zip})
        toolBar->addAction(a);
    toolBar->addSeparator();
    toolBar->addAction(grid);
    for (QAction *a : {replace, save})
        m_table->addAction(a), m_grid->addAction(a);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_type);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_views);
    // The list first: at 1400 pixels across it shows every column readably; the preview takes the rest.
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("attachmentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 350});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);

    connect(m_preview, &AttachmentPreview::failed, this, &AttachmentsTab::failed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttachmentsTab::showCurrent);
    // New files get their pictures; the preview follows what the current row shows.
    connect(document->attachments(), &QAbstractItemModel::modelReset, this, &AttachmentsTab::requestThumbnails);
    connect(document->attachments(), &QAbstractItemModel::rowsInserted, this, &AttachmentsTab::requestThumbnails);
    onAnyChange(document->attachments(), this, [this] { showCurrent(); });
    connect(m_thumbnailer, &Thumbnailer::ready, document->attachments(), &AttachmentModel::setThumbnail);
    requestThumbnails();
    showCurrent();
}

QStringList AttachmentsTab::gridNameLines(const QString &name, const QFont &font, int width)
{
    // The first line breaks where the name would wrap; what does not fit on the second is cut in
    // its middle, so that the ending that tells files apart stays.
    if (name.isEmpty())
        return {};
    QTextLayout layout(name, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return {};
    }
    first.setLineWidth(width);
    layout.endLayout();
    const QString head = name.left(first.textLength()).trimmed();
    const QString rest = name.mid(first.textLength()).trimmed();
    if (rest.isEmpty())
        return {head};
    return {head, QFontMetrics(font).elidedText(rest, Qt::ElideMiddle, width)};
}

AttachmentsTab::~AttachmentsTab()
{
    // Renderings in flight hand their pictures to the model: let them finish first.
    m_thumbnailer->waitForAll();
}

int AttachmentsTab::currentSourceRow() const
{
    return m_proxy->mapToSource(m_table->currentIndex()).row();
}

void AttachmentsTab::showCurrent()
{
    const int row = currentSourceRow();
    const auto &rows = m_document->attachments()->rows();
    if (row < 0 || row >= rows.size())
        m_preview->clear();
    else
        m_preview->showAttachment(rows.at(row).attachment);
}

void AttachmentsTab::requestThumbnails()
{
    for (const AttachmentRow &r : m_document->attachments()->rows()) {
        if (Thumbnailer::canRender(r.attachment.mimeType))
            m_thumbnailer->request(r.attachment.sha256, r.attachment.mimeType,
                                   m_document->attachmentContent(r.attachment.sha256));
    }
}

void AttachmentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsTab::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (m_document->addAttachmentFiles(files) > 0)
        Q_EMIT statusMessage(tr("Attached %1 file(s).").arg(files.size()));
}

void AttachmentsTab::addFiles()
{
    const QString path = m_dialogs->openFile(this, tr("Attach a File"), tr("All files (*)"));
    if (!path.isEmpty())
        m_document->addAttachmentFiles({path});
}

void AttachmentsTab::replaceSelected()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Attachment a = m_document->attachments()->rows().at(row).attachment;
    const QString path = m_dialogs->openFile(this, tr("Replace “%1” With").arg(a.fileName), tr("All files (*)"));
    if (!path.isEmpty())
        m_document->replaceAttachmentFile(a.id, path);
}

void AttachmentsTab::saveSelected()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Attachment a = m_document->attachments()->rows().at(row).attachment;
    // The file dialog asks before replacing a file the user chose on purpose.
    const QString path = m_dialogs->saveFile(this, tr("Save Attachment"), QString(), SafeFileName::make(a.fileName));
    if (path.isEmpty())
        return;
    writeChosenFile(path, [&](const Database &db, const QString &fresh) { AttachmentWriter::saveOne(db, a, fresh); });
}

void AttachmentsTab::writeChosenFile(const QString &path,
                                     const std::function<void(const Database &, const QString &)> &write)
{
    // The file dialog has asked before replacing: the old file goes only once the new one is written.
    const QString fresh = path + QStringLiteral(".part");
    QFile::remove(fresh);
    QString error;
    if (!m_document->file()->read([&](const Database &db) { write(db, fresh); }, &error)) {
        QFile::remove(fresh);
        Q_EMIT failed(error);
        return;
    }
    QFile::remove(path);
    if (!QFile::rename(fresh, path)) {
        QFile::remove(fresh);
        Q_EMIT failed(tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void AttachmentsTab::saveAll()
{
    const QString folder = m_dialogs->openFolder(this, tr("Save All Attachments Into"));
    if (folder.isEmpty())
        return;
    QList<Attachment> all;
    for (const AttachmentRow &r : m_document->attachments()->rows())
        all << r.attachment;
    QStringList written;
    QString error;
    if (!m_document->file()->read([&](const Database &db) { written = AttachmentWriter::saveAll(db, all, folder); },
                                  &error)) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1 files into %2.").arg(written.size()).arg(QDir::toNativeSeparators(folder)));
}

void AttachmentsTab::saveZip()
{
    const QString path
        = m_dialogs->saveFile(this, tr("Save All as ZIP"), tr("ZIP files (*.zip)"),
                              SafeFileName::make(m_document->currentMeeting().title) + QStringLiteral(".zip"));
    if (path.isEmpty())
        return;
    QList<Attachment> all;
    for (const AttachmentRow &r : m_document->attachments()->rows())
        all << r.attachment;
    writeChosenFile(path, [&](const Database &db, const QString &fresh) { AttachmentWriter::saveZip(db, all, fresh); });
}

} // namespace Quorum
