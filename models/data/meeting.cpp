// SPDX-License-Identifier: GPL-3.0-or-later
#include "meeting.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace Quorum {

QVariant Meeting::value(Field field) const
{
    switch (field) {
    case Title: return title;
    case SeriesId: return seriesId;
    case StartDate: return startDate;
    case EndDate: return endDate;
    case TimeZone: return timeZone;
    case Location: return location;
    case JoinUrl: return joinUrl;
    case MeetingCode: return meetingCode;
    case SipAddress: return sipAddress;
    case PasscodeHint: return passcodeHint;
    case Description: return description;
    }
    return {};
}

void Meeting::setValue(Field field, const QVariant &value)
{
    switch (field) {
    case Title: title = value.toString(); break;
    case SeriesId: seriesId = value.toLongLong(); break;
    case StartDate: startDate = value.toDate(); break;
    case EndDate: endDate = value.toDate(); break;
    case TimeZone: timeZone = value.toString(); break;
    case Location: location = value.toString(); break;
    case JoinUrl: joinUrl = value.toString(); break;
    case MeetingCode: meetingCode = value.toString(); break;
    case SipAddress: sipAddress = value.toString(); break;
    case PasscodeHint: passcodeHint = value.toString(); break;
    case Description: description = value.toString(); break;
    }
}

QStringList Meeting::printableQueryParameters()
{
    return {QStringLiteral("lang")};
}

QString Meeting::printableJoinUrl(const QString &joinUrl)
{
    // An allowlist, not a blocklist: a passcode hides in user info (https://user:pwd@host), the
    // fragment (#pwd=), path parameters (;pwd=), encoded delimiters (pwd%3D) and parameters of any
    // name (passwd, token, tk); only what is known to be harmless is written.
    QString text = joinUrl.trimmed();
    if (!text.contains(QLatin1String("://")) && QUrl(text).scheme().isEmpty())
        text.prepend(QLatin1String("https://")); // typed as "example.zoom.us/j/1"
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    QString path = url.path(QUrl::FullyDecoded);
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[;=?&#\\s\\x00-\\x1f]")));
    if (cut >= 0)
        path.truncate(cut);
    QUrl printable;
    printable.setScheme(scheme);
    printable.setHost(url.host());
    printable.setPort(url.port());
    printable.setPath(path, QUrl::DecodedMode);
    QUrlQuery kept;
    const QStringList allowed = printableQueryParameters();
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (allowed.contains(name.toLower()) && !value.contains(QLatin1Char('=')))
            kept.addQueryItem(name, value);
    }
    printable.setQuery(kept);
    return printable.toString();
}

QString Meeting::localTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return QTimeZone::isTimeZoneIdAvailable(id) ? QString::fromLatin1(id) : QStringLiteral("UTC");
}

} // namespace Quorum
