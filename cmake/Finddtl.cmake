# dtl (Debian: libdtl-dev), the header-only diff library the merges and comparisons use. It
# ships no CMake package, so it is found by its header and offered as the target dtl::dtl.
find_path(dtl_INCLUDE_DIR NAMES dtl/dtl.hpp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(dtl REQUIRED_VARS dtl_INCLUDE_DIR)
if(dtl_FOUND AND NOT TARGET dtl::dtl)
    add_library(dtl::dtl INTERFACE IMPORTED)
    set_target_properties(dtl::dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${dtl_INCLUDE_DIR}")
endif()
