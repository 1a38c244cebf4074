#pragma once
// The vocabulary-backed properties of a setting block (`time:`, `kind:`, `weather:`, `props:`):
// read into the Setting as written, and checked against the world vocabulary (vocabulary/
// world.hpp) so a word the drawing cannot draw is reported where it is written.
#include <string>

#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte {

// Reads `property` into `setting` when its key is one of time, kind, weather, props; false for
// any other key.
// A `props:` item naming one of `custom` (a `prop` declaration, in any case) is not reported.
bool read_setting_word(const ast::Property& property, Setting& setting, const std::string& file, DiagnosticSink& sink,
                       const std::vector<CustomProp>& custom = {});
// After all properties: reports a setting whose `kind:` and name name no kind of place.
void check_setting_kind(const ast::SettingDecl& decl, const Setting& setting, const std::string& file, DiagnosticSink& sink);

}  // namespace ekonte
