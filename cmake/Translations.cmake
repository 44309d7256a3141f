# Translations: the build (target specdesk_translations, part of `all`) extracts every tr() and
# QCoreApplication::translate() text of app/, ui/ and models/ into translations/specdesk_en.ts,
# the source-language catalogue translators start from, and compiles it to specdesk_en.qm.
# Both land in the build tree; the source tree is only read. app/sandbox/ is left out: its texts
# are the stand-in server's replies, not SpecDesk's interface.
#
# The programs load specdesk_<lang>.qm for the system locale (app/l10n/Translations.cpp) from
# ../share/specdesk/translations beside them (installed), or ../translations (this build tree).
# German (translations/specdesk_de.ts) is compiled the same way; another language would be one
# more .ts there and one more lrelease rule like German's.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(SPECDESK_TRANSLATIONS_DIR ${PROJECT_BINARY_DIR}/translations)
set(SPECDESK_TS ${SPECDESK_TRANSLATIONS_DIR}/specdesk_en.ts)

# Globbed, so a new source file (even one not yet in a target) is caught at the next build.
file(GLOB_RECURSE specdesk_tr_sources CONFIGURE_DEPENDS
    LIST_DIRECTORIES false
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h)
list(FILTER specdesk_tr_sources EXCLUDE REGEX "^${PROJECT_SOURCE_DIR}/app/sandbox/")
list(SORT specdesk_tr_sources)
list(JOIN specdesk_tr_sources "\n" specdesk_tr_list)
# Written only when it changes, so adding or removing a file reruns lupdate.
set(SPECDESK_TR_SOURCES_LIST ${SPECDESK_TRANSLATIONS_DIR}/specdesk_sources.lst)
file(CONFIGURE OUTPUT ${SPECDESK_TR_SOURCES_LIST} CONTENT "${specdesk_tr_list}\n" @ONLY)

# lupdate merges into an existing .ts; removing it first makes the catalogue a pure function of
# the sources.
add_custom_command(OUTPUT ${SPECDESK_TS}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${SPECDESK_TS}
    COMMAND Qt6::lupdate -silent -no-obsolete -locations relative
            -source-language en -target-language en
            @${SPECDESK_TR_SOURCES_LIST} -ts ${SPECDESK_TS}
    DEPENDS ${specdesk_tr_sources} ${SPECDESK_TR_SOURCES_LIST}
    COMMENT "Extracting translatable texts into translations/specdesk_en.ts"
    VERBATIM)
set(specdesk_qm_files ${SPECDESK_TRANSLATIONS_DIR}/specdesk_en.qm)
add_custom_command(OUTPUT ${SPECDESK_TRANSLATIONS_DIR}/specdesk_en.qm
    COMMAND Qt6::lrelease -silent ${SPECDESK_TS} -qm ${SPECDESK_TRANSLATIONS_DIR}/specdesk_en.qm
    DEPENDS ${SPECDESK_TS}
    VERBATIM)

# German, the one translation kept in the source tree (translations/specdesk_de.ts, refreshed
# from the sources by scripts/update-translations.sh): compiled here like the catalogue above.
set(SPECDESK_DE_TS ${PROJECT_SOURCE_DIR}/translations/specdesk_de.ts)
add_custom_command(OUTPUT ${SPECDESK_TRANSLATIONS_DIR}/specdesk_de.qm
    COMMAND Qt6::lrelease -silent ${SPECDESK_DE_TS} -qm ${SPECDESK_TRANSLATIONS_DIR}/specdesk_de.qm
    DEPENDS ${SPECDESK_DE_TS}
    VERBATIM)
list(APPEND specdesk_qm_files ${SPECDESK_TRANSLATIONS_DIR}/specdesk_de.qm)

add_custom_target(specdesk_translations ALL DEPENDS ${SPECDESK_TS} ${specdesk_qm_files})

install(FILES ${specdesk_qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/specdesk/translations)
