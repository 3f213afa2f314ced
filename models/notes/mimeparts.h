// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Quorum {

/** One leaf part of a MIME message (RFC 2045, 2046): its type and its body, transfer encoding undone. */
struct MimePart
{
    QString type; ///< the media type in lower case, "text/calendar"; "text/plain" when the part names none
    QString contentType; ///< the whole Content-Type header value, with its parameters
    QString charset; ///< the charset parameter, or empty
    QString location; ///< Content-Location, when given
    QString fileName; ///< the name of an attached file (Content-Disposition or Content-Type "name"), or empty
    QByteArray body; ///< base64 and quoted-printable decoded; in the part's charset
    /** The body as UTF-8 (converted from charset). */
    QByteArray utf8() const;
};

/**
 * Reads a MIME message or entity into its leaf parts, in order: the parts of multipart/mixed,
 * multipart/alternative and multipart/related, to MaxDepth levels; a message that is not
 * multipart is one part. Reads what a mail program or a browser's "save as MHTML" writes,
 * and never fails: bytes without MIME headers are one text/plain part.
 */
class MimeParts
{
public:
    static constexpr int MaxDepth = 8;
    static constexpr int MaxParts = 1000;

    static QList<MimePart> read(const QByteArray &message);

    /** True when the bytes start with mail or MIME headers (MIME-Version, Content-Type, From, Received…). */
    static bool looksLikeMessage(const QByteArray &data);

    /** The value of the first header line named name (folded lines joined), or empty. */
    static QString headerValue(const QList<QByteArray> &headerLines, const char *name);
    /** A parameter of a header value ("boundary", "charset"), quotes removed. */
    static QString parameter(const QString &headerValue, const char *name);
    /** Headers (folded lines joined) and the body of a MIME entity. */
    static void splitEntity(const QByteArray &entity, QList<QByteArray> *headers, QByteArray *body);
    static QByteArray decodeQuotedPrintable(const QByteArray &in);
    /** bytes in charset as UTF-8; as they are when the charset is unknown. */
    static QByteArray toUtf8(const QByteArray &bytes, const QString &charset);

private:
    static void collect(const QByteArray &entity, int depth, QList<MimePart> *parts);
};

} // namespace Quorum
