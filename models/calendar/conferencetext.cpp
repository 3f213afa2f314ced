// SPDX-License-Identifier: GPL-3.0-or-later
#include "conferencetext.h"

#include "export/jsonkeys.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Quorum {

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty() && text.at(0).isLower())
        text[0] = text.at(0).toUpper();
    return text;
}

int digitCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }));
}

/** A line that is a national number first: "(833) 555-0190,,123456789#   United States (Toll-free)". */
bool startsWithNumber(const QString &text)
{
    static const QRegularExpression national(QStringLiteral("^\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b"));
    return national.match(text.trimmed()).hasMatch();
}

} // namespace

void ConferenceDetails::writeJson(QJsonObject *meeting) const
{
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            meeting->insert(key, value);
    };
    put(JsonKeys::Location, location);
    put(JsonKeys::JoinUrl, joinUrl);
    put(JsonKeys::MeetingCode, meetingCode);
    put(JsonKeys::SipAddress, sipAddress);
    put(JsonKeys::PasscodeHint, passcodeHint);
    QJsonArray numbers;
    for (const DialIn &d : dialIns)
        numbers.append(QJsonObject{{JsonKeys::Label, d.label}, {JsonKeys::Number, d.number}});
    if (!numbers.isEmpty())
        meeting->insert(JsonKeys::DialIns, numbers);
}

ConferenceText::ConferenceText(QString droppedHint)
    : m_droppedHint(std::move(droppedHint))
{ }

QList<QPair<QString, QString>> ConferenceText::takeNotices()
{
    return std::exchange(m_notices, {});
}

QString ConferenceText::cleanJoinUrl(const QString &url, bool *secret)
{
    static const QRegularExpression zoom(QStringLiteral("^https?://[\\w.-]*zoom\\.us/(?:j|my|w)/[\\w]+"));
    static const QRegularExpression bluejeans(QStringLiteral("^https?://(?:www\\.)?bluejeans\\.com/(\\d+)(/\\d+)?"));
    static const QRegularExpression other(QStringLiteral(
        "^https?://(?:teams\\.microsoft\\.com|teams\\.live\\.com|meet\\.google\\.com|[\\w-]+\\.webex\\.com)/\\S+"));
    if (secret)
        *secret = false;
    if (const QRegularExpressionMatch m = zoom.match(url); m.hasMatch()) {
        if (secret)
            *secret = url.contains(QLatin1String("pwd="));
        return url.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    }
    if (const QRegularExpressionMatch b = bluejeans.match(url); b.hasMatch()) {
        if (secret)
            *secret = !b.captured(2).isEmpty();
        return QStringLiteral("https://bluejeans.com/") + b.captured(1);
    }
    if (other.match(url).hasMatch()) {
        // Webex's and Teams' links carry no passcode; a password parameter, where one is, goes.
        QString cleaned = url;
        // Teams' short links ("/meet/27855501946?p=…") carry the passcode as p.
        static const QRegularExpression password(QStringLiteral("[?&](?:pwd|password|passcode|pin|p)=[^&#]*"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (password.match(cleaned).hasMatch()) {
            if (secret)
                *secret = true;
            cleaned.remove(password);
            if (!cleaned.contains(QLatin1Char('?')) && cleaned.contains(QLatin1Char('&')))
                cleaned[cleaned.indexOf(QLatin1Char('&'))] = QLatin1Char('?');
        }
        return cleaned;
    }
    return {};
}

bool ConferenceText::isSecret(const QString &value)
{
    QString v = value.simplified();
    if (v.startsWith(QLatin1Char(':')) || v.startsWith(QLatin1Char('=')))
        v = v.mid(1).trimmed();
    if (v.size() < 3)
        return false;
    // Digit groups ("287 451 903#") or one word: the code itself. Words with spaces: a hint,
    // unless one of them is a long number.
    static const QRegularExpression digitGroups(QStringLiteral("^[\\d\\s#*]+$"));
    static const QRegularExpression longNumber(QStringLiteral("\\b\\w*\\d{4,}\\w*\\b"));
    if (digitGroups.match(v).hasMatch())
        return digitCount(v) >= 3;
    if (!v.contains(QLatin1Char(' '))) {
        // One word: a code when it has a digit, a sign or a capital inside ("Kp7x!Qz2"), not "protected".
        return digitCount(v) > 0 || std::any_of(v.cbegin(), v.cend(), [](QChar c) { return !c.isLetter(); })
               || std::any_of(v.cbegin() + 1, v.cend(), [](QChar c) { return c.isUpper(); });
    }
    return longNumber.match(v).hasMatch();
}

void ConferenceText::readLink(const QString &all)
{
    if (!m_details.joinUrl.isEmpty())
        return;
    static const QRegularExpression link(QStringLiteral("(?:https?://|\\bmeet\\.google\\.com/)[^\\s)\\]>\"<]+"));
    for (auto it = link.globalMatch(all); it.hasNext();) {
        QString url = it.next().captured(0);
        while (url.endsWith(QLatin1Char('.')) || url.endsWith(QLatin1Char(',')))
            url.chop(1);
        if (!url.startsWith(QLatin1String("http")))
            url.prepend(QStringLiteral("https://"));
        bool secret = false;
        const QString cleaned = cleanJoinUrl(url, &secret);
        if (cleaned.isEmpty())
            continue;
        if (secret)
            m_notices.append({tr("The join link carried a passcode; it was removed."), cleaned});
        m_details.joinUrl = cleaned;
        if (m_details.location.isEmpty())
            m_details.location = cleaned.contains(QLatin1String("zoom.us"))       ? QStringLiteral("Zoom")
                                 : cleaned.contains(QLatin1String("bluejeans"))   ? QStringLiteral("BlueJeans")
                                 : cleaned.contains(QLatin1String("teams."))      ? QStringLiteral("Microsoft Teams")
                                 : cleaned.contains(QLatin1String("meet.google")) ? QStringLiteral("Google Meet")
                                                                                  : QStringLiteral("Webex");
        static const QRegularExpression meetCode(
            QStringLiteral("meet\\.google\\.com/([a-z]{3,4}-[a-z]{4}-[a-z]{3,4})$"));
        if (m_details.meetingCode.isEmpty())
            m_details.meetingCode = meetCode.match(cleaned).captured(1);
        static const QRegularExpression zoomId(QStringLiteral("zoom\\.us/j/(\\d+)"));
        static const QRegularExpression bluejeansId(QStringLiteral("bluejeans\\.com/(\\d+)"));
        if (m_details.meetingCode.isEmpty()) {
            m_details.meetingCode = zoomId.match(cleaned).captured(1);
            if (m_details.meetingCode.isEmpty())
                m_details.meetingCode = bluejeansId.match(cleaned).captured(1);
        }
        return;
    }
}

ConferenceText::Line ConferenceText::read(const QString &line, const QStringList &links)
{
    // A list's bullet is not part of the line ("• +1 669 555 0171 US (San Jose)").
    static const QRegularExpression bullet(QStringLiteral("^\\s*[\u2022\u25e6\u25aa\u00b7*-]\\s+"));
    const QString text = QString(line).remove(bullet);
    static const QRegularExpression meetingId(
        QStringLiteral("(?:\\(ID:\\s*|Meeting ID:?\\s*|Conference ID:?\\s*|Meeting number(?:\\s*\\(access "
                       "code\\))?:?\\s*|Access code:?\\s*)(\\d[\\d\\s]{5,}\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sip(QStringLiteral("([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)"));
    static const QRegularExpression passcode(QStringLiteral("\\b(passcode|password|pass code|pin)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pointer(QStringLiteral("\\bsee\\s+(.+?)\\.?$"),
                                            QRegularExpression::CaseInsensitiveOption);

    const QString all = text + QLatin1Char(' ') + links.join(QLatin1Char(' '));
    const bool hadLink = !m_details.joinUrl.isEmpty();
    readLink(all);
    Line kind = !hadLink && !m_details.joinUrl.isEmpty() ? Line::Join : Line::Other;

    QString rest = text;
    if (const QRegularExpressionMatch m = meetingId.match(text); m.hasMatch()) {
        // A "Meeting ID:" line wins over the ID in the link; a second one ("Phone Conference ID") does not.
        if (!m_codeFromText) {
            m_details.meetingCode = m.captured(1).remove(QLatin1Char(' '));
            m_codeFromText = true;
        }
        rest.remove(m.capturedStart(), m.capturedLength());
        kind = Line::Join;
    }
    const QRegularExpressionMatch address = sip.match(text);
    const bool isSip = text.contains(QLatin1String("SIP"), Qt::CaseInsensitive)
                       || text.contains(QLatin1String("zoomcrc")) || text.contains(QLatin1String("bjn.vc"))
                       || text.contains(QLatin1String("video system"), Qt::CaseInsensitive)
                       || (address.hasMatch() && digitCount(address.captured(1).section(QLatin1Char('@'), 0, 0)) >= 6
                           && address.captured(1).section(QLatin1Char('@'), 0, 0).size()
                                  == digitCount(address.captured(1).section(QLatin1Char('@'), 0, 0)));
    if (isSip && address.hasMatch()) {
        if (m_details.sipAddress.isEmpty())
            m_details.sipAddress = address.captured(1);
        rest.remove(address.captured(1));
    }
    if (isSip)
        kind = Line::Sip;

    if (const QRegularExpressionMatch m = passcode.match(text); m.hasMatch()) {
        static const QRegularExpression is(QStringLiteral("^\\s*(?:is\\b|:|=)?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QString value = text.mid(m.capturedEnd()).remove(is);
        // A number before the PIN ("Join by phone (US) +1 573-555-0142 PIN: 287 451 903#") is a dial-in.
        const QString before = rest.left(rest.indexOf(m.captured(0)));
        if (!isSip && before.contains(QLatin1Char('+')) && digitCount(before) >= 7)
            readPhones(before, before);
        const QRegularExpressionMatch p = pointer.match(text);
        static const QRegularExpression hintLine(QStringLiteral("^\\s*Passcode:\\s*(\\D.*)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (p.hasMatch()) {
            m_details.passcodeHint = capitalised(QStringLiteral("see ") + p.captured(1).trimmed());
        } else if (isSecret(value)) {
            if (m_details.passcodeHint.isEmpty())
                m_details.passcodeHint = m_droppedHint;
            m_notices.append({tr("A passcode was not imported."), text.left(m.capturedEnd()) + QStringLiteral(" …")});
        } else if (const QRegularExpressionMatch h = hintLine.match(text); h.hasMatch()) {
            m_details.passcodeHint = h.captured(1).trimmed(); // a hint, as Quorum publishes it
        }
        return Line::Passcode;
    }
    // Phone numbers: "Join by phone (US) +1 786-635-1003", "Germany: +49 30 1234 5678",
    // "+1 669 900 6833 US (San Jose)", one tap "+16699006833,,91337592385#,,,,*483920# US (San Jose)".
    const bool phoneLine
        = text.contains(QLatin1String("phone"), Qt::CaseInsensitive)
          || text.contains(QLatin1String("dial"), Qt::CaseInsensitive) || text.trimmed().startsWith(QLatin1Char('+'))
          || QRegularExpression(QStringLiteral("^[A-Z][\\w .()-]{1,40}:?\\s*\\+\\d")).match(text.trimmed()).hasMatch()
          || startsWithNumber(text);
    if (phoneLine && !isSip) {
        readPhones(text, rest);
        return Line::Phone;
    }
    return kind;
}

void ConferenceText::readText(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        read(line.trimmed());
}

void ConferenceText::readPhones(const QString &text, const QString &rest)
{
    static const QRegularExpression phone(QStringLiteral("(\\+?\\(?\\d[\\d\\s().-]{6,}\\d)"));
    // What follows a number's ",," is for the conference (meeting ID, participant ID, passcode): never kept.
    const QString line = QString(rest).remove(QRegularExpression(QStringLiteral(",,[^\\s]*")));
    QList<QRegularExpressionMatch> numbers;
    for (auto it = phone.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString number = m.captured(1).trimmed();
        const int digits = digitCount(number);
        if (digits < 7 || digits > 16
            || (!number.contains(QLatin1Char('+')) && !text.contains(QLatin1String("phone"), Qt::CaseInsensitive)
                && !(m.capturedStart() <= 1 && startsWithNumber(line))))
            continue;
        numbers << m;
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QRegularExpressionMatch &m = numbers.at(i);
        QString label;
        static const QRegularExpression paren(QStringLiteral("\\(([^)\\d]{1,40})\\)"));
        const QString before = line.left(m.capturedStart());
        if (const QRegularExpressionMatch pm = paren.match(before); pm.hasMatch())
            label = pm.captured(1).trimmed();
        else
            label = QString(before)
                        .remove(QRegularExpression(QStringLiteral(
                            "(?i)join by phone|call in|\\(audio only\\)|dial[- ]in|dial by your location|"
                            "phone|numbers?|:|-|\u2013")))
                        .simplified();
        if (std::none_of(label.cbegin(), label.cend(), [](QChar c) { return c.isLetter(); }))
            label.clear();
        if (label.isEmpty()) {
            // Zoom and Teams put the place after the number: "+1 669 900 6833 US (San Jose)".
            const qsizetype end = i + 1 < numbers.size() ? numbers.at(i + 1).capturedStart() : line.size();
            label = line.mid(m.capturedEnd(), end - m.capturedEnd())
                        .remove(QRegularExpression(QStringLiteral("[#*]")))
                        .simplified()
                        .remove(QRegularExpression(QStringLiteral("^[,;\\s]+|[,;\\s]+$")));
        }
        addDialIn(label.left(60), m.captured(1).trimmed());
    }
}

void ConferenceText::addDialIn(const QString &label, const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    for (DialIn &d : m_details.dialIns) {
        QString have;
        for (const QChar c : d.number) {
            if (c.isDigit())
                have += c;
        }
        if (have == digits) {
            // The same number again (one tap, then by location): the better written one and a label.
            if (d.label.isEmpty())
                d.label = label;
            if (number.count(QLatin1Char(' ')) > d.number.count(QLatin1Char(' ')))
                d.number = number;
            return;
        }
    }
    m_details.dialIns.append({label, number});
}

} // namespace Quorum
