// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendminutesdialog.h"

#include "attachments/safefilename.h"
#include "export/exportfile.h"
#include "tonestyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Quorum {

namespace {

const QString FromKey = QStringLiteral("mail/from");

} // namespace

SendMinutesDialog::SendMinutesDialog(const MinutesMail &mail, const FileDialogs &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_mail(mail)
    , m_dialogs(dialogs)
    , m_xdgEmail(findXdgEmail())
    , m_launcher(standardLauncher())
{
    setWindowTitle(tr("Send Minutes"));
    setObjectName(QStringLiteral("sendMinutesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_from = new QLineEdit(mail.message.from.address.isEmpty() ? rememberedFrom() : mail.message.from.toString(), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(tr("Your Name <you@example.org> (empty: the mail client's account)"));
    form->addRow(tr("&From:"), m_from);
    m_fromProblem = new QLabel(this);
    m_fromProblem->setObjectName(QStringLiteral("fromProblemLabel"));
    ToneStyle::follow(m_fromProblem, [] { return ToneStyle::textColour(Tones::Tone::Problem); });
    m_fromProblem->hide();
    form->addRow(QString(), m_fromProblem);

    QStringList to;
    for (const MailAddress &a : mail.message.to)
        to << a.toString().toHtmlEscaped();
    m_to = new QLabel(to.isEmpty() ? tr("<i>No participant has a mail address.</i>") : to.join(QStringLiteral(", ")),
                      this);
    m_to->setObjectName(QStringLiteral("toLabel"));
    m_to->setTextFormat(Qt::RichText);
    m_to->setWordWrap(true);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), m_to);
    m_unreachable
        = new QLabel(mail.unreachable.isEmpty()
                         ? tr("Every participant has a mail address.")
                         : tr("Not reachable, no mail address: %1").arg(mail.unreachable.join(QStringLiteral(", "))),
                     this);
    m_unreachable->setObjectName(QStringLiteral("unreachableLabel"));
    m_unreachable->setWordWrap(true);
    m_unreachable->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_unreachable);

    m_subject = new QLineEdit(mail.message.subject, this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setCursorPosition(0);
    form->addRow(tr("&Subject:"), m_subject);
    const QString attached
        = mail.message.attachments.isEmpty() ? QString() : mail.message.attachments.constFirst().fileName;
    auto *attachment = new QLabel(tr("%1 (PDF, %2 KB)").arg(attached).arg((mail.pdf.size() + 1023) / 1024), this);
    attachment->setObjectName(QStringLiteral("attachmentLabel"));
    attachment->setTextFormat(Qt::PlainText);
    form->addRow(tr("Attached:"), attachment);

    m_preview = new QPlainTextEdit(mail.message.plainText, this);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setAccessibleName(tr("The mail's text"));
    m_preview->setReadOnly(true);
    layout->addWidget(m_preview, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open in Mail Client"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openInMailClientButton"));
    m_save = buttons->addButton(tr("Save &As .eml…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveEmlButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &SendMinutesDialog::openInMailClient);
    connect(m_save, &QPushButton::clicked, this, &SendMinutesDialog::saveAsEml);
    connect(m_from, &QLineEdit::textChanged, this, &SendMinutesDialog::updateState);
    connect(m_subject, &QLineEdit::textChanged, this, &SendMinutesDialog::updateState);
    resize(720, 620);
    updateState();
}

void SendMinutesDialog::setLauncher(const QString &xdgEmail, Launcher launcher)
{
    m_xdgEmail = xdgEmail;
    m_launcher = std::move(launcher);
    updateState();
}

QString SendMinutesDialog::findXdgEmail()
{
    return QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
}

SendMinutesDialog::Launcher SendMinutesDialog::standardLauncher()
{
    return [](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    };
}

QString SendMinutesDialog::rememberedFrom()
{
    return QSettings().value(FromKey).toString();
}

void SendMinutesDialog::rememberFrom(const QString &from)
{
    QSettings().setValue(FromKey, from);
}

MailMessage SendMinutesDialog::message() const
{
    MailMessage m = m_mail.message;
    const QString from = m_from->text().trimmed();
    m.from = from.isEmpty() ? MailAddress() : MailAddress::parse(from).value_or(MailAddress());
    m.subject = m_subject->text();
    return m;
}

void SendMinutesDialog::updateState()
{
    const QString from = m_from->text().trimmed();
    const bool fromOk = from.isEmpty() || MailAddress::parse(from).has_value();
    m_fromProblem->setVisible(!fromOk);
    m_fromProblem->setText(tr("Not a mail address: write Your Name <you@example.org>, or leave it empty."));
    const bool hasRecipients = !m_mail.message.to.isEmpty();
    m_save->setEnabled(fromOk);
    m_save->setToolTip(fromOk ? tr("Save the whole message (text, HTML and the PDF) as a draft a mail client opens")
                              : m_fromProblem->text());
    m_open->setEnabled(fromOk && hasRecipients && !m_xdgEmail.isEmpty());
    if (m_xdgEmail.isEmpty())
        m_open->setToolTip(tr("xdg-email is not installed (package xdg-utils): save the message as .eml instead."));
    else if (!hasRecipients)
        m_open->setToolTip(tr("No participant has a mail address to send to."));
    else
        m_open->setToolTip(tr("Open a new message in the desktop's mail client, with the text and the PDF attached"));
}

void SendMinutesDialog::fail(const QString &message)
{
    ToneStyle::setTextTone(m_status, Tones::Tone::Problem);
    m_status->setText(message);
}

bool SendMinutesDialog::saveAsEml()
{
    const QString suggested = SafeFileName::make(m_subject->text()) + QStringLiteral(".eml");
    const QString path = m_dialogs.saveFile(this, tr("Save Minutes Mail"), tr("Mail messages (*.eml)"), suggested);
    if (path.isEmpty())
        return false;
    const QByteArray bytes = message().toBytes();
    QString error;
    if (!ExportFile::write(path, ExportFile::bytes(bytes), &error)) {
        fail(tr("%1 Nothing was saved.").arg(error));
        return false;
    }
    rememberFrom(m_from->text().trimmed());
    ToneStyle::setTextTone(m_status, std::nullopt);
    m_status->setText(tr("Saved to %1: open it in a mail client to send it.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SendMinutesDialog::openInMailClient()
{
    if (m_xdgEmail.isEmpty() || m_mail.message.to.isEmpty())
        return false;
    // Kept after the dialog closes: the mail client reads the attachment when it gets to it.
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("quorum-mail-XXXXXX")));
    dir.setAutoRemove(false);
    const MailMessage m = message();
    const QString fileName = m.attachments.isEmpty() ? QStringLiteral("minutes.pdf")
                                                     : SafeFileName::make(m.attachments.constFirst().fileName);
    const QString pdfPath = dir.filePath(fileName);
    QFile pdf(pdfPath);
    if (!dir.isValid() || !pdf.open(QIODevice::WriteOnly) || pdf.write(m_mail.pdf) != m_mail.pdf.size()) {
        fail(tr("Could not write the PDF for the mail client to %1.").arg(QDir::toNativeSeparators(pdfPath)));
        return false;
    }
    pdf.close();
    QStringList arguments{QStringLiteral("--utf8"),
                          QStringLiteral("--subject"),
                          MailMessage::withoutControls(m.subject),
                          QStringLiteral("--body"),
                          m.plainText,
                          QStringLiteral("--attach"),
                          pdfPath};
    for (const MailAddress &a : m.to)
        arguments << a.address;
    if (!m_launcher(m_xdgEmail, arguments)) {
        fail(tr("xdg-email could not be started: save the message as .eml instead."));
        return false;
    }
    rememberFrom(m_from->text().trimmed());
    ToneStyle::setTextTone(m_status, std::nullopt);
    m_status->setText(tr("Handed to the mail client: the message opens there, ready to send."));
    return true;
}

} // namespace Quorum
