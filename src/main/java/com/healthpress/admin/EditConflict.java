package com.healthpress.admin;

import com.healthpress.article.Article;
import com.healthpress.revision.FieldChange;
import com.healthpress.revision.RevisionDiff;
import java.util.List;

/** Two versions of one article: what is stored now (someone else's save) and what this admin tried to save. */
public record EditConflict(Article theirs, Article yours) {

    public List<FieldChange> changes() {
        return RevisionDiff.between(theirs, yours);
    }

    public List<FieldChange> briefChanges() {
        return changes().stream().filter(change -> !change.isLineByLine()).toList();
    }

    public List<FieldChange> lineByLineChanges() {
        return changes().stream().filter(FieldChange::isLineByLine).toList();
    }
}
