// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Quorum {

class MeetingDocument;

/**
 * The library's person directory: people (names, aliases, where they appear, merging) and groups
 * (name and members). Every change is one step on the library's undo stack.
 */
class DirectoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** Asked before a merge, with what it does in words; true goes ahead. Tests answer it. */
    using ConfirmMerge = std::function<bool(QWidget *parent, const QString &text)>;

    explicit DirectoryDialog(MeetingDocument *document, QWidget *parent = nullptr);

    void selectPerson(Id personId);
    void setConfirmMerge(ConfirmMerge confirm) { m_confirmMerge = std::move(confirm); }

private:
    QWidget *buildPeoplePage();
    QWidget *buildGroupsPage();
    void refresh();
    void showPerson();
    void showGroup();
    void commitPerson();
    void fillMergeTargets(Id personId);
    void merge();
    Id currentPersonId() const;
    Id currentGroupId() const;

    MeetingDocument *m_document;
    QLineEdit *m_filter;
    QListWidget *m_people;
    QLineEdit *m_name;
    QLineEdit *m_username;
    QLineEdit *m_email;
    QLineEdit *m_team;
    QLineEdit *m_aliases;
    QLabel *m_appearances;
    QComboBox *m_mergeTarget;
    QPushButton *m_merge;
    QLabel *m_emailProblem;
    QListWidget *m_groups;
    QLineEdit *m_groupName;
    QListWidget *m_members;
    bool m_filling = false;
    ConfirmMerge m_confirmMerge;
};

} // namespace Quorum
