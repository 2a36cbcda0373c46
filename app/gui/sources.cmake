# SPDX-License-Identifier: MIT
# The desktop editor (org::ui): widgets over lib/.
target_sources(orgeditor PRIVATE
    gui/mimetypes.h
    gui/backgroundtask.h gui/backgroundtask.cpp
    gui/chartscene.h gui/chartscene.cpp
    gui/chartview.h gui/chartview.cpp gui/chartviewnavigation.cpp
    gui/minimap.h gui/minimap.cpp
    gui/peoplemodel.h gui/peoplemodel.cpp
    gui/problemmodel.h gui/problemmodel.cpp
    gui/rolepalette.h gui/rolepalette.cpp
    gui/propertypanel.h gui/propertypanel.cpp
    gui/importsource.h gui/importsource.cpp
    gui/importdialog.h gui/importdialog.cpp
    gui/chartprinter.h
    gui/exportdialog.h gui/exportdialog.cpp
    gui/rulesettingsdialog.h gui/rulesettingsdialog.cpp
    gui/dashboard.h gui/dashboard.cpp
    gui/roledesigner.h gui/roledesigner.cpp
    gui/changearrow.h gui/changearrow.cpp
    gui/comparechart.h gui/comparechart.cpp
    gui/scenariocomparedialog.h gui/scenariocomparedialog.cpp
    gui/applychangesdialog.h gui/applychangesdialog.cpp
    gui/actionset.h gui/actionset.cpp
    gui/docks.h gui/docks.cpp
    gui/peopledock.h gui/peopledock.cpp
    gui/problemsdock.h gui/problemsdock.cpp
    gui/filecontroller.h gui/filecontroller.cpp
    gui/editactions.h gui/editactions.cpp
    gui/fixpreview.h gui/fixpreview.cpp
    gui/fixalldialog.h gui/fixalldialog.cpp
    gui/fixactions.h gui/fixactions.cpp
    gui/editselectiondialog.h gui/editselectiondialog.cpp
    gui/addreportdialog.h gui/addreportdialog.cpp
    gui/undocontroller.h gui/undocontroller.cpp
    gui/scenariobar.h gui/scenariobar.cpp
    gui/mainwindow.h gui/mainwindow.cpp
    # planning over time
    gui/asofcontrol.h gui/asofcontrol.cpp
    gui/asofmark.h gui/asofmark.cpp
    gui/forecastdock.h gui/forecastdock.cpp
    gui/timecharts.h gui/timecharts.cpp
    gui/mainwindowtime.cpp
)
target_link_libraries(orgeditor PUBLIC Qt6::PrintSupport)
# The app icon (packaging/icons), for the window and the about box when no theme has it.
qt_add_resources(orgeditor orgeditor_icon
    PREFIX /icons
    BASE ${PROJECT_SOURCE_DIR}/packaging/icons
    FILES ${PROJECT_SOURCE_DIR}/packaging/icons/org.orgdesigner.OrgDesigner.svg)
