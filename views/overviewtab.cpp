// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtab.h"

#include "itemmodels/dialinmodel.h"
#include "meetingdocument.h"
#include "viewsetup.h"

#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Quorum {

namespace {

/**
 * A field in a row with buttons: the row's label is the field's (its shortcut goes to the field, and
 * a screen reader says it, as it does for a label beside its field).
 */
void labelFor(QFormLayout *form, QWidget *field)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field->parentWidget()))) {
        label->setBuddy(field);
        QString name = label->text().remove(QLatin1Char('&')).trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        field->setAccessibleName(name);
    }
}

} // namespace

OverviewTab::OverviewTab(MeetingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);

    QLineEdit *title = addLine(Meeting::Title, QStringLiteral("titleEdit"), tr("Meeting title"));
    form->addRow(tr("&Title:"), title);

    m_series = new QComboBox;
    m_series->setObjectName(QStringLiteral("seriesCombo"));
    form->addRow(tr("&Series:"), m_series);
    connect(m_series, &QComboBox::activated, this, [this] {
        if (!m_updating)
            m_document->editMeetingField(Meeting::SeriesId, m_series->currentData());
    });

    m_start = new QDateEdit;
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_end = new QDateEdit;
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd (dddd)"));
    }
    auto *dates = new QWidget;
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_start);
    auto *toLabel = new QLabel(tr("to"));
    datesLayout->addWidget(toLabel);
    datesLayout->addWidget(m_end);
    datesLayout->addStretch();
    form->addRow(tr("&Dates:"), dates);
    // Written when the editor is left or a date is picked, not at every keystroke of the year.
    auto commitDates = [this] {
        if (!m_updating)
            m_document->editMeetingDates(m_start->date(), m_end->date());
    };
    for (QDateEdit *edit : {m_start, m_end}) {
        connect(edit, &QDateEdit::editingFinished, this, commitDates);
        // A day picked in the calendar popup is a finished edit too; queued, so the editor has it.
        connect(edit->calendarWidget(), &QCalendarWidget::clicked, this, commitDates, Qt::QueuedConnection);
    }

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->addItem(tr("(not set)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    form->addRow(tr("Time &zone:"), m_timeZone);
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        if (!m_updating)
            m_document->editMeetingField(Meeting::TimeZone, m_timeZone->currentData());
    });

    form->addRow(tr("&Location:"),
                 addLine(Meeting::Location, QStringLiteral("locationEdit"), tr("e.g. Zoom, or a room")));

    QLineEdit *joinUrl = addLine(Meeting::JoinUrl, QStringLiteral("joinUrlEdit"), tr("https://…"));
    auto *openLink = new QPushButton(tr("&Join"));
    openLink->setObjectName(QStringLiteral("openJoinUrlButton"));
    markAsViewControl(openLink);
    openLink->setToolTip(tr("Open the join link in the browser"));
    connect(openLink, &QPushButton::clicked, this, [this, joinUrl] {
        const QUrl url = QUrl::fromUserInput(joinUrl->text());
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http")))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT statusMessage(tr("The join link is not a web address."));
    });
    connect(joinUrl, &QLineEdit::textChanged, openLink,
            [openLink](const QString &t) { openLink->setEnabled(!t.isEmpty()); });
    form->addRow(tr("Join lin&k:"), withButtons(joinUrl, {openLink, copyButton(joinUrl, tr("join link"))}));
    labelFor(form, joinUrl);

    QLineEdit *code
        = addLine(Meeting::MeetingCode, QStringLiteral("meetingCodeEdit"), tr("the conference's meeting ID"));
    form->addRow(tr("&Meeting ID:"), withButtons(code, {copyButton(code, tr("meeting ID"))}));
    labelFor(form, code);

    m_dialIns = new QTableView;
    m_dialIns->setObjectName(QStringLiteral("dialInTable"));
    m_dialIns->setTabKeyNavigation(false);
    m_dialIns->setModel(m_document->dialIns());
    m_dialIns->horizontalHeader()->setStretchLastSection(true);
    m_dialIns->verticalHeader()->hide();
    m_dialIns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dialIns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dialIns->setFixedHeight(m_dialIns->horizontalHeader()->sizeHint().height()
                              + 3 * m_dialIns->verticalHeader()->defaultSectionSize() + 4);
    m_dialIns->setColumnWidth(0, 160);
    auto *addDialIn = new QToolButton;
    addDialIn->setText(tr("Add"));
    addDialIn->setObjectName(QStringLiteral("addDialInButton"));
    auto *removeDialIn = new QToolButton;
    removeDialIn->setText(tr("Remove"));
    removeDialIn->setObjectName(QStringLiteral("removeDialInButton"));
    auto *copyDialIn = new QToolButton;
    copyDialIn->setText(tr("Copy"));
    copyDialIn->setObjectName(QStringLiteral("copyDialInButton"));
    markAsViewControl(copyDialIn);
    copyDialIn->setToolTip(tr("Copy the selected phone number"));
    copyDialIn->setAccessibleName(copyDialIn->toolTip());
    addDialIn->setAccessibleName(tr("Add a dial-in number"));
    removeDialIn->setAccessibleName(tr("Remove the selected dial-in number"));
    connect(addDialIn, &QToolButton::clicked, this, [this] {
        m_document->dialIns()->appendDialIn(QString(), tr("New number"));
        const int row = m_document->dialIns()->rowCount() - 1;
        const QModelIndex idx = m_document->dialIns()->index(row, DialInModel::NumberColumn);
        m_dialIns->setCurrentIndex(idx);
        m_dialIns->edit(idx);
    });
    connect(removeDialIn, &QToolButton::clicked, this, [this] {
        const QModelIndex idx = m_dialIns->currentIndex();
        if (idx.isValid())
            m_document->dialIns()->removeDialIn(idx.row());
    });
    connect(copyDialIn, &QToolButton::clicked, this, [this] {
        QModelIndex idx = m_dialIns->currentIndex();
        if (!idx.isValid())
            idx = m_document->dialIns()->index(0, 0);
        if (!idx.isValid())
            return;
        const QString number = idx.siblingAtColumn(DialInModel::NumberColumn).data().toString();
        QGuiApplication::clipboard()->setText(number);
        Q_EMIT statusMessage(tr("Copied the phone number %1.").arg(number));
    });
    auto *dialButtons = new QVBoxLayout;
    dialButtons->setSpacing(2);
    dialButtons->addWidget(addDialIn);
    dialButtons->addWidget(removeDialIn);
    dialButtons->addWidget(copyDialIn);
    dialButtons->addStretch();
    for (QToolButton *b : {addDialIn, removeDialIn, copyDialIn})
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *dialRow = new QWidget;
    auto *dialLayout = new QHBoxLayout(dialRow);
    dialLayout->setContentsMargins(0, 0, 0, 0);
    dialLayout->addWidget(m_dialIns, 1, Qt::AlignTop);
    dialLayout->addLayout(dialButtons);
    dialRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    form->addRow(tr("Dial-&in numbers:"), dialRow);
    labelFor(form, m_dialIns);

    QLineEdit *sip = addLine(Meeting::SipAddress, QStringLiteral("sipAddressEdit"), tr("e.g. 123456@sip.example.com"));
    form->addRow(tr("S&IP address:"), withButtons(sip, {copyButton(sip, tr("SIP address"))}));
    labelFor(form, sip);

    QLineEdit *hint = addLine(Meeting::PasscodeHint, QStringLiteral("passcodeHintEdit"),
                              tr("Where to find the passcode, e.g. “see #channel on Slack”"));
    hint->setToolTip(tr("Only say where the passcode can be found. Never write the passcode itself here: "
                        "it would be printed and exported."));
    form->addRow(tr("&Passcode:"), hint);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What the meeting is for (Markdown)"));
    // Undo belongs to the library's undo stack, not to the editor.
    m_description->setUndoRedoEnabled(false);
    m_description->setTabChangesFocus(true);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_document->editMeetingField(Meeting::Description, m_description->toPlainText());
    });
    form->addRow(tr("D&escription:"), m_description);

    auto *page = new QWidget;
    page->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_document->models(), &LibraryModels::currentMeetingChanged, this, &OverviewTab::refreshAll);
    connect(m_document->models(), &LibraryModels::meetingsChanged, this, &OverviewTab::refreshSeries);
    connect(m_document->models(), &LibraryModels::meetingFieldChanged, this,
            [this](Id meetingId, Meeting::Field field) {
                if (meetingId == m_document->currentMeetingId())
                    refreshField(field);
            });
    refreshAll();
}

QLineEdit *OverviewTab::addLine(Meeting::Field field, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    nameClearButton(edit);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (field == Meeting::Title && text.trimmed().isEmpty()) {
            Q_EMIT statusMessage(tr("A meeting needs a title; the last one is kept until you type a new one."));
            return;
        }
        m_document->editMeetingField(field, text);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { refreshField(field); });
    return edit;
}

QWidget *OverviewTab::withButtons(QWidget *field, const QList<QWidget *> &buttons)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    for (QWidget *b : buttons)
        layout->addWidget(b);
    return row;
}

QWidget *OverviewTab::copyButton(QLineEdit *source, const QString &what)
{
    auto *button = new QToolButton;
    button->setText(tr("Copy"));
    button->setObjectName(source->objectName() + QStringLiteral("CopyButton"));
    markAsViewControl(button);
    button->setToolTip(tr("Copy the %1").arg(what));
    // Every field has a Copy button: the name says which one it copies.
    button->setAccessibleName(button->toolTip());
    connect(button, &QToolButton::clicked, this, [this, source, what] {
        QGuiApplication::clipboard()->setText(source->text());
        Q_EMIT statusMessage(tr("Copied the %1.").arg(what));
    });
    return button;
}

void OverviewTab::refreshAll()
{
    const bool hasMeeting = m_document->currentMeetingId() != 0;
    setEnabled(hasMeeting);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        refreshField(Meeting::Field(it.key()));
    refreshSeries();
    refreshDates();
    refreshField(Meeting::TimeZone);
    refreshField(Meeting::Description);
}

void OverviewTab::refreshField(Meeting::Field field)
{
    const Meeting &m = m_document->currentMeeting();
    const QScopedValueRollback<bool> guard(m_updating, true);
    if (QLineEdit *edit = m_lines.value(field)) {
        const QString value = m_document->currentMeetingId() ? m.value(field).toString() : QString();
        if (edit->text() != value)
            edit->setText(value);
        return;
    }
    switch (field) {
    case Meeting::SeriesId: refreshSeries(); break;
    case Meeting::StartDate:
    case Meeting::EndDate: refreshDates(); break;
    case Meeting::TimeZone: {
        int i = m_timeZone->findData(m.timeZone);
        if (i < 0) {
            // A zone this system does not know stays visible rather than being lost.
            m_timeZone->addItem(m.timeZone, m.timeZone);
            i = m_timeZone->count() - 1;
        }
        m_timeZone->setCurrentIndex(i);
        break;
    }
    case Meeting::Description:
        if (m_description->toPlainText() != m.description)
            m_description->setPlainText(m.description);
        break;
    default: break;
    }
}

void OverviewTab::refreshSeries()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_series->clear();
    m_series->addItem(tr("(not in a series)"), Id(0));
    for (const Series &s : m_document->seriesList())
        m_series->addItem(s.name, s.id);
    m_series->setCurrentIndex(qMax(0, m_series->findData(m_document->currentMeeting().seriesId)));
}

void OverviewTab::refreshDates()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    const Meeting &m = m_document->currentMeeting();
    m_start->setDate(m.startDate.isValid() ? m.startDate : QDate::currentDate());
    m_end->setDate(m.endDate.isValid() ? m.endDate : QDate::currentDate());
}

} // namespace Quorum
