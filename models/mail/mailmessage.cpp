// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include "attachments/safefilename.h"
#include "data/person.h"

#include <QUuid>

#include <algorithm>

namespace Quorum {

namespace {

constexpr int MaxLine = 78; // RFC 5322 2.1.1: SHOULD
constexpr int MaxEncodedWord = 75; // RFC 2047 2
const QByteArray Crlf = "\r\n";

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/** Splits text into pieces of at most maxBytes bytes of UTF-8, never inside a character. */
QList<QByteArray> utf8Pieces(const QString &text, int firstMaxBytes, int maxBytes)
{
    QList<QByteArray> pieces;
    QByteArray piece;
    int limit = firstMaxBytes;
    for (int i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QByteArray ch = (pair ? text.mid(i, 2) : text.mid(i, 1)).toUtf8();
        if (!piece.isEmpty() && piece.size() + ch.size() > limit) {
            pieces << piece;
            piece.clear();
            limit = maxBytes;
        }
        piece += ch;
        if (pair)
            ++i;
    }
    if (!piece.isEmpty())
        pieces << piece;
    return pieces;
}

/** The most bytes whose base64 fits in an encoded word of `room` characters ("=?UTF-8?B?" … "?=" is 12). */
int bytesForRoom(int room)
{
    return qMax(1, (qMin(room, MaxEncodedWord) - 12) / 4 * 3);
}

/** RFC 2047 B encoded-words for text, the first one fitting in firstRoom characters. */
QList<QByteArray> encodedWords(const QString &text, int firstRoom)
{
    QList<QByteArray> words;
    for (const QByteArray &piece : utf8Pieces(text, bytesForRoom(firstRoom), bytesForRoom(MaxEncodedWord)))
        words << "=?UTF-8?B?" + piece.toBase64() + "?=";
    return words;
}

/**
 * "Name: " and the tokens joined by single spaces, a fold (CRLF and a space) wherever the next
 * token would pass 78 characters. A token never holds CR or LF.
 */
QByteArray folded(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray out = name + ':';
    int lineLength = int(out.size());
    for (const QByteArray &token : tokens) {
        if (lineLength + 1 + token.size() > MaxLine && lineLength > 1) {
            out += Crlf;
            lineLength = 0;
        }
        out += ' ' + token;
        lineLength += 1 + int(token.size());
    }
    return out + Crlf;
}

/** Whether text needs encoded-words: not printable ASCII, something that reads as one, or a word too long to fold. */
bool needsEncoding(const QString &text, int longestWord)
{
    if (!isPrintableAscii(text) || text.contains(QLatin1String("=?")))
        return true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() > longestWord)
            return true;
    }
    return false;
}

/** The tokens of an unstructured value (or a display name), the first fitting in firstRoom. */
QList<QByteArray> textTokens(const QString &value, int firstRoom)
{
    const QString text = MailMessage::withoutControls(value).simplified();
    if (needsEncoding(text, MaxLine - 12))
        return encodedWords(text, firstRoom);
    QList<QByteArray> tokens;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens << word.toLatin1();
    return tokens;
}

/** RFC 5322 atext: what a display name may hold without quotes. */
bool isAtext(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || specials.contains(c);
}

/** A display name as phrase tokens: atoms, one quoted-string, or encoded-words. */
QList<QByteArray> phraseTokens(const QString &value, int firstRoom)
{
    const QString name = MailMessage::withoutControls(value).simplified();
    if (name.isEmpty())
        return {};
    if (needsEncoding(name, 60) || name.size() > 60)
        return encodedWords(name, firstRoom);
    bool plain = true;
    for (const QChar c : name)
        plain = plain && (isAtext(c) || c == QLatin1Char(' '));
    if (plain)
        return textTokens(name, firstRoom);
    QByteArray quoted = "\"";
    for (const QChar c : name) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return {quoted + '"'};
}

bool isValidMailbox(const MailAddress &a)
{
    return MailAddress::isValidAddress(a.address);
}

/** A boundary that occurs nowhere in the parts it separates. */
QByteArray boundary(const QList<QByteArray> &parts)
{
    for (;;) {
        // "=_" never occurs in quoted-printable or base64 output; the check below is for the headers.
        const QByteArray b = "=_quorum_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        bool found = false;
        for (const QByteArray &p : parts)
            found = found || p.contains(b);
        if (!found)
            return b;
    }
}

QByteArray multipart(const QByteArray &subtype, const QList<QByteArray> &parts)
{
    const QByteArray b = boundary(parts);
    QByteArray out = "Content-Type: multipart/" + subtype + ";" + Crlf + " boundary=\"" + b + "\"" + Crlf + Crlf;
    for (const QByteArray &p : parts)
        out += "--" + b + Crlf + p + Crlf;
    return out + "--" + b + "--" + Crlf;
}

QByteArray textPart(const QByteArray &subtype, const QString &text)
{
    return "Content-Type: text/" + subtype + "; charset=UTF-8" + Crlf + "Content-Transfer-Encoding: quoted-printable"
           + Crlf + Crlf + MailMessage::quotedPrintable(text);
}

/** The parameter `name` (filename or name) as lines of a header: quoted, or RFC 2231 continuations. */
QList<QByteArray> fileNameParameter(const QByteArray &name, const QString &fileName)
{
    const bool quotable = isPrintableAscii(fileName) && !fileName.contains(QLatin1Char('"'))
                          && !fileName.contains(QLatin1Char('\\')) && fileName.size() <= 60;
    if (quotable)
        return {name + "=\"" + fileName.toLatin1() + "\""};
    // RFC 2231: charset'language'percent-encoded, cut into continuations of at most 60 characters
    // of value, never inside an escape.
    const QByteArray encoded = fileName.toUtf8().toPercentEncoding("!#$&+-.^_`|~");
    QList<QByteArray> lines;
    QByteArray value = "UTF-8''";
    auto flush = [&] {
        lines << name + '*' + QByteArray::number(lines.size()) + "*=" + value;
        value.clear();
    };
    for (qsizetype i = 0; i < encoded.size();) {
        const qsizetype step = encoded.at(i) == '%' ? 3 : 1;
        if (value.size() + step > 60)
            flush();
        value += encoded.mid(i, step);
        i += step;
    }
    if (!value.isEmpty())
        flush();
    return lines;
}

QByteArray attachmentPart(const MailAttachment &a)
{
    const QString fileName = SafeFileName::make(MailMessage::withoutControls(a.fileName));
    QByteArray type = a.contentType;
    // The type is ours, not the library's, but a header is never written from unchecked bytes.
    type.replace('\r', "").replace('\n', "").replace(';', "");
    QByteArray out = "Content-Type: " + type;
    for (const QByteArray &line : fileNameParameter("name", fileName))
        out += ";" + Crlf + " " + line;
    out += Crlf + "Content-Disposition: attachment";
    for (const QByteArray &line : fileNameParameter("filename", fileName))
        out += ";" + Crlf + " " + line;
    return out + Crlf + "Content-Transfer-Encoding: base64" + Crlf + Crlf + MailMessage::base64Lines(a.data);
}

} // namespace

bool MailAddress::isValidAddress(const QString &address)
{
    if (address.isEmpty() || !isPrintableAscii(address) || !Person::isPlausibleEmail(address))
        return false;
    static const QString specials = QStringLiteral("()<>[]:;,\"\\ ");
    for (const QChar c : address) {
        if (specials.contains(c))
            return false;
    }
    return true;
}

std::optional<MailAddress> MailAddress::parse(const QString &text)
{
    const QString t = text.trimmed();
    MailAddress a;
    const qsizetype open = t.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && t.endsWith(QLatin1Char('>'))) {
        a.address = t.mid(open + 1, t.size() - open - 2).trimmed();
        a.name = t.left(open).trimmed();
        if (a.name.size() >= 2 && a.name.startsWith(QLatin1Char('"')) && a.name.endsWith(QLatin1Char('"')))
            a.name = a.name.mid(1, a.name.size() - 2);
    } else {
        a.address = t;
    }
    if (!isValidAddress(a.address))
        return std::nullopt;
    return a;
}

QString MailAddress::toString() const
{
    return name.isEmpty() ? address : QStringLiteral("%1 <%2>").arg(name, address);
}

QString MailMessage::withoutControls(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0x85)
            c = QLatin1Char(' ');
    }
    return out;
}

QByteArray MailMessage::dateField(const QDateTime &time)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = time.date();
    const QTime t = time.time();
    const int offset = time.offsetFromUtc() / 60;
    const int absOffset = qAbs(offset);
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 %8%9%10")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'))
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absOffset / 60, 2, 10, QLatin1Char('0'))
        .arg(absOffset % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray MailMessage::unstructuredField(const QByteArray &name, const QString &value)
{
    return folded(name, textTokens(value, MaxLine - int(name.size()) - 2));
}

QByteArray MailMessage::addressField(const QByteArray &name, const QList<MailAddress> &addresses)
{
    QList<const MailAddress *> valid;
    for (const MailAddress &a : addresses) {
        if (isValidMailbox(a))
            valid << &a;
    }
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        // The first name shares its line with the header's name.
        tokens << phraseTokens(valid.at(i)->name, i == 0 ? MaxLine - int(name.size()) - 2 : MaxEncodedWord);
        QByteArray address = '<' + valid.at(i)->address.toLatin1() + '>';
        if (i + 1 < valid.size())
            address += ',';
        tokens << address;
    }
    return folded(name, tokens);
}

QByteArray MailMessage::quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            // At most 76 characters a line, the soft break's "=" included.
            if (current.size() + piece.size() > 75) {
                out += current + "=" + Crlf;
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (n + 1 < lines.size())
            out += Crlf;
    }
    return out + Crlf;
}

QByteArray MailMessage::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + Crlf;
    return out;
}

QList<MailAddress> MailMessage::invalidAddresses() const
{
    QList<MailAddress> invalid;
    if (!from.address.isEmpty() && !isValidMailbox(from))
        invalid << from;
    for (const QList<MailAddress> *list : {&to, &cc}) {
        for (const MailAddress &a : *list) {
            if (!isValidMailbox(a))
                invalid << a;
        }
    }
    return invalid;
}

QByteArray MailMessage::toBytes() const
{
    QByteArray out;
    if (isValidMailbox(from))
        out += addressField("From", {from});
    if (std::any_of(to.begin(), to.end(), isValidMailbox))
        out += addressField("To", to);
    if (std::any_of(cc.begin(), cc.end(), isValidMailbox))
        out += addressField("Cc", cc);
    out += unstructuredField("Subject", subject);
    out += "Date: " + dateField(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + Crlf;
    QString id = withoutControls(messageId).remove(QLatin1Char(' ')).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    if (id.isEmpty() || !isPrintableAscii(id) || !id.contains(QLatin1Char('@'))) {
        const QString domain
            = isValidMailbox(from) ? from.address.section(QLatin1Char('@'), 1) : QStringLiteral("quorum.invalid");
        id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
    }
    out += "Message-ID: <" + id.toLatin1() + ">" + Crlf;
    out += "MIME-Version: 1.0" + Crlf;
    out += "X-Unsent: 1" + Crlf;

    QByteArray body = html.isEmpty() ? textPart("plain", plainText)
                                     : multipart("alternative", {textPart("plain", plainText), textPart("html", html)});
    if (!attachments.isEmpty()) {
        QList<QByteArray> parts{body};
        for (const MailAttachment &a : attachments)
            parts << attachmentPart(a);
        body = multipart("mixed", parts);
    }
    return out + body;
}

} // namespace Quorum
