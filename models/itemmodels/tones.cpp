// SPDX-License-Identifier: GPL-3.0-or-later
#include "tones.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cmath>

namespace Quorum {

namespace {

/** A tone's two variants: foreground and background on a light palette, then on a dark one. */
struct Variants
{
    QRgb lightForeground, lightBackground, darkForeground, darkBackground;
};

/** Not a colour: "the palette's", its Text for a foreground, its Base for a background. */
constexpr QRgb P = 0x1000000;

Variants variants(Tones::Tone tone)
{
    using T = Tones::Tone;
    switch (tone) {
    case T::Overdue:
    case T::Overrun:
    case T::Problem: return {0xb01c1c, P, 0xff9e96, P};
    case T::Early: return {0x8a5100, P, 0xffcc80, P};
    case T::Ahead: return {0x2e6b1f, P, 0xa5d6a7, P};
    case T::Muted: return {0x5e5e5e, P, 0xb3b3b3, P};
    case T::BreakText: return {0x3d5a1f, P, 0xc5e1a5, P};
    case T::CurrentRow: return {P, 0xfff1b8, P, 0x4d4000};
    case T::BreakRow: return {P, 0xeef3e6, P, 0x2c3a24};
    case T::BlockRow: return {P, 0xe8eef7, P, 0x263349};
    case T::ProblemRow: return {P, 0xf8d7d7, P, 0x582424};
    case T::Removed: return {P, 0xfbd8d8, P, 0x582424};
    case T::Added: return {P, 0xd5f0d5, P, 0x1e4620};
    case T::InfoBar: return {0x0d2c4f, 0xdcebfa, 0xdcebfa, 0x1d3550};
    case T::FinalBar: return {0x1e4620, 0xdcebdc, 0xdcebdc, 0x1e3a20};
    case T::WarningBar: return {0x5a2a00, 0xfde2c8, 0xfde2c8, 0x4a2c10};
    case T::Paused: return {0xffffff, 0x37474f, 0xffffff, 0x37474f};
    case T::TimerNormal: return {0xffffff, 0x1b5e20, 0xffffff, 0x1b5e20};
    case T::TimerWarning: return {0x000000, 0xffc107, 0x000000, 0xffc107};
    case T::TimerOverrun: return {0xffffff, 0xb71c1c, 0xffffff, 0xb71c1c};
    case T::Present: return {0xffffff, 0x2e7d32, 0x000000, 0x66bb6a};
    case T::Absent: return {0xffffff, 0xc62828, 0x000000, 0xff7b72};
    case T::Excused: return {0xffffff, 0xa86a00, 0x000000, 0xd89a1a};
    }
    return {};
}

QColor paletteOr(QRgb rgb, const QPalette &palette, QPalette::ColorRole role)
{
    return rgb == P ? palette.color(role) : QColor(QRgb(0xff000000u | rgb));
}

/**
 * The application's palette; without a GUI application (a verb on the command line, a test
 * without one) the light one of paper: black on white.
 */
QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    QPalette paper(Qt::black, Qt::white);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    return paper;
}

qreal channel(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

Tones::Kind Tones::kind(Tone tone)
{
    switch (tone) {
    case Tone::Overdue:
    case Tone::Overrun:
    case Tone::Problem:
    case Tone::Early:
    case Tone::Ahead:
    case Tone::Muted:
    case Tone::BreakText: return Kind::Text;
    case Tone::CurrentRow:
    case Tone::BreakRow:
    case Tone::BlockRow:
    case Tone::ProblemRow:
    case Tone::Removed:
    case Tone::Added: return Kind::Row;
    case Tone::InfoBar:
    case Tone::FinalBar:
    case Tone::WarningBar:
    case Tone::Paused:
    case Tone::TimerNormal:
    case Tone::TimerWarning:
    case Tone::TimerOverrun: return Kind::Pair;
    case Tone::Present:
    case Tone::Absent:
    case Tone::Excused: return Kind::Marker;
    }
    return Kind::Text;
}

QList<Tones::Tone> Tones::all()
{
    QList<Tone> tones;
    for (int t = int(Tone::Overdue); t <= int(Tone::Excused); ++t)
        tones << Tone(t);
    return tones;
}

QList<Tones::Tone> Tones::ofKind(Kind k)
{
    QList<Tone> tones;
    for (const Tone t : all())
        if (kind(t) == k)
            tones << t;
    return tones;
}

QString Tones::key(Tone tone)
{
    static const char *const keys[]
        = {"Overdue",  "Overrun",     "Problem",      "Early",        "Ahead",   "Muted",   "BreakText", "CurrentRow",
           "BreakRow", "BlockRow",    "ProblemRow",   "Removed",      "Added",   "InfoBar", "FinalBar",  "WarningBar",
           "Paused",   "TimerNormal", "TimerWarning", "TimerOverrun", "Present", "Absent",  "Excused"};
    static_assert(std::size(keys) == int(Tone::Excused) + 1);
    return QString::fromLatin1(keys[int(tone)]);
}

QColor Tones::foreground(Tone tone, const QPalette &palette)
{
    const Variants v = variants(tone);
    return paletteOr(isDark(palette) ? v.darkForeground : v.lightForeground, palette, QPalette::Text);
}

QColor Tones::foreground(Tone tone)
{
    return foreground(tone, applicationPalette());
}

QColor Tones::background(Tone tone, const QPalette &palette)
{
    const Variants v = variants(tone);
    return paletteOr(isDark(palette) ? v.darkBackground : v.lightBackground, palette, QPalette::Base);
}

QColor Tones::background(Tone tone)
{
    return background(tone, applicationPalette());
}

bool Tones::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Text)) > luminance(palette.color(QPalette::Base));
}

qreal Tones::luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal Tones::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette Tones::darkPalette()
{
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(Qt::white), disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x1d, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    return p;
}

} // namespace Quorum
