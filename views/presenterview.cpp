// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "agenda/presentertext.h"
#include "document/librarymodels.h"
#include "itemmodels/agendamodel.h"
#include "livestyle.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Quorum {

namespace {

const QColor background(0x12, 0x14, 0x18);
const QColor text(0xf2, 0xf2, 0xf2);
const QColor muted(0xb8, 0xbe, 0xc8);

/** How many of the later entries fit under the next two. */
constexpr int laterLines = 8;

QLabel *label(const QString &objectName, const QColor &colour = text)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, colour);
    l->setPalette(p);
    return l;
}

QString lines(const QList<PresenterText::Line> &lines, int limit)
{
    QStringList rows;
    for (int i = 0; i < lines.size() && i < limit; ++i) {
        const PresenterText::Line &l = lines.at(i);
        QString row = QStringLiteral("<tr><td style=\"padding-right:0.6em; color:#b8bec8\">%1</td><td>%2")
                          .arg(l.time.toHtmlEscaped(), l.title.toHtmlEscaped());
        if (!l.people.isEmpty())
            row += QStringLiteral("<span style=\"color:#b8bec8\"> — %1</span>").arg(l.people.toHtmlEscaped());
        rows << row + QStringLiteral("</td></tr>");
    }
    if (lines.size() > limit)
        rows << QStringLiteral("<tr><td></td><td style=\"color:#b8bec8\">%1</td></tr>")
                    .arg(PresenterView::tr("and %n more", nullptr, int(lines.size() - limit)).toHtmlEscaped());
    return QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>");
}

} // namespace

PresenterView::PresenterView(MeetingDocument *document, QWidget *window)
    : QWidget(window, Qt::Window)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_day(label(QStringLiteral("presenterDay"), muted))
    , m_clock(label(QStringLiteral("presenterClock")))
    , m_viewerClock(label(QStringLiteral("presenterViewerClock"), muted))
    , m_status(label(QStringLiteral("presenterStatus")))
    , m_statusDetail(label(QStringLiteral("presenterStatusDetail"), muted))
    , m_current(new QWidget)
    , m_nowCaption(label(QStringLiteral("presenterNowCaption"), muted))
    , m_title(label(QStringLiteral("presenterTitle")))
    , m_people(label(QStringLiteral("presenterPeople"), muted))
    , m_countdown(label(QStringLiteral("presenterCountdown")))
    , m_timeCaption(label(QStringLiteral("presenterTimeCaption"), muted))
    , m_nextHeading(label(QStringLiteral("presenterNextHeading"), muted))
    , m_next(label(QStringLiteral("presenterNext")))
    , m_laterHeading(label(QStringLiteral("presenterLaterHeading"), muted))
    , m_later(label(QStringLiteral("presenterLater")))
{
    setObjectName(QStringLiteral("presenterView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenter View"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
    setCursor(Qt::BlankCursor);

    m_clock->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_viewerClock->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_statusDetail->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_people->setWordWrap(true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAutoFillBackground(true);
    m_timeCaption->setAlignment(Qt::AlignCenter);
    m_nowCaption->setText(tr("NOW"));
    m_nextHeading->setText(tr("NEXT"));
    m_laterHeading->setText(tr("LATER TODAY"));
    for (QLabel *l : {m_next, m_later}) {
        l->setTextFormat(Qt::RichText);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    // Long titles wrap: they never push the clock or the countdown off the screen (one without a
    // space to wrap at is cut off).
    for (QLabel *l : {m_day, m_next, m_later})
        l->setWordWrap(true);
    for (QLabel *l : {m_day, m_title, m_people, m_next, m_later})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *clocks = new QVBoxLayout;
    clocks->addWidget(m_clock);
    clocks->addWidget(m_viewerClock);
    auto *top = new QHBoxLayout;
    top->addWidget(m_day, 1, Qt::AlignTop);
    top->addSpacing(40);
    top->addLayout(clocks);

    auto *currentText = new QVBoxLayout;
    currentText->addWidget(m_nowCaption);
    currentText->addWidget(m_title);
    currentText->addWidget(m_people);
    currentText->addStretch();
    auto *countdown = new QVBoxLayout;
    countdown->addWidget(m_countdown);
    countdown->addWidget(m_timeCaption);
    countdown->addStretch();
    auto *current = new QHBoxLayout(m_current);
    current->setContentsMargins(0, 0, 0, 0);
    current->addLayout(currentText, 3);
    current->addLayout(countdown, 2);

    auto *next = new QVBoxLayout;
    next->addWidget(m_nextHeading);
    next->addWidget(m_next);
    next->addStretch();
    auto *later = new QVBoxLayout;
    later->addWidget(m_laterHeading);
    later->addWidget(m_later);
    later->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(next, 3);
    bottom->addSpacing(40);
    bottom->addLayout(later, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_statusDetail);
    layout->addWidget(m_current, 4);
    layout->addStretch(1);
    layout->addLayout(bottom, 5);

    setFocusPolicy(Qt::StrongFocus); // the keys that leave it come here: nothing else takes focus
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterView::refresh);
    m_timer->start();
    onAnyChange(document->agenda(), this, [this] { refresh(); });
    connect(document->models(), &LibraryModels::currentMeetingChanged, this, &PresenterView::refresh);
    // Another library replaces the document: there is nothing left to present.
    connect(document, &QObject::destroyed, this, &QWidget::close);
    scaleFonts();
    refresh();
}

PresenterView *PresenterView::toggle(MeetingDocument *document, QWidget *window)
{
    if (auto *open = window->findChild<PresenterView *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->close();
        return nullptr;
    }
    auto *view = new PresenterView(document, window);
    // The moderator's screen keeps the window; the presenter view goes to another one when there is one.
    QScreen *screen = window->screen();
    for (QScreen *s : QGuiApplication::screens()) {
        if (s != window->screen()) {
            screen = s;
            break;
        }
    }
    if (screen) {
        view->setScreen(screen);
        view->setGeometry(screen->geometry());
    }
    view->showFullScreen();
    return view;
}

void PresenterView::refresh()
{
    if (!m_document)
        return;
    // The meeting that runs, also while the moderator looks at another one.
    const LiveRun run = m_document->runToShow(&m_meetingTitle);
    showText(PresenterText::at(run, m_document->agenda()->names(), m_document->now()));
}

void PresenterView::showText(const PresenterText &t)
{
    const QString &meeting = m_meetingTitle;
    m_day->setText(meeting.isEmpty() ? t.day : meeting + QLatin1Char('\n') + t.day);
    m_clock->setText(t.zone.isEmpty() ? t.clock : tr("%1 %2").arg(t.clock, t.zone));
    m_viewerClock->setText(t.viewerClock);
    m_viewerClock->setVisible(!t.viewerClock.isEmpty());
    const bool running = t.hasCountdown;
    m_status->setText(t.status);
    m_status->setVisible(!t.status.isEmpty());
    m_statusDetail->setText(t.statusDetail);
    m_statusDetail->setVisible(!t.statusDetail.isEmpty());
    m_current->setVisible(running);
    if (running) {
        m_title->setText(t.title);
        QStringList people;
        if (!t.people.isEmpty())
            people << t.people;
        if (!t.moderator.isEmpty())
            people << t.moderator;
        m_people->setText(people.join(QStringLiteral(" · ")));
        m_people->setVisible(!people.isEmpty());
        const LiveStyle::Phase phase = LiveStyle::phase(t.remainingSeconds, LiveStyle::warningMinutes());
        QPalette p = m_countdown->palette();
        p.setColor(QPalette::Window, LiveStyle::background(phase));
        p.setColor(QPalette::WindowText, LiveStyle::foreground(phase));
        m_countdown->setPalette(p);
        m_countdown->setText(LiveStyle::countdown(t.remainingSeconds));
        m_timeCaption->setText(t.timeCaption);
    }
    m_next->setText(lines(t.next, 2));
    m_nextHeading->setVisible(!t.next.isEmpty());
    m_next->setVisible(!t.next.isEmpty());
    m_later->setText(lines(t.later, laterLines));
    m_laterHeading->setVisible(!t.later.isEmpty());
    m_later->setVisible(!t.later.isEmpty());
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // Esc, or the key that opened it, leaves it.
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PresenterView::scaleFonts()
{
    // Sizes for a 1080-pixel-high screen, scaled to the window: readable from across a room.
    const qreal scale = qMax(0.4, height() / 1080.0);
    auto size = [&](QWidget *w, int pixels, bool bold = false) {
        QFont f = w->font();
        f.setPixelSize(qMax(8, int(pixels * scale)));
        f.setBold(bold);
        w->setFont(f);
    };
    size(m_day, 34);
    size(m_clock, 96, true);
    size(m_viewerClock, 34);
    size(m_status, 84, true);
    size(m_statusDetail, 44);
    size(m_nowCaption, 30, true);
    size(m_title, 84, true);
    size(m_people, 44);
    size(m_countdown, 170, true);
    size(m_timeCaption, 40);
    size(m_nextHeading, 30, true);
    size(m_next, 46);
    size(m_laterHeading, 30, true);
    size(m_later, 34);
    m_countdown->setMinimumWidth(int(560 * scale));
}

} // namespace Quorum
