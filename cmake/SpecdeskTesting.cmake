# One helper adds a test: specdesk_add_test(WorkspaceStore LIBS specdesk_app [GUI]).
# The source is Test<Name>.cpp in the calling folder; fixtures come through TEST_DATA_DIR.
# SPECDESK_TEST_ONLY names the only suites to build (a ;-list), as the test command's Release
# stage does for the checks that need a build without sanitizers.
set(SPECDESK_TEST_ONLY "" CACHE STRING "Build only these suites (a ;-list of names); empty builds all")

function(specdesk_add_test name)
    if(SPECDESK_TEST_ONLY AND NOT name IN_LIST SPECDESK_TEST_ONLY)
        return()
    endif()
    cmake_parse_arguments(arg "GUI" "" "LIBS;SOURCES" ${ARGN})
    set(target Test${name})
    add_executable(${target} ${target}.cpp ${arg_SOURCES})
    specdesk_strict_target(${target})
    target_link_libraries(${target} PRIVATE Qt6::Test specdesk_test_support ${arg_LIBS})
    specdesk_precompile_test(${target} "${arg_LIBS}")
    add_test(NAME ${name} COMMAND ${target})
    # Every test is headless and never touches the user's real settings or data.
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;QT_LOGGING_RULES=*.debug=false"
        TIMEOUT 120)
    if(arg_GUI)
        set_tests_properties(${name} PROPERTIES LABELS gui)
    endif()
endfunction()
