# The report assets, embedded into findings_core at build time by
# scripts/embed_report_assets.cmake (see pipeline/report/report_assets.h).
set(FINDINGS_REPORT_ASSET_DIR ${CMAKE_SOURCE_DIR}/pipeline/report/assets)
set(FINDINGS_REPORT_ASSETS
  ${FINDINGS_REPORT_ASSET_DIR}/report.html
  ${FINDINGS_REPORT_ASSET_DIR}/report.css
  ${FINDINGS_REPORT_ASSET_DIR}/report.js
  ${FINDINGS_REPORT_ASSET_DIR}/vendor/vega.min.js
  ${FINDINGS_REPORT_ASSET_DIR}/vendor/vega-lite.min.js
  ${FINDINGS_REPORT_ASSET_DIR}/vendor/vega-embed.min.js)
set(FINDINGS_REPORT_ASSETS_CC ${CMAKE_BINARY_DIR}/generated/report_assets.cc)
add_custom_command(
  OUTPUT ${FINDINGS_REPORT_ASSETS_CC}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${FINDINGS_REPORT_ASSETS_CC}
          "-DASSETS=${FINDINGS_REPORT_ASSETS}"
          -P ${CMAKE_SOURCE_DIR}/scripts/embed_report_assets.cmake
  DEPENDS ${FINDINGS_REPORT_ASSETS} ${CMAKE_SOURCE_DIR}/scripts/embed_report_assets.cmake
  COMMENT "Embedding the report assets"
  VERBATIM)
target_sources(findings_core PRIVATE ${FINDINGS_REPORT_ASSETS_CC})
