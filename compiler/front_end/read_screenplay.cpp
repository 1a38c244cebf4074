#include "compiler/front_end/read_screenplay.hpp"

#include "compiler/front_end/fdx/read_fdx.hpp"
#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "compiler/front_end/fountain/read_fountain.hpp"

namespace ekonte {

input::ScriptInput read_fountain_source(const SourceFile& source, DiagnosticSink& sink) {
  return screenplay::plan_screenplay(screenplay::read_fountain(source, sink), source.path, sink);
}

input::ScriptInput read_fdx_source(const SourceFile& source, DiagnosticSink& sink) {
  return screenplay::plan_screenplay(screenplay::read_fdx(source, sink), source.path, sink);
}

}  // namespace ekonte
