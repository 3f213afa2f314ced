// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filedialogs.h"
#include "mail/minutesmail.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Quorum {

/**
 * File › Send Minutes…: the minutes mail (MinutesMail) to look at before it goes: To (the
 * participants with an address; the others named as not reachable), From (remembered),
 * Subject, the plain text. "Open in Mail Client" hands it to xdg-email (the PDF saved to a
 * temporary folder that is kept, as the mail client reads it later); "Save As .eml…" writes the
 * whole message, which a mail client opens as a draft.
 */
class SendMinutesDialog : public QDialog
{
    Q_OBJECT

public:
    /** Starts program with arguments, detached; false when it could not start. Tests inject their own. */
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    SendMinutesDialog(const MinutesMail &mail, const FileDialogs &dialogs, QWidget *parent = nullptr);

    /** xdgEmail: the program's path, or empty when it is not installed (the button is then disabled, saying why). */
    void setLauncher(const QString &xdgEmail, Launcher launcher);
    /** The message as it would be sent now: From and Subject as edited. */
    MailMessage message() const;

    /** xdg-email's path (QStandardPaths::findExecutable), or empty. */
    static QString findXdgEmail();
    /** QProcess::startDetached. */
    static Launcher standardLauncher();
    /** The From address last used in this dialog ("Name <addr>"), kept in QSettings; empty at first. */
    static QString rememberedFrom();
    static void rememberFrom(const QString &from);

    /** Saves the message to a file the user chooses; false when cancelled or failed (said). */
    bool saveAsEml();
    /** Hands the message to xdg-email; false when it could not (said). */
    bool openInMailClient();

private:
    void updateState();
    void fail(const QString &message);

    MinutesMail m_mail;
    FileDialogs m_dialogs;
    QString m_xdgEmail;
    Launcher m_launcher;
    QLineEdit *m_from = nullptr;
    QLabel *m_fromProblem = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_unreachable = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Quorum
