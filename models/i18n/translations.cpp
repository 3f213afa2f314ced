// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

// The static library's resources register only when asked (Qt's rule for static libraries).
static void registerTranslations()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(translations);
        return true;
    }();
    Q_UNUSED(registered)
}

namespace Quorum::Translations {

namespace {
// Built from translations/quorum_LANG.ts by lrelease into the library's resources (models/CMakeLists.txt).
const QString Folder = QStringLiteral(":/quorum/i18n");
} // namespace

void install(const QLocale &locale)
{
    registerTranslations();
    auto *app = QCoreApplication::instance();
    if (!app || locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *quorum = new QTranslator(app);
    if (!quorum->load(locale, QStringLiteral("quorum"), QStringLiteral("_"), Folder)) {
        delete quorum;
        return; // a language we do not speak: English throughout, not half of each
    }
    QCoreApplication::installTranslator(quorum);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

QStringList languages()
{
    registerTranslations();
    QStringList names;
    const QStringList files = QDir(Folder).entryList({QStringLiteral("quorum_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.mid(7, file.size() - 7 - 3);
    return names;
}

} // namespace Quorum::Translations
