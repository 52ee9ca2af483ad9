package com.healthpress.pages.web;

import com.healthpress.AdminClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The admin's page and settings forms as a browser sends them back, with some fields changed. */
public final class PageForms {

    private PageForms() {
    }

    /** The id of a page, from the admin's list of pages. */
    public static long pageId(AdminClient admin, String slug) {
        Document list = Jsoup.parse(admin.get("/admin/pages").body());
        for (Element row : list.select("table.list tbody tr")) {
            if (row.select("td").get(1).text().equals("/pages/" + slug)) {
                String href = row.selectFirst("td a").attr("href");
                return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
            }
        }
        throw new IllegalStateException("no page /pages/" + slug + " in " + list.select("table.list").text());
    }

    /** The fields of the first form matching {@code selector} on the page, with the changes applied. */
    public static List<Map.Entry<String, String>> fields(String html, String selector, Map<String, String> changes) {
        Element form = Jsoup.parse(html).selectFirst(selector);
        if (form == null) {
            throw new IllegalStateException("no " + selector + " in " + html);
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            boolean unchecked = (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked");
            if (name.equals("csrf") || type.equals("file") || unchecked) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText();
                case "select" -> input.select("option[selected]").attr("value");
                default -> input.attr("value");
            };
            fields.add(Map.entry(name, changes.getOrDefault(name, value)));
        }
        return fields;
    }

    /** Saves a page through its editor as shown now, with the changes. */
    public static java.net.http.HttpResponse<String> savePage(AdminClient admin, long id, Map<String, String> changes) {
        String editor = "/admin/pages/" + id;
        return admin.post(editor, fields(admin.get(editor).body(), "form.editor", changes));
    }

    /** The settings form as shown now, with the changes, as multipart parts (the form carries the logo). */
    public static List<AdminClient.Part> settingsParts(AdminClient admin, Map<String, String> changes) {
        List<AdminClient.Part> parts = new ArrayList<>();
        for (Map.Entry<String, String> field : fields(admin.get("/admin/settings").body(), "form.settings", changes)) {
            parts.add(AdminClient.Part.field(field.getKey(), field.getValue()));
        }
        return parts;
    }
}
