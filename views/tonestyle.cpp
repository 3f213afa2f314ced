// SPDX-License-Identifier: GPL-3.0-or-later
#include "tonestyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace Quorum::ToneStyle {

namespace {

/**
 * Says when the application's palette changes. A widget with a style sheet keeps the palette the
 * sheet gave it, so it is not told itself: the application is.
 */
class ApplicationPalette : public QObject
{
public:
    static ApplicationPalette *instance()
    {
        static QPointer<ApplicationPalette> watcher;
        if (!watcher && qApp) {
            watcher = new ApplicationPalette(qApp);
            qApp->installEventFilter(watcher);
        }
        return watcher;
    }

    void add(QObject *hook) { m_hooks << hook; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            m_hooks.removeAll(nullptr);
            for (const QPointer<QObject> &hook : std::as_const(m_hooks)) {
                QEvent change(QEvent::PaletteChange);
                QCoreApplication::sendEvent(hook, &change);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
    QList<QPointer<QObject>> m_hooks;
};

class PaletteHook : public QObject
{
public:
    PaletteHook(QWidget *widget, std::function<void()> update)
        : QObject(widget)
        , m_update(std::move(update))
    {
        widget->installEventFilter(this);
        if (ApplicationPalette *application = ApplicationPalette::instance())
            application->add(this);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            run();
            return true;
        }
        return QObject::event(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            run();
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        // A style sheet set by update() may itself change the widget's palette: no second round.
        if (m_updating)
            return;
        m_updating = true;
        m_update();
        m_updating = false;
    }

    std::function<void()> m_update;
    bool m_updating = false;
};

} // namespace

void onPaletteChange(QWidget *widget, std::function<void()> update)
{
    new PaletteHook(widget, std::move(update));
}

void follow(QWidget *widget, std::function<QString()> sheet)
{
    const auto apply = [widget, sheet = std::move(sheet)] {
        const QString text = sheet();
        if (widget->styleSheet() != text)
            widget->setStyleSheet(text);
    };
    apply();
    onPaletteChange(widget, apply);
}

QString barSheet(const QString &selector, Tones::Tone tone)
{
    const QColor fg = Tones::foreground(tone), bg = Tones::background(tone);
    const QColor border
        = QColor::fromRgbF(float(fg.redF() * 0.4 + bg.redF() * 0.6), float(fg.greenF() * 0.4 + bg.greenF() * 0.6),
                           float(fg.blueF() * 0.4 + bg.blueF() * 0.6));
    return QStringLiteral("%1 { background: %2; color: %3; border-bottom: 1px solid %4; } %1 QLabel { color: %3; }")
        .arg(selector, bg.name(), fg.name(), border.name());
}

void setTextTone(QWidget *widget, std::optional<Tones::Tone> tone)
{
    static const char *const toneProperty = "quorumTextTone";
    const bool hooked = widget->property(toneProperty).isValid();
    widget->setProperty(toneProperty, tone ? int(*tone) : -1);
    if (hooked) {
        widget->setStyleSheet(tone ? textColour(*tone) : QString());
        return;
    }
    follow(widget, [widget] {
        const int t = widget->property(toneProperty).toInt();
        return t < 0 ? QString() : textColour(Tones::Tone(t));
    });
}

QString textColour(Tones::Tone tone)
{
    return QStringLiteral("color: %1;").arg(Tones::foreground(tone).name());
}

} // namespace Quorum::ToneStyle
