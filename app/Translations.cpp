// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <memory>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AgentDesk {

namespace {
std::unique_ptr<QTranslator> &own()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
std::unique_ptr<QTranslator> &qt()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

QLocale Translations::localeFor(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("system"))
        return QLocale::system();
    return QLocale(code);
}

void Translations::apply(const QString &code)
{
    s_code = code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    for (auto *slot : {&own(), &qt()})
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    // English is the source language: no catalogue needed, none loaded.
    auto mine = std::make_unique<QTranslator>();
    if (mine->load(locale, QStringLiteral("agentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(mine.get());
        own() = std::move(mine);
    }
    auto theirs = std::make_unique<QTranslator>();
    if (theirs->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(theirs.get());
        qt() = std::move(theirs);
    }
}

} // namespace AgentDesk
