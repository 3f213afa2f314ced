// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/meetingshape.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Quorum {

class MeetingDocument;

/**
 * Meeting › New Meeting from Template…: choose a template (and rename or delete templates in the
 * same list), a series, a title and the first day. The window makes the meeting from the
 * template's shape in one undo step (MeetingDocument::addMeetingFromShape).
 */
class TemplateDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateDialog(MeetingDocument *document, Id seriesId, QWidget *parent = nullptr);

    /** The chosen template, or nullopt. */
    std::optional<MeetingTemplate> chosen() const;
    Id seriesId() const;
    QString title() const;
    QDate startDate() const;

private:
    void showTemplates(Id select);
    void describe();
    void suggestDate();

    MeetingDocument *m_document;
    QList<MeetingTemplate> m_templates;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QComboBox *m_series;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDialogButtonBox *m_buttons;
    bool m_filling = false;
};

} // namespace Quorum
