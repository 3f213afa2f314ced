// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimeparts.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Quorum {

QByteArray MimePart::utf8() const
{
    return MimeParts::toUtf8(body, charset);
}

QByteArray MimeParts::decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && (in.at(i + 1) == '\n' || in.at(i + 1) == '\r')) {
            i += (in.at(i + 1) == '\r' && i + 2 < in.size() && in.at(i + 2) == '\n') ? 2 : 1;
            continue; // soft line break
        }
        bool ok = false;
        const int value = in.mid(i + 1, 2).toInt(&ok, 16);
        if (ok && i + 2 < in.size()) {
            out += char(value);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QString MimeParts::headerValue(const QList<QByteArray> &headerLines, const char *name)
{
    const QByteArray prefix = QByteArray(name).toLower() + ':';
    for (const QByteArray &line : headerLines) {
        if (line.toLower().startsWith(prefix))
            return QString::fromLatin1(line.mid(prefix.size())).trimmed();
    }
    return {};
}

QString MimeParts::parameter(const QString &headerValue, const char *name)
{
    const QRegularExpression re(QStringLiteral(R"re(%1\s*=\s*"?([^";]+)"?)re").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(headerValue).captured(1).trimmed();
}

void MimeParts::splitEntity(const QByteArray &entity, QList<QByteArray> *headers, QByteArray *body)
{
    qsizetype end = entity.indexOf("\r\n\r\n");
    qsizetype bodyStart = end + 4;
    const qsizetype lf = entity.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        bodyStart = lf + 2;
    }
    if (end < 0) {
        end = entity.size();
        bodyStart = entity.size();
    }
    const QList<QByteArray> lines = entity.left(end).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers->isEmpty())
            headers->last() += ' ' + line.trimmed();
        else if (!line.isEmpty())
            *headers << line;
    }
    *body = entity.mid(bodyStart);
}

QByteArray MimeParts::toUtf8(const QByteArray &bytes, const QString &charset)
{
    if (charset.isEmpty() || charset.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0)
        return bytes;
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        return bytes;
    return QString(decoder(bytes)).toUtf8();
}

bool MimeParts::looksLikeMessage(const QByteArray &data)
{
    const QByteArray head = data.left(8192).toLower();
    static const char *const names[]
        = {"mime-version:", "content-type:", "from:", "received:", "return-path:", "message-id:", "subject:"};
    // The first line is a header ("Name: value"), and one of the usual ones is among the first lines.
    const qsizetype colon = head.indexOf(':');
    const qsizetype eol = head.indexOf('\n');
    if (colon <= 0 || (eol >= 0 && colon > eol))
        return false;
    for (const char *name : names) {
        if (head.startsWith(name) || head.contains(QByteArray("\n") + name))
            return true;
    }
    return false;
}

QList<MimePart> MimeParts::read(const QByteArray &message)
{
    QList<MimePart> parts;
    collect(message, 0, &parts);
    return parts;
}

void MimeParts::collect(const QByteArray &entity, int depth, QList<MimePart> *parts)
{
    if (parts->size() >= MaxParts)
        return;
    QList<QByteArray> headers;
    QByteArray body;
    splitEntity(entity, &headers, &body);
    const QString contentType = headerValue(headers, "content-type");
    QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.isEmpty())
        type = QStringLiteral("text/plain");
    const QString boundary = parameter(contentType, "boundary");
    if (type.startsWith(QLatin1String("multipart/")) && !boundary.isEmpty()) {
        if (depth >= MaxDepth)
            return;
        const QByteArray delimiter = "--" + boundary.toLatin1();
        QByteArray current;
        bool inPart = false;
        for (const QByteArray &line : body.split('\n')) {
            QByteArray bare = line;
            if (bare.endsWith('\r'))
                bare.chop(1);
            if (bare.startsWith(delimiter)) {
                if (inPart)
                    collect(current, depth + 1, parts);
                current.clear();
                inPart = !bare.mid(delimiter.size()).startsWith("--");
                continue;
            }
            if (inPart)
                current += line + '\n';
        }
        if (inPart)
            collect(current, depth + 1, parts); // a last part without its closing delimiter
        return;
    }
    MimePart part;
    part.type = type;
    part.contentType = contentType;
    part.charset = parameter(contentType, "charset");
    part.location = headerValue(headers, "content-location");
    part.fileName = parameter(headerValue(headers, "content-disposition"), "filename");
    if (part.fileName.isEmpty())
        part.fileName = parameter(contentType, "name");
    const QString encoding = headerValue(headers, "content-transfer-encoding").toLower();
    if (encoding == QLatin1String("quoted-printable"))
        part.body = decodeQuotedPrintable(body);
    else if (encoding == QLatin1String("base64"))
        part.body = QByteArray::fromBase64(body);
    else
        part.body = body;
    parts->append(part);
}

} // namespace Quorum
