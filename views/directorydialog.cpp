// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorydialog.h"

#include "meetingdocument.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

bool confirmMerge(QWidget *parent, const QString &text)
{
    QMessageBox box(QMessageBox::Question, DirectoryDialog::tr("Merge People"), text, QMessageBox::NoButton, parent);
    QPushButton *merge = box.addButton(DirectoryDialog::tr("&Merge"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    // A merge is undoable, but never the answer to a stray Enter.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == merge;
}

/** The directory's people in the order lists show them: by shown name. */
QList<Person> peopleByName(const PersonDirectory *directory)
{
    QList<Person> people = directory->people();
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return a.shownName().compare(b.shownName(), Qt::CaseInsensitive) < 0;
    });
    return people;
}

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &a : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!a.trimmed().isEmpty() && !aliases.contains(a.trimmed(), Qt::CaseInsensitive))
            aliases << a.trimmed();
    }
    return aliases;
}
} // namespace

DirectoryDialog::DirectoryDialog(MeetingDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_filter(new QLineEdit)
    , m_people(new QListWidget)
    , m_name(new QLineEdit)
    , m_username(new QLineEdit)
    , m_email(new QLineEdit)
    , m_team(new QLineEdit)
    , m_aliases(new QLineEdit)
    , m_appearances(new QLabel)
    , m_mergeTarget(new QComboBox)
    , m_merge(new QPushButton(tr("&Merge Into")))
    , m_emailProblem(new QLabel)
    , m_groups(new QListWidget)
    , m_groupName(new QLineEdit)
    , m_members(new QListWidget)
    , m_confirmMerge(confirmMerge)
{
    setWindowTitle(tr("Person Directory"));
    auto *tabs = new QTabWidget;
    tabs->addTab(buildPeoplePage(), tr("&People"));
    tabs->addTab(buildGroupsPage(), tr("&Groups"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    auto *note = new QLabel(tr("Changes are saved at once; Edit › Undo takes them back."));
    if (m_document->isReadOnly()) {
        // Opened from a search hit in a read-only library: to read who someone is and where they appear.
        markAsViewControl(m_filter);
        setViewOnly(tabs);
        note->setText(tr("The library is read-only: the directory can be read, not changed."));
    }
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_document->models(), &LibraryModels::directoryChanged, this, &DirectoryDialog::refresh);
    refresh();
    if (m_people->count())
        m_people->setCurrentRow(0);
    if (m_groups->count())
        m_groups->setCurrentRow(0);
}

QWidget *DirectoryDialog::buildPeoplePage()
{
    m_filter->setObjectName(QStringLiteral("directoryFilter"));
    m_filter->setPlaceholderText(tr("Find by name, username or alias"));
    m_filter->setClearButtonEnabled(true);
    nameClearButton(m_filter);
    m_people->setObjectName(QStringLiteral("directoryPeopleList"));
    m_filter->setAccessibleName(tr("Find people"));
    m_people->setAccessibleName(tr("People"));
    m_name->setObjectName(QStringLiteral("personNameEdit"));
    m_username->setObjectName(QStringLiteral("personUsernameEdit"));
    m_email->setObjectName(QStringLiteral("personEmailEdit"));
    m_team->setObjectName(QStringLiteral("personTeamEdit"));
    m_aliases->setObjectName(QStringLiteral("personAliasesEdit"));
    m_aliases->setPlaceholderText(tr("Other names, separated by commas (K-T Lim, KT)"));
    m_appearances->setObjectName(QStringLiteral("personAppearances"));
    m_appearances->setWordWrap(true);
    m_appearances->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailProblem->setObjectName(QStringLiteral("personEmailProblem"));
    m_emailProblem->setWordWrap(true);
    m_emailProblem->hide();
    m_mergeTarget->setObjectName(QStringLiteral("mergeTargetCombo"));
    m_mergeTarget->setAccessibleName(tr("Person to keep"));
    m_mergeTarget->setPlaceholderText(tr("Choose the person to keep…"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    // Enter in a field saves the field; it must never press Merge.
    m_merge->setAutoDefault(false);
    m_merge->setEnabled(false);
    m_merge->setToolTip(tr("This person becomes the one chosen: every meeting, agenda entry, action item and upload "
                           "moves there, and this person's names become aliases. You are asked first; Undo takes it "
                           "back."));
    connect(m_mergeTarget, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_merge->setEnabled(index >= 0); });

    for (QLineEdit *edit : {m_name, m_username, m_email, m_team, m_aliases})
        connect(edit, &QLineEdit::editingFinished, this, &DirectoryDialog::commitPerson);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_people->count(); ++i) {
            QListWidgetItem *item = m_people->item(i);
            item->setHidden(!item->data(Qt::UserRole + 2).toString().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_people, &QListWidget::currentRowChanged, this, &DirectoryDialog::showPerson);
    connect(m_merge, &QPushButton::clicked, this, &DirectoryDialog::merge);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("Appears in:"), m_appearances);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_mergeTarget, 1);
    mergeRow->addWidget(m_merge);
    form->addRow(tr("Same person as:"), mergeRow);

    auto *left = new QVBoxLayout;
    left->addWidget(m_filter);
    left->addWidget(m_people);
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 2);
    layout->addLayout(form, 3);
    return page;
}

QWidget *DirectoryDialog::buildGroupsPage()
{
    m_groups->setObjectName(QStringLiteral("directoryGroupList"));
    m_groupName->setObjectName(QStringLiteral("groupNameEdit"));
    m_members->setObjectName(QStringLiteral("groupMembersList"));
    auto *add = new QPushButton(tr("&New Group"));
    add->setObjectName(QStringLiteral("newGroupButton"));
    auto *remove = new QPushButton(tr("&Remove Group"));
    remove->setObjectName(QStringLiteral("removeGroupButton"));
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(m_groups, &QListWidget::currentRowChanged, this, &DirectoryDialog::showGroup);
    connect(add, &QPushButton::clicked, this, [this] {
        QList<PersonGroup> after = m_document->directory()->groups();
        PersonGroup g;
        g.id = m_document->directory()->newGroupId(after);
        g.name = tr("New group %1").arg(after.size() + 1);
        after.append(g);
        m_document->directory()->editGroups(after, tr("Add the group “%1”").arg(g.name));
        for (int i = 0; i < m_groups->count(); ++i) {
            if (m_groups->item(i)->data(IdRole).toLongLong() == g.id)
                m_groups->setCurrentRow(i);
        }
        m_groupName->setFocus();
        m_groupName->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<PersonGroup> after = m_document->directory()->groups();
        const Id id = currentGroupId();
        const auto gone = std::remove_if(after.begin(), after.end(), [id](const PersonGroup &g) { return g.id == id; });
        if (gone == after.end())
            return;
        const QString name = gone->name;
        after.erase(gone, after.end());
        m_document->directory()->editGroups(after, tr("Remove the group “%1”").arg(name));
    });
    connect(m_groupName, &QLineEdit::editingFinished, this, [this] {
        QList<PersonGroup> after = m_document->directory()->groups();
        for (PersonGroup &g : after) {
            if (g.id == currentGroupId() && g.name != m_groupName->text().trimmed()) {
                const QString old = g.name;
                g.name = m_groupName->text().trimmed();
                m_document->directory()->editGroups(after, tr("Rename the group “%1”").arg(old));
                return;
            }
        }
    });
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        QList<PersonGroup> after = m_document->directory()->groups();
        for (PersonGroup &g : after) {
            if (g.id != currentGroupId())
                continue;
            const Id person = item->data(IdRole).toLongLong();
            if (item->checkState() == Qt::Checked && !g.memberIds.contains(person))
                g.memberIds.append(person);
            else if (item->checkState() == Qt::Unchecked)
                g.memberIds.removeAll(person);
            m_document->directory()->editGroups(after, item->checkState() == Qt::Checked
                                                           ? tr("Add %1 to “%2”").arg(item->text(), g.name)
                                                           : tr("Take %1 out of “%2”").arg(item->text(), g.name));
            return;
        }
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_groups);
    left->addLayout(buttons);
    auto *right = new QFormLayout;
    right->addRow(tr("Na&me:"), m_groupName);
    right->addRow(tr("Mem&bers:"), m_members);
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    return page;
}

Id DirectoryDialog::currentPersonId() const
{
    return m_people->currentItem() ? m_people->currentItem()->data(IdRole).toLongLong() : 0;
}

Id DirectoryDialog::currentGroupId() const
{
    return m_groups->currentItem() ? m_groups->currentItem()->data(IdRole).toLongLong() : 0;
}

void DirectoryDialog::selectPerson(Id personId)
{
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(IdRole).toLongLong() == personId)
            m_people->setCurrentRow(i);
    }
}

void DirectoryDialog::refresh()
{
    const Id person = currentPersonId();
    const Id group = currentGroupId();
    {
        const QScopedValueRollback<bool> guard(m_filling, true);
        const QList<Person> people = peopleByName(m_document->directory());
        m_people->clear();
        for (const Person &p : people) {
            auto *item = new QListWidgetItem(p.shownName(), m_people);
            item->setData(IdRole, p.id);
            item->setData(
                Qt::UserRole + 2,
                QStringList({p.shownName(), p.username, p.aliases.join(QLatin1Char(' '))}).join(QLatin1Char(' ')));
        }
        m_groups->clear();
        for (const PersonGroup &g : m_document->directory()->groups()) {
            auto *item = new QListWidgetItem(g.name, m_groups);
            item->setData(IdRole, g.id);
        }
    }
    selectPerson(person);
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->data(IdRole).toLongLong() == group)
            m_groups->setCurrentRow(i);
    }
    m_filter->setText(m_filter->text()); // re-apply the filter to the new list
    showPerson();
    showGroup();
}

void DirectoryDialog::showPerson()
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    const Person p = m_document->directory()->person(currentPersonId());
    for (QLineEdit *edit : {m_name, m_username, m_email, m_team, m_aliases})
        edit->setEnabled(p.id != 0);
    m_name->setText(p.displayName);
    m_username->setText(p.username);
    m_email->setText(p.email);
    m_team->setText(p.team);
    m_aliases->setText(p.aliases.join(QStringLiteral(", ")));
    m_emailProblem->hide();
    fillMergeTargets(p.id);
    if (!p.id) {
        m_appearances->clear();
        return;
    }
    const Appearances a = m_document->directory()->appearances(p.id);
    QStringList lines;
    lines << (a.meetings.isEmpty() ? tr("No meetings.")
                                   : tr("Meetings: %1").arg(a.meetings.join(QStringLiteral("; "))));
    lines << tr("Agenda entries coordinated: %1. Blocks moderated: %2.").arg(a.coordinated).arg(a.moderated);
    lines << tr("Action items: %1. Topics requested: %2. Attachments uploaded: %3.")
                 .arg(a.actionItems)
                 .arg(a.requests)
                 .arg(a.uploads);
    if (!a.groups.isEmpty())
        lines << tr("Groups: %1").arg(a.groups.join(QStringLiteral(", ")));
    m_appearances->setText(lines.join(QLatin1Char('\n')));
}

void DirectoryDialog::fillMergeTargets(Id personId)
{
    // Everyone but the person shown, and nobody picked: the one to keep is always a choice.
    m_mergeTarget->clear();
    m_mergeTarget->setEnabled(personId != 0);
    if (!personId)
        return;
    const QList<Person> people = peopleByName(m_document->directory());
    for (const Person &p : people) {
        if (p.id != personId)
            m_mergeTarget->addItem(p.shownName(), p.id);
    }
    m_mergeTarget->setCurrentIndex(-1);
}

void DirectoryDialog::merge()
{
    const Id survivor = m_mergeTarget->currentIndex() >= 0 ? m_mergeTarget->currentData().toLongLong() : 0;
    const Id merged = currentPersonId();
    const QString text = m_document->directory()->describeMerge(survivor, merged);
    if (text.isEmpty() || !m_confirmMerge(this, text))
        return;
    m_document->directory()->mergePeople(survivor, merged);
    selectPerson(survivor);
}

void DirectoryDialog::commitPerson()
{
    if (m_filling || !currentPersonId())
        return;
    Person p = m_document->directory()->person(currentPersonId());
    p.displayName = m_name->text().trimmed();
    p.username = m_username->text().trimmed();
    // An email that cannot be one is said here and kept in the field to correct; the rest is saved.
    const QString email = m_email->text().trimmed();
    const bool plausible = Person::isPlausibleEmail(email);
    m_emailProblem->setVisible(!plausible);
    m_emailProblem->setText(tr("Not saved: “%1” does not look like an email address (name@example.org).").arg(email));
    if (plausible)
        p.email = email;
    p.team = m_team->text().trimmed();
    p.aliases = splitAliases(m_aliases->text());
    m_document->directory()->editPerson(p);
}

void DirectoryDialog::showGroup()
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    const Id id = currentGroupId();
    PersonGroup group;
    for (const PersonGroup &g : m_document->directory()->groups()) {
        if (g.id == id)
            group = g;
    }
    m_groupName->setEnabled(id != 0);
    m_groupName->setText(group.name);
    m_members->clear();
    if (!id)
        return;
    const QList<Person> people = peopleByName(m_document->directory());
    for (const Person &p : people) {
        auto *item = new QListWidgetItem(p.shownName(), m_members);
        item->setData(IdRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(group.memberIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace Quorum
