# smtp_add_tests(<folder label> LIBRARIES <libs…>): one Qt Test executable and one ctest per tst_*.cpp in the
# calling folder, so adding a test is adding a file.
function(smtp_add_tests label)
    cmake_parse_arguments(ARG "" "" "LIBRARIES;ENVIRONMENT" ${ARGN})
    file(GLOB test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(source IN LISTS test_sources)
        get_filename_component(name ${source} NAME_WE)
        qt_add_executable(${name} ${source})
        target_link_libraries(${name} PRIVATE Qt6::Test SmtpCompileOptions ${ARG_LIBRARIES})
        add_test(NAME ${label}/${name} COMMAND ${name})
        set_tests_properties(${label}/${name} PROPERTIES
            LABELS ${label}
            TIMEOUT 300
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=;SMTP_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR};${ARG_ENVIRONMENT}")
    endforeach()
endfunction()
