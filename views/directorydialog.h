// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/person.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

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
    explicit DirectoryDialog(MeetingDocument *document, QWidget *parent = nullptr);

    void selectPerson(Id personId);

private:
    QWidget *buildPeoplePage();
    QWidget *buildGroupsPage();
    void refresh();
    void showPerson();
    void showGroup();
    void commitPerson();
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
    QListWidget *m_groups;
    QLineEdit *m_groupName;
    QListWidget *m_members;
    bool m_filling = false;
};

} // namespace Quorum
