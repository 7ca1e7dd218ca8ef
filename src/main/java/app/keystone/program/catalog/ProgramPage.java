package app.keystone.program.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of {@code GET /api/programs}; {@code nextCursor} is null on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProgramPage(List<ProgramView> items, String nextCursor) {
}
