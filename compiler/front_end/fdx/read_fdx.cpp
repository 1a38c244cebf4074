#include "compiler/front_end/fdx/read_fdx.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

#include "compiler/front_end/fountain/read_fountain.hpp"
#include "support/text.hpp"

namespace ekonte::screenplay {
namespace {

bool named(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// A paragraph's text: its `<Text>` runs joined (styles are not drawn).
std::string paragraph_text(const xmlNode* p) {
  std::string out;
  for (const xmlNode* c = p->children; c; c = c->next)
    if (named(c, "Text")) {
      xmlChar* t = xmlNodeGetContent(c);
      if (t) out += reinterpret_cast<const char*>(t);
      xmlFree(t);
    }
  return out;
}

class FdxReader {
 public:
  explicit FdxReader(const SourceFile& source) {
    size_t start = 0;
    while (true) {
      line_starts_.push_back(start);
      const size_t nl = source.text.find('\n', start);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }

  // FDX positions are lines only (libxml2 keeps no columns): a span is the paragraph's line.
  SourceSpan span_of(const xmlNode* n) const {
    const long line = xmlGetLineNo(n);
    const size_t l = line > 0 && static_cast<size_t>(line) <= line_starts_.size() ? static_cast<size_t>(line) : 1;
    return SourceSpan{static_cast<uint32_t>(l), 1, static_cast<uint32_t>(line_starts_[l - 1]), 0};
  }

  void paragraphs(const xmlNode* parent, Screenplay& out, bool dual_group) {
    bool first_cue_in_group = true;
    for (const xmlNode* p = parent->children; p; p = p->next) {
      if (!named(p, "Paragraph")) continue;
      // A `<DualDialogue>` inside a paragraph holds both speakers' paragraphs.
      for (const xmlNode* c = p->children; c; c = c->next)
        if (named(c, "DualDialogue")) paragraphs(c, out, true);
      const std::string type = attribute(p, "Type");
      const SourceSpan span = span_of(p);
      const SpannedText text{trim(paragraph_text(p)), span};
      Element e;
      e.span = span;
      if (type == "Scene Heading") {
        e.kind = ElementKind::SceneHeading;
        e.text = text;
        if (const std::string number = attribute(p, "Number"); !number.empty()) e.scene_number = SpannedText{number, span};
      } else if (type == "Shot" && is_pov_slug(text.value)) {
        e.kind = ElementKind::Shot;
        e.text = text;
      } else if (type == "Action" || type == "General" || type == "Shot") {
        if (text.value.empty()) continue;
        e.kind = ElementKind::Action;
        // Line breaks inside an action paragraph stay lines.
        for (const std::string& line : split_lines(paragraph_text(p))) e.lines.push_back({strip_emphasis(line), span});
      } else if (type == "Character") {
        e.kind = ElementKind::Dialogue;
        std::string cue = text.value;
        while (true) {
          const size_t open = cue.rfind('(');
          const size_t close = cue.rfind(')');
          if (open == std::string::npos || close == std::string::npos || close < open) break;
          e.extensions.insert(e.extensions.begin(), trim(cue.substr(open + 1, close - open - 1)));
          cue = trim(cue.substr(0, open));
        }
        e.cue = {cue, span};
        e.dual = dual_group && !first_cue_in_group;
        first_cue_in_group = false;
      } else if (type == "Parenthetical" || type == "Dialogue") {
        if (out.elements.empty() || out.elements.back().kind != ElementKind::Dialogue) {
          // A line with no cue before it: kept as action so nothing the writer wrote is lost.
          e.kind = ElementKind::Action;
          e.lines.push_back(text);
        } else {
          std::string t = text.value;
          const bool paren = type == "Parenthetical";
          if (paren && t.starts_with("(")) t.erase(0, 1);
          if (paren && t.ends_with(")")) t.pop_back();
          out.elements.back().parts.push_back(
              {paren ? DialoguePart::Kind::Parenthetical : DialoguePart::Kind::Line, {strip_emphasis(trim(t)), span}});
          continue;
        }
      } else if (type == "Transition") {
        e.kind = ElementKind::Transition;
        e.text = text;
      } else {
        continue;  // Cast List, New Act, End of Act...: not drawn
      }
      out.elements.push_back(std::move(e));
    }
  }

  static std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
      size_t nl = s.find('\n', start);
      if (nl == std::string::npos) nl = s.size();
      const std::string line = s.substr(start, nl - start);
      if (!trim(line).empty()) out.push_back(line);
      start = nl + 1;
    }
    return out;
  }

  // Final Draft's title page has no keys: its first line is the title, the line after `by` /
  // `Written by` the author.
  void title_page(const xmlNode* root, Screenplay& out) {
    for (const xmlNode* t = root->children; t; t = t->next) {
      if (!named(t, "TitlePage")) continue;
      std::vector<SpannedText> lines;
      for (const xmlNode* c = t->children; c; c = c->next)
        if (named(c, "Content"))
          for (const xmlNode* p = c->children; p; p = p->next)
            if (named(p, "Paragraph"))
              if (std::string text = trim(paragraph_text(p)); !text.empty()) lines.push_back({strip_emphasis(text), span_of(p)});
      for (size_t k = 0; k < lines.size(); ++k) {
        const std::string lower = to_lower(lines[k].value);
        if (out.title_page.empty()) out.title_page.push_back(property("title", lines[k]));
        else if ((lower == "by" || lower == "written by") && k + 1 < lines.size()) out.title_page.push_back(property("author", lines[k + 1]));
      }
    }
  }

  static input::Property property(const std::string& key, const SpannedText& value) {
    input::Property p;
    p.key = {key, value.span};
    p.value = value;
    p.span = value.span;
    return p;
  }

 private:
  std::vector<size_t> line_starts_;
};

}  // namespace

Screenplay read_fdx(const SourceFile& source, DiagnosticSink& sink) {
  Screenplay out;
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(xmlNewParserCtxt(), xmlFreeParserCtxt);
  if (!ctxt) return out;
  // No network, no entity expansion from outside, no messages on stderr (library code never prints).
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      xmlCtxtReadMemory(ctxt.get(), source.text.data(), static_cast<int>(source.text.size()), source.path.c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc) {
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    SourceSpan span{1, 1, 0, 0};
    std::string message = "the Final Draft file is not well-formed XML";
    if (error) {
      span.line = error->line > 0 ? static_cast<uint32_t>(error->line) : 1;
      if (error->int2 > 0) span.column = static_cast<uint32_t>(error->int2);
      size_t offset = 0;
      for (uint32_t l = 1; l < span.line && offset != std::string::npos; ++l) {
        offset = source.text.find('\n', offset);
        if (offset != std::string::npos) ++offset;
      }
      span.offset = static_cast<uint32_t>(offset == std::string::npos ? 0 : offset);
      if (error->message) message += ": " + trim(error->message);
    }
    sink.report(DiagnosticKind::MalformedFinalDraft, source.path, span, message,
                "save the script again from Final Draft, or check the file is a whole `.fdx`");
    return out;
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || !named(root, "FinalDraft")) {
    sink.report(DiagnosticKind::MalformedFinalDraft, source.path, SourceSpan{1, 1, 0, 0},
                "the XML is not a Final Draft document: its root is not `<FinalDraft>`", "export the script from Final Draft as `.fdx`");
    return out;
  }
  FdxReader reader(source);
  reader.title_page(root, out);
  for (const xmlNode* c = root->children; c; c = c->next)
    if (named(c, "Content")) reader.paragraphs(c, out, false);
  return out;
}

}  // namespace ekonte::screenplay
