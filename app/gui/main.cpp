// SPDX-License-Identifier: MIT
#include "i18n/language.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OrgDesigner"));
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesigner"));
    org::setLanguage(org::systemLanguage());
    QMainWindow window;
    window.setWindowTitle(QCoreApplication::translate("MainWindow", "OrgDesigner"));
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
