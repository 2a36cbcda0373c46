# SPDX-License-Identifier: MIT
# What `cmake --install` and the Debian package put where (GNUInstallDirs), and the
# files generated for it at build time: PNG icons rendered from the SVG with
# rsvg-convert, man pages written by help2man from each program's --help, and the
# gzipped Debian changelog.
include(GNUInstallDirs)

find_program(ORG_RSVG_CONVERT rsvg-convert REQUIRED)   # librsvg2-bin
find_program(ORG_HELP2MAN help2man REQUIRED)           # help2man
find_program(ORG_GZIP gzip REQUIRED)

set(org_app_id org.orgdesigner.OrgDesigner)
set(org_pkg_dir ${PROJECT_SOURCE_DIR}/packaging)
set(org_gen_dir ${PROJECT_BINARY_DIR}/packaging)

install(TARGETS orgdesigner orgdesigner-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/samples/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/orgdesigner/samples
        FILES_MATCHING PATTERN "*.csv")
install(FILES ${org_pkg_dir}/${org_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${org_pkg_dir}/${org_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${org_pkg_dir}/${org_app_id}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${org_app_id}.xml)
install(FILES ${org_pkg_dir}/icons/${org_app_id}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${org_pkg_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/orgdesigner)

# Icons: one PNG per hicolor size, rendered from the scalable icon.
set(org_generated)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${org_gen_dir}/icons/${size}x${size}/${org_app_id}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${org_gen_dir}/icons/${size}x${size}
        COMMAND ${ORG_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${org_pkg_dir}/icons/${org_app_id}.svg
        DEPENDS ${org_pkg_dir}/icons/${org_app_id}.svg
        COMMENT "Rendering the ${size} px app icon" VERBATIM)
    list(APPEND org_generated ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Man pages from --help and --version (the GUI parses its options before any window,
# on the offscreen platform so that no display is needed).
foreach(prog orgdesigner orgdesigner-cli)
    if(prog STREQUAL "orgdesigner")
        set(summary "design technical organisations (org charts, team-size rules, scenarios)")
    else()
        set(summary "check, lay out, export and edit technical organisations from the command line")
    endif()
    set(man ${org_gen_dir}/man/${prog}.1)
    add_custom_command(OUTPUT ${man}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${org_gen_dir}/man
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=en
                ${ORG_HELP2MAN} --no-info --section=1
                --name=${summary} --output=${man} $<TARGET_FILE:${prog}>
        COMMAND ${ORG_GZIP} -9nf ${man}
        DEPENDS ${prog}
        COMMENT "Writing the ${prog}(1) man page with help2man" VERBATIM)
    list(APPEND org_generated ${man}.gz)
    install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()

# The Debian changelog, compressed as policy asks (gzip -9n: no name, no time stamp).
add_custom_command(OUTPUT ${org_gen_dir}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${org_gen_dir}
    COMMAND ${CMAKE_COMMAND} -E copy ${org_pkg_dir}/changelog ${org_gen_dir}/changelog
    COMMAND ${ORG_GZIP} -9nf ${org_gen_dir}/changelog
    DEPENDS ${org_pkg_dir}/changelog VERBATIM)
list(APPEND org_generated ${org_gen_dir}/changelog.gz)
install(FILES ${org_gen_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/orgdesigner)

add_custom_target(orgdesigner_install_data ALL DEPENDS ${org_generated})
