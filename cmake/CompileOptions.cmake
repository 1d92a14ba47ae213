# One target carries the options every project target compiles with.
add_library(SmtpCompileOptions INTERFACE)
target_compile_features(SmtpCompileOptions INTERFACE cxx_std_20)
target_compile_options(SmtpCompileOptions INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
target_compile_definitions(SmtpCompileOptions INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SMTP_WORKBENCH_VERSION="${PROJECT_VERSION}")

if(SMTP_WARNINGS_AS_ERRORS)
    target_compile_options(SmtpCompileOptions INTERFACE -Werror)
endif()

if(SMTP_SANITIZE)
    target_compile_options(SmtpCompileOptions INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                        -fno-sanitize-recover=undefined)
    target_link_options(SmtpCompileOptions INTERFACE -fsanitize=address,undefined)
endif()

# ThreadSanitizer: a build of its own (it cannot be combined with AddressSanitizer), for the threaded tests.
if(SMTP_SANITIZE_THREAD)
    if(SMTP_SANITIZE)
        message(FATAL_ERROR "SMTP_SANITIZE_THREAD and SMTP_SANITIZE cannot be combined: build them apart.")
    endif()
    target_compile_options(SmtpCompileOptions INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(SmtpCompileOptions INTERFACE -fsanitize=thread)
endif()
