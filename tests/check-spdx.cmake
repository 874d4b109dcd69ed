# SPDX-FileCopyrightText: 2026 AgentDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source, build or script file lacks its licence line (the project is
# GPL-3.0-or-later: see LICENSE). Run by CTest: cmake -DROOT=<source dir> -P check-spdx.cmake
file(GLOB_RECURSE sources RELATIVE ${ROOT}
  ${ROOT}/app/* ${ROOT}/widgets/* ${ROOT}/models/* ${ROOT}/tests/* ${ROOT}/installer/*)
set(missing "")
foreach(f IN LISTS sources)
  if(f MATCHES "\\.(cpp|h|sh|cmake)$" OR f MATCHES "CMakeLists\\.txt$")
    file(READ ${ROOT}/${f} head LIMIT 400)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
      list(APPEND missing ${f})
    endif()
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "No SPDX-License-Identifier in:\n  ${text}")
endif()
