# Precompiled headers. Nearly every file includes the same Qt headers, about half of a file's
# compile time at -O0. Precompiled once per library, and once per group of tests that
# share their compiler flags, they take about a third off a clean build.
# SPECDESK_PCH=OFF compiles every file on its own, which also checks that each includes what it
# uses.
option(SPECDESK_PCH "Precompile the Qt headers most files include" ON)

set(SPECDESK_PCH_MODELS
    <QByteArray> <QCoreApplication> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList>
    <QMap> <QObject> <QString> <QStringList> <QUrl> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(SPECDESK_PCH_APP ${SPECDESK_PCH_MODELS}
    <QDir> <QFile> <QNetworkAccessManager> <QNetworkReply> <QSqlDatabase> <QSqlQuery> <QTimer>)
set(SPECDESK_PCH_UI ${SPECDESK_PCH_APP}
    <QAction> <QApplication> <QBoxLayout> <QLabel> <QMenu> <QPainter> <QPushButton> <QWidget>
    <Qsci/qsciscintilla.h>)

# clang stamps a precompiled header with its time, which keeps ccache from caching what uses it.
function(specdesk_pch_flags target)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        target_compile_options(${target} PRIVATE "SHELL:-Xclang -fno-pch-timestamp")
    endif()
endfunction()

# `headers` is one of the lists above.
function(specdesk_precompile target headers)
    if(SPECDESK_PCH)
        target_precompile_headers(${target} PRIVATE ${${headers}})
        specdesk_pch_flags(${target})
    endif()
endfunction()

# A test reuses the precompiled header of its group: the tests of one folder that link the same
# libraries. GCC takes a precompiled header only with the macros it was built with, and Qt Test's
# headers test QT_WIDGETS_LIB and the folder's QT_TESTCASE_BUILDDIR, so a group is exactly that.
# The group's header is built by a small object library with the same flags as its tests.
function(specdesk_precompile_test target libs)
    if(NOT SPECDESK_PCH)
        return()
    endif()
    list(SORT libs)
    string(MAKE_C_IDENTIFIER "${libs}" key)
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(holder TestHeaders_${folder}_${key})
    if(NOT TARGET ${holder})
        set(anchor "${PROJECT_BINARY_DIR}/precompiled-test-headers.cpp")
        if(NOT EXISTS "${anchor}")
            file(WRITE "${anchor}" "// Compiled only so that its target builds a precompiled header for tests.\n")
        endif()
        add_library(${holder} OBJECT "${anchor}")
        set_target_properties(${holder} PROPERTIES AUTOMOC OFF)
        specdesk_strict_target(${holder})
        target_link_libraries(${holder} PRIVATE Qt6::Test specdesk_test_support ${libs})
        # The headers of the highest layer the group links, which its include path has.
        if(specdesk_ui IN_LIST libs)
            set(headers ${SPECDESK_PCH_UI})
        elseif(specdesk_app IN_LIST libs)
            set(headers ${SPECDESK_PCH_APP})
        else()
            set(headers ${SPECDESK_PCH_MODELS})
        endif()
        list(APPEND headers <QSignalSpy> <QTemporaryDir> <QTest>)
        target_precompile_headers(${holder} PRIVATE ${headers})
        specdesk_pch_flags(${holder})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${holder})
    specdesk_pch_flags(${target})
endfunction()
