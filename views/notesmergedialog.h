// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Quorum {

/**
 * Two people typed into the same agenda entry's running notes of a team library, and the other
 * person saved first: nothing was overwritten. Their notes (saved) are shown beside yours (not
 * saved yet), and yours can be edited into the merged text before saving. Keeping theirs drops
 * yours; Cancel keeps yours unsaved in the editor.
 */
class NotesMergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome {
        Cancelled = QDialog::Rejected,
        SaveMerged = QDialog::Accepted,
        KeepTheirs,
    };

    NotesMergeDialog(const QString &entryTitle, const QString &who, const QString &theirs, const QString &yours,
                     QWidget *parent = nullptr);

    /** The text to save (yours as edited here). */
    QString merged() const;

private:
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_yours;
};

} // namespace Quorum
