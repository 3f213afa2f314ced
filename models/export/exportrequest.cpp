// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrequest.h"

#include <utility>

namespace Quorum {

namespace {

using Format = ExportRequest::Format;
using State = ExportRequest::State;

// The words the command line takes, in the order its messages list them.
const std::pair<Format, const char *> FormatKeys[] = {
    {Format::Json, "json"}, {Format::Csv, "csv"},     {Format::ICalendar, "ics"},         {Format::Pdf, "pdf"},
    {Format::Html, "html"}, {Format::Markdown, "md"}, {Format::Confluence, "confluence"}, {Format::Eml, "eml"},
};
const std::pair<State, const char *> StateKeys[] = {
    {State::All, "all"},
    {State::Open, "open"},
    {State::Overdue, "overdue"},
    {State::Done, "done"},
};

template<typename T, std::size_t N>
QString keyOf(const std::pair<T, const char *> (&table)[N], T value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

template<typename T, std::size_t N>
bool fromKey(const std::pair<T, const char *> (&table)[N], const QString &key, T *value)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second)) {
            *value = entry.first;
            return true;
        }
    }
    return false;
}

template<typename T, std::size_t N>
QStringList keysOf(const std::pair<T, const char *> (&table)[N])
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QLatin1String(entry.second);
    return keys;
}

} // namespace

bool ExportRequest::isDocument() const
{
    return format == Format::Pdf || format == Format::Html || format == Format::Markdown;
}

bool ExportRequest::keeps(const ActionItem &item) const
{
    switch (state) {
    case State::All: return true;
    case State::Open: return !item.done;
    case State::Overdue: return item.isOverdue(report.today);
    case State::Done: return item.done;
    }
    return true;
}

QString ExportRequest::formatKey(Format format)
{
    return keyOf(FormatKeys, format);
}

bool ExportRequest::formatFromKey(const QString &key, Format *format)
{
    return fromKey(FormatKeys, key, format);
}

QStringList ExportRequest::formatKeys()
{
    return keysOf(FormatKeys);
}

QString ExportRequest::stateKey(State state)
{
    return keyOf(StateKeys, state);
}

bool ExportRequest::stateFromKey(const QString &key, State *state)
{
    return fromKey(StateKeys, key, state);
}

QStringList ExportRequest::stateKeys()
{
    return keysOf(StateKeys);
}

} // namespace Quorum
