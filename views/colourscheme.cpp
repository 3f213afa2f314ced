// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourscheme.h"

#include "itemmodels/tones.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace Quorum {

namespace {

const char *const settingsKey = "view/colours";

ColourScheme::Scheme shown = ColourScheme::Scheme::System;

/**
 * Fusion, with check boxes and radio buttons outlined where a dark palette puts them: Fusion
 * draws their frame a shade darker than the window, which on a dark base is no frame at all (an
 * unticked box in a table disappears).
 */
class ReadableFusion : public QProxyStyle
{
public:
    ReadableFusion()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
        setObjectName(QStringLiteral("quorumFusion"));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (button && (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)
            && Tones::isDark(option->palette)) {
            QStyleOptionButton outlined(*button);
            // Fusion's outline is the window's colour darker(140): this one gives a mid grey, 4:1 on the base.
            outlined.palette.setColor(QPalette::Window, QColor(0xc0, 0xc0, 0xc0));
            QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};
/** The style before Light or Dark set Fusion's, to give back with System. */
QString systemStyle;

} // namespace

QString ColourScheme::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::System: return QStringLiteral("system");
    case Scheme::Light: return QStringLiteral("light");
    case Scheme::Dark: return QStringLiteral("dark");
    }
    return {};
}

ColourScheme::Scheme ColourScheme::fromKey(const QString &key, bool *ok)
{
    for (const Scheme s : {Scheme::System, Scheme::Light, Scheme::Dark}) {
        if (key.trimmed().compare(ColourScheme::key(s), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return Scheme::System;
}

ColourScheme::Scheme ColourScheme::saved()
{
    return fromKey(QSettings().value(QLatin1String(settingsKey)).toString());
}

void ColourScheme::save(Scheme scheme)
{
    QSettings().setValue(QLatin1String(settingsKey), key(scheme));
}

ColourScheme::Scheme ColourScheme::current()
{
    return shown;
}

void ColourScheme::apply(Scheme scheme)
{
    if (scheme == Scheme::System) {
        if (!systemStyle.isEmpty() && QApplication::style()->name().compare(systemStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(systemStyle);
        // A palette with nothing set gives the platform's back, and lets it follow the desktop again.
        QApplication::setPalette(QPalette());
    } else {
        if (systemStyle.isEmpty())
            systemStyle = QApplication::style()->name();
        if (QApplication::style()->objectName() != QLatin1String("quorumFusion"))
            QApplication::setStyle(new ReadableFusion);
        QPalette palette = scheme == Scheme::Dark ? Tones::darkPalette() : QApplication::style()->standardPalette();
        // Every role set: nothing of the desktop's palette shows through.
        palette.setResolveMask(~QPalette::ResolveMask(0));
        QApplication::setPalette(palette);
    }
    shown = scheme;
}

void ColourScheme::applyAtStart()
{
    const QString asked = qEnvironmentVariable("QUORUM_COLOURS");
    if (asked.isEmpty()) {
        if (saved() != Scheme::System)
            apply(saved());
        return;
    }
    bool ok = false;
    const Scheme scheme = fromKey(asked, &ok);
    if (!ok)
        qWarning("quorum: QUORUM_COLOURS=%s is none of system, light, dark", qPrintable(asked));
    apply(scheme);
}

QMenu *ColourScheme::menu(QWidget *parent)
{
    auto *menu = new QMenu(tr("C&olours"), parent);
    menu->setObjectName(QStringLiteral("coloursMenu"));
    auto *group = new QActionGroup(menu);
    const struct
    {
        Scheme scheme;
        const char *objectName;
        QString text, tip;
    } choices[] = {
        {Scheme::System, "coloursSystemAction", tr("&System"),
         tr("The desktop's colours, light or dark as its theme is")},
        {Scheme::Light, "coloursLightAction", tr("&Light"), tr("Light colours whatever the desktop's theme")},
        {Scheme::Dark, "coloursDarkAction", tr("&Dark"), tr("Dark colours whatever the desktop's theme")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QLatin1String(choice.objectName));
        action->setStatusTip(choice.tip);
        action->setCheckable(true);
        action->setData(int(choice.scheme));
        group->addAction(action);
        const Scheme scheme = choice.scheme;
        QObject::connect(action, &QAction::triggered, menu, [scheme] {
            apply(scheme);
            save(scheme);
        });
    }
    // The scheme may have changed since the menu was made (another window, the environment).
    const auto check = [menu] {
        for (QAction *action : menu->actions())
            action->setChecked(action->data().toInt() == int(current()));
    };
    check();
    QObject::connect(menu, &QMenu::aboutToShow, menu, check);
    return menu;
}

} // namespace Quorum
