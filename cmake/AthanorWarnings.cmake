# Shared compile settings for every Athanor target.
add_library(athanor_warnings INTERFACE)
target_compile_options(athanor_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${ATHANOR_WERROR}>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4>)
target_compile_definitions(athanor_warnings INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
