// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluenceimportdialog.h"

#include "export/jsonkeys.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, const QString &details = QString())
{
    auto *item = new QTreeWidgetItem(parent, {text, details});
    item->setToolTip(0, text);
    item->setToolTip(1, details);
    return item;
}

QString entryLine(const QJsonObject &e)
{
    const QString start = e.value(JsonKeys::Start).toString();
    return start.isEmpty() ? e.value(JsonKeys::Title).toString()
                           : QStringLiteral("%1  %2").arg(start, e.value(JsonKeys::Title).toString());
}

} // namespace

ConfluenceImportDialog::ConfluenceImportDialog(const QString &fileName, ConfluenceImport::Reading reading,
                                               Reread reread, QWidget *parent)
    : QDialog(parent)
    , m_reading(std::move(reading))
    , m_reread(std::move(reread))
{
    setWindowTitle(tr("Import Confluence Pages"));
    setObjectName(QStringLiteral("confluenceImportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("What will be imported from <b>%1</b>. Nothing is written until you import; "
                                  "the import is one step that Edit › Undo takes back.")
                                   .arg(QFileInfo(fileName).fileName().toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_series = new QLineEdit(this);
    m_series->setObjectName(QStringLiteral("seriesEdit"));
    m_series->setPlaceholderText(tr("From each page's title, without its date"));
    m_series->setAccessibleName(tr("Series"));
    form->addRow(tr("&Series:"), m_series);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_dateLabel = new QLabel(tr("&Date of a page without one:"), this);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    layout->addLayout(form);
    connect(m_series, &QLineEdit::editingFinished, this, &ConfluenceImportDialog::readAgain);
    connect(m_date, &QDateEdit::dateChanged, this, &ConfluenceImportDialog::readAgain);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("importPreview"));
    m_tree->setHeaderLabels({tr("Item"), tr("Details")});
    m_tree->setAccessibleName(tr("What will be imported"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(900, 640);
    m_askDate = !m_reading.isComplete();
    showReading();
}

void ConfluenceImportDialog::readAgain()
{
    ConfluenceImport::Options options;
    options.series = m_series->text().simplified();
    if (m_askDate)
        options.date = m_date->date();
    ConfluenceImport::Reading reading;
    QString error;
    if (!m_reread || !m_reread(options, &reading, &error)) {
        m_summary->setText(error.toHtmlEscaped());
        return;
    }
    m_reading = reading;
    showReading();
}

void ConfluenceImportDialog::showReading()
{
    m_tree->clear();
    bool undated = false;
    for (const ConfluencePage &page : std::as_const(m_reading.pages)) {
        addPage(page);
        undated = undated || !page.meeting.contains(JsonKeys::StartDate);
    }
    m_askDate = m_askDate || undated;
    m_dateLabel->setVisible(m_askDate);
    m_date->setVisible(m_askDate);
    if (!m_reading.skipped.isEmpty()) {
        auto *left = new QTreeWidgetItem(m_tree, {tr("Left out (%1)").arg(m_reading.skipped.size())});
        for (const QString &s : std::as_const(m_reading.skipped))
            addItem(left, s);
        left->setExpanded(true);
    }
    int newPeople = 0;
    for (const WikiPersonMatch &m : std::as_const(m_reading.personMatches))
        newPeople += m.personId ? 0 : 1;
    int replacing = 0;
    for (const ConfluencePage &page : std::as_const(m_reading.pages))
        replacing += page.replaces ? 1 : 0;
    QString text = tr("Read as: %1. Meetings: %2 (replacing %3 imported before). New people for the directory: %4. "
                      "Parts not recognised: %5 (listed below with their page text).")
                       .arg(WikiSource::kindName(m_reading.kind))
                       .arg(m_reading.pages.size())
                       .arg(replacing)
                       .arg(newPeople)
                       .arg(m_reading.noticeCount());
    if (!m_reading.isComplete())
        text += QLatin1Char(' ') + tr("A page gives no date: choose one above.");
    m_summary->setText(text.toHtmlEscaped());
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_reading.pages.isEmpty());
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, qBound(280, m_tree->columnWidth(0), 520));
}

void ConfluenceImportDialog::addPage(const ConfluencePage &page)
{
    const QJsonObject &m = page.meeting;
    const QString dates
        = m.contains(JsonKeys::StartDate) ? (
              m.value(JsonKeys::StartDate) == m.value(JsonKeys::EndDate)
                  ? m.value(JsonKeys::StartDate).toString()
                  : tr("%1 to %2").arg(m.value(JsonKeys::StartDate).toString(), m.value(JsonKeys::EndDate).toString()))
                                          : tr("no date on the page");
    auto *top = new QTreeWidgetItem(m_tree, {page.title, dates});
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    top->setExpanded(true);
    if (page.replaces)
        addItem(top, tr("Replaces this meeting in the library"),
                tr("same title and date; the page replaces its contents"));

    auto *logistics = addItem(top, tr("Logistics"));
    for (const auto &[key, label] : {std::pair{JsonKeys::Location, tr("Location")},
                                     {JsonKeys::JoinUrl, tr("Join link")},
                                     {JsonKeys::MeetingCode, tr("Meeting ID")},
                                     {JsonKeys::SipAddress, tr("SIP")},
                                     {JsonKeys::PasscodeHint, tr("Passcode")},
                                     {JsonKeys::TimeZone, tr("Time zone")}}) {
        if (m.contains(key))
            addItem(logistics, label, m.value(key).toString());
    }
    for (const QJsonValue &d : m.value(JsonKeys::DialIns).toArray())
        addItem(
            logistics, tr("Dial-in"),
            QStringLiteral("%1 %2")
                .arg(d.toObject().value(JsonKeys::Label).toString(), d.toObject().value(JsonKeys::Number).toString())
                .trimmed());

    const QJsonArray days = m.value(JsonKeys::Days).toArray();
    QHash<QString, QString> entryTitles;
    auto *agenda = addItem(top, tr("Agenda (days: %1)").arg(days.size()));
    agenda->setExpanded(true);
    int dayNumber = 0;
    for (const QJsonValue &dv : days) {
        const QJsonObject d = dv.toObject();
        const QJsonArray items = d.value(JsonKeys::Agenda).toArray();
        auto *day = addItem(agenda, tr("Day %1: %2").arg(++dayNumber).arg(d.value(JsonKeys::Date).toString()),
                            items.isEmpty() ? tr("no entries") : QString());
        for (const QJsonValue &iv : items) {
            const QJsonObject item = iv.toObject();
            const auto addEntry = [&](QTreeWidgetItem *parent, const QJsonObject &e) {
                QStringList who;
                for (const QJsonValue &c : e.value(JsonKeys::Coordinators).toArray())
                    who << m_reading.nameOf(c.toString());
                QString details = who.join(QStringLiteral(", "));
                if (e.value(JsonKeys::DurationMinutes).toInt() > 0)
                    details = tr("%1 min").arg(e.value(JsonKeys::DurationMinutes).toInt())
                              + (details.isEmpty() ? QString() : QStringLiteral(" · ") + details);
                if (e.contains(JsonKeys::RunningNotes))
                    details += (details.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("running notes");
                addItem(parent, entryLine(e), details);
                entryTitles.insert(e.value(JsonKeys::Key).toString(), e.value(JsonKeys::Title).toString());
            };
            if (item.value(JsonKeys::Kind).toString() == QLatin1String("block")) {
                auto *block = addItem(
                    day, tr("Moderator: %1").arg(m_reading.nameOf(item.value(JsonKeys::Moderator).toString())));
                block->setExpanded(true);
                for (const QJsonValue &e : item.value(JsonKeys::Entries).toArray())
                    addEntry(block, e.toObject());
            } else {
                addEntry(day, item);
            }
        }
        day->setExpanded(true);
    }

    const QJsonArray participants = m.value(JsonKeys::Participants).toArray();
    auto *people = addItem(top, tr("Participants (%1)").arg(participants.size()));
    for (const QJsonValue &p : participants) {
        const QString key = p.toObject().value(JsonKeys::Person).toString();
        addItem(people, m_reading.nameOf(key),
                m_reading.isInDirectory(key) ? tr("in the directory") : tr("new: joins the directory"));
    }

    const QJsonArray actions = m.value(JsonKeys::ActionItems).toArray();
    auto *actionItems = addItem(top, tr("Action items (%1)").arg(actions.size()));
    for (const QJsonValue &av : actions) {
        const QJsonObject a = av.toObject();
        QStringList who;
        for (const QJsonValue &x : a.value(JsonKeys::Assignees).toArray()) {
            const QJsonObject o = x.toObject();
            who << m_reading.nameOf(o.contains(JsonKeys::Group) ? o.value(JsonKeys::Group).toString()
                                                                : o.value(JsonKeys::Person).toString());
        }
        QStringList details;
        details << (a.value(JsonKeys::Done).toBool() ? tr("done") : tr("open"));
        if (a.contains(JsonKeys::DueDate))
            details << tr("due %1").arg(a.value(JsonKeys::DueDate).toString());
        if (a.contains(JsonKeys::Entry))
            details << tr("under “%1”").arg(entryTitles.value(a.value(JsonKeys::Entry).toString()));
        if (a.contains(JsonKeys::ExternalRef))
            details << a.value(JsonKeys::ExternalRef).toString();
        addItem(actionItems,
                QStringLiteral("%1 %2 \u2014 %3")
                    .arg(a.value(JsonKeys::Done).toBool() ? QStringLiteral("\u2611") : QStringLiteral("\u2610"),
                         who.isEmpty() ? tr("(nobody)") : who.join(QStringLiteral(", ")),
                         a.value(JsonKeys::Description).toString()),
                details.join(QStringLiteral(" · ")));
    }

    const QJsonArray attachments = m.value(JsonKeys::Attachments).toArray();
    auto *files = addItem(top, tr("Attached documents (%1)").arg(attachments.size()),
                          tr("names only; the files stay on the page"));
    for (const QJsonValue &av : attachments) {
        const QJsonObject a = av.toObject();
        addItem(files, a.value(JsonKeys::FileName).toString(),
                QStringLiteral("%1 %2")
                    .arg(a.value(JsonKeys::ModifiedAt).toString().left(10),
                         m_reading.nameOf(a.value(JsonKeys::UploadedBy).toString()))
                    .trimmed());
    }
    const QJsonArray requests = m.value(JsonKeys::TopicRequests).toArray();
    auto *topics = addItem(top, tr("Topic requests (%1)").arg(requests.size()));
    for (const QJsonValue &rv : requests) {
        const QJsonObject r = rv.toObject();
        QStringList by;
        for (const QJsonValue &p : r.value(JsonKeys::RequestedBy).toArray())
            by << m_reading.nameOf(p.toString());
        addItem(
            topics, r.value(JsonKeys::Topic).toString(),
            QStringLiteral("%1 %2")
                .arg(by.join(QStringLiteral(", ")), r.contains(JsonKeys::MinutesRequired)
                                                        ? tr("(%1 min)").arg(r.value(JsonKeys::MinutesRequired).toInt())
                                                        : QString())
                .trimmed());
    }
    if (!page.summaryTasks.isEmpty()) {
        auto *summary = addItem(top, tr("Action Item Summary (%1)").arg(page.summaryTasks.size()),
                                tr("other meetings' tasks: their state is updated where the library has them; "
                                   "never added to this meeting"));
        for (const SummaryTask &t : page.summaryTasks)
            addItem(summary,
                    QStringLiteral("%1 %2").arg(t.done ? QStringLiteral("\u2611") : QStringLiteral("\u2610"),
                                                t.description),
                    t.meetingTitle);
    }
    if (!page.notices.isEmpty()) {
        auto *notices = addItem(top, tr("Not recognised (%1)").arg(page.notices.size()),
                                tr("not imported; the page text is shown"));
        notices->setExpanded(true);
        for (const WikiNotice &n : page.notices)
            addItem(notices, n.message, n.source);
    }
}

} // namespace Quorum
