// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/meeting.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Quorum {

/** How to join a meeting, as read from an invitation's or a page's text. Never a passcode. */
struct ConferenceDetails
{
    QString location; ///< what it is held on ("Zoom", "Microsoft Teams"), when nothing else named a place
    QString joinUrl; ///< without its passcode parts (Zoom's pwd=, BlueJeans' numeric passcode path)
    QString meetingCode; ///< digits only, or Google Meet's letter code ("abc-defg-hij")
    QList<DialIn> dialIns;
    QString sipAddress;
    QString passcodeHint; ///< where the passcode is to be found, never the passcode

    /** Puts the non-empty fields into a meeting of the JSON interchange format (docs/json-format.md). */
    void writeJson(QJsonObject *meeting) const;

    bool isEmpty() const
    {
        return joinUrl.isEmpty() && meetingCode.isEmpty() && dialIns.isEmpty() && sipAddress.isEmpty()
               && passcodeHint.isEmpty();
    }
};

/**
 * Reads the joining instructions that Zoom, Microsoft Teams, Google Meet, Webex and BlueJeans
 * write into invitations (and that meeting pages copy): the join link, the meeting ID, the phone
 * numbers with their countries, the SIP address. Passcodes, passwords and PINs are recognised so
 * that they are dropped: the join link loses its encoded passcode, a one-tap number its digits
 * after the number, and the passcode hint says where the passcode was given instead. One line at
 * a time, so that a reader can take what is not about joining (times, places) for itself.
 */
class ConferenceText
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceText)

public:
    /** What a line was. */
    enum class Line {
        Other, ///< nothing about joining, or only a link or meeting ID in passing
        Join, ///< a join link or meeting ID
        Sip, ///< a SIP or video system address
        Passcode, ///< a passcode, password or PIN (perhaps on a phone number's line)
        Phone, ///< phone numbers
    };

    /** droppedHint: the passcode hint when a passcode was dropped ("Given in the invitation …"). */
    explicit ConferenceText(QString droppedHint);

    /** Reads one line of text, with the addresses its links point at. */
    Line read(const QString &line, const QStringList &links = {});
    /** Reads a whole text, line by line. */
    void readText(const QString &text);

    ConferenceDetails &details() { return m_details; }
    const ConferenceDetails &details() const { return m_details; }
    /** What was dropped since the last call, each with the text it came from. */
    QList<QPair<QString, QString>> takeNotices();

    /** A join link without its passcode parts; *secret says whether one was removed. Empty when not a meeting link. */
    static QString cleanJoinUrl(const QString &url, bool *secret = nullptr);
    /** True when the text after "Passcode:" is the passcode itself rather than a hint ("see the email"). */
    static bool isSecret(const QString &value);

private:
    void readLink(const QString &all);
    void readPhones(const QString &text, const QString &rest);
    void addDialIn(const QString &label, const QString &number);

    QString m_droppedHint;
    ConferenceDetails m_details;
    bool m_codeFromText = false; ///< the meeting ID came from a "Meeting ID:" line, not from the link
    QList<QPair<QString, QString>> m_notices;
};

} // namespace Quorum
