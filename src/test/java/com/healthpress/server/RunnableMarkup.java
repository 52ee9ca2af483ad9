package com.healthpress.server;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Finds what on a page loaded in the browser could run script, whether or not the Content-Security-Policy would stop
 * it: script elements other than the site's own (its static admin script and one JSON-LD block in the head), event
 * handler and style attributes, script URLs in attributes that load or navigate, frames, embedded objects, inline SVG
 * and MathML, style elements, base and http-equiv elements, and images that are not stored hero images.
 */
final class RunnableMarkup {

    private static final String FIND = """
            var found = [];
            function describe(element) { return element.outerHTML.slice(0, 160); }
            var jsonLdBlocks = 0;
            document.querySelectorAll('script').forEach(function (script) {
              var inHead = script.parentElement === document.head;
              if (inHead && script.type === 'application/ld+json' && !script.hasAttribute('src')) {
                jsonLdBlocks++;
              } else if (!(inHead && /^\\/static\\/admin\\.[0-9a-f]+\\.js$/.test(script.getAttribute('src') || ''))) {
                found.push('script: ' + describe(script));
              }
            });
            if (jsonLdBlocks > 1) {
              found.push(jsonLdBlocks + ' JSON-LD blocks');
            }
            var urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
                'srcset', 'ping', 'codebase'];
            document.querySelectorAll('*').forEach(function (element) {
              Array.prototype.forEach.call(element.attributes, function (attribute) {
                var name = attribute.name.toLowerCase();
                var value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.indexOf('on') === 0 || name === 'style' || name === 'srcdoc') {
                  found.push(name + ' attribute: ' + describe(element));
                } else if (urlAttributes.indexOf(name) >= 0 && /^(javascript|vbscript|data):/.test(value)) {
                  found.push('script URL: ' + describe(element));
                }
              });
            });
            var elements = 'iframe, frame, frameset, object, embed, applet, svg, math, style, base, meta[http-equiv],'
                + ' link:not([rel=stylesheet]):not([rel=icon]):not([rel=canonical]):not([rel=alternate]),'
                + ' img:not([src^="/images/"]):not([src^="/admin/images/"]), portal, template';
            document.querySelectorAll(elements).forEach(function (element) {
              found.push('element: ' + describe(element));
            });
            return found;
            """;

    private RunnableMarkup() {
    }

    /** A description of each element or attribute on the current page that could run script; empty when none. */
    @SuppressWarnings("unchecked")
    static List<String> on(JavascriptExecutor page) {
        return (List<String>) page.executeScript(FIND);
    }
}
