// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationexportdialog.h"

#include "i18n/localeformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

InvitationExportDialog::InvitationExportDialog(const QString &meetingTitle, Preview preview,
                                               const QList<InvitationOrganizer> &organizers,
                                               const InvitationOrganizer &remembered, int attendees, QWidget *parent)
    : QDialog(parent)
    , m_title(meetingTitle.simplified())
    , m_preview(std::move(preview))
    , m_organizers(organizers)
    , m_events(new QComboBox(this))
    , m_organizer(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Calendar Invitation"));
    setObjectName(QStringLiteral("invitationExportDialog"));
    m_events->setObjectName(QStringLiteral("eventsCombo"));
    m_events->addItem(tr("One event per day"), int(InvitationOptions::Events::PerDay));
    m_events->addItem(tr("One event per block of the agenda"), int(InvitationOptions::Events::PerBlock));
    m_organizer->setObjectName(QStringLiteral("organizerCombo"));
    m_organizer->addItem(tr("None"));
    for (const InvitationOrganizer &o : organizers) {
        m_organizer->addItem(QStringLiteral("%1 <%2>").arg(o.name, o.email));
        if (!remembered.email.isEmpty() && o.email.compare(remembered.email, Qt::CaseInsensitive) == 0)
            m_organizer->setCurrentIndex(m_organizer->count() - 1);
    }
    m_organizer->setToolTip(tr("Who sends the invitation: replies go to this address"));
    m_list->setObjectName(QStringLiteral("previewList"));
    m_list->setAccessibleName(tr("Events"));
    m_list->setHeaderLabels({tr("When"), tr("Event")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(560);

    auto *title = new QLabel(tr("<b>%1</b>").arg(meetingTitle.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("meetingLabel"));
    title->setWordWrap(true);
    auto *invited = new QLabel(attendees == 0 ? tr("No participant has an email: the invitation names no attendee.")
                                              : tr("Invites %n participant(s) with an email.", nullptr, attendees),
                               this);
    invited->setObjectName(QStringLiteral("attendeesLabel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Events:"), m_events);
    form->addRow(tr("&Organizer:"), m_organizer);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_events, &QComboBox::currentIndexChanged, this, &InvitationExportDialog::showPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_list);
    layout->addWidget(invited);
    layout->addWidget(m_buttons);
    showPreview();
}

InvitationOptions InvitationExportDialog::options() const
{
    InvitationOptions options;
    options.events = InvitationOptions::Events(m_events->currentData().toInt());
    const int chosen = m_organizer->currentIndex() - 1;
    options.organizer = chosen >= 0 && chosen < m_organizers.size() ? m_organizers.at(chosen) : InvitationOrganizer();
    return options;
}

void InvitationExportDialog::showPreview()
{
    m_list->clear();
    const QList<InvitationEvent> events = m_preview ? m_preview(options().events) : QList<InvitationEvent>();
    const QLocale locale;
    QString zone;
    for (const InvitationEvent &e : events) {
        if (!e.isAllDay())
            zone = QString::fromUtf8(e.start.timeZone().id());
    }
    m_list->setHeaderLabels({zone.isEmpty() ? tr("When") : tr("When (%1)").arg(zone), tr("Event")});
    for (const InvitationEvent &e : events) {
        const QString date = locale.toString(e.date, QLocale::ShortFormat);
        const QString when = e.isAllDay()
                                 ? tr("%1, all day").arg(date)
                                 : QStringLiteral("%1 %2\u2013%3")
                                       .arg(date, LocaleFormat::time(e.start.time()), LocaleFormat::time(e.end.time()));
        // The meeting's title stands above the list: each row says what sets the event apart.
        const QString prefix = m_title + QStringLiteral(" \u2014 ");
        const QString what = e.summary.startsWith(prefix) ? e.summary.mid(prefix.size()) : e.summary;
        auto *item = new QTreeWidgetItem(m_list, {when, what});
        item->setToolTip(1, e.description);
    }
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!events.isEmpty());
    }
}

} // namespace Quorum
