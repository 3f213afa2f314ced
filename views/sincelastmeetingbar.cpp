// SPDX-License-Identifier: GPL-3.0-or-later
#include "sincelastmeetingbar.h"

#include "document/seenmeetings.h"
#include "meetingdocument.h"
#include "tonestyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Quorum {

SinceLastMeetingBar::SinceLastMeetingBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("sinceLastMeetingBar"));
    ToneStyle::follow(
        this, [] { return ToneStyle::barSheet(QStringLiteral("QFrame#sinceLastMeetingBar"), Tones::Tone::InfoBar); });
    m_text->setObjectName(QStringLiteral("sinceLastMeetingText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    auto *details = new QPushButton(tr("Show &Changes…"));
    details->setObjectName(QStringLiteral("sinceLastMeetingDetails"));
    auto *dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(QStringLiteral("sinceLastMeetingDismiss"));
    connect(details, &QPushButton::clicked, this, &SinceLastMeetingBar::openDetails);
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(details);
    layout->addWidget(dismiss);
    hide();
}

void SinceLastMeetingBar::setDocument(MeetingDocument *document)
{
    m_document = document;
    hide();
}

void SinceLastMeetingBar::meetingShown(Id meetingId)
{
    hide();
    if (!m_document || !meetingId || !m_document->isNewestOfSeries(meetingId))
        return;
    SeenMeetings seen(m_document->path());
    if (seen.isSeen(meetingId))
        return;
    const SinceLastMeeting changes = m_document->sinceLastMeeting(meetingId);
    if (changes.isEmpty())
        return;
    seen.markSeen(meetingId);
    m_text->setText(summary(changes));
    show();
}

QString SinceLastMeetingBar::summary(const SinceLastMeeting &changes)
{
    const SinceLastMeeting::Section *closed = changes.section(QStringLiteral("closed"));
    const SinceLastMeeting::Section *opened = changes.section(QStringLiteral("opened"));
    const SinceLastMeeting::Section *decided = changes.section(QStringLiteral("decisions"));
    return tr("Since the last meeting (%1, %2), action items closed: %3, opened: %4; decisions taken: %5.")
        .arg(changes.previousTitle, QLocale().toString(changes.previousDate, QLocale::ShortFormat))
        .arg(closed ? closed->items.size() : 0)
        .arg(opened ? opened->items.size() : 0)
        .arg(decided ? decided->items.size() : 0);
}

QString SinceLastMeetingBar::html(const SinceLastMeeting &changes)
{
    if (!changes.previousMeetingId)
        return tr("<p>This meeting has no earlier meeting in its series (or no series): there is nothing to "
                  "compare with.</p>");
    QString out = tr("<p>Since <b>%1</b> of %2, across the library:</p>")
                      .arg(changes.previousTitle.toHtmlEscaped(),
                           QLocale().toString(changes.previousDate, QLocale::LongFormat).toHtmlEscaped());
    for (const SinceLastMeeting::Section &s : changes.sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(s.title.toHtmlEscaped());
        if (s.items.isEmpty()) {
            out += tr("<p><i>None.</i></p>");
            continue;
        }
        out += QStringLiteral("<ul>");
        for (const SinceLastMeeting::Item &i : s.items) {
            QStringList details;
            if (!i.who.isEmpty())
                details << i.who.toHtmlEscaped();
            const bool decision = s.key == QLatin1String("decisions");
            if (i.date.isValid())
                details << (decision                           ? tr("decided %1")
                            : s.key == QLatin1String("closed") ? tr("closed %1")
                                                               : tr("due %1"))
                               .arg(QLocale().toString(i.date, QLocale::ShortFormat));
            if (s.key == QLatin1String("opened") && i.done)
                details << tr("done");
            details << tr("from %1, %2")
                           .arg(i.meetingTitle.toHtmlEscaped(),
                                QLocale().toString(i.meetingDate, QLocale::ShortFormat));
            out += QStringLiteral("<li>%1 <span style=\"color:%3\">(%2)</span></li>")
                       .arg(i.text.toHtmlEscaped(), details.join(QStringLiteral("; ")),
                            Tones::foreground(Tones::Tone::Muted).name());
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

void SinceLastMeetingBar::openDetails()
{
    if (!m_document || !m_document->currentMeetingId())
        return;
    const SinceLastMeeting changes = m_document->sinceLastMeeting(m_document->currentMeetingId());
    QDialog dialog(window());
    dialog.setObjectName(QStringLiteral("sinceLastMeetingDialog"));
    dialog.setWindowTitle(tr("Changes Since Last Meeting"));
    auto *text = new QTextBrowser;
    text->setObjectName(QStringLiteral("sinceLastMeetingBrowser"));
    text->setAccessibleName(tr("Changes since the last meeting"));
    text->setHtml(html(changes));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

} // namespace Quorum
