#include "cli/check_stages.hpp"

#ifdef HAVE_EKONTE_CHARACTERS
#include "characters/character_model.hpp"
#endif

namespace ekonte::cli {

void check_later_stages(CompileResult& result) {
#ifdef HAVE_EKONTE_CHARACTERS
  DiagnosticSink sink;
  characters::models_from_graph(result.graph, &sink, result.source.path);
  result.diagnostics.append(sink);
  result.diagnostics.sort_by_location();
#else
  (void)result;
#endif
}

}  // namespace ekonte::cli
