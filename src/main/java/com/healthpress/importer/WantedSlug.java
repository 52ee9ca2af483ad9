package com.healthpress.importer;

/** The slug a document asks for (its meta block's {@code slug}), with where it stands for errors about it. */
record WantedSlug(String slug, int line, int column) {

    ImportException taken() {
        return new ImportException(line, column, "the slug \"" + slug + "\" is taken by another article: change "
                + "\"slug\" in the document, or ask for a new slug (import --new-slug, or the box on the import page)");
    }
}
