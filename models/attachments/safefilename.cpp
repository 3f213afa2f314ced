// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefilename.h"

#include <QSet>

namespace Quorum {

namespace {

constexpr int maxBytes = 255;

bool isUnsafe(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == '/' || u == '\\' || u == ':' || u == '*' || u == '?' || u == '"' || u == '<'
           || u == '>'
           || u == '|'
           // Bidirectional controls can make "gpj.exe" look like "exe.jpg".
           || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
}

/** Cuts text to at most `bytes` bytes of UTF-8, never inside a character. */
QString cutToBytes(const QString &text, int bytes)
{
    QString out;
    int used = 0;
    for (int i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString ch = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(ch.toUtf8().size());
        if (used + size > bytes)
            break;
        out += ch;
        used += size;
        if (pair)
            ++i;
    }
    return out;
}

} // namespace

QString SafeFileName::make(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += isUnsafe(c) ? QLatin1Char('_') : c;
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('_')) || out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty())
        out = tr("attachment");
    if (out.toUtf8().size() > maxBytes) {
        // Keep the extension: it tells what the file is.
        const int dot = int(out.lastIndexOf(QLatin1Char('.')));
        const QString ext = dot > 0 && out.size() - dot <= 16 ? out.mid(dot) : QString();
        out = cutToBytes(out.left(out.size() - ext.size()), maxBytes - int(ext.toUtf8().size())) + ext;
    }
    return out;
}

QString SafeFileName::withSuffix(const QString &name, int n)
{
    const int dot = int(name.lastIndexOf(QLatin1Char('.')));
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    return cutToBytes(stem, maxBytes - int((suffix + ext).toUtf8().size())) + suffix + ext;
}

QStringList SafeFileName::makeUnique(const QStringList &names)
{
    QStringList result;
    QSet<QString> taken;
    for (const QString &name : names) {
        const QString safe = make(name);
        QString candidate = safe;
        for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
            candidate = withSuffix(safe, n);
        taken.insert(candidate.toCaseFolded());
        result << candidate;
    }
    return result;
}

} // namespace Quorum
