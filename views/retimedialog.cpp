// SPDX-License-Identifier: GPL-3.0-or-later
#include "retimedialog.h"

#include "livepanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum {

RetimeDialog::RetimeDialog(const LiveRun &run, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_now(now)
    , m_how(new QButtonGroup(this))
    , m_entries(new QListWidget)
    , m_movePinned(new QCheckBox(tr("Move &pinned entries too (a break at a fixed time stays unless this is on)")))
    , m_preview(new QTreeWidget)
    , m_previewNote(new QLabel)
{
    setObjectName(QStringLiteral("retimeDialog"));
    setWindowTitle(tr("Re-time the Rest of the Day"));
    const int late = run.lateMinutes(now);
    auto *lateness = new QLabel(late == 0  ? tr("The run is on time: the rest of the day keeps its times.")
                                : late > 0 ? tr("The run is %n min late.", nullptr, late)
                                           : tr("The run is %n min early.", nullptr, -late));
    lateness->setObjectName(QStringLiteral("retimeLateness"));
    QFont bold = lateness->font();
    bold.setBold(true);
    lateness->setFont(bold);

    const QList<std::pair<LiveRun::Retime, QString>> ways = {
        {LiveRun::Retime::Push, tr("P&ush: everything still to come moves")},
        {LiveRun::Retime::Shorten, tr("&Shorten the chosen entries in proportion to their length")},
        {LiveRun::Retime::Drop, tr("&Drop the chosen entries to the parking lot")},
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lateness);
    for (const auto &[how, text] : ways) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(QStringLiteral("retime%1").arg(int(how)));
        m_how->addButton(radio, int(how));
        layout->addWidget(radio);
    }
    m_how->button(int(LiveRun::Retime::Push))->setChecked(true);

    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *chosenLabel = new QLabel(tr("&Entries to take the time from:"));
    chosenLabel->setBuddy(m_entries);
    left->addWidget(chosenLabel);
    left->addWidget(m_entries);
    m_entries->setObjectName(QStringLiteral("retimeEntries"));
    m_entries->setAccessibleName(tr("Entries to keep at their planned time"));
    for (const Id id : run.upcoming()) {
        const AgendaEntry *e = run.state().entry(id);
        auto *item = new QListWidgetItem(tr("%1  %2 (%n min)", nullptr, e->plannedMinutes())
                                             .arg(LivePanel::timeText(run.plannedStart(id), run.timeZone()), e->title),
                                         m_entries);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview:")));
    m_preview->setObjectName(QStringLiteral("retimePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Entry"), tr("Planned"), tr("New")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    right->addWidget(m_preview);
    m_previewNote->setObjectName(QStringLiteral("retimePreviewNote"));
    m_previewNote->setWordWrap(true);
    right->addWidget(m_previewNote);
    lists->addLayout(left, 1);
    lists->addLayout(right, 1);
    layout->addLayout(lists, 1);
    m_movePinned->setObjectName(QStringLiteral("retimeMovePinned"));
    layout->addWidget(m_movePinned);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Re-time"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_how, &QButtonGroup::idToggled, this, &RetimeDialog::updatePreview);
    connect(m_entries, &QListWidget::itemChanged, this, &RetimeDialog::updatePreview);
    connect(m_movePinned, &QCheckBox::toggled, this, &RetimeDialog::updatePreview);
    resize(1000, 520);
    updatePreview();
}

LiveRun::RetimeChoice RetimeDialog::choice() const
{
    LiveRun::RetimeChoice c;
    c.how = LiveRun::Retime(m_how->checkedId());
    c.movePinned = m_movePinned->isChecked();
    if (c.how != LiveRun::Retime::Push) {
        for (int i = 0; i < m_entries->count(); ++i) {
            if (m_entries->item(i)->checkState() == Qt::Checked)
                c.chosen << m_entries->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    return c;
}

void RetimeDialog::updatePreview()
{
    const LiveRun::RetimeChoice c = choice();
    m_entries->setEnabled(c.how != LiveRun::Retime::Push);
    AgendaState after = m_run.state();
    const bool changes
        = LiveRun::retimeRest(&after, m_run.dayId(), m_run.timeZone(), m_now, c) && !(after == m_run.state());
    const LiveRun retimed(after, m_run.dayId(), m_run.timeZone());
    m_preview->clear();
    for (const Id id : m_run.upcoming()) {
        const AgendaEntry *e = after.entry(id);
        const QString was = LivePanel::timeText(m_run.plannedStart(id), m_run.timeZone());
        const QString becomes
            = e->isParked() ? tr("parked") : LivePanel::timeText(retimed.plannedStart(id), m_run.timeZone());
        QString title = e->title;
        if (e->pinned)
            title = tr("%1 (pinned)").arg(title);
        if (!e->isParked() && e->plannedMinutes() != m_run.state().entry(id)->plannedMinutes())
            title = tr("%1 (%n min)", nullptr, e->plannedMinutes()).arg(title);
        auto *item = new QTreeWidgetItem(m_preview, {title, was, becomes});
        item->setData(0, Qt::UserRole, id);
        if (was != becomes) {
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
        }
    }
    const bool needsChoice = c.how != LiveRun::Retime::Push && c.chosen.isEmpty();
    m_previewNote->setText(needsChoice ? tr("Tick the entries to take the time from.")
                           : changes   ? QString()
                                       : tr("Nothing changes."));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(changes);
}

} // namespace Quorum
