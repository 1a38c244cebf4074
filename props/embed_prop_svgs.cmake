# Writes OUT: a C++ file holding every props/svg/*.svg as a string, so the binary draws its prop
# library without finding the source tree at run time. Run by render/CMakeLists.txt.
file(GLOB svgs "${DIR}/*.svg")
list(SORT svgs)
set(body "")
foreach(svg IN LISTS svgs)
  get_filename_component(stem "${svg}" NAME_WE)
  file(READ "${svg}" text)
  string(APPEND body "    {\"${stem}\", R\"ekonte_svg(${text})ekonte_svg\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from props/svg/*.svg by props/embed_prop_svgs.cmake; do not edit.\n"
  "#include \"render/world/prop_svg.hpp\"\n\n"
  "namespace ekonte::render::world {\n\n"
  "const std::vector<BuiltinSvg>& builtin_prop_svgs() {\n"
  "  static const std::vector<BuiltinSvg> files = {\n${body}  };\n"
  "  return files;\n}\n\n}  // namespace ekonte::render::world\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
