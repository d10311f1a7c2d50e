# vigie_embed(TARGET <target> NAME <function> BASE_DIR <dir> FILES <files...>)
# Compiles the files into <target> and generates
#   const std::vector<vigie::core::EmbeddedFile>& <function>();
# declared in core/embedded.hpp terms (paths relative to BASE_DIR). Regenerated when any
# of the files change, so a rebuild always serves current assets.
set(VIGIE_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EmbedGenerate.cmake)

function(vigie_embed)
  cmake_parse_arguments(ARG "" "TARGET;NAME;BASE_DIR" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_embedded.cpp)
  set(list_file ${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_embedded.list)
  file(WRITE ${list_file}.tmp "${ARG_FILES}")
  file(COPY_FILE ${list_file}.tmp ${list_file} ONLY_IF_DIFFERENT)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${ARG_NAME} -DBASE_DIR=${ARG_BASE_DIR}
            -DLIST_FILE=${list_file} -P ${VIGIE_EMBED_SCRIPT}
    DEPENDS ${ARG_FILES} ${list_file} ${VIGIE_EMBED_SCRIPT}
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${out})
endfunction()
