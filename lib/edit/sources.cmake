# SPDX-License-Identifier: MIT
# Editing: the Document (plan + undo stack + live problems) and one QUndoCommand per edit.
target_sources(org_edit PRIVATE
    edit/document.h edit/document.cpp edit/documentedits.cpp
    edit/plancommand.h edit/plancommand.cpp
    edit/positiondatacommand.h edit/positiondatacommand.cpp
    edit/movepositioncommand.h edit/movepositioncommand.cpp
    edit/changerolecommand.h edit/changerolecommand.cpp
    edit/renamepositioncommand.h edit/renamepositioncommand.cpp
    edit/setfieldcommand.h edit/setfieldcommand.cpp
    edit/markassistantcommand.h edit/markassistantcommand.cpp
    edit/addpositioncommand.h edit/addpositioncommand.cpp
    edit/removepositioncommand.h edit/removepositioncommand.cpp
    edit/dottedlinecommand.h edit/dottedlinecommand.cpp
    edit/settingscommands.h edit/settingscommands.cpp
    edit/documentfix.cpp
    edit/documentapply.cpp
    edit/commandtext.h edit/commandtext.cpp
    edit/documentundo.cpp
    edit/documentbulk.cpp
)
target_link_libraries(org_edit PUBLIC Qt6::Gui)
