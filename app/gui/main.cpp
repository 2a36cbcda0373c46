// SPDX-License-Identifier: MIT
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesigner"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesigner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORG_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.orgdesigner.OrgDesigner"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.orgdesigner.OrgDesigner"),
                                                 QIcon(QStringLiteral(":/icons/org.orgdesigner.OrgDesigner.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design technical organisations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "User interface language (en or zh_CN)."),
                                        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A plan (.orgplan), CSV or Excel file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString asked = parser.value(langOption);
        if (!org::setLanguage(asked)) {
            org::setLanguage(org::systemLanguage());
            std::fputs(qPrintable(QCoreApplication::translate("main", "orgdesigner: unknown language \"%1\" (use en or zh_CN)")
                                      .arg(asked) + QLatin1Char('\n')),
                       stderr);
            return 2;
        }
    } else if (!org::setLanguage(QSettings().value(QStringLiteral("language")).toString())) {
        org::setLanguage(org::systemLanguage());
    }

    org::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, file] { window.openFile(file); });
    }
    return app.exec();
}
