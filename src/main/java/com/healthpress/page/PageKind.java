package com.healthpress.page;

/** What a page is, as schema.org names its type: most are plain web pages, one may be the site's about page. */
public enum PageKind {
    WEB_PAGE("WebPage", "Web page"),
    ABOUT_PAGE("AboutPage", "About page"),
    CONTACT_PAGE("ContactPage", "Contact page");

    private final String schemaType;
    private final String label;

    PageKind(String schemaType, String label) {
        this.schemaType = schemaType;
        this.label = label;
    }

    public String schemaType() {
        return schemaType;
    }

    public String label() {
        return label;
    }
}
