// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace Quorum::Translations {

/**
 * Loads Quorum's translation and Qt's own (dialog buttons, the command line's --help) for locale
 * (the system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) into the application, which must exist.
 * English needs none; a language Quorum does not speak stays English. Once per application.
 */
void install(const QLocale &locale = QLocale::system());

/** The languages Quorum is translated into, as locale names ("de"), besides English. */
QStringList languages();

} // namespace Quorum::Translations
