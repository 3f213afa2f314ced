// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantmodel.h"

#include "agenda/duration.h"
#include "agenda/liverun.h"
#include "i18n/localeformat.h"
#include "meetingdocument.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace Quorum {

namespace {

/** "10:20", "1020", "10.20", "9:05", "905" or "9": a time of day to the minute; invalid otherwise. */
QTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:[:.h]?(\\d{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return Duration::parseTime(text); // the 12-hour clock ("10:20 AM"), "10 Uhr"
    return QTime(m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
}

QString timeText(const QTime &time)
{
    return LocaleFormat::time(time);
}

} // namespace

ParticipantModel::ParticipantModel(MeetingDocument *document)
    : RowTableModel(document)
    , m_document(document)
{ }

void ParticipantModel::show(const QList<ParticipantRow> &rows)
{
    resetRows(rows);
}

void ParticipantModel::update(const QList<ParticipantRow> &rows)
{
    updateRows(rows, [](const ParticipantRow &r) { return r.participant.personId; });
}

void ParticipantModel::setDays(const QList<MeetingDay> &days)
{
    const auto shapeOf = [](const QList<MeetingDay> &list) {
        QList<QPair<Id, QDate>> shape;
        for (const MeetingDay &d : list)
            shape.append({d.id, d.date});
        return shape;
    };
    const bool reshaped = shapeOf(days) != shapeOf(m_days);
    Id live = 0;
    for (const MeetingDay &d : days) {
        if (d.isLive()) {
            live = d.id;
            break;
        }
    }
    const Id wasLive = m_liveDay;
    m_days = days;
    m_liveDay = live;
    if (reshaped) {
        // Day numbers are part of what the Days column and the header say.
        Q_EMIT headerDataChanged(Qt::Horizontal, AttendanceColumn, AttendanceColumn);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, DaysColumn), index(int(m_rows.size()) - 1, DaysColumn));
    }
    if (reshaped || live != wasLive)
        Q_EMIT daysChanged();
    if (live && live != wasLive)
        setDay(live);
    else if (m_day && !dayOf(m_day))
        setDay(0);
}

const MeetingDay *ParticipantModel::dayOf(Id dayId) const
{
    for (const MeetingDay &d : m_days) {
        if (d.id == dayId)
            return &d;
    }
    return nullptr;
}

int ParticipantModel::dayNumber(Id dayId) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).id == dayId)
            return i + 1;
    }
    return 0;
}

QString ParticipantModel::dayLabel(Id dayId) const
{
    const MeetingDay *d = dayOf(dayId);
    if (!d)
        return {};
    return tr("Day %1 — %2").arg(dayNumber(dayId)).arg(LocaleFormat::dayWithoutYear(d->date));
}

bool ParticipantModel::setDay(Id dayId)
{
    if (dayId == m_day)
        return true;
    if (dayId && !dayOf(dayId))
        return false;
    m_day = dayId;
    Q_EMIT headerDataChanged(Qt::Horizontal, AttendanceColumn, AttendanceColumn);
    // The attendance shown is the day's: every row may read differently (absent ones are drawn faded).
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    Q_EMIT dayChanged(m_day);
    return true;
}

QStringList ParticipantModel::headers() const
{
    return {tr("Name"),       tr("Username"), tr("Email"),   tr("Team"), tr("Role"),
            tr("Attendance"), tr("Days"),     tr("Arrived"), tr("Left")};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == AttendanceColumn && m_day)
        return tr("Attendance (day %1)").arg(dayNumber(m_day));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        const QString zone = m_document->currentMeeting().timeZone;
        switch (section) {
        case AttendanceColumn:
            return m_day ? tr("Attendance on %1").arg(dayLabel(m_day)) : tr("Attendance at the meeting as a whole");
        case DaysColumn:
            return tr("Days whose attendance differs from the whole meeting's, late arrivals, early departures");
        case ArrivedColumn:
            return tr("When they arrived, if late (HH:mm, %1); empty: on time")
                .arg(zone.isEmpty() ? tr("local time") : zone);
        case LeftColumn:
            return tr("When they left, if early (HH:mm, %1); empty: to the end")
                .arg(zone.isEmpty() ? tr("local time") : zone);
        default: break;
        }
    }
    return RowTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags shown = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool timed = index.column() == ArrivedColumn || index.column() == LeftColumn;
    if (index.column() == DaysColumn || (timed && !m_day))
        return shown;
    return shown | Qt::ItemIsEditable;
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    const ParticipantRow &row = m_rows.at(index.row());
    if (index.column() == ArrivedColumn || index.column() == LeftColumn)
        return setTime(index.row(), Column(index.column()), text);
    if (index.column() == RoleColumn || index.column() == AttendanceColumn) {
        const QStringList keys = index.column() == RoleColumn ? Participant::roles() : Participant::attendances();
        QString key = text.toLower();
        for (const QString &k : keys) {
            if ((index.column() == RoleColumn ? Participant::roleName(k) : Participant::attendanceName(k))
                    .compare(text, Qt::CaseInsensitive)
                == 0)
                key = k;
        }
        if (!keys.contains(key))
            return false;
        if (index.column() == AttendanceColumn && m_day) {
            DayAttendance day = row.participant.onDay(m_day);
            if (day.attendance == key)
                return false;
            day.attendance = key;
            // Arrival and departure times belong to someone who was there.
            if (key != QLatin1String("present"))
                day.arrived = day.departed = QTime();
            return editDay(index.row(), day,
                           tr("Mark %1 %2 on day %3")
                               .arg(row.person.shownName(), Participant::attendanceName(key).toLower())
                               .arg(dayNumber(m_day)));
        }
        QList<Participant> after = m_document->participantList();
        Participant &p = after[index.row()];
        QString &field = index.column() == RoleColumn ? p.role : p.attendance;
        if (field == key)
            return false;
        field = key;
        // A day that now reads as the whole meeting keeps no row of its own.
        for (const DayAttendance &d : QList<DayAttendance>(p.days))
            p.setDay(d);
        m_document->editParticipants(
            after, index.column() == RoleColumn
                       ? tr("Make %1 %2").arg(row.person.shownName(), Participant::roleName(key))
                       : tr("Mark %1 %2").arg(row.person.shownName(), Participant::attendanceName(key).toLower()));
        return true;
    }
    Person person = row.person;
    switch (index.column()) {
    case NameColumn:
        // The shown "Unknown User (x)" is not a name to store.
        person.displayName = text == row.person.shownName() && row.person.displayName.isEmpty() ? QString() : text;
        break;
    case UsernameColumn: person.username = text; break;
    case EmailColumn: person.email = text; break;
    case TeamColumn: person.team = text; break;
    default: return false;
    }
    if (person == row.person)
        return false;
    return m_document->directory()->editPerson(person);
}

bool ParticipantModel::editDay(int row, const DayAttendance &day, const QString &text)
{
    QList<Participant> after = m_document->participantList();
    if (row < 0 || row >= after.size())
        return false;
    Participant &p = after[row];
    const QList<DayAttendance> before = p.days;
    p.setDay(day);
    if (p.days == before)
        return false;
    m_document->editParticipants(after, text);
    return true;
}

bool ParticipantModel::setTime(int row, Column column, const QString &text)
{
    const QTime time = parseTime(text);
    if (!text.isEmpty() && !time.isValid()) {
        const QString zone = m_document->currentMeeting().timeZone;
        m_document->file()->report(
            tr("“%1” is not a time. Type it as shown here (for example %4) in the meeting's time zone (%2), or "
               "leave it empty for %3. Nothing was changed.")
                .arg(text, zone.isEmpty() ? tr("local time") : zone,
                     column == ArrivedColumn ? tr("on time") : tr("to the end"), timeText(QTime(10, 20))));
        return false;
    }
    return setTime(row, column, time);
}

bool ParticipantModel::setTime(int row, Column column, const QTime &time)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (!dayOf(m_day)) {
        m_document->file()->report(tr("Choose a day first: arrival and departure times belong to a day of the "
                                      "meeting. Nothing was changed."));
        return false;
    }
    const ParticipantRow &r = m_rows.at(row);
    const QString name = r.person.shownName();
    const int number = dayNumber(m_day);
    DayAttendance day = r.participant.onDay(m_day);
    (column == ArrivedColumn ? day.arrived : day.departed) = time;
    if (day.arrived.isValid() && day.departed.isValid() && day.departed <= day.arrived) {
        m_document->file()->report(tr("%1 cannot leave at %2 before arriving at %3 on day %4. Nothing was changed.")
                                       .arg(name, timeText(day.departed), timeText(day.arrived))
                                       .arg(number));
        return false;
    }
    // Someone who arrived or left was there.
    if (time.isValid())
        day.attendance = QStringLiteral("present");
    QString text;
    if (column == ArrivedColumn)
        text = time.isValid() ? tr("%1 arrived at %2 on day %3").arg(name, timeText(time)).arg(number)
                              : tr("%1 on time on day %2").arg(name).arg(number);
    else
        text = time.isValid() ? tr("%1 left at %2 on day %3").arg(name, timeText(time)).arg(number)
                              : tr("%1 stayed to the end of day %2").arg(name).arg(number);
    return editDay(row, day, text);
}

bool ParticipantModel::markNow(int row, Column column)
{
    if (row < 0 || row >= m_rows.size() || (column != ArrivedColumn && column != LeftColumn))
        return false;
    const MeetingDay *day = dayOf(m_day);
    if (!day)
        return setTime(row, column, QTime());
    const QTimeZone zone = LiveRun::zone(m_document->currentMeeting().timeZone);
    const QDateTime now = m_document->now().toTimeZone(zone);
    if (now.date() != day->date) {
        m_document->file()->report(
            tr("It is %1 now in the meeting's time zone, not day %2 (%3): type the time into the %4 column instead. "
               "Nothing was changed.")
                .arg(QLocale().toString(now, QLocale::ShortFormat))
                .arg(dayNumber(m_day))
                .arg(QLocale().toString(day->date, QLocale::ShortFormat),
                     column == ArrivedColumn ? tr("Arrived") : tr("Left")));
        return false;
    }
    return setTime(row, column, QTime(now.time().hour(), now.time().minute()));
}

bool ParticipantModel::removeParticipant(int row)
{
    QList<Participant> after = m_document->participantList();
    if (row < 0 || row >= after.size())
        return false;
    after.removeAt(row);
    m_document->editParticipants(after, tr("Remove %1 from the participants").arg(m_rows.at(row).person.shownName()));
    return true;
}

bool ParticipantModel::toggleAttendance(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const bool present = index(row, 0).data(AttendanceRole).toString() == QLatin1String("present");
    return setData(index(row, AttendanceColumn), present ? QStringLiteral("absent") : QStringLiteral("present"));
}

QString ParticipantModel::daysSummary(const Participant &p) const
{
    // Attendance that differs, by kind in the order lists offer them, then late arrivals and early departures.
    QMap<int, QStringList> differing;
    QStringList late;
    QStringList left;
    const QStringList keys = Participant::attendances();
    for (const DayAttendance &d : p.days) {
        const int number = dayNumber(d.dayId);
        if (!number)
            continue;
        const bool timed = d.arrived.isValid() || d.departed.isValid();
        if (d.attendance != p.attendance && !(timed && d.attendance == QLatin1String("present")))
            differing[keys.indexOf(d.attendance)] << QString::number(number);
        if (d.arrived.isValid())
            late << tr("day %1 (%2)").arg(number).arg(timeText(d.arrived));
        if (d.departed.isValid())
            left << tr("day %1 (%2)").arg(number).arg(timeText(d.departed));
    }
    QStringList parts;
    for (auto it = differing.cbegin(); it != differing.cend(); ++it)
        parts << tr("%1 day %2")
                     .arg(Participant::attendanceName(keys.value(it.key())).toLower(),
                          it.value().join(QStringLiteral(", ")));
    if (!late.isEmpty())
        parts << tr("late %1").arg(late.join(QStringLiteral(", ")));
    if (!left.isEmpty())
        parts << tr("left early %1").arg(left.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantRow &r = m_rows.at(index.row());
    const DayAttendance day = r.participant.onDay(m_day);
    if (role == PersonIdRole)
        return r.person.id;
    if (role == AttendanceRole)
        return m_day ? day.attendance : r.participant.attendance;
    const bool timed = index.column() == ArrivedColumn || index.column() == LeftColumn;
    if (role == Qt::EditRole && timed)
        return m_day ? timeText(index.column() == ArrivedColumn ? day.arrived : day.departed) : QString();
    if (role == Qt::ToolTipRole && timed && m_day) {
        const QTime time = index.column() == ArrivedColumn ? day.arrived : day.departed;
        if (time.isValid())
            return index.column() == ArrivedColumn
                       ? tr("Arrived at %1 on day %2").arg(timeText(time)).arg(dayNumber(m_day))
                       : tr("Left at %1 on day %2").arg(timeText(time)).arg(dayNumber(m_day));
        return index.column() == ArrivedColumn ? tr("On time (type HH:mm for a late arrival)")
                                               : tr("Stayed to the end (type HH:mm for an early departure)");
    }
    if (role == Qt::ToolTipRole && index.column() == AttendanceColumn && m_day
        && r.participant.onDay(m_day) == DayAttendance{m_day, r.participant.attendance, {}, {}})
        return tr("%1 (as for the whole meeting)").arg(Participant::attendanceName(day.attendance));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r.person.shownName();
    case UsernameColumn: return r.person.username;
    case EmailColumn: return r.person.email;
    case TeamColumn: return r.person.team;
    case RoleColumn: return Participant::roleName(r.participant.role);
    case AttendanceColumn: return Participant::attendanceName(m_day ? day.attendance : r.participant.attendance);
    case DaysColumn: return daysSummary(r.participant);
    case ArrivedColumn: return m_day ? timeText(day.arrived) : QString();
    case LeftColumn: return m_day ? timeText(day.departed) : QString();
    }
    return {};
}

} // namespace Quorum
