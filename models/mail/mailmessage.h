// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Quorum {

/** A mailbox: an optional display name and an address. */
struct MailAddress
{
    QString name;
    QString address;

    bool operator==(const MailAddress &o) const { return name == o.name && address == o.address; }

    /**
     * An address a message may carry: Person::isPlausibleEmail, not empty, printable ASCII only,
     * none of RFC 5322's specials outside the one "@" (so it can never end a header or open another).
     */
    static bool isValidAddress(const QString &address);
    /** "Name <addr>", "<addr>" or "addr"; nullopt when the address is not valid. */
    static std::optional<MailAddress> parse(const QString &text);
    /** "Name <addr>" (or the address alone), for a person to read, not for a header. */
    QString toString() const;
};

/** What every mail Quorum writes needs besides its content: who sends it, when, and what "overdue" is measured against. */
struct MailOptions
{
    MailAddress from; ///< empty: no From header, the mail client fills in its account
    QDate today = QDate::currentDate(); ///< what "overdue" is measured against
    QDateTime date = QDateTime::currentDateTimeUtc(); ///< the Date header
};

/** A file carried by a message. */
struct MailAttachment
{
    QString fileName; ///< made safe (SafeFileName) when written
    QByteArray contentType = "application/octet-stream";
    QByteArray data;
};

/**
 * An RFC 5322 / MIME message, written as an .eml a mail client opens as a draft (X-Unsent: 1).
 *
 * Headers: RFC 2047 encoded-words (UTF-8, B) for anything that is not plain ASCII, each at most
 * 75 characters; lines folded at 78. Every control character (CR and LF included) in a name, a
 * subject or a file name is written as a space, and an address that is not valid is left out,
 * so no value can start a header of its own. Body: multipart/alternative (text/plain and
 * text/html, UTF-8, quoted-printable), inside multipart/mixed with the attachments (base64, 76
 * columns, RFC 2231 file names) when there are any. CRLF line ends throughout.
 */
class MailMessage
{
    Q_DECLARE_TR_FUNCTIONS(MailMessage)

public:
    /** Left out when its address is empty: the mail client then fills in its own account. */
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QDateTime date = QDateTime::currentDateTimeUtc();
    /** Without angle brackets; made from a random UUID and the sender's domain when empty. */
    QString messageId;
    QString plainText;
    QString html; ///< a whole HTML document; empty: a text/plain body alone
    QList<MailAttachment> attachments;

    /** The message's bytes. Addresses that are not valid are left out (invalidAddresses() lists them). */
    QByteArray toBytes() const;
    /** The recipients (and the sender) whose address toBytes() leaves out. */
    QList<MailAddress> invalidAddresses() const;

    /** "Thu, 03 Dec 2026 07:13:04 +0000" (RFC 5322 section 3.3), in the time's own offset. */
    static QByteArray dateField(const QDateTime &time);
    /** A whole unstructured header ("Subject: …\r\n"), encoded and folded. */
    static QByteArray unstructuredField(const QByteArray &name, const QString &value);
    /** A whole address header ("To: …\r\n"), names quoted or encoded; invalid addresses left out. */
    static QByteArray addressField(const QByteArray &name, const QList<MailAddress> &addresses);
    /** UTF-8 as quoted-printable (RFC 2045): CRLF line ends, lines at most 76 characters. */
    static QByteArray quotedPrintable(const QString &text);
    /** Base64 in lines of 76 characters, each ended by CRLF. */
    static QByteArray base64Lines(const QByteArray &data);
    /** The value with every control character (C0, DEL, C1, line and paragraph separators) as a space. */
    static QString withoutControls(const QString &value);
};

} // namespace Quorum
