// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "data/meetingtitle.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/** Shows a snippet with its matching words in bold (the text is escaped; only the marks become tags). */
class SnippetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString html(const QString &snippet)
    {
        QString out = snippet.simplified().toHtmlEscaped();
        out.replace(SearchHit::Mark, QLatin1String("<b>")).replace(SearchHit::EndMark, QLatin1String("</b>"));
        return out;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(0);
        doc.setHtml(html(text));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        // One line, centred in the row like the plain columns beside it.
        const qreal top = (opt.rect.height() - doc.size().height()) / 2;
        painter->save();
        painter->translate(opt.rect.left() + 2, opt.rect.top() + top);
        painter->setClipRect(QRectF(0, -top, opt.rect.width() - 2, opt.rect.height()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

QString placeOf(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Meeting: return SearchPanel::tr("Meeting");
    case SearchHit::Kind::Entry: return hit.title;
    case SearchHit::Kind::Action:
        return hit.entryTitle.isEmpty() ? SearchPanel::tr("Action item")
                                        : SearchPanel::tr("Action item, %1").arg(hit.entryTitle);
    case SearchHit::Kind::Attachment: return SearchPanel::tr("Attachment %1").arg(hit.title);
    case SearchHit::Kind::Person: return SearchPanel::tr("Person directory");
    case SearchHit::Kind::Decision:
        return hit.entryTitle.isEmpty() ? SearchPanel::tr("Decision")
                                        : SearchPanel::tr("Decision, %1").arg(hit.entryTitle);
    }
    return {};
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit)
    , m_results(new QTreeWidget)
    , m_status(new QLabel)
    , m_more(new QPushButton)
    , m_typing(new QTimer(this))
{
    m_query->setObjectName(QStringLiteral("librarySearch"));
    m_query->setAccessibleName(tr("Search the library"));
    m_query->setPlaceholderText(tr("Search the whole library (Ctrl+Shift+F): words, \"a phrase\", prefix*"));
    m_query->setClearButtonEnabled(true);
    nameClearButton(m_query);
    markAsViewControl(m_query);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(tr("Where the words were found; Enter opens the place"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Date"), tr("Meeting"), tr("Where"), tr("Found")});
    m_results->setItemDelegateForColumn(3, new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 90);
    m_results->setColumnWidth(1, 220);
    m_results->setColumnWidth(2, 180);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("searchShowMore"));
    m_more->setText(tr("Show %n More", nullptr, Step));
    m_more->setToolTip(tr("Lists the next %n places found, after those shown", nullptr, Step));
    m_more->hide();
    markAsViewControl(m_more);
    connect(m_more, &QPushButton::clicked, this, &SearchPanel::showMore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_more);
    layout->addLayout(statusRow);

    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            search(m_query->text());
        }
        if (!m_results->currentItem() && m_results->topLevelItemCount() > 0)
            m_results->setCurrentItem(m_results->topLevelItem(0));
        activateCurrent();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchPanel::activateCurrent);
}

void SearchPanel::setDocument(MeetingDocument *document)
{
    m_document = document;
    m_results->clear();
    m_hits.clear();
    m_status->clear();
    m_more->hide();
    if (m_document && !m_query->text().isEmpty())
        search(m_query->text());
}

void SearchPanel::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::search(const QString &text)
{
    if (m_query->text() != text) {
        const QSignalBlocker block(m_query);
        m_query->setText(text);
    }
    m_limit = Step;
    fill();
}

void SearchPanel::showMore()
{
    if (!m_more->isVisible())
        return;
    const int scrolled = m_results->verticalScrollBar()->value();
    const int current = m_results->indexOfTopLevelItem(m_results->currentItem());
    const int shown = int(m_hits.size());
    m_limit += Step;
    fill();
    m_results->verticalScrollBar()->setValue(scrolled);
    // The first of the new places is where reading goes on.
    if (QTreeWidgetItem *next = m_results->topLevelItem(shown)) {
        m_results->setCurrentItem(next);
        m_results->scrollToItem(next);
    } else if (QTreeWidgetItem *item = m_results->topLevelItem(current)) {
        m_results->setCurrentItem(item);
    }
}

void SearchPanel::fill()
{
    const QString text = m_query->text();
    m_results->clear();
    m_hits.clear();
    m_more->hide();
    if (!m_document || text.trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    QString error;
    // One more than is shown tells whether there are more.
    m_hits = m_document->search(text, m_limit + 1, &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    const bool more = m_hits.size() > m_limit;
    if (more)
        m_hits.removeLast();
    for (const SearchHit &hit : std::as_const(m_hits)) {
        const QString date = hit.meetingDate.isValid() ? hit.meetingDate.toString(Qt::ISODate) : QString();
        auto *item = new QTreeWidgetItem(m_results,
                                         {date, MeetingTitle::shorten(hit.meetingTitle), placeOf(hit), hit.snippet});
        item->setToolTip(1, hit.meetingTitle);
        item->setToolTip(2, placeOf(hit));
        item->setToolTip(3, hit.snippet.simplified().remove(SearchHit::Mark).remove(SearchHit::EndMark));
    }
    m_more->setVisible(more);
    if (more)
        m_status->setText(tr("More than %n places found, best first. Add words to narrow the search, or show more.",
                             nullptr, int(m_hits.size())));
    else if (m_hits.isEmpty())
        m_status->setText(tr("Nothing found."));
    else if (m_hits.size() == 1)
        m_status->setText(tr("1 place found; Enter opens it."));
    else
        m_status->setText(
            tr("%n places found, best first; Enter opens the selected one.", nullptr, int(m_hits.size())));
}

void SearchPanel::activateCurrent()
{
    const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    if (row >= 0 && row < m_hits.size())
        Q_EMIT hitActivated(m_hits.at(row));
}

} // namespace Quorum
