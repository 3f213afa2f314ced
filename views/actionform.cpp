// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionform.h"

#include "meetingdocument.h"
#include "notes/dateparser.h"
#include "peoplecompleter.h"

#include <QCalendarWidget>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QWidgetAction>

namespace Quorum {

ActionForm::ActionForm(QWidget *parent)
    : ActionForm(Kind::Action, parent)
{ }

ActionForm::ActionForm(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_assignees(new QLineEdit)
    , m_description(new QLineEdit)
    , m_due(new QLineEdit)
    , m_calendar(new QToolButton)
    , m_hint(new QLabel)
    , m_kind(kind)
{
    const bool decision = kind == Kind::Decision;
    // Object names: actionForm, actionAssigneesEdit, … and decisionForm, decisionMakersEdit, …
    const QString prefix = decision ? QStringLiteral("decision") : QStringLiteral("action");
    setObjectName(prefix + QStringLiteral("Form"));
    setFrameShape(QFrame::StyledPanel);
    m_assignees->setObjectName(prefix + (decision ? QStringLiteral("MakersEdit") : QStringLiteral("AssigneesEdit")));
    m_assignees->setPlaceholderText(decision ? tr("Who decided (people or groups, commas between; may stay empty)")
                                             : tr("Who (people or groups, commas between; may stay empty)"));
    m_description->setObjectName(prefix + (decision ? QStringLiteral("TextEdit") : QStringLiteral("DescriptionEdit")));
    m_description->setPlaceholderText(decision ? tr("What was decided") : tr("What is to be done"));
    m_due->setObjectName(prefix + (decision ? QStringLiteral("DateEdit") : QStringLiteral("DueEdit")));
    m_due->setPlaceholderText(decision ? tr("Decided on: today when empty, or 28 Sep, yesterday")
                                       : tr("Due: 28 Sep, next friday, in 2 weeks (optional)"));
    m_hint->setObjectName(prefix + (decision ? QStringLiteral("DateHint") : QStringLiteral("DueHint")));
    m_calendar->setText(tr("…"));
    m_calendar->setToolTip(decision ? tr("Pick the date in a calendar") : tr("Pick the due date in a calendar"));
    m_calendar->setPopupMode(QToolButton::InstantPopup);
    m_calendar->setAccessibleName(m_calendar->toolTip()); // its text is only "…"
    auto *menu = new QMenu(m_calendar);
    auto *calendar = new QCalendarWidget;
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(calendar);
    menu->addAction(holder);
    m_calendar->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
        const QDate typed = DateParser::parse(m_due->text(), m_today);
        calendar->setSelectedDate(typed.isValid() ? typed : m_today);
    });
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](const QDate &date) {
        m_due->setText(date.toString(Qt::ISODate));
        menu->close();
        m_due->setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    connect(m_due, &QLineEdit::textChanged, this, &ActionForm::updateDueHint);

    auto *record = new QPushButton(decision ? tr("Record Decision") : tr("Record Action"));
    record->setObjectName(decision ? QStringLiteral("recordDecisionButton") : QStringLiteral("recordActionButton"));
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(record, &QPushButton::clicked, this, &ActionForm::submit);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    for (QLineEdit *edit : {m_assignees, m_description, m_due})
        connect(edit, &QLineEdit::returnPressed, this, &ActionForm::submit);
    connect(m_assignees, &QLineEdit::editingFinished, this, &ActionForm::settleNames);

    auto *who = new QLabel(decision ? tr("Decided &by:") : tr("&Who:"));
    who->setBuddy(m_assignees);
    auto *what = new QLabel(tr("&What:"));
    what->setBuddy(m_description);
    auto *when = new QLabel(decision ? tr("D&ate:") : tr("D&ue:"));
    when->setBuddy(m_due);
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(decision ? tr("<b>New decision</b>") : tr("<b>New action item</b>")), 0, 0, 1, 4);
    grid->addWidget(who, 1, 0);
    grid->addWidget(m_assignees, 1, 1, 1, 3);
    grid->addWidget(what, 2, 0);
    grid->addWidget(m_description, 2, 1, 1, 3);
    grid->addWidget(when, 3, 0);
    grid->addWidget(m_due, 3, 1);
    grid->addWidget(m_calendar, 3, 2);
    grid->addWidget(m_hint, 3, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(record);
    if (decision) {
        m_ticket = new QLineEdit;
        m_ticket->setObjectName(QStringLiteral("decisionTicketEdit"));
        m_ticket->setPlaceholderText(tr("Ticket key such as DM-26798 (optional)"));
        connect(m_ticket, &QLineEdit::returnPressed, this, &ActionForm::submit);
        auto *ticket = new QLabel(tr("&Ticket:"));
        ticket->setBuddy(m_ticket);
        grid->addWidget(ticket, 4, 0);
        grid->addWidget(m_ticket, 4, 1, 1, 3);
    }
    grid->addLayout(buttons, 5, 0, 1, 4);
    hide();
}

void ActionForm::open(const PersonDirectory *directory, const QDate &today)
{
    m_directory = directory;
    m_today = today;
    m_assignees->clear();
    m_description->clear();
    m_due->clear();
    if (m_ticket)
        m_ticket->clear();
    delete m_assignees->completer();
    m_assignees->setCompleter(new PeopleCompleter(directory->assigneeNames(), true, m_assignees));
    updateDueHint();
    show();
    m_assignees->setFocus();
}

void ActionForm::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ActionForm::updateDueHint()
{
    const QString text = m_due->text().trimmed();
    const QDate due = DateParser::parse(text, m_today);
    if (text.isEmpty() && m_kind == Kind::Decision) {
        m_hint->setText(tr("today, %1").arg(QLocale().toString(m_today, QLocale::LongFormat)));
        return;
    }
    m_hint->setText(text.isEmpty()  ? QString()
                    : due.isValid() ? QLocale().toString(due, QLocale::LongFormat)
                                    : tr("not a date"));
}

void ActionForm::settleNames()
{
    if (!m_directory)
        return;
    QStringList names;
    for (const QString &name : PersonDirectory::splitNames(m_assignees->text()))
        names << m_directory->settledName(name, true);
    const QString settled = names.join(QStringLiteral(", "));
    if (settled != m_assignees->text().trimmed())
        m_assignees->setText(settled);
}

void ActionForm::submit()
{
    const QString description = m_description->text().trimmed();
    if (description.isEmpty()) {
        m_description->setFocus();
        return;
    }
    const QString dueText = m_due->text().trimmed();
    const QDate due = DateParser::parse(dueText, m_today);
    if (!dueText.isEmpty() && !due.isValid()) {
        m_due->setFocus();
        m_due->selectAll();
        return;
    }
    if (!m_directory)
        return;
    // Names nobody or several people have are asked about now; a cancelled question keeps the form as typed.
    const auto assignees = m_directory->chooseAssignees(PersonDirectory::splitNames(m_assignees->text()));
    if (!assignees) {
        m_assignees->setFocus();
        return;
    }
    if (m_kind == Kind::Decision)
        Q_EMIT decided(*assignees, description, due.isValid() ? due : m_today, m_ticket->text().trimmed());
    else
        Q_EMIT submitted(*assignees, description, due);
    hide();
}

} // namespace Quorum
