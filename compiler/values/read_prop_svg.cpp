#include "compiler/values/read_prop_svg.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdlib>
#include <cstring>
#include <sstream>

#include "compiler/limits.hpp"

namespace ekonte {
namespace {

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// A length's number ("40", "40px", "12.5mm"); 0 for a percentage or none.
double length_of(const std::string& s) {
  if (s.empty() || s.find('%') != std::string::npos) return 0;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  return end == s.c_str() ? 0 : v;
}

}  // namespace

PropSvgCheck check_prop_svg(std::string_view text) {
  PropSvgCheck out;
  if (text.size() > limits::kMaxPropSvgBytes) {
    out.problem = "it is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                  std::to_string(limits::kMaxPropSvgBytes) + " bytes for a prop drawing";
    return out;
  }
  xmlDoc* doc = xmlReadMemory(text.data(), int(text.size()), "prop.svg", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    std::string why = e && e->message ? e->message : "not well-formed";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    out.problem = "it is not well-formed XML (" + why + (e ? ", line " + std::to_string(e->line) : std::string()) + ")";
    return out;
  }
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root || std::strcmp(reinterpret_cast<const char*>(root->name), "svg") != 0) {
    out.problem = std::string("it is XML but not an SVG drawing (its root element is `") +
                  (root ? reinterpret_cast<const char*>(root->name) : "") + "`, not `svg`)";
    xmlFreeDoc(doc);
    return out;
  }
  out.width = length_of(attribute(root, "width"));
  out.height = length_of(attribute(root, "height"));
  if (out.width <= 0 || out.height <= 0) {
    std::string vb = attribute(root, "viewBox");
    for (char& c : vb)
      if (c == ',') c = ' ';
    std::istringstream in(vb);
    double x = 0, y = 0, w = 0, h = 0;
    if (in >> x >> y >> w >> h) out.width = w, out.height = h;
  }
  xmlFreeDoc(doc);
  if (!(out.width > 0 && out.height > 0)) {
    out.problem = "it has no size (give the `<svg>` a `viewBox` or a `width` and `height`)";
    return out;
  }
  if (out.width > limits::kMaxPropSvgSide || out.height > limits::kMaxPropSvgSide) {
    std::ostringstream s;
    s << "it is " << out.width << " x " << out.height << " units, more than the limit of " << limits::kMaxPropSvgSide
      << " a side";
    out.problem = s.str();
  }
  return out;
}

}  // namespace ekonte
