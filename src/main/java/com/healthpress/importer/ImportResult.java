package com.healthpress.importer;

import com.healthpress.article.Article;
import java.util.List;

/** The article an import stored, with the warnings its document raised. */
public record ImportResult(Article article, List<ImportWarning> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
