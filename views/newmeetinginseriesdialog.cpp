// SPDX-License-Identifier: GPL-3.0-or-later
#include "newmeetinginseriesdialog.h"

#include "data/cadence.h"
#include "meetingdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quorum {

namespace {
QCheckBox *partBox(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    box->setChecked(true);
    return box;
}
} // namespace

NewMeetingInSeriesDialog::NewMeetingInSeriesDialog(MeetingDocument *document, Id seriesId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_seriesBox(new QComboBox)
    , m_title(new QLineEdit)
    , m_start(new QDateEdit)
    , m_dates(new QLabel)
    , m_from(new QLabel)
    , m_logistics(partBox(tr("&Logistics"), QStringLiteral("carryLogistics")))
    , m_participants(
          partBox(tr("&Participants (attendance starts again at invited)"), QStringLiteral("carryParticipants")))
    , m_recurring(partBox(tr("&Recurring agenda entries, with their blocks"), QStringLiteral("carryRecurring")))
    , m_durations(partBox(tr("Their &durations"), QStringLiteral("carryDurations")))
    , m_moderators(partBox(tr("Their &moderators and coordinators"), QStringLiteral("carryModerators")))
    , m_summary(new QLabel)
    , m_sections(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Meeting in Series"));
    m_seriesBox->setObjectName(QStringLiteral("seriesCombo"));
    for (const Series &s : document->seriesList())
        m_seriesBox->addItem(s.name, s.id);
    m_seriesBox->setCurrentIndex(qMax(0, m_seriesBox->findData(seriesId)));
    m_title->setObjectName(QStringLiteral("newMeetingTitle"));
    m_start->setObjectName(QStringLiteral("newMeetingStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd (dddd)"));
    m_dates->setObjectName(QStringLiteral("newMeetingDates"));
    m_from->setObjectName(QStringLiteral("carryFrom"));
    m_from->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("carrySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // A wrapped label's height is not known before the dialog's width is: room for its lines.
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4);
    setMinimumWidth(640);
    m_durations->setContentsMargins(20, 0, 0, 0);
    m_moderators->setContentsMargins(20, 0, 0, 0);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *carry = new QGroupBox(tr("Carry over from the last meeting"));
    carry->setObjectName(QStringLiteral("carryGroup"));
    auto *carryLayout = new QVBoxLayout(carry);
    carryLayout->addWidget(m_from);
    for (QCheckBox *box : {m_logistics, m_participants, m_recurring, m_durations, m_moderators})
        carryLayout->addWidget(box);
    carryLayout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->addRow(tr("&Series:"), m_seriesBox);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(QString(), m_dates);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(carry);
    layout->addLayout(m_sections);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_seriesBox, &QComboBox::currentIndexChanged, this, &NewMeetingInSeriesDialog::chooseSeries);
    connect(m_title, &QLineEdit::textChanged, this, &NewMeetingInSeriesDialog::describe);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        // A title not typed by hand follows the date.
        if (this->seriesId() && !m_title->isModified())
            m_title->setText(MeetingShape::nextTitle(m_last ? m_last->meeting.title : QString(),
                                                     m_last ? m_last->meeting.startDate : QDate(), m_series.name,
                                                     date));
        describe();
    });
    for (QCheckBox *box : {m_logistics, m_participants, m_recurring, m_durations, m_moderators})
        connect(box, &QCheckBox::toggled, this, &NewMeetingInSeriesDialog::describe);
    chooseSeries();
    resize(560, sizeHint().height());
}

void NewMeetingInSeriesDialog::chooseSeries()
{
    const Id id = seriesId();
    m_series = id ? m_document->series(id).value_or(Series()) : Series();
    m_last = id ? m_document->lastMeetingOf(id) : std::nullopt;
    Cadence cadence;
    Cadence::fromKey(m_series.cadence, &cadence);
    const QDate suggested = m_last ? cadence.nextAfter(m_last->meeting.startDate) : QDate();
    m_start->setDate(suggested.isValid() ? suggested : m_document->today());
    m_title->setText(id ? MeetingShape::nextTitle(m_last ? m_last->meeting.title : QString(),
                                                  m_last ? m_last->meeting.startDate : QDate(), m_series.name,
                                                  m_start->date())
                        : QString());
    if (m_last)
        m_from->setText(tr("From “%1” (%2). %3")
                            .arg(m_last->meeting.title,
                                 QLocale().toString(m_last->meeting.startDate, QLocale::LongFormat),
                                 cadence.kind == Cadence::Kind::None
                                     ? tr("The series has no cadence to suggest the date (Meeting › Series…).")
                                     : tr("%1.").arg(cadence.describe(m_last->meeting.startDate))));
    else
        m_from->setText(id ? tr("The series has no meeting yet: the new one starts empty.")
                           : tr("The library has no series yet: give a meeting a series first."));
    for (QCheckBox *box : {m_logistics, m_participants, m_recurring, m_durations, m_moderators})
        box->setEnabled(m_last.has_value());
    describe();
    Q_EMIT seriesChanged(id);
}

void NewMeetingInSeriesDialog::describe()
{
    m_durations->setEnabled(m_last && m_recurring->isChecked());
    m_moderators->setEnabled(m_last && m_recurring->isChecked());
    const MeetingShape s = shape();
    const QLocale locale;
    const QDate start = m_start->date();
    const int days = int(s.days.size());
    m_dates->setText(days == 1 ? locale.toString(start, QLocale::LongFormat)
                               : tr("%1 days: %2 to %3")
                                     .arg(days)
                                     .arg(locale.toString(start, QLocale::ShortFormat),
                                          locale.toString(start.addDays(days - 1), QLocale::ShortFormat)));
    QStringList lines;
    if (m_last) {
        const Meeting &m = s.logistics;
        if (m_logistics->isChecked()) {
            QStringList what;
            if (!m.timeZone.isEmpty())
                what << m.timeZone;
            if (!m.location.isEmpty())
                what << m.location;
            if (!m.joinUrl.isEmpty())
                what << tr("join link");
            if (!m.meetingCode.isEmpty())
                what << tr("meeting ID");
            if (!m.dialIns.isEmpty())
                what << (m.dialIns.size() == 1 ? tr("1 phone number") : tr("%1 phone numbers").arg(m.dialIns.size()));
            if (!m.sipAddress.isEmpty())
                what << tr("SIP");
            if (!m.passcodeHint.isEmpty())
                what << tr("passcode hint");
            lines << tr("Logistics: %1").arg(what.isEmpty() ? tr("none set") : what.join(QStringLiteral(", ")));
        }
        if (m_participants->isChecked())
            lines << (s.participants.size() == 1 ? tr("1 participant")
                                                 : tr("%1 participants").arg(s.participants.size()));
        if (m_recurring->isChecked()) {
            const QStringList titles = s.entryTitles();
            lines << (titles.isEmpty() ? tr("No entry of the last meeting is marked recurring (Agenda tab: Recurring).")
                      : titles.size() == 1
                          ? tr("1 recurring entry: %1").arg(titles.constFirst())
                          : tr("%1 recurring entries: %2").arg(titles.size()).arg(titles.join(QStringLiteral(", "))));
        }
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(seriesId() && !m_title->text().trimmed().isEmpty());
}

Id NewMeetingInSeriesDialog::seriesId() const
{
    return m_seriesBox->currentData().toLongLong();
}

QString NewMeetingInSeriesDialog::title() const
{
    return m_title->text().trimmed();
}

QDate NewMeetingInSeriesDialog::startDate() const
{
    return m_start->date();
}

MeetingShape::Parts NewMeetingInSeriesDialog::parts() const
{
    MeetingShape::Parts p;
    p.logistics = m_logistics->isChecked();
    p.participants = m_participants->isChecked();
    p.recurringEntries = m_recurring->isChecked();
    p.durations = m_durations->isChecked();
    p.moderators = m_moderators->isChecked();
    return p;
}

MeetingShape NewMeetingInSeriesDialog::shape() const
{
    // Without the last meeting's logistics the meeting takes the series' time zone (MeetingDocument::addMeetingFromShape).
    return m_last ? MeetingShape::of(*m_last, parts()) : MeetingShape::of({}, parts());
}

void NewMeetingInSeriesDialog::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

} // namespace Quorum
