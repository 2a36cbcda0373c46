# SPDX-License-Identifier: MIT
# The desktop editor (org::ui): widgets over lib/.
org_units(orgeditor gui
    UNITS backgroundtask chartscene chartview minimap peoplemodel problemmodel rolepalette
          propertypanel importsource importdialog exportdialog rulesettingsdialog dashboard
          roledesigner changearrow comparechart scenariocomparedialog applychangesdialog
          actionset docks peopledock
          problemsdock filecontroller editactions fixpreview fixalldialog fixactions
          editselectiondialog addreportdialog undocontroller scenariobar mainwindow
    HEADERS mimetypes chartprinter columnheader
    CPP chartviewnavigation)
# planning over time
org_units(orgeditor gui UNITS asofcontrol asofmark forecastdock timecharts deferredrefresh languagechange
          positionformdialog
          CPP mainwindowtime)
# the main window's listeners (issue 17)
org_units(orgeditor gui UNITS historymodel historyview HEADERS positioncache)
target_link_libraries(orgeditor PUBLIC Qt6::PrintSupport)
# The app icon (packaging/icons), for the window and the about box when no theme has it.
qt_add_resources(orgeditor orgeditor_icon
    PREFIX /icons
    BASE ${PROJECT_SOURCE_DIR}/packaging/icons
    FILES ${PROJECT_SOURCE_DIR}/packaging/icons/org.orgdesigner.OrgDesigner.svg)
