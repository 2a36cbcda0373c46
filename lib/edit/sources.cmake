# SPDX-License-Identifier: MIT
# Editing: the Document (plan + undo stack + live problems) and one QUndoCommand per edit.
org_units(org_edit edit
    UNITS document plancommand positiondatacommand movepositioncommand changerolecommand
          renamepositioncommand setfieldcommand markassistantcommand addpositioncommand
          removepositioncommand dottedlinecommand settingscommands commandtext
    CPP documentedits documentfix documentapply documentundo documentbulk)
target_link_libraries(org_edit PUBLIC Qt6::Gui)
