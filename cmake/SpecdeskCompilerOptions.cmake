# Compiler settings every SpecDesk target shares: C++20, strict Qt, warnings, sanitizers.
option(SPECDESK_WERROR "Treat compiler warnings as errors (the test command turns this on)" OFF)
option(SPECDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

# lld links a test in well under a second where GNU ld takes several, and there are a hundred
# tests. GCC and clang both take -fuse-ld=lld.
option(SPECDESK_LLD "Link with lld when it is installed" ON)
find_program(SPECDESK_LLD_PROGRAM ld.lld)
if(SPECDESK_LLD AND SPECDESK_LLD_PROGRAM)
    add_link_options(-fuse-ld=lld)
endif()

# With clang only. Every check stays recoverable so that UBSAN_OPTIONS' suppressions apply
# (fuzz/ubsan.supp: a third-party header); halt_on_error=1 at run time makes the rest fatal.
# scripts/test.sh builds its sanitizer suites this way, in the same tree as the fuzzers.
option(SPECDESK_FUZZ "Instrument everything for libFuzzer (clang) and build fuzz/ (fuzz/run.sh)" OFF)
if(SPECDESK_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(SPECDESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(SPECDESK_FUZZ OR SPECDESK_SANITIZE)
    # GCC says __SANITIZE_ADDRESS__, clang 14 does not: one name for code that must know.
    add_compile_definitions(SPECDESK_ADDRESS_SANITIZER)
endif()

# Hardening of the builds that are shipped (the optimized configurations): what Debian's
# dpkg-buildflags gives with hardening=+all. Fortified libc calls need -O, so Debug (the test
# build) keeps its flags, as do the sanitizer and fuzzing builds, which bring their own runtime.
# -U first: a _FORTIFY_SOURCE from CXXFLAGS would otherwise be a redefinition warning.
option(SPECDESK_HARDENING "Harden optimized builds: fortified libc calls, stack protector, full RELRO, PIE" ON)
if(SPECDESK_HARDENING AND NOT SPECDESK_SANITIZE AND NOT SPECDESK_FUZZ)
    foreach(config RELEASE RELWITHDEBINFO MINSIZEREL)
        string(APPEND CMAKE_CXX_FLAGS_${config} " -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong")
        string(APPEND CMAKE_EXE_LINKER_FLAGS_${config} " -pie -Wl,-z,relro,-z,now")
    endforeach()
endif()

# Applies SpecDesk's strictness to one of our own targets (never to third-party code).
function(specdesk_strict_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        # QT_NO_KEYWORDS is left out: QScintilla's public headers use `signals` and `slots`.
        QT_STRICT_ITERATORS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Woverloaded-virtual -Wcast-align -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # RapidJSON 1.1's member iterators define == and != for one argument order only, which
        # clang flags at every comparison in C++20 although the call is unambiguous.
        target_compile_options(${target} PRIVATE -Wno-ambiguous-reversed-operator)
    endif()
    if(SPECDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
