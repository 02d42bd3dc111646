# Run by CPack after it made the packages (CPACK_POST_BUILD_SCRIPTS). Completes the
# -dbgsym package the way debhelper makes one: md5sums with paths inside the package
# (CPack 3.25 writes build-tree paths there), and /usr/share/doc/amends-dbgsym as a link
# to the main package's documentation, which it depends on in the same version.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "-dbgsym_[^/]*\\.ddeb$")
        continue()
    endif()
    get_filename_component(name "${package}" NAME)
    string(REGEX REPLACE "_.*" "" dbgsym "${name}")
    string(REGEX REPLACE "-dbgsym$" "" main "${dbgsym}")
    set(tree "${package}.tree")
    file(REMOVE_RECURSE "${tree}")
    execute_process(COMMAND dpkg-deb -R "${package}" "${tree}" COMMAND_ERROR_IS_FATAL ANY)
    file(MAKE_DIRECTORY "${tree}/usr/share/doc")
    file(CREATE_LINK "${main}" "${tree}/usr/share/doc/${dbgsym}" SYMBOLIC)
    execute_process(
        COMMAND sh -c "cd \"$1\" && find usr -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum > DEBIAN/md5sums && chmod 0644 DEBIAN/md5sums DEBIAN/control && find usr -type d -exec chmod 0755 {} + && find usr/lib/debug -type f -exec chmod 0644 {} +"
                sh "${tree}"
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND dpkg-deb --root-owner-group -b "${tree}" "${package}"
        OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${tree}")
    message(STATUS "completed ${name}")
endforeach()
