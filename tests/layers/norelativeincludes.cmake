# SPDX-License-Identifier: MIT
# cmake -DROOT=<lib> -P norelativeincludes.cmake: fails when a file under ROOT includes
# with a relative path ("../"), which would get around the include roots of the layers.
file(GLOB_RECURSE files LIST_DIRECTORIES false ${ROOT}/*.h ${ROOT}/*.cpp)
set(bad "")
foreach(file IN LISTS files)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][^\">]*\\.\\./")
    foreach(line IN LISTS lines)
        list(APPEND bad "${file}: ${line}")
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "relative includes in lib/ (include \"concern/file.h\" instead):\n  ${text}")
endif()
list(LENGTH files count)
message(STATUS "${count} files, no relative include")
