// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationimportdialog.h"

#include "data/participant.h"
#include "i18n/localeformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString daysText(const Invitation &inv)
{
    QStringList lines;
    for (const MeetingDay &d : inv.days) {
        const QString date = QLocale().toString(d.date, QLocale::LongFormat);
        lines << (d.plannedStart.isValid()
                      ? InvitationImportDialog::tr("%1, %2–%3")
                            .arg(date, LocaleFormat::time(d.plannedStart), LocaleFormat::time(d.plannedEnd))
                      : InvitationImportDialog::tr("%1, all day").arg(date));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

InvitationImportDialog::InvitationImportDialog(const QString &fileName, Invitation invitation,
                                               const QString &currentMeeting, QWidget *parent)
    : QDialog(parent)
    , m_invitation(std::move(invitation))
{
    setWindowTitle(tr("Import Invitation"));
    setObjectName(QStringLiteral("invitationImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *heading
        = new QLabel(tr("The meeting <b>%1</b> from %2. Passcodes are never imported. Nothing is written "
                        "until you import; Edit › Undo takes it back.")
                         .arg(m_invitation.title.toHtmlEscaped(), QFileInfo(fileName).fileName().toHtmlEscaped()),
                     this);
    heading->setObjectName(QStringLiteral("invitationHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("When:"), valueLabel(daysText(m_invitation), this));
    form->addRow(tr("Time zone:"), valueLabel(m_invitation.timeZone, this));
    const auto addIf = [&](const QString &label, const QString &value, const char *name) {
        if (value.isEmpty())
            return;
        QLabel *v = valueLabel(value, this);
        v->setObjectName(QLatin1String(name));
        form->addRow(label, v);
    };
    const ConferenceDetails &c = m_invitation.conference;
    addIf(tr("Location:"), m_invitation.location(), "locationValue");
    addIf(tr("Join link:"), c.joinUrl, "joinUrlValue");
    addIf(tr("Meeting ID:"), c.meetingCode, "meetingCodeValue");
    QStringList numbers;
    for (const DialIn &d : c.dialIns)
        numbers << (d.label.isEmpty() ? d.number : tr("%1 (%2)").arg(d.number, d.label));
    addIf(tr("Dial-in:"), numbers.join(QLatin1Char('\n')), "dialInValue");
    addIf(tr("SIP:"), c.sipAddress, "sipValue");
    addIf(tr("Passcode:"), c.passcodeHint, "passcodeHintValue");
    m_series = new QLineEdit(m_invitation.seriesName, this);
    m_series->setObjectName(QStringLiteral("seriesEdit"));
    m_series->setAccessibleName(tr("Series"));
    m_series->setMaxLength(200);
    form->addRow(tr("&Series:"), m_series);
    if (m_invitation.recurring) {
        if (m_invitation.cadence.kind != Cadence::Kind::None) {
            m_cadence = new QCheckBox(tr("Meets &%1 (from the invitation's repeat rule)")
                                          .arg(m_invitation.cadence.describe(m_invitation.startDate).toLower()),
                                      this);
            m_cadence->setObjectName(QStringLiteral("cadenceCheck"));
            m_cadence->setChecked(true);
            m_cadence->setToolTip(tr("Set the series' cadence; a series that has one already keeps its own."));
            form->addRow(tr("Cadence:"), m_cadence);
        } else {
            form->addRow(tr("Cadence:"),
                         valueLabel(tr("Repeats in a way a series' cadence cannot say; none is set."), this));
        }
    }
    layout->addLayout(form);

    auto *peopleLabel = new QLabel(tr("&People (a new person is added to the directory when ticked):"), this);
    layout->addWidget(peopleLabel);
    m_people = new QTreeWidget(this);
    m_people->setObjectName(QStringLiteral("invitationPeople"));
    m_people->setRootIsDecorated(false);
    m_people->setHeaderLabels({tr("Name"), tr("Address"), tr("Role"), tr("Directory")});
    m_people->setAccessibleName(tr("People"));
    peopleLabel->setBuddy(m_people);
    for (const InvitationPerson &p : m_invitation.people) {
        auto *item = new QTreeWidgetItem(m_people, {p.name, p.email, Participant::roleName(p.role),
                                                    p.personId ? tr("In the directory") : tr("New")});
        if (!p.personId) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, p.include ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(0, tr("Not in the directory: added with this address when ticked"));
        }
    }
    m_people->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->setMinimumHeight(140);
    layout->addWidget(m_people, 1);

    if (!m_invitation.notices.isEmpty()) {
        auto *notices = new QPlainTextEdit(m_invitation.notices.join(QLatin1Char('\n')), this);
        notices->setObjectName(QStringLiteral("invitationNotices"));
        notices->setReadOnly(true);
        notices->setAccessibleName(tr("Not imported"));
        notices->setMaximumHeight(90);
        layout->addWidget(new QLabel(tr("Not imported:"), this));
        layout->addWidget(notices);
    }

    auto *what = new QGroupBox(tr("Import as"), this);
    auto *whatLayout = new QVBoxLayout(what);
    m_create = new QRadioButton(tr("A &new meeting"), what);
    m_create->setObjectName(QStringLiteral("createMeetingRadio"));
    m_fill = new QRadioButton(currentMeeting.isEmpty()
                                  ? tr("&Logistics of the meeting shown (none is shown)")
                                  : tr("&Logistics of “%1”: location, join link, numbers").arg(currentMeeting),
                              what);
    m_fill->setObjectName(QStringLiteral("fillLogisticsRadio"));
    m_fill->setEnabled(!currentMeeting.isEmpty());
    m_create->setChecked(true);
    whatLayout->addWidget(m_create);
    whatLayout->addWidget(m_fill);
    layout->addWidget(what);
    const auto peopleMatter = [this] {
        m_people->setEnabled(m_create->isChecked());
        m_series->setEnabled(m_create->isChecked());
        if (m_cadence)
            m_cadence->setEnabled(m_create->isChecked());
    };
    connect(m_create, &QRadioButton::toggled, this, peopleMatter);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_create->isChecked() && m_series->text().trimmed().isEmpty()) {
            m_series->setFocus();
            return;
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Every value line whole: as tall and as wide as they need, at least a comfortable size.
    const QSize hint = sizeHint();
    resize(qMax(720, hint.width()), qMax(640, hint.height()));
}

Invitation InvitationImportDialog::invitation() const
{
    Invitation inv = m_invitation;
    inv.seriesName = m_series->text().simplified().left(200);
    inv.setCadence = m_cadence && m_cadence->isChecked();
    for (int i = 0; i < m_people->topLevelItemCount() && i < inv.people.size(); ++i) {
        if (!inv.people[i].personId)
            inv.people[i].include = m_people->topLevelItem(i)->checkState(0) == Qt::Checked;
    }
    return inv;
}

bool InvitationImportDialog::fillsCurrentMeeting() const
{
    return m_fill->isChecked();
}

} // namespace Quorum
